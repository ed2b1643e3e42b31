#!/usr/bin/env bash
# Runs the messaging benchmark (outbox → RabbitMQ → inbox) on the local infrastructure and prints Markdown tables
# for docs/benchmarks.md. Arguments pass through: --events N --writers N --events-per-commit N --rate N --seconds N
# --warmup N (events pushed through before each measurement, until tiered JIT has settled; 40000).
# --paced-rate N [--paced-seconds S] runs only a third measurement: the writers commit N events/s for S seconds (30),
# paced, and the table says whether the pipeline kept up (applied rate, backlog, commit-to-applied latency).
#
#   --baseline REF   also build the benchmark of git revision REF (e.g. main) and run the two side by side,
#                    alternating baseline and this checkout --rounds N times (2), so both meet the same machine load.
#
# The local test cluster runs with fsync, synchronous_commit and full_page_writes off (speed for throwaway test data).
# A benchmark must pay for durable commits as production does, so this script switches them on for the run
# (ALTER SYSTEM + reload) and back afterwards. --fast keeps the test settings (labelled as such in the output).
# To leave a PostgreSQL that others use alone, run a cluster of your own: LW_PG_PORT=55433 eng/bench.sh (with
# LW_POSTGRES unset, eng/infra.sh starts one on that port).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash eng/infra.sh start >/dev/null
# shellcheck disable=SC1091
source .local/infra.env

durable=1 baseline="" rounds=2
args=()
while (( $# )); do
  case "$1" in
    --fast) durable=0 ;;
    --baseline) baseline="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    *) args+=("$1") ;;
  esac
  shift
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
current="$root/bench/Messaging.Benchmarks/bin/Release/net10.0/LabourWelfare.Messaging.Benchmarks.dll"

run() { # <label> <dll>
  echo; echo "### $1 ($(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?') here; load average $(cut -d' ' -f1-3 /proc/loadavg))"
  (cd "$(dirname "$2")" && dotnet "$2" "${args[@]}" 2>&1) | grep -v -E '^(fail|warn): |^      '
}

if [[ -z $baseline ]]; then
  run "this checkout" "$current"
  exit 0
fi

# The baseline's code is git's copy of REF in .local/ (uncommitted edits stay out), measured by this checkout's
# harness (bench/Messaging.Benchmarks copied over REF's), so both sides are measured the same way.
sha="$(git rev-parse --short "$baseline^{commit}")"
dir="$root/.local/baseline/$sha-messaging"
rm -rf "$dir" && mkdir -p "$dir"
git archive "$sha" | tar -x -C "$dir"
rm -rf "$dir/bench/Messaging.Benchmarks" && cp -r "$root/bench/Messaging.Benchmarks" "$dir/bench/"
rm -rf "$dir/bench/Messaging.Benchmarks/bin" "$dir/bench/Messaging.Benchmarks/obj"
dotnet build -c Release "$dir/bench/Messaging.Benchmarks" -v q -nologo >/dev/null
for (( round = 1; round <= rounds; round++ )); do
  run "round $round: baseline $baseline ($sha)" "$dir/bench/Messaging.Benchmarks/bin/Release/net10.0/LabourWelfare.Messaging.Benchmarks.dll"
  run "round $round: this checkout" "$current"
done
