#!/usr/bin/env bash
# The gateway's cost on a one-row read (GET /api/cooperatives/cooperatives/{id}), measured side by side in one run:
# the cooperatives service and the gateway run as processes with the configuration contract (a database and a
# RabbitMQ vhost of the run's own), and wrk sends the same request with the same token straight to the service and
# through the gateway, alternating, for each connection count and round. Prints every run, then the ratio of
# throughputs and the median added by the gateway (medians over the rounds). Traffic goes to 127.0.0.1 only.
#
#   eng/bench-gateway.sh [--seconds 8] [--connections "8 32"] [--rounds 3] [--baseline REF] [--profile SECONDS]
#
# --baseline REF also runs the gateway of git revision REF (e.g. main), built from git's copy into .local/, as a
# third contestant in the same rotation. --profile N samples the gateway's CPU with perf for N seconds under 32
# connections first and prints where its time goes (.local/logs/gateway-profile.txt has the full list). Installs wrk
# (and perf for --profile) with apt-get when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds=8 connections="8 32" rounds=3 baseline="" profile=0
while (( $# )); do
  case "$1" in
    --seconds) seconds="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --baseline) baseline="$2"; shift ;;
    --profile) profile="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if (( profile )) && ! command -v perf >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq linux-perf >/dev/null
fi
bash eng/infra.sh start >/dev/null
# shellcheck disable=SC1091
source .local/infra.env
# shellcheck source=eng/bench-lib.sh
source eng/bench-lib.sh

run_id="gw$$"
db="bench_${run_id}"
vhost="bench-${run_id}"
service_port=$(free_port) gateway_port=$(free_port) baseline_port=$(free_port)
cleanup() {
  stop_processes
  drop_database "$db"
  delete_vhost "$vhost"
}
trap cleanup EXIT

echo "building the cooperatives service and the gateway (Release)…"
build src/Services/Cooperatives
build src/Gateway
baseline_dll=""
if [[ -n $baseline ]]; then
  baseline_dll="$(build_baseline "$baseline" src/Gateway LabourWelfare.Gateway.dll)"
fi

create_vhost "$vhost"
create_database "$db"
# Migrations are a deployment step (the service's "migrate" command); the benchmark's service runs as the owner.
env ASPNETCORE_ENVIRONMENT=Development "ConnectionStrings__cooperativesdb=$LW_POSTGRES;Database=$db" Database__AppRole=postgres \
  dotnet "$root/src/Services/Cooperatives/bin/Release/net10.0/LabourWelfare.Cooperatives.dll" migrate >"$bench_logs/bench-migrate.log" 2>&1 \
  || { cat "$bench_logs/bench-migrate.log" >&2; exit 1; }
start_process cooperatives "$service_port" "$root/src/Services/Cooperatives/bin/Release/net10.0/LabourWelfare.Cooperatives.dll" \
  "ConnectionStrings__cooperativesdb=$LW_POSTGRES;Database=$db" "ConnectionStrings__messaging=$(vhost_uri "$vhost")"
# The other services are not called; the gateway only needs to know where they would be.
gateway_env=("services__cooperatives__http__0=http://127.0.0.1:$service_port"
  services__inspections__http__0=http://127.0.0.1:9 services__welfareaid__http__0=http://127.0.0.1:9
  services__mediation__http__0=http://127.0.0.1:9
  # One caller sends everything here: the limiter keeps running, at a limit the benchmark does not reach.
  Gateway__RateLimit__PermitsPerMinute=100000000
  # As the AppHost runs the gateway (src/AppHost/Program.cs).
  DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1)
# perf can name JIT-compiled methods only with a perf map and without W^X double mapping (profiling runs only).
profiling_env=()
(( profile )) && profiling_env=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0)
start_process gateway "$gateway_port" "$root/src/Gateway/bin/Release/net10.0/LabourWelfare.Gateway.dll" "${gateway_env[@]}" "${profiling_env[@]}"
gateway_pid="${bench_pids[-1]}"
[[ -n $baseline_dll ]] && start_process "gateway-$baseline" "$baseline_port" "$baseline_dll" "${gateway_env[@]}"

wait_http "http://127.0.0.1:$service_port/health" 120
wait_http "http://127.0.0.1:$gateway_port/alive" 60
[[ -n $baseline_dll ]] && wait_http "http://127.0.0.1:$baseline_port/alive" 60

token="$(dev_token "http://127.0.0.1:$gateway_port" registrar-1 registrar fars)"
id="$(register_cooperative "http://127.0.0.1:$service_port" "$token" "GW-$$")"
path="/api/cooperatives/cooperatives/$id"
curl -fsS -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$gateway_port$path" \
  || { echo "the read through the gateway fails" >&2; exit 1; }

