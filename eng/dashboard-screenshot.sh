#!/usr/bin/env bash
# Screenshots of the Aspire dashboard of a running AppHost, taken with Debian's headless chromium (installed when
# missing and run as root). Give it the login URL the AppHost printed:
#
#   eng/dashboard-screenshot.sh 'http://localhost:15000/login?t=…' [output folder, default docs/images]
#
# It signs in (the token sets the dashboard's cookie in a browser profile of its own), then saves the resources and
# traces pages as PNG files.
set -euo pipefail
login_url=${1:?usage: eng/dashboard-screenshot.sh LOGIN_URL [OUTPUT_DIR]}
out=${2:-"$(cd "$(dirname "$0")/.." && pwd)/docs/images"}
if ! command -v chromium >/dev/null; then
  [[ $(id -u) -eq 0 ]] || { echo "chromium is missing: apt-get install chromium" >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
base=${login_url%%/login*}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out"
shot() { # <url> <file>
  chromium --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1600,1000 \
    --virtual-time-budget=15000 --screenshot="$2" "$1" 2>/dev/null
}
shot "$login_url" "$profile/login.png"   # sets the auth cookie in this profile
shot "$base/" "$out/dashboard-resources.png"
shot "$base/traces" "$out/dashboard-traces.png"
echo "saved $out/dashboard-resources.png and $out/dashboard-traces.png"
