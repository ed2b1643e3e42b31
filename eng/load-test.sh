#!/usr/bin/env bash
# Load test of the whole platform through the gateway, as offices load it (bench/LoadTest, Artillery from npm).
# Starts the AppHost (PostgreSQL and RabbitMQ of its own on free ports, a temporary data folder, the four services
# and the gateway), seeds offices in fars, then runs two measurements and prints Markdown for docs/benchmarks.md:
#
#   1. accident reports alone at --accident-rate per second for --accident-seconds: the delay from each report to the
#      accident-support application Welfare aid opens from its event (submittedAt − reportedAt, both server clocks).
#      First a warm-up, unmeasured: --warmup seconds (30) ramping up to that rate, as many at it; then the script waits
#      until Welfare aid's queue is empty: a cold platform compiles its hot paths under load and builds a backlog that
#      would otherwise be measured as the delay of the reports behind it (the warm-up's deepest queue is printed);
#   2. the office mix (reads, creates, approvals, cross-service flows; bench/LoadTest/scenario.yml) at a rising rate:
#      --steps new officers' tasks per second, --step-seconds each, to find where one machine stops keeping up;
#      CPU per process and RabbitMQ queue depths are sampled meanwhile, to show what gives first. --steps "" skips it.
#
#   eng/load-test.sh [--accident-rate 50] [--accident-seconds 60] [--warmup 30] [--steps "10 20 40 80 160"] [--step-seconds 30]
#                    [--without-dashboard]
#
# --without-dashboard starts the AppHost with Dashboard:Enabled=false: the platform's own cost, without the dashboard
# receiving every span, log and metric (the services still trace; their exporter finds no collector).
#
# Traffic goes to 127.0.0.1 only; every phase is bounded in time, every request in time (10 s). Installs Node.js
# (apt-get) when it is missing and Artillery (npm ci, browsers skipped) on the first run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

accident_rate=50 accident_seconds=60 warmup=30 steps="10 20 40 80 160" step_seconds=30 dashboard=true
while (( $# )); do
  case "$1" in
    --accident-rate) accident_rate="$2"; shift ;;
    --accident-seconds) accident_seconds="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --steps) steps="$2"; shift ;;
    --step-seconds) step_seconds="$2"; shift ;;
    --without-dashboard) dashboard=false ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

# ---- tools -----------------------------------------------------------------------------------------------------
command -v node >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }
load="$root/bench/LoadTest"
if [[ ! -x $load/node_modules/.bin/artillery || $load/package-lock.json -nt $load/node_modules/.package-lock.json ]]; then
  echo "installing Artillery (npm ci)…"
  # Artillery's browser engine would download Chromium; this test sends HTTP only.
  (cd "$load" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
artillery="$load/node_modules/.bin/artillery"

# ---- the platform ----------------------------------------------------------------------------------------------
# shellcheck source=eng/bench-lib.sh
source eng/bench-lib.sh
run_dir="$root/.local/load-test/$(date -u +%Y%m%dT%H%M%S)"
data_dir="/var/tmp/lw-load-$$"
mkdir -p "$run_dir"
# shellcheck source=eng/lib/platform.sh
source eng/lib/platform.sh
sampler_pid=""
cleanup() {
  [[ -n $sampler_pid ]] && kill "$sampler_pid" 2>/dev/null || true
  platform_stop
}
trap cleanup EXIT

echo "building the AppHost and the platform (Release)…"
build src/AppHost
echo "starting the platform (logs: $run_dir/apphost.log)…"
platform_start "$data_dir" "$run_dir/apphost.log" "$dashboard"
gateway="$platform_gateway"
# The AppHost keeps the broker's password in its data folder (it makes one on the first start).
broker_password="$(cat "$data_dir/rabbitmq.password")"

node "$load/setup.mjs" "$gateway" "$run_dir/seed.json" 60

# Every queue of the broker as name=depth (ready + unacknowledged), on one line; empty when the broker does not answer.
queue_depths() {
  curl -fs -u "platform:$broker_password" "http://127.0.0.1:$platform_rabbit_management_port/api/queues?columns=name,messages_ready,messages_unacknowledged" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).map(q=>`${q.name}=${q.messages_ready+q.messages_unacknowledged}`).join(" "))}catch{console.log("")}})'
}
queue_depth() { queue_depths | tr ' ' '\n' | sed -n "s/^$1=//p"; } # <queue>: its depth, or nothing

