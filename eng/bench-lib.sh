# Helpers shared by eng/bench-gateway.sh, eng/load-test.sh and eng/dashboard-screenshot.sh (sourced, not run), from
# the repository root. The database and vhost helpers expect LW_POSTGRES, LW_RABBITMQ and LW_RABBITMQ_MANAGEMENT from
# .local/infra.env.

bench_pids=()
bench_logs="$PWD/.local/logs"
mkdir -p "$bench_logs"

# A TCP port nobody listens on now.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# build PROJECT_DIR : Release build, quiet; the compiler's output only when it fails.
build() {
  local log="$bench_logs/build.log"
  dotnet build -c Release "$1" -v q -nologo >"$log" 2>&1 || { grep -E 'error|Error' "$log" | head -n 30 >&2; return 1; }
}

# Token settings of the run: a signing key of its own, given to the service and the gateway as the AppHost would.
bench_auth=(Auth__Issuer=labourwelfare-bench Auth__Audience=labourwelfare
  "Auth__SigningKey=$(head -c 36 /dev/urandom | base64 | tr -d '/+=')")

# start_process NAME PORT DLL [VARIABLE=VALUE…] : runs an ASP.NET Core DLL on 127.0.0.1:PORT in Development with the
# run's token settings and its own folder as content root; output in .local/logs/bench-NAME.log.
start_process() {
  local name="$1" port="$2" dll="$3"; shift 3
  env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_CONTENTROOT="$(dirname "$dll")" \
    "${bench_auth[@]}" "$@" setsid dotnet "$dll" >"$bench_logs/bench-$name.log" 2>&1 &
  bench_pids+=("$!")
}

# Stops what start_process started (by process id), SIGTERM first.
stop_processes() {
  local pid
  for pid in "${bench_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${bench_pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  bench_pids=()
}

# wait_http URL SECONDS : until URL answers 2xx, or fail with the processes' logs.
wait_http() {
  local deadline=$((SECONDS + $2))
  local pid
  until curl -fs -o /dev/null --max-time 5 "$1"; do
    for pid in "${bench_pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "a process exited before $1 answered:" >&2; tail -n 20 "$bench_logs"/bench-*.log >&2; return 1; }
    done
    if (( SECONDS > deadline )); then
      echo "$1 did not answer within $2 s; logs in $bench_logs/bench-*.log" >&2
      tail -n 20 "$bench_logs"/bench-*.log >&2
      return 1
    fi
    sleep 0.5
  done
}

management() { curl -fsS -u guest:guest -H 'content-type: application/json' "$@"; }
create_vhost() {
  management -X PUT "$LW_RABBITMQ_MANAGEMENT/api/vhosts/$1" >/dev/null
  management -X PUT "$LW_RABBITMQ_MANAGEMENT/api/permissions/$1/guest" -d '{"configure":".*","write":".*","read":".*"}' >/dev/null
}
delete_vhost() { management -X DELETE "$LW_RABBITMQ_MANAGEMENT/api/vhosts/$1" >/dev/null 2>&1 || true; }
vhost_uri() { echo "${LW_RABBITMQ%/}/$1"; }

# The service migrates its database but does not create it (Aspire's PostgreSQL resource does that for the AppHost).
postgres_sql() {
  local host port
  host="$(sed -E 's/.*Host=([^;]*).*/\1/' <<<"$LW_POSTGRES")"
  port="$(sed -E 's/.*Port=([^;]*).*/\1/' <<<"$LW_POSTGRES")"
  PGPASSWORD=postgres psql -h "$host" -p "$port" -U postgres -d postgres -qAtc "$1" >/dev/null
}
create_database() { postgres_sql "CREATE DATABASE \"$1\""; }
drop_database() { postgres_sql "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" 2>/dev/null || true; }

# build_baseline REF PROJECT_DIR DLL : builds PROJECT_DIR of git revision REF from git's copy (never the work tree)
# into .local/baseline/<sha>/ and prints the path of its DLL.
build_baseline() {
  local sha dir
  sha="$(git rev-parse --short "$1^{commit}")"
  dir="$PWD/.local/baseline/$sha"
  if [[ ! -f $dir/$2/bin/Release/net10.0/$3 ]]; then
    [[ -d $dir/src ]] || { mkdir -p "$dir" && git archive "$sha" | tar -x -C "$dir"; }
    build "$dir/$2"
  fi
  echo "$dir/$2/bin/Release/net10.0/$3"
}

