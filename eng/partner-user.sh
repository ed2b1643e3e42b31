#!/usr/bin/env bash
# Gives a partner agency (social security organisation, blood transfusion centre, ...) its own RabbitMQ user that
# can read the platform's public events and nothing else.
#
#   eng/partner-user.sh add <partner-name> [password] [--vhost <vhost>]   create or update; prints the credentials
#   eng/partner-user.sh remove <partner-name>                            delete the user (its queues stay until deleted)
#
# The user is "partner-<name>", has no management tag (the management UI and HTTP API refuse it), and on the vhost:
#   configure ^partner\.<name>\..*                      declare/delete only its own queues (and exchanges)
#   write     ^partner\.<name>\..*                      queue.bind needs write on the queue: its own queues only;
#                                                       basic.publish needs write on the exchange: public ones refused
#   read      ^(partner\.<name>\..*|labourwelfare\..*)  queue.bind needs read on the exchange (public ones);
#                                                       consume/get needs read on the queue (its own ones; service
#                                                       queues are named "<service>-..." and never match)
# Environment: LW_RABBITMQ_MANAGEMENT, RABBITMQ_ADMIN_USER / RABBITMQ_ADMIN_PASSWORD; by default the broker the AppHost
# runs (eng/lib/broker.sh).
set -euo pipefail

usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }

# shellcheck source=eng/lib/broker.sh
source "$(dirname "$0")/lib/broker.sh"
MANAGEMENT="$BROKER_API"
ADMIN_USER="$BROKER_USER"
ADMIN_PASSWORD="$BROKER_PASSWORD"
VHOST="/"

action="${1:-}"; shift || true
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --vhost) [ $# -ge 2 ] || usage; VHOST="$2"; shift 2 ;;
    --vhost=*) VHOST="${1#--vhost=}"; shift ;;
    -h|--help) usage ;;
    *) positional+=("$1"); shift ;;
  esac
done
name="${positional[0]:-}"
password="${positional[1]:-}"
[ -n "$action" ] && [ -n "$name" ] || usage
# Lower-case letters, digits and hyphens only: the name goes into permission regexes and queue names.
if ! [[ "$name" =~ ^[a-z0-9][a-z0-9-]{0,40}$ ]]; then
  echo "partner name must be lower-case letters, digits and hyphens (got '$name')" >&2; exit 64
fi

user="partner-$name"
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

api() { # method path [json body]
  local method="$1" path="$2" body="${3:-}" status
  local out; out="$(mktemp)"
  if [ -n "$body" ]; then
    status="$(curl -sS -o "$out" -w '%{http_code}' -u "$ADMIN_USER:$ADMIN_PASSWORD" -X "$method" \
      -H 'content-type: application/json' --data-binary "$body" "$MANAGEMENT/api/$path")"
  else
    status="$(curl -sS -o "$out" -w '%{http_code}' -u "$ADMIN_USER:$ADMIN_PASSWORD" -X "$method" "$MANAGEMENT/api/$path")"
  fi
  if [ "${status:0:1}" != "2" ]; then
    echo "RabbitMQ management API: $method /api/$path answered $status: $(cat "$out")" >&2
    rm -f "$out"; return 1
  fi
  rm -f "$out"
}

case "$action" in
  add)
    if [ -z "$password" ]; then
      password="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
    fi
    escaped="partner\\\\.${name}\\\\..*"   # JSON string of the regex ^partner\.<name>\..*
    api PUT "users/$(urlencode "$user")" \
      "$(printf '{"password":%s,"tags":""}' "$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$password")")"
    api PUT "permissions/$(urlencode "$VHOST")/$(urlencode "$user")" \
      "{\"configure\":\"^${escaped}\",\"write\":\"^${escaped}\",\"read\":\"^(${escaped}|labourwelfare\\\\..*)\"}"
    echo "partner user:  $user"
    echo "password:      $password"
    echo "vhost:         $VHOST"
    echo "may declare, bind and read queues named partner.$name.* bound to the public exchanges labourwelfare.*"
    ;;
  remove)
    api DELETE "users/$(urlencode "$user")"
    echo "removed $user"
    ;;
  *) usage ;;
esac
