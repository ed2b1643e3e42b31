#!/usr/bin/env bash
# Runs the messaging benchmark (outbox → RabbitMQ → inbox) on the local infrastructure and prints Markdown tables
# for docs/benchmarks.md. Arguments pass through: --events N --writers N --events-per-commit N --rate N --seconds N
# --warmup N (events pushed through before each measurement, until tiered JIT has settled; 40000).
#
# The local test cluster runs with fsync, synchronous_commit and full_page_writes off (speed for throwaway test data).
# A benchmark must pay for durable commits as production does, so this script switches them on for the run
# (ALTER SYSTEM + reload) and back afterwards. --fast keeps the test settings (labelled as such in the output).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash eng/infra.sh start >/dev/null
# shellcheck disable=SC1091
source .local/infra.env

durable=1
args=()
for arg in "$@"; do
  if [[ "$arg" == "--fast" ]]; then durable=0; else args+=("$arg"); fi
done

pg() { psql "host=127.0.0.1 port=${LW_PG_PORT:-55432} user=postgres dbname=postgres" -qAtc "$1"; }
# One statement per call: psql -c runs several in one transaction, where ALTER SYSTEM is refused.
restore() {
  for setting in fsync synchronous_commit full_page_writes; do pg "ALTER SYSTEM RESET $setting" || true; done
  pg "SELECT pg_reload_conf()" >/dev/null || true
}
if (( durable )); then
  # ALTER SYSTEM settings win over postgresql.conf; RESET returns to the cluster's own (test) settings.
  trap restore EXIT
  for setting in fsync synchronous_commit full_page_writes; do pg "ALTER SYSTEM SET $setting = on"; done
  pg "SELECT pg_reload_conf()" >/dev/null
fi
echo "PostgreSQL: fsync=$(pg 'SHOW fsync'), synchronous_commit=$(pg 'SHOW synchronous_commit'), full_page_writes=$(pg 'SHOW full_page_writes')"
dotnet build -c Release bench/Messaging.Benchmarks -v q -nologo >/dev/null
dotnet run -c Release --no-build --project bench/Messaging.Benchmarks -- "${args[@]}" 2>&1 | grep -v -E '^(fail|warn): |^      '
