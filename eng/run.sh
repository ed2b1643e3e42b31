#!/usr/bin/env bash
# Run the whole platform locally: infrastructure, the four services and the
# gateway, from Release builds. Ctrl-C stops the services; the infrastructure
# keeps running (eng/infra.sh stop stops it).
#
#   eng/run.sh             build, then run
#   eng/run.sh --no-build  run what is already built
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"
# shellcheck source=eng/resources.env
source eng/resources.env

SOLUTION=LabourWelfare.slnx
LOCAL_DIR="$REPO_ROOT/.local"
LOG_DIR="$LOCAL_DIR/logs"
PID_FILE="$LOCAL_DIR/run.pids"
HEALTH_TIMEOUT="${LW_HEALTH_TIMEOUT:-120}"
STOP_TIMEOUT=20

export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"

log() { printf '[run] %s\n' "$*"; }
die() { printf '[run] ERROR: %s\n' "$*" >&2; exit 1; }

build=1
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $arg (usage: eng/run.sh [--no-build])" ;;
  esac
done

# service name -> project directory under src/Services
service_dir() {
  case $1 in
    inspections) echo Inspections ;;
    welfareaid) echo WelfareAid ;;
    cooperatives) echo Cooperatives ;;
    mediation) echo Mediation ;;
    *) die "no project directory known for service '$1' (update service_dir in eng/run.sh)" ;;
  esac
}