if (( profile )); then
  wrk_run "http://127.0.0.1:$gateway_port$path" "$token" 32 60 >/dev/null # warm: tiered JIT must have settled
  wrk_run "http://127.0.0.1:$gateway_port$path" "$token" 32 $((profile + 2)) >/dev/null &
  load_pid=$!
  perf record -F 999 -g -p "$gateway_pid" -o "$root/.local/logs/gateway.perf.data" -- sleep "$profile" >/dev/null 2>&1
  wait "$load_pid"
  perf report -i "$root/.local/logs/gateway.perf.data" --no-children --sort sym -g none 2>/dev/null \
    | grep -v '^#' | grep -v '^$' >"$bench_logs/gateway-profile.txt"
  echo "## Where the gateway's CPU goes (perf, ${profile} s at 32 connections; self time by area)"
  profile_summary "$bench_logs/gateway-profile.txt"
  echo
fi

service_pid="${bench_pids[0]}"
targets=("direct|http://127.0.0.1:$service_port|" "gateway|http://127.0.0.1:$gateway_port|$gateway_pid")
[[ -n $baseline_dll ]] && targets+=("gateway $baseline|http://127.0.0.1:$baseline_port|${bench_pids[-1]}")
# CPU time (ms) a process has used so far: utime + stime from /proc, in clock ticks of 10 ms.
cpu_ms() { [[ -n $1 ]] && awk '{ sub(/^.*\) /, ""); print ($12 + $13) * 10 }' "/proc/$1/stat" || echo 0; }

# Tiered JIT keeps recompiling hot paths for tens of seconds under load (docs/benchmarks.md): measure warm processes.
echo "warming up (JIT, connection pools): 30 s each…"
for target in "${targets[@]}"; do url="${target#*|}"; wrk_run "${url%|*}$path" "$token" 32 30 >/dev/null; done

echo
echo "# Gateway benchmark ($(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "GET $path, one token, wrk 2 threads, ${seconds} s per run, alternated"
echo
echo "| round | connections | target | requests/s | p50 | p99 | service CPU per request | gateway CPU per request |"
echo "|---|---|---|---|---|---|---|---|"
results="$(mktemp)"
for (( round = 1; round <= rounds; round++ )); do
  for c in $connections; do
    for target in "${targets[@]}"; do
      name="${target%%|*}" url="${target#*|}" pid="${target##*|}"
      service_before=$(cpu_ms "$service_pid") gateway_before=$(cpu_ms "$pid")
      read -r rps p50 p99 < <(wrk_run "${url%|*}$path" "$token" "$c" "$seconds")
      service_cpu=$(( $(cpu_ms "$service_pid") - service_before )) gateway_cpu=$(( $(cpu_ms "$pid") - gateway_before ))
      awk -v r="$round" -v c="$c" -v n="$name" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v s="$service_cpu" -v g="$gateway_cpu" \
        -v pid="$pid" -v secs="$seconds" 'BEGIN { req = rps * secs;
          printf "| %s | %s | %s | %s | %s ms | %s ms | %.0f µs | %s |\n", r, c, n, rps, p50, p99, s * 1000 / req,
            pid == "" ? "—" : sprintf("%.0f µs", g * 1000 / req) }'
      echo "$c|$name|$rps|$p50" >>"$results"
    done
  done
done
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| connections | gateway | requests/s (median) | × direct | p50 (median) | added at p50 |"
echo "|---|---|---|---|---|---|"
for c in $connections; do
  direct_rps=$(median "$(awk -F'|' -v c="$c" '$1==c && $2=="direct" {print $3}' "$results")")
  direct_p50=$(median "$(awk -F'|' -v c="$c" '$1==c && $2=="direct" {print $4}' "$results")")
  echo "| $c | none (direct) | $direct_rps | 1.00 | $direct_p50 ms | — |"
  for target in "${targets[@]:1}"; do
    name="${target%%|*}"
    rps=$(median "$(awk -F'|' -v c="$c" -v n="$name" '$1==c && $2==n {print $3}' "$results")")
    p50=$(median "$(awk -F'|' -v c="$c" -v n="$name" '$1==c && $2==n {print $4}' "$results")")
    awk -v c="$c" -v n="$name" -v r="$rps" -v d="$direct_rps" -v p="$p50" -v dp="$direct_p50" \
      'BEGIN { printf "| %s | %s | %s | %.2f | %s ms | %+.2f ms |\n", c, n, r, r / d, p, p - dp }'
  done
done
rm -f "$results"
