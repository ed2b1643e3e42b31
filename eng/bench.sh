#!/usr/bin/env bash
# Runs the messaging benchmark (outbox → RabbitMQ → inbox) on the local infrastructure and prints Markdown tables
# for docs/benchmarks.md. Arguments pass through: --events N --writers N --rate N --seconds N.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash eng/infra.sh start >/dev/null
# shellcheck disable=SC1091
source .local/infra.env
dotnet run -c Release --project bench/Messaging.Benchmarks -- "$@"
