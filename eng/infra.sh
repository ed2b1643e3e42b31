#!/usr/bin/env bash
# Local infrastructure for development and tests: a throwaway PostgreSQL cluster
# and the machine's RabbitMQ broker.
#
#   eng/infra.sh start    start both (idempotent), then write .local/infra.env
#   eng/infra.sh status   print whether each is up (exit 1 if something is down)
#   eng/infra.sh stop     stop both (idempotent); RabbitMQ only if this checkout started it
#
# Caller-provided servers: if LW_POSTGRES is set, PostgreSQL is not touched (give LW_POSTGRES_LOG, its log file,
# for the tests that read it); if ConnectionStrings__messaging is set, RabbitMQ is not touched. A PostgreSQL this
# checkout did not start is never used unless LW_POSTGRES names it.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=eng/resources.env
source "$REPO_ROOT/eng/resources.env"

LOCAL_DIR="$REPO_ROOT/.local"
INFRA_ENV="$LOCAL_DIR/infra.env"

PG_HOST=127.0.0.1
PG_PORT="${LW_PG_PORT:-55432}"  # override only to run a second copy side by side
RMQ_AMQP_PORT=5672
RMQ_MGMT_PORT=15672
RMQ_MGMT_URL="http://127.0.0.1:$RMQ_MGMT_PORT"
PG_START_TIMEOUT=60
RMQ_START_TIMEOUT=120
STOP_TIMEOUT=60

# Stable per-checkout id, used for fallback locations outside the repo.
REPO_HASH="$(printf '%s' "$REPO_ROOT" | sha1sum | cut -c1-12)"

log() { printf '[infra] %s\n' "$*"; }
warn() { printf '[infra] WARNING: %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }
is_root() { [[ $(id -u) -eq 0 ]]; }

# Deadline loops use SECONDS (bash's monotonic-ish counter), never blind sleeps.
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# ---------------------------------------------------------------- PostgreSQL --

find_pg_bin() {
  local d
  # Prefer 15 (what the repo is tested with), else the newest installed version.
  for d in "${LW_PG_BIN:-}" /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -rn); do
    if [[ -n $d && -x $d/pg_ctl && -x $d/initdb ]]; then PG_BIN="$d"; return; fi
  done
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    PG_BIN="$(dirname "$(command -v pg_ctl)")"; return
  fi
  die "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin and PATH). Install postgresql-15 or set LW_PG_BIN (or LW_POSTGRES to use your own server)."
}

# Run a PostgreSQL server command. PostgreSQL refuses to run as root, so as root
# we switch to the 'postgres' OS user; cd / because that user may not be able to
# read our current directory. 9>&-: the postmaster must not inherit our lock fd
# (it would hold .local/infra.lock forever).
pg_as() {
  if is_root; then
    (cd / && runuser -u postgres -- "$@") 9>&-
  else
    "$@" 9>&-
  fi
}

