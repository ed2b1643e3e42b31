# Sourced by eng/ scripts that need the whole platform for a while (eng/load-test.sh, eng/dashboard-screenshot.sh):
# starts the AppHost on free ports with a temporary data folder, waits until the gateway is healthy, and stops it with
# everything it started. Needs eng/bench-lib.sh (free_port, bench_auth) sourced first, and runs from the repository root.
#
#   platform_start DATA_DIR LOG DASHBOARD(true|false) : sets platform_gateway (URL), platform_data_dir and
#       platform_rabbit_management_port (the dashboard's login URL is in LOG); fails with the log's tail when the
#       platform is not healthy within 300 s.
#   platform_stop : SIGTERM to the AppHost, then waits for every process the platform started; removes DATA_DIR.

platform_root="$PWD"
platform_apphost_pid="" platform_before="" platform_data_dir="" platform_gateway=""

# The platform's processes (DCP, this checkout's services, the broker and database of the data folder) that were not
# running before the AppHost started: those are this run's, even when DCP has detached them from the AppHost.
platform_running() { pgrep -f "$platform_root/src/|tools/dcp|$platform_data_dir" || true; }
platform_processes() { platform_running | grep -vxF -f <(printf '%s\n' $platform_before) || true; }

platform_start() {
  local log="$2" dashboard="$3"
  platform_data_dir="$1"
  platform_rabbit_management_port=$(free_port)
  local gateway_port dashboard_port; gateway_port=$(free_port) dashboard_port=$(free_port)
  platform_before="$(platform_running)"
  # No launch profile: every port is a free one, so a developer's platform or another run on this machine is never met.
  env ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development ASPIRE_ALLOW_UNSECURED_TRANSPORT=true \
    ASPNETCORE_URLS="http://127.0.0.1:$dashboard_port" ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:$(free_port)" \
    ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="http://127.0.0.1:$(free_port)" ASPIRE_DASHBOARD_MCP_ENDPOINT_URL="http://127.0.0.1:$(free_port)" \
    setsid dotnet run -c Release --no-build --no-launch-profile --project src/AppHost -- \
    Infrastructure:Mode=executables "Infrastructure:DataDirectory=$platform_data_dir" Infrastructure:PostgresPort=0 \
    Infrastructure:RabbitMqPort=0 "Infrastructure:RabbitMqManagementPort=$platform_rabbit_management_port" \
    Infrastructure:RabbitMqDistributionPort=0 "Gateway:Port=$gateway_port" "Dashboard:Enabled=$dashboard" \
    "Parameters:auth-signing-key=${bench_auth[2]#Auth__SigningKey=}" \
    >"$log" 2>&1 &
  platform_apphost_pid=$!
  platform_gateway="http://127.0.0.1:$gateway_port"
  local started=$SECONDS
  until curl -fs -o /dev/null --max-time 5 "$platform_gateway/health"; do
    kill -0 "$platform_apphost_pid" 2>/dev/null || { tail -n 40 "$log" >&2; echo "the AppHost exited" >&2; return 1; }
    (( SECONDS - started < 300 )) || { tail -n 40 "$log" >&2; echo "the platform was not healthy within 300 s" >&2; return 1; }
    sleep 1
  done
  echo "platform healthy in $((SECONDS - started)) s at $platform_gateway"
}

platform_stop() {
  if [[ -n $platform_apphost_pid ]]; then
    # SIGTERM to the AppHost (the child of `dotnet run`), and time to stop its resources: DCP stops the services,
    # PostgreSQL and RabbitMQ. Not SIGINT: a background job of a script ignores it. Not `dotnet run` first: it exits
    # at once and the platform would be left running.
    local apphost platform pid alive
    apphost="$(pgrep -P "$platform_apphost_pid" -f LabourWelfare.AppHost || true)"
    platform="$(platform_processes)"
    for pid in $apphost "$platform_apphost_pid"; do
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -KILL "$pid" 2>/dev/null || true
    done
    # DCP stops the resources after the AppHost has gone (10-20 s): wait for every process the platform started.
    for _ in $(seq 1 300); do
      alive=0
      for pid in $platform; do kill -0 "$pid" 2>/dev/null && alive=1 && break; done
      (( alive )) || break
      sleep 0.2
    done
    platform_apphost_pid=""
  fi
  [[ -n $platform_data_dir ]] && rm -rf "$platform_data_dir"
  return 0
}
