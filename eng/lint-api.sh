#!/usr/bin/env bash
# Lints OpenAPI documents and AsyncAPI catalogues with Redocly CLI (`recommended` plus eng/api-lint/redocly.yaml).
#   eng/lint-api.sh docs/asyncapi.yaml /tmp/inspections.json ...
# Exit code 0 when no document has an error (warnings are printed). Installs Redocly CLI from the lock file on first use;
# works as root, without a terminal and without stdin (CI).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="$root/eng/api-lint"
[[ $# -gt 0 ]] || { echo "lint-api: name the documents to lint" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "lint-api: node and npm are required" >&2; exit 3; }
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1 CI=true
if [[ ! -x "$tool/node_modules/.bin/redocly" ]]; then
  # Two test projects may arrive here at once: one installs, the other waits for it.
  exec 9>"$tool/.install.lock"
  flock 9
  [[ -x "$tool/node_modules/.bin/redocly" ]] || (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
  flock -u 9
fi
documents=()
for doc in "$@"; do documents+=("$(cd "$(dirname "$doc")" && pwd)/$(basename "$doc")"); done
cd "$tool"
set +e
node_modules/.bin/redocly lint --config redocly.yaml --format=stylish "${documents[@]}" </dev/null 2>&1 | grep -vE '║|╔|╚'
exit "${PIPESTATUS[0]}"
