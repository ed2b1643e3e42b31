#!/usr/bin/env bash
# Generates the TypeScript client from OpenAPI documents and type-checks it.
#   eng/generate-client.sh [--out DIR] [--check FILE.ts]... doc.json...   documents from files (name = file name)
#   eng/generate-client.sh --from http://localhost:5100                   the four documents from a running gateway
# Output: <out>/<name>.ts (default clients/typescript/src/generated), then `tsc --noEmit` over the client, the
# generated files and any --check files (usage code that must compile against the documents).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
client="$root/clients/typescript"
out="$client/src/generated"
from=""
checks=()
docs=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --from) from="$2"; shift 2 ;;
    --check) checks+=("$2"); shift 2 ;;
    *) docs+=("$1"); shift ;;
  esac
done

command -v node >/dev/null && command -v npm >/dev/null || { echo "generate-client: node and npm are required" >&2; exit 3; }
mkdir -p "$out"
if [[ -n "$from" ]]; then
  for service in inspections welfareaid cooperatives mediation; do
    curl -fsS "$from/openapi/$service.json" -o "$out/$service.json"
    docs+=("$out/$service.json")
  done
fi
[[ ${#docs[@]} -gt 0 ]] || { echo "generate-client: give OpenAPI documents or --from <gateway url>" >&2; exit 2; }

cd "$client"
# Offline-friendly and reproducible: the lock file pins the generator; install only when missing.
[[ -x node_modules/.bin/openapi-typescript ]] || npm ci --no-audit --no-fund --loglevel=error

for doc in "${docs[@]}"; do
  name="$(basename "$doc" .json)"
  node_modules/.bin/openapi-typescript "$doc" --output "$out/$name.ts" --root-types --enum-values >/dev/null
  echo "generated $out/$name.ts"
done

# Type-check the client, the generated files and the usage checks together.
config="$(mktemp "$client/tsconfig.check.XXXXXX.json")"
trap 'rm -f "$config"' EXIT
{
  printf '{ "extends": "./tsconfig.json", "include": ["src/client.ts", "%s/**/*.ts"' "$out"
  for check in "${checks[@]}"; do printf ', "%s"' "$check"; done
  printf '] }\n'
} > "$config"
node_modules/.bin/tsc --noEmit -p "$config"
echo "type-check passed"
