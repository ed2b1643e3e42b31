#!/usr/bin/env bash
# Load the demo data set (five regions, two years of history) through the gateway of a RUNNING platform
# (start it first with `dotnet run --project src/AppHost`). Idempotent: run it again and it creates nothing new.
#
#   eng/demo-data.sh                          full set (~1,250 cooperatives, ~23,000 members, ...) on http://127.0.0.1:5100
#   eng/demo-data.sh --scale small            ~5% of it, for a quick try
#   eng/demo-data.sh --gateway URL            another gateway (must run in Development: tokens come from /dev/token)
#   eng/demo-data.sh --parallel 8 --only aid,cooperatives,inspections,mediation
#
# See docs/demo-data.md for what is loaded and a walkthrough.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"

case "${1:-}" in
  -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
exec dotnet run -c Release --project tools/DemoData -- "$@"