# A zombie still answers kill -0, so look at the process state instead.
alive() {
  local st
  st="$(sed -E 's/^.*\) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" || return 1
  [[ -n $st && $st != Z ]]
}

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# TERM the given pids, wait up to STOP_TIMEOUT, then KILL what is left.
terminate() {
  local pid deadline=$((SECONDS + STOP_TIMEOUT)) left
  (( $# )) || return 0
  kill -TERM "$@" 2>/dev/null || true
  while :; do
    left=()
    for pid in "$@"; do alive "$pid" && left+=("$pid"); done
    (( ${#left[@]} )) || break
    if (( SECONDS >= deadline )); then
      log "still running after ${STOP_TIMEOUT}s, killing: ${left[*]}"
      kill -KILL "${left[@]}" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
}

# A previous run (maybe killed with -9, or still running in another terminal)
# may have left processes behind; its pids are in .local/run.pids. Only kill a
# pid if its command line still looks like ours (pids get reused).
stop_stale() {
  [[ -f $PID_FILE ]] || return 0
  local name pid cmd pids=() runner=()
  while read -r name pid; do
    if ! [[ $pid =~ ^[0-9]+$ ]] || ! alive "$pid"; then continue; fi
    cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
    if [[ $name == runner && $cmd == *eng/run.sh* ]]; then runner+=("$pid")
    elif [[ $name != runner && $cmd == *LabourWelfare.*.dll* ]]; then pids+=("$pid"); fi
  done <"$PID_FILE"
  if (( ${#runner[@]} + ${#pids[@]} )); then
    log "stopping processes from a previous run: ${runner[*]} ${pids[*]}"
    # The old runner first: its trap shuts its children down cleanly.
    terminate "${runner[@]}"
    terminate "${pids[@]}"
  fi
  rm -f "$PID_FILE"
}

declare -A PIDS=() PORTS=()
ORDER=()

stop_children() {
  local pids=() name
  for name in "${ORDER[@]}"; do
    [[ -n ${PIDS[$name]:-} ]] && alive "${PIDS[$name]}" && pids+=("${PIDS[$name]}")
  done
  if (( ${#pids[@]} )); then
    log "stopping services..."
    terminate "${pids[@]}"
  fi
  wait 2>/dev/null || true
  rm -f "$PID_FILE"
}

on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  stop_children
  log "infrastructure (PostgreSQL, RabbitMQ) is still running; stop it with: eng/infra.sh stop"
  exit "$rc"
}

fail_service() { # <name> <reason>
  local name=$1
  printf '[run] ERROR: %s %s; last lines of %s:\n' "$name" "$2" "$LOG_DIR/$name.log" >&2
  tail -n 40 "$LOG_DIR/$name.log" >&2 || true
  exit 1 # on_exit stops the others
}

mkdir -p "$LOG_DIR"
stop_stale

bash eng/infra.sh start
# shellcheck source=/dev/null
source "$LOCAL_DIR/infra.env"

if (( build )); then
  [[ -f $SOLUTION ]] || die "$SOLUTION not found in $REPO_ROOT"
  log "dotnet build $SOLUTION -c Release"
  dotnet build "$SOLUTION" -c Release -nologo
fi

# Fail early, with the owner, if a port is taken (e.g. a `dotnet run` elsewhere).
for entry in $LW_SERVICES "$LW_GATEWAY::$LW_GATEWAY_PORT"; do
  port="${entry##*:}"
  if port_open "$port"; then
    ss -ltnp "sport = :$port" 2>/dev/null | tail -n +2 >&2 || true
    die "port $port (${entry%%:*}) is already in use"
  fi
done

trap on_exit EXIT
trap 'log "interrupted"; exit 130' INT
trap 'log "terminated"; exit 143' TERM
echo "runner $$" >"$PID_FILE"

start_app() { # <name> <port> <project dir> <dll> [VAR=value...]
  local name=$1 port=$2 dir=$3 dll=$4
  shift 4
  [[ -f $dll ]] || die "$dll not found; build first (drop --no-build)"
  log "starting $name on http://127.0.0.1:$port (log: .local/logs/$name.log)"
  # cwd = project dir, like `dotnet run`: ASP.NET uses it as the content root
  # (appsettings*.json). OTEL_EXPORTER_OTLP_ENDPOINT etc. are inherited if set.
  (
    cd "$dir"
    exec env \
      ASPNETCORE_ENVIRONMENT=Development \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      OTEL_SERVICE_NAME="$name" \
      "$@" \
      dotnet "$REPO_ROOT/$dll"
  ) </dev/null >"$LOG_DIR/$name.log" 2>&1 &
  PIDS[$name]=$!
  PORTS[$name]=$port
  ORDER+=("$name")
  echo "$name $!" >>"$PID_FILE"
}

gateway_env=()
for entry in $LW_SERVICES; do
  IFS=: read -r name db port <<<"$entry"
  dir="$(service_dir "$name")"
  start_app "$name" "$port" "src/Services/$dir" "src/Services/$dir/bin/Release/net10.0/LabourWelfare.$dir.dll" \
    "ConnectionStrings__$LW_MESSAGING=$LW_RABBITMQ" \
    "ConnectionStrings__$db=$LW_POSTGRES;Database=$db"
  gateway_env+=("services__${name}__http__0=http://127.0.0.1:$port")
done
start_app "$LW_GATEWAY" "$LW_GATEWAY_PORT" src/Gateway src/Gateway/bin/Release/net10.0/LabourWelfare.Gateway.dll "${gateway_env[@]}"

# Wait until every process answers 200 on /health.
declare -A READY=()
deadline=$((SECONDS + HEALTH_TIMEOUT))
while (( ${#READY[@]} < ${#ORDER[@]} )); do
  for name in "${ORDER[@]}"; do
    [[ -n ${READY[$name]:-} ]] && continue
    if ! alive "${PIDS[$name]}"; then
      rc=0; wait "${PIDS[$name]}" || rc=$?
      fail_service "$name" "exited during startup (exit code $rc)"
    fi
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:${PORTS[$name]}/health" || true)"
    if [[ $code == 200 ]]; then
      READY[$name]=1
      log "$name is healthy"
    fi
  done
  (( ${#READY[@]} < ${#ORDER[@]} )) || break
  if (( SECONDS >= deadline )); then
    for name in "${ORDER[@]}"; do
      [[ -n ${READY[$name]:-} ]] || fail_service "$name" "did not answer 200 on http://127.0.0.1:${PORTS[$name]}/health within ${HEALTH_TIMEOUT}s"
    done
  fi
  sleep 0.5
done

gw="http://127.0.0.1:$LW_GATEWAY_PORT"
cat <<EOF

All services are up. Gateway: $gw
Logs: .local/logs/<name>.log

API reference: $gw/scalar/   (Development: open without a token)

Try: a token, then a cooperative registered with its seven founding members (the regional minimum in fars);
its workplace appears in Inspections a moment later (README.md, "A first request"):
EOF
cat <<'EOF'
  TOKEN=$(curl -s -X POST http://127.0.0.1:5100/dev/token -H 'Content-Type: application/json' \
    -d '{"subject":"registrar-1","roles":["registrar"],"region":"fars"}' | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')
  curl -s -X POST http://127.0.0.1:5100/api/cooperatives/cooperatives -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"Shiraz Solar Cooperative","region":"fars","registrationNumber":"FA-1001","sector":"renewable-energy","foundingMembers":[
         {"nationalId":"5729266448","fullName":"Maryam Ahmadi","shares":10},{"nationalId":"4467228780","fullName":"Ali Rezaei","shares":10},
         {"nationalId":"0805583440","fullName":"Zahra Karimi","shares":10},{"nationalId":"0188873279","fullName":"Reza Hosseini","shares":10},
         {"nationalId":"6901161638","fullName":"Fatemeh Moradi","shares":10},{"nationalId":"3471764410","fullName":"Hossein Jafari","shares":10},
         {"nationalId":"4425258738","fullName":"Leila Sadeghi","shares":10}]}'

Press Ctrl-C to stop the services (PostgreSQL and RabbitMQ keep running; eng/infra.sh stop stops them).
EOF

# Block until a service exits (or we get a signal, handled by the traps).
while :; do
  exited=""
  rc=0
  wait -n -p exited "${PIDS[@]}" || rc=$?
  [[ -n $exited ]] || continue
  for name in "${ORDER[@]}"; do
    [[ ${PIDS[$name]} == "$exited" ]] && fail_service "$name" "exited unexpectedly (exit code $rc)"
  done
done
