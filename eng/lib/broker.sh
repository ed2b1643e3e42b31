# Sourced by the eng/ scripts that talk to RabbitMQ's management API. Sets BROKER_API and BROKER_USER/BROKER_PASSWORD:
# the broker given by LW_RABBITMQ_MANAGEMENT (+ RABBITMQ_ADMIN_USER/RABBITMQ_ADMIN_PASSWORD, default guest/guest), or
# else the one the AppHost runs (management port 15682, user "platform", its password kept in the AppHost's data folder:
# /var/lib/labourwelfare/<checkout id>/ as root, .local/aspire/ otherwise; see docs/aspire.md).
_repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
if [[ -n ${LW_RABBITMQ_MANAGEMENT:-} ]]; then
  BROKER_API="${LW_RABBITMQ_MANAGEMENT%/}"
  BROKER_USER="${RABBITMQ_ADMIN_USER:-guest}"
  BROKER_PASSWORD="${RABBITMQ_ADMIN_PASSWORD:-guest}"
else
  if [[ $(id -u) -eq 0 ]]; then
    _data="/var/lib/labourwelfare/$(printf '%s' "$_repo_root" | sha1sum | cut -c1-10)"
  else
    _data="$_repo_root/.local/aspire"
  fi
  BROKER_API="http://127.0.0.1:15682"
  BROKER_USER="${RABBITMQ_ADMIN_USER:-platform}"
  BROKER_PASSWORD="${RABBITMQ_ADMIN_PASSWORD:-$(cat "$_data/rabbitmq.password" 2>/dev/null || true)}"
  [[ -n $BROKER_PASSWORD ]] || { echo "No broker password in $_data: is the AppHost running (dotnet run --project src/AppHost)?" >&2; exit 1; }
fi