# Work out where the cluster lives. Normally <repo>/.local/postgres, but when
# running as root the 'postgres' user must be able to reach that directory; a
# repo under e.g. /root (mode 700) is not reachable, so fall back to
# /var/tmp/labourwelfare-<hash of repo path>/postgres.
resolve_pg_dirs() {
  PG_ROOT="$LOCAL_DIR/postgres"
  if is_root; then
    id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' OS user to run PostgreSQL as."
    mkdir -p "$PG_ROOT"
    chmod 755 "$LOCAL_DIR"
    chown postgres:postgres "$PG_ROOT"
    if ! runuser -u postgres -- test -w "$PG_ROOT" -a -x "$PG_ROOT" 2>/dev/null; then
      rmdir "$PG_ROOT" 2>/dev/null || true
      local base="/var/tmp/labourwelfare-$REPO_HASH"
      PG_ROOT="$base/postgres"
      mkdir -p "$PG_ROOT"
      chmod 755 "$base"
      chown postgres:postgres "$PG_ROOT"
      # Leave a pointer so people can find the data from the repo.
      printf '%s\n' "$PG_ROOT" >"$LOCAL_DIR/postgres-location.txt"
      PG_FALLBACK=1
    else
      rm -f "$LOCAL_DIR/postgres-location.txt"
    fi
  else
    mkdir -p "$PG_ROOT"
  fi
  PG_DATA="$PG_ROOT/data"
  PG_LOG="$PG_ROOT/log/postgres.log"
  PG_SOCK="$PG_ROOT/run"
  # Unix socket paths are limited to ~107 bytes; use a short dir for deep checkouts.
  if (( ${#PG_SOCK} + 20 > 100 )); then
    PG_SOCK="/tmp/lw-pg-$REPO_HASH"
  fi
}

pg_running() { pg_as "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; }
pg_ready() { "$PG_BIN/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT" -t 2 >/dev/null 2>&1; }

pg_write_file() { # <path>  (content on stdin), written as the cluster owner
  if is_root; then
    cat >"$1"
    chown postgres:postgres "$1"
  else
    cat >"$1"
  fi
}

pg_write_config() {
  # Rewritten on every start so script changes take effect after a restart.
  pg_write_file "$PG_DATA/labourwelfare.conf" <<EOF
# Managed by eng/infra.sh; rewritten on each start.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCK'
max_connections = 500
shared_buffers = 256MB
# Throwaway dev/test cluster: trade durability for speed (a crash may lose the
# cluster; delete .local/postgres and start again).
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  # Personal data stays out of the server log (the one list, shared with the AppHost and production docs).
  { echo; echo "# ---- from eng/postgres/personal-data.conf"; cat "$REPO_ROOT/eng/postgres/personal-data.conf"; } \
    | pg_as tee -a "$PG_DATA/labourwelfare.conf" >/dev/null
  # Throwaway dev/test cluster on loopback only: trust everyone, no passwords.
  pg_write_file "$PG_DATA/pg_hba.conf" <<'EOF'
# Managed by eng/infra.sh. Throwaway local dev/test cluster: trust auth,
# reachable only via the local socket and loopback (listen_addresses=127.0.0.1).
local   all             all                     trust
host    all             all     127.0.0.1/32    trust
host    all             all     ::1/128         trust
local   replication     all                     trust
host    replication     all     127.0.0.1/32    trust
EOF
}

pg_initdb() {
  log "initialising PostgreSQL cluster in $PG_DATA"
  mkdir -p "$PG_ROOT/log"
  is_root && chown postgres:postgres "$PG_ROOT/log"
  local locale_args=(--no-locale)
  # C.UTF-8 keeps byte-order collation but gives proper Unicode upper()/lower().
  if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale_args=(--locale=C.UTF-8); fi
  pg_as "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 "${locale_args[@]}" >"$LOCAL_DIR/logs/initdb.log" 2>&1 \
    || { tail -n 30 "$LOCAL_DIR/logs/initdb.log" >&2; die "initdb failed (full log: $LOCAL_DIR/logs/initdb.log)"; }
  printf "\ninclude_if_exists = 'labourwelfare.conf'\n" | pg_as tee -a "$PG_DATA/postgresql.conf" >/dev/null
  PG_FRESH=1
}

pg_start() {
  if [[ -n ${LW_POSTGRES:-} ]]; then log "PostgreSQL: LW_POSTGRES is set by the caller; not touching PostgreSQL."; return; fi
  find_pg_bin
  resolve_pg_dirs
  [[ -n ${PG_FALLBACK:-} ]] && log "PostgreSQL: 'postgres' cannot reach $LOCAL_DIR; using $PG_ROOT instead (see .local/postgres-location.txt)."

  if [[ -f $PG_DATA/PG_VERSION ]]; then
    local want have
    have="$(cat "$PG_DATA/PG_VERSION")"
    want="$("$PG_BIN/postgres" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')"
    [[ $have == "$want" ]] || die "cluster in $PG_DATA is PostgreSQL $have but binaries in $PG_BIN are $want; delete $PG_ROOT or set LW_PG_BIN."
  fi

  if [[ -f $PG_DATA/PG_VERSION ]] && pg_running; then
    # Ours (its pid file is in our data directory): reuse it, if it listens where we were asked to.
    local running_port
    running_port="$(sed -n '4p' "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
    [[ $running_port == "$PG_PORT" ]] \
      || die "this checkout's PostgreSQL ($PG_DATA) runs on port ${running_port:-?}, not $PG_PORT; run eng/infra.sh stop first."
    pg_write_config
    pg_as "$PG_BIN/pg_ctl" reload -D "$PG_DATA" -s </dev/null >/dev/null || warn "could not reload the PostgreSQL configuration"
    log "PostgreSQL: already running ($PG_DATA)."
  else
    if pg_ready; then
      # Something this checkout did not start (another checkout, a system server) serves our port: never write our
      # databases into it unless the caller says so.
      die "port $PG_PORT is served by a PostgreSQL this checkout did not start (its data is not in $PG_DATA). Stop it, pick another port with LW_PG_PORT, or use it on purpose with LW_POSTGRES='Host=127.0.0.1;Port=$PG_PORT;Username=...;Password=...' (and LW_POSTGRES_LOG=<its log file> for the log tests)."
    fi
    [[ -f $PG_DATA/PG_VERSION ]] || pg_initdb
    mkdir -p "$PG_ROOT/log" "$PG_SOCK"
    is_root && chown postgres:postgres "$PG_ROOT/log" "$PG_SOCK"
    chmod 755 "$PG_SOCK"
    pg_write_config
    log "PostgreSQL: starting on $PG_HOST:$PG_PORT (log: $PG_LOG)"
    # setsid: keep the postmaster out of our process group so a Ctrl-C in
    # eng/run.sh does not shut the database down.
    if ! pg_as setsid -w "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t "$PG_START_TIMEOUT" -s </dev/null; then
      tail -n 30 "$PG_LOG" >&2 || true
      die "PostgreSQL failed to start (log: $PG_LOG)"
    fi
  fi

  local deadline=$((SECONDS + PG_START_TIMEOUT))
  until pg_ready; do
    (( SECONDS < deadline )) || { tail -n 30 "$PG_LOG" >&2 || true; die "PostgreSQL did not become ready within ${PG_START_TIMEOUT}s"; }
    sleep 0.2
  done
  if [[ -n ${PG_FRESH:-} ]]; then
    # Auth is trust, but give postgres the password from the connection string
    # so switching to password auth later does not break anything.
    "$PG_BIN/psql" -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -qc "ALTER USER postgres PASSWORD 'postgres'" >/dev/null </dev/null
  fi
  log "PostgreSQL: ready on $PG_HOST:$PG_PORT (data: $PG_DATA)"
}

pg_stop() {
  if [[ -n ${LW_POSTGRES:-} ]]; then log "PostgreSQL: LW_POSTGRES is set by the caller; not touching PostgreSQL."; return; fi
  find_pg_bin
  resolve_pg_dirs
  if [[ -f $PG_DATA/PG_VERSION ]] && pg_running; then
    log "PostgreSQL: stopping"
    pg_as "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t "$STOP_TIMEOUT" -s </dev/null
    log "PostgreSQL: stopped"
  else
    log "PostgreSQL: not running"
  fi
}

pg_status() {
  if [[ -n ${LW_POSTGRES:-} ]]; then log "PostgreSQL: provided by caller (LW_POSTGRES)"; return 0; fi
  find_pg_bin
  if pg_ready; then
    log "PostgreSQL: up on $PG_HOST:$PG_PORT"
  else
    log "PostgreSQL: down"; return 1
  fi
}

# ------------------------------------------------------------------ RabbitMQ --

rmq_api_up() {
  curl -fsS -o /dev/null --max-time 3 -u guest:guest "$RMQ_MGMT_URL/api/overview" 2>/dev/null
}
rmq_up() { port_open "$RMQ_AMQP_PORT" && rmq_api_up; }
# Run a RabbitMQ CLI. Any of them may spawn epmd (a daemon), so: no stdin, output
# to a log (a daemon holding our stdout would hang `bash .ci/run | tee`), and
# close the lock fd. cd: the rabbitmq user must be able to read the cwd.
RMQ_CLI_LOG="$LOCAL_DIR/logs/rabbitmq-cli.log"
RMQ_STARTED_HERE="$LOCAL_DIR/rabbitmq.started-here" # written when this checkout started the broker
rmq() { (cd /var/lib/rabbitmq 2>/dev/null || cd /; "$@") </dev/null >>"$RMQ_CLI_LOG" 2>&1 9>&-; }
# Quick "is an Erlang node with our name alive" check (fails fast when not).
rmq_node_alive() { rmq rabbitmq-diagnostics -q ping; }

apt_install() {
  log "installing: $* (apt-get)"
  # 9>&-: maintainer scripts may start daemons; they must not keep our lock.
  apt-get update -qq </dev/null 9>&-
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" </dev/null 9>&-
}

rmq_ensure_installed() {
  if command -v rabbitmq-server >/dev/null 2>&1 || [[ -x /usr/sbin/rabbitmq-server ]]; then
    export PATH="$PATH:/usr/sbin"
    return
  fi
  is_root || die "rabbitmq-server is not installed. Install it (sudo apt-get install rabbitmq-server) and re-run, or set ConnectionStrings__messaging (and LW_RABBITMQ, LW_RABBITMQ_MANAGEMENT) to use your own broker."
  apt_install rabbitmq-server
  export PATH="$PATH:/usr/sbin"
}

# Erlang node names are rabbit@<short hostname>; if that name does not resolve
# (common in containers) the node cannot start or be reached by rabbitmqctl, so
# pin the node to rabbit@localhost in the Debian env file (read by both the
# server and rabbitmqctl).
rmq_ensure_nodename() {
  local conf=/etc/rabbitmq/rabbitmq-env.conf host
  [[ -n ${RABBITMQ_NODENAME:-} ]] && return
  grep -qE '^[[:space:]]*(RABBITMQ_)?NODENAME=' "$conf" 2>/dev/null && return
  host="$(hostname -s 2>/dev/null || uname -n)"; host="${host%%.*}"
  if ! getent hosts "$host" >/dev/null 2>&1; then
    log "RabbitMQ: hostname '$host' does not resolve; setting NODENAME=rabbit@localhost in $conf"
    mkdir -p /etc/rabbitmq
    printf '\n# Added by labourwelfare eng/infra.sh: hostname "%s" does not resolve.\nNODENAME=rabbit@localhost\n' "$host" >>"$conf"
  fi
}

# Management (HTTP API, UI) and shovel (eng/replay-errors.sh moves error-queue messages back with a dynamic shovel).
RMQ_PLUGINS=(rabbitmq_management rabbitmq_shovel rabbitmq_shovel_management)
rmq_ensure_mgmt_plugin() {
  local f=/etc/rabbitmq/enabled_plugins
  if [[ -f $f ]] && grep -q 'rabbitmq_management[],. ]' "$f" && grep -q 'rabbitmq_shovel[],. ]' "$f"; then return; fi
  log "RabbitMQ: enabling plugins ${RMQ_PLUGINS[*]}"
  rmq rabbitmq-plugins enable --offline "${RMQ_PLUGINS[@]}" || die "enabling RabbitMQ plugins failed (see $RMQ_CLI_LOG)"
}

rmq_log_tail() {
  local f
  for f in $(ls -t /var/log/rabbitmq/*.log 2>/dev/null | head -n 2); do
    echo "---- $f" >&2; tail -n 30 "$f" >&2
  done
}

rmq_start() {
  if [[ -n ${ConnectionStrings__messaging:-} ]]; then log "RabbitMQ: ConnectionStrings__messaging is set by the caller; not touching RabbitMQ."; return; fi
  if rmq_up; then log "RabbitMQ: already running."; return; fi
  command -v curl >/dev/null || { is_root && apt_install curl; } || die "curl is required"
  rmq_ensure_installed
  is_root || die "RabbitMQ is installed but not running, and only root (or the rabbitmq user) can start the Debian broker. Run: sudo rabbitmq-server -detached (or sudo eng/infra.sh start), or set ConnectionStrings__messaging to use your own broker."
  rmq_ensure_nodename
  rmq_ensure_mgmt_plugin

  if rmq_node_alive; then
    # Node is up (or booting) but the API/AMQP is not answering yet; make sure
    # the management plugin is enabled on the live node too (no-op if already).
    log "RabbitMQ: node is running; waiting for it"
    rmq rabbitmq-plugins enable "${RMQ_PLUGINS[@]}" || true
  else
    # No systemd here: start the broker directly. The Debian wrapper su's to
    # the rabbitmq user; -detached daemonises. setsid keeps it out of our
    # process group (Ctrl-C in eng/run.sh must not reach it).
    log "RabbitMQ: starting broker"
    rmq setsid -w rabbitmq-server -detached || { rmq_log_tail; die "rabbitmq-server -detached failed"; }
    touch "$RMQ_STARTED_HERE"
  fi

  local deadline=$((SECONDS + RMQ_START_TIMEOUT)) started=$SECONDS
  until rmq_up; do
    if (( SECONDS >= deadline )); then
      rmq_log_tail
      if port_open "$RMQ_AMQP_PORT" && curl -s -o /dev/null -w '%{http_code}' -u guest:guest "$RMQ_MGMT_URL/api/overview" | grep -q 401; then
        die "RabbitMQ management API rejects guest:guest from 127.0.0.1 (check loopback_users / default user in /etc/rabbitmq/rabbitmq.conf)"
      fi
      die "RabbitMQ did not become ready within ${RMQ_START_TIMEOUT}s (logs: /var/log/rabbitmq/)"
    fi
    # Fail fast if the Erlang VM died during boot.
    if (( SECONDS - started > 10 )) && ! pgrep -u rabbitmq -x beam.smp >/dev/null; then
      rmq_log_tail
      die "RabbitMQ exited during startup (logs: /var/log/rabbitmq/)"
    fi
    sleep 0.5
  done
  log "RabbitMQ: ready (amqp://127.0.0.1:$RMQ_AMQP_PORT, management $RMQ_MGMT_URL)"
}

rmq_stop() {
  if [[ -n ${ConnectionStrings__messaging:-} ]]; then log "RabbitMQ: ConnectionStrings__messaging is set by the caller; not touching RabbitMQ."; return; fi
  if ! command -v rabbitmqctl >/dev/null 2>&1 && [[ ! -x /usr/sbin/rabbitmqctl ]]; then log "RabbitMQ: not installed"; return; fi
  export PATH="$PATH:/usr/sbin"
  if ! is_root; then
    if rmq_up; then warn "RabbitMQ: running, but only root can stop it (sudo rabbitmqctl stop)"; else log "RabbitMQ: not running"; fi
    return
  fi
  # The broker is the machine's: other checkouts and their tests may be using it. Stop it only if this one started it.
  if [[ ! -f $RMQ_STARTED_HERE ]]; then
    if rmq_node_alive; then log "RabbitMQ: left running (not started by this checkout; sudo rabbitmqctl stop stops it)"; else log "RabbitMQ: not running"; fi
    return
  fi
  rm -f "$RMQ_STARTED_HERE"
  if rmq_node_alive; then
    log "RabbitMQ: stopping"
    rmq rabbitmqctl stop || die "rabbitmqctl stop failed (see $RMQ_CLI_LOG)"
    # rabbitmqctl stop returns before the VM has closed its listeners.
    local deadline=$((SECONDS + STOP_TIMEOUT))
    while port_open "$RMQ_AMQP_PORT" || pgrep -u rabbitmq -x beam.smp >/dev/null; do
      (( SECONDS < deadline )) || die "RabbitMQ did not stop within ${STOP_TIMEOUT}s"
      sleep 0.2
    done
    log "RabbitMQ: stopped"
  else
    log "RabbitMQ: not running"
  fi
}

rmq_status() {
  if [[ -n ${ConnectionStrings__messaging:-} ]]; then log "RabbitMQ: provided by caller (ConnectionStrings__messaging)"; return 0; fi
  if rmq_up; then
    log "RabbitMQ: up (amqp 127.0.0.1:$RMQ_AMQP_PORT, management $RMQ_MGMT_URL)"
  elif port_open "$RMQ_AMQP_PORT"; then
    log "RabbitMQ: AMQP port open but management API not answering"; return 1
  else
    log "RabbitMQ: down"; return 1
  fi
}

# ------------------------------------------------------------------ infra.env --

# Double-quote a value for a shell file.
shq() { local v=$1; v=${v//\\/\\\\}; v=${v//\"/\\\"}; v=${v//\$/\\\$}; v=${v//\`/\\\`}; printf '"%s"' "$v"; }

write_env() {
  local pg="${LW_POSTGRES:-Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres}"
  local mq="${LW_RABBITMQ:-${ConnectionStrings__messaging:-amqp://guest:guest@127.0.0.1:$RMQ_AMQP_PORT}}"
  local mgmt="${LW_RABBITMQ_MANAGEMENT:-}"
  # Only default the management URL when we run the broker ourselves.
  if [[ -z $mgmt && -z ${ConnectionStrings__messaging:-} ]]; then mgmt="$RMQ_MGMT_URL"; fi
  {
    echo "# Written by eng/infra.sh start; source it to talk to the local infrastructure."
    echo "export LW_POSTGRES=$(shq "$pg")"
    # The server log (tests check that no personal data reaches it): ours, or the caller's LW_POSTGRES_LOG.
    if [[ -n ${LW_POSTGRES:-} ]]; then
      [[ -n ${LW_POSTGRES_LOG:-} ]] && echo "export LW_POSTGRES_LOG=$(shq "$LW_POSTGRES_LOG")"
    else
      echo "export LW_POSTGRES_LOG=$(shq "$PG_LOG")"
    fi
    echo "export LW_RABBITMQ=$(shq "$mq")"
    if [[ -n $mgmt ]]; then
      echo "export LW_RABBITMQ_MANAGEMENT=$(shq "$mgmt")"
    else
      echo "# LW_RABBITMQ_MANAGEMENT unknown: caller provided the broker without a management URL."
    fi
  } >"$INFRA_ENV.tmp"
  mv -f "$INFRA_ENV.tmp" "$INFRA_ENV"
  [[ -n $mgmt ]] || warn "LW_RABBITMQ_MANAGEMENT not set; tests needing the management API may fail."
}

# ---------------------------------------------------------------------- main --

usage() { echo "usage: $0 start|stop|status" >&2; exit 2; }

main() {
  [[ $# -eq 1 ]] || usage
  mkdir -p "$LOCAL_DIR/logs"
  case $1 in
    start)
      # Serialise concurrent starts/stops (e.g. run.sh and test.sh at once).
      exec 9>"$LOCAL_DIR/infra.lock"; flock -w 600 9 || die "timed out waiting for $LOCAL_DIR/infra.lock"
      local t0=$SECONDS
      pg_start
      rmq_start
      write_env
      log "infrastructure ready in $((SECONDS - t0))s; variables in .local/infra.env (source it)"
      ;;
    stop)
      exec 9>"$LOCAL_DIR/infra.lock"; flock -w 600 9 || die "timed out waiting for $LOCAL_DIR/infra.lock"
      local rc=0
      pg_stop || rc=1
      rmq_stop || rc=1
      return $rc
      ;;
    status)
      local rc=0
      pg_status || rc=1
      rmq_status || rc=1
      return $rc
      ;;
    *) usage ;;
  esac
}

main "$@"
