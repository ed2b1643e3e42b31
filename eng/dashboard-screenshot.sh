#!/usr/bin/env bash
# Photographs the Aspire dashboard for docs/aspire.md: starts the platform (the AppHost on free ports with a temporary
# data folder, as eng/load-test.sh does), waits until the gateway is healthy, opens the dashboard's login URL in
# headless Chromium (tools/DashboardScreenshot, Playwright), waits until every resource is shown running, saves
# docs/images/dashboard-resources.png, and stops the platform. Installs Chromium (apt-get) when it is missing.
#
#   eng/dashboard-screenshot.sh [OUTPUT.png]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
output="$(realpath -m "${1:-docs/images/dashboard-resources.png}")"
mkdir -p "$(dirname "$output")"

[[ -x /usr/bin/chromium ]] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
# shellcheck source=eng/bench-lib.sh
source eng/bench-lib.sh
# shellcheck source=eng/lib/platform.sh
source eng/lib/platform.sh
trap platform_stop EXIT

echo "building the AppHost and the screenshot tool (Release)…"
build src/AppHost
build tools/DashboardScreenshot
log="$bench_logs/dashboard-screenshot-apphost.log"
echo "starting the platform (log: $log)…"
platform_start "/var/tmp/lw-screenshot-$$" "$log" true
login="$(grep -o 'http://[^ ]*/login?t=[0-9a-f]*' "$log" | head -n 1)"
[[ -n $login ]] || { echo "the AppHost printed no dashboard login URL" >&2; exit 1; }
# Every resource of the map (src/ServiceDefaults/PlatformResources.cs) that an operator looks for first.
dotnet tools/DashboardScreenshot/bin/Release/net10.0/LabourWelfare.DashboardScreenshot.dll "$login" "$output" \
  messaging postgres identity inspections welfareaid cooperatives mediation gateway web