# dev_token GATEWAY SUBJECT ROLE REGION [NATIONAL_ID] : a Development token from the gateway's /dev/token.
dev_token() {
  local body
  body=$(printf '{"subject":"%s","roles":["%s"],"region":"%s"%s}' "$2" "$3" "$4" "${5:+,\"nationalId\":\"$5\"}")
  curl -fsS -X POST "$1/dev/token" -H 'Content-Type: application/json' -d "$body" \
    | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])'
}

# register_cooperative BASE TOKEN REGISTRATION_NUMBER : registers a fars cooperative with its seven founders; prints its id.
register_cooperative() {
  curl -fsS -X POST "$1/api/cooperatives/cooperatives" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d '{
    "name":"Benchmark Cooperative","region":"fars","registrationNumber":"'"$3"'","sector":"renewable-energy","foundingMembers":[
    {"nationalId":"5729266448","fullName":"Maryam Ahmadi","shares":10},{"nationalId":"4467228780","fullName":"Ali Rezaei","shares":10},
    {"nationalId":"0805583440","fullName":"Zahra Karimi","shares":10},{"nationalId":"0188873279","fullName":"Reza Hosseini","shares":10},
    {"nationalId":"6901161638","fullName":"Fatemeh Moradi","shares":10},{"nationalId":"3471764410","fullName":"Hossein Jafari","shares":10},
    {"nationalId":"4425258738","fullName":"Leila Sadeghi","shares":10}]}' \
    | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])'
}

# wrk_run URL TOKEN CONNECTIONS SECONDS : prints "requests/s p50_ms p99_ms"; fails on non-2xx answers or socket errors.
wrk_run() {
  local out
  out="$(wrk -t2 -c"$3" -d"$4s" --timeout 10s --latency -H "Authorization: Bearer $2" "$1")"
  # Requests still open when the run ends count as timeouts; anything else is an error.
  if grep -qE 'Non-2xx|Socket errors: connect [1-9]|read [1-9]|write [1-9]' <<<"$out"; then echo "wrk saw errors on $1:" >&2; echo "$out" >&2; return 1; fi
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }' <<<"$out"
}

# median "N N N…" (numbers separated by white space)
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# profile_summary FILE : perf's self-time list (perf report --sort sym) grouped into areas by symbol name.
profile_summary() {
  awk '
    { pct = $1; sub(/%/, "", pct); $1 = ""; $2 = ""; sym = $0 }
    sym ~ /Yarp\./ { a["YARP (forwarder, headers)"] += pct; next }
    sym ~ /IdentityModel|JsonWebToken|Jwt|Authentication/ { a["token validation"] += pct; next }
    sym ~ /OpenTelemetry|System\.Diagnostics\.(Activity|Metrics|DiagnosticListener)|DiagnosticSource/ { a["telemetry (activities, metrics)"] += pct; next }
    sym ~ /Logging|Logger/ { a["logging"] += pct; next }
    sym ~ /RateLimit/ { a["rate limiter"] += pct; next }
    sym ~ /Kestrel|Http1Connection|HttpParser|Microsoft\.AspNetCore\.Server/ { a["Kestrel (inbound HTTP)"] += pct; next }
    sym ~ /System\.Net\.Http|SocketsHttpHandler|HttpConnection/ { a["HttpClient (outbound HTTP)"] += pct; next }
    sym ~ /System\.Net\.Sockets|\[k\]|syscall|epoll|sendmsg|recvmsg|tcp_/ { a["sockets and kernel"] += pct; next }
    sym ~ /Microsoft\.AspNetCore/ { a["ASP.NET Core middleware, routing"] += pct; next }
    sym ~ /gc_heap|GC|Alloc|memset|memmove|memcpy/ { a["GC, allocation, copying"] += pct; next }
    { a["other (runtime, JIT, BCL)"] += pct }
    END { for (k in a) printf "| %s | %.1f %% |\n", k, a[k] }' "$1" | sort -t'|' -k3 -rn | { echo "| area | CPU |"; echo "|---|---|"; cat; }
}