# CPU per process every 5 s (top's own interval figures) and the broker's queue depths, to see what gives first.
(
  top -b -c -w 400 -d 5 >"$run_dir/top.log" &
  top_pid=$!
  trap 'kill $top_pid 2>/dev/null' EXIT
  set +e # a failed sample must not end the sampling
  while sleep 5; do
    printf '%s ' "$(date +%s)"
    queue_depths
  done >"$run_dir/queues.log"
) &
sampler_pid=$!

cd "$load"
export LOAD_SEED="$run_dir/seed.json"
echo "1/2 accident reports: warm-up, ramping to $accident_rate/s over $warmup s and $warmup s at it (not measured)…"
"$artillery" run --quiet --target "$gateway" --scenario-name "accident report" \
  --overrides "{\"config\":{\"phases\":[{\"duration\":$warmup,\"arrivalRate\":1,\"rampTo\":$accident_rate,\"name\":\"ramp\"},{\"duration\":$warmup,\"arrivalRate\":$accident_rate,\"name\":\"warm\"}]}}" \
  --output "$run_dir/accidents-warmup.json" scenario.yml >"$run_dir/accidents-warmup.txt"
# Waits (300 s at most) until Welfare aid's accident queue is empty; sets $deepest (messages) and $drained_in (s).
wait_until_drained() {
  local depth started=$SECONDS
  deepest=0
  while :; do
    depth="$(queue_depth welfareaid-accident-reported)"
    (( ${depth:-0} > deepest )) && deepest=$depth
    [[ $depth == 0 ]] && break
    (( SECONDS - started < 300 )) || { echo "welfare aid's accident queue did not drain within 300 s (depth ${depth:-unknown})" >&2; break; }
    sleep 1
  done
  drained_in=$((SECONDS - started))
}
wait_until_drained
echo "$deepest $drained_in" >"$run_dir/accidents-warmup.backlog"
echo "   warm-up backlog: $deepest messages in welfare aid's queue when the warm-up ended, drained in $drained_in s"
echo "1/2 accident reports at $accident_rate/s for $accident_seconds s (measured)…"
LOAD_ACCIDENTS="$run_dir/accidents.ndjson" "$artillery" run --quiet --target "$gateway" --scenario-name "accident report" \
  --overrides "{\"config\":{\"phases\":[{\"duration\":$accident_seconds,\"arrivalRate\":$accident_rate,\"name\":\"$accident_rate/s\"}]}}" \
  --output "$run_dir/accidents.json" scenario.yml >"$run_dir/accidents.txt"
wait_until_drained # the last events through before reading the applications they opened

if [[ -n ${steps// /} ]]; then
  phases="$(for s in $steps; do printf '{"duration":%s,"arrivalRate":%s,"name":"%s/s"},' "$step_seconds" "$s" "$s"; done)"
  echo "2/2 office mix at rising rates ($steps new tasks/s, $step_seconds s each)…"
  echo "$steps" >"$run_dir/office.steps"
  LOAD_ACCIDENTS="$run_dir/office-accidents.ndjson" "$artillery" run --quiet --target "$gateway" \
    --overrides "{\"config\":{\"phases\":[${phases%,}]}}" --output "$run_dir/office.json" scenario.yml >"$run_dir/office.txt"
fi
kill "$sampler_pid" 2>/dev/null || true; sampler_pid=""

echo
node report.mjs "$gateway" "$run_dir" "$accident_rate" "$step_seconds"
echo
echo "Dashboard: $dashboard. Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average at the end $(cut -d' ' -f1-3 /proc/loadavg). Raw data: $run_dir"
