#!/usr/bin/env bash
# Moves the messages of a MassTransit error queue ("<queue>_error") back to "<queue>" for replay, once the fault
# that sent them there is fixed. Uses a RabbitMQ dynamic shovel that deletes itself after moving the messages that
# were there when it started, so messages dead-lettered meanwhile stay for a later look.
#
#   eng/replay-errors.sh [--vhost VHOST] <error-queue> [target-queue]
#
# Needs the rabbitmq_shovel plugin (eng/infra.sh enables it) and the management API
# (LW_RABBITMQ_MANAGEMENT and LW_RABBITMQ_ADMIN user:password; by default the AppHost's broker, eng/lib/broker.sh).
set -euo pipefail

vhost="/"
if [[ "${1:-}" == "--vhost" ]]; then vhost="$2"; shift 2; fi
error_queue="${1:?usage: eng/replay-errors.sh [--vhost VHOST] <error-queue> [target-queue]}"
target_queue="${2:-${error_queue%_error}}"
if [[ "$target_queue" == "$error_queue" ]]; then
  echo "Name the target queue: '$error_queue' does not end in _error." >&2
  exit 2
fi

if [[ -n ${LW_RABBITMQ_ADMIN:-} ]]; then RABBITMQ_ADMIN_USER="${LW_RABBITMQ_ADMIN%%:*}" RABBITMQ_ADMIN_PASSWORD="${LW_RABBITMQ_ADMIN#*:}"; fi
# shellcheck source=eng/lib/broker.sh
source "$(dirname "$0")/lib/broker.sh"
api="$BROKER_API"
credentials="$BROKER_USER:$BROKER_PASSWORD"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
vhost_enc=$(enc "$vhost")
shovel="replay-$(date +%s)-$$"

count=$(curl -sf -u "$credentials" "$api/api/queues/$vhost_enc/$(enc "$error_queue")" |
  python3 -c 'import sys, json; print(json.load(sys.stdin).get("messages", 0))') || {
  echo "Queue '$error_queue' not found in vhost '$vhost'." >&2
  exit 1
}
echo "Replaying $count message(s) from '$error_queue' to '$target_queue' (vhost '$vhost')."
[[ "$count" == "0" ]] && exit 0

# amqp:// with no host is a direct connection inside the broker node; the vhost is the path.
uri="amqp:///$vhost_enc"
body=$(python3 -c 'import json, sys; print(json.dumps({"value": {
  "src-protocol": "amqp091", "src-uri": sys.argv[1], "src-queue": sys.argv[2], "src-delete-after": "queue-length",
  "dest-protocol": "amqp091", "dest-uri": sys.argv[1], "dest-queue": sys.argv[3], "ack-mode": "on-confirm"}}))' \
  "$uri" "$error_queue" "$target_queue")
curl -sf -u "$credentials" -X PUT -H 'content-type: application/json' -d "$body" \
  "$api/api/parameters/shovel/$vhost_enc/$shovel" >/dev/null

# The shovel removes itself when done; wait for that (deadline, not a fixed sleep).
deadline=$((SECONDS + 60))
while curl -sf -o /dev/null -u "$credentials" "$api/api/parameters/shovel/$vhost_enc/$shovel"; do
  if (( SECONDS > deadline )); then
    echo "The shovel '$shovel' has not finished after 60 s; see the management UI (Admin > Shovel Status)." >&2
    exit 1
  fi
  sleep 0.5
done
echo "Done: moved $count message(s) back to '$target_queue'."
