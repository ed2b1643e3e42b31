#!/usr/bin/env bash
# The test command (used by CI via .ci/run):
#   start local infra -> build Release -> dotnet test (extra args passed through)
# and finish with one line: "tests: N passed, M failed, K skipped".
# Output is also captured in .local/logs/test.log.
#
#   eng/test.sh                                  # everything
#   eng/test.sh --filter "FullyQualifiedName~Cooperatives"
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO_ROOT"
# shellcheck source=eng/resources.env
source eng/resources.env

SOLUTION=LabourWelfare.slnx
LOG_DIR="$REPO_ROOT/.local/logs"
TEST_LOG="$LOG_DIR/test.log"
mkdir -p "$LOG_DIR"

# Quieter, deterministic CLI output on CI machines.
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"

# Sum the per-assembly VSTest summaries, e.g.
#   Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: 1 s - X.Tests.dll (net10.0)
# Matched anywhere in a line (parallel runs can glue lines together), after
# stripping ANSI colour codes. Prints "passed failed skipped total".
summarise() {
  sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1" \
    | grep -oE 'Failed: *[0-9]+, *Passed: *[0-9]+, *Skipped: *[0-9]+, *Total: *[0-9]+' \
    | awk -F'[:,]' '{ f += $2; p += $4; s += $6; t += $8 } END { printf "%d %d %d %d\n", p, f, s, t }'
}

# Allow `eng/test.sh --summarise <file>` to check the parser against a capture.
if [[ ${1:-} == --summarise ]]; then
  read -r passed failed skipped _ < <(summarise "$2")
  echo "tests: $passed passed, $failed failed, $skipped skipped"
  exit 0
fi

: >"$TEST_LOG"
finish() { # <exit code>
  local passed=0 failed=0 skipped=0 total=0 rc=$1
  read -r passed failed skipped total < <(summarise "$TEST_LOG")
  if (( rc == 0 && failed > 0 )); then rc=1; fi
  if (( rc == 0 && total == 0 )); then
    echo "ERROR: no tests ran (check --filter / test discovery)." | tee -a "$TEST_LOG" >&2
    rc=1
  fi
  echo "(full output: $TEST_LOG)"
  echo "tests: $passed passed, $failed failed, $skipped skipped" | tee -a "$TEST_LOG"
  exit "$rc"
}

# The browser tests drive Debian's chromium (Playwright's own browser download does not work on our machines).
if [[ ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "installing chromium (apt-get)" | tee -a "$TEST_LOG"
    apt-get update -qq </dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium </dev/null >>"$TEST_LOG" 2>&1 \
      || { echo "ERROR: apt-get install chromium failed" | tee -a "$TEST_LOG" >&2; finish 1; }
  else
    echo "WARNING: /usr/bin/chromium is missing (sudo apt-get install chromium); the browser tests will fail" | tee -a "$TEST_LOG" >&2
  fi
fi

# Infra (PostgreSQL + RabbitMQ); honours caller-provided LW_POSTGRES /
# ConnectionStrings__messaging.
if ! bash eng/infra.sh start 2>&1 | tee -a "$TEST_LOG"; then
  echo "ERROR: eng/infra.sh start failed" | tee -a "$TEST_LOG" >&2
  finish 1
fi
# shellcheck source=/dev/null
source .local/infra.env
export LW_POSTGRES LW_RABBITMQ
[[ -n ${LW_RABBITMQ_MANAGEMENT:-} ]] && export LW_RABBITMQ_MANAGEMENT
export LW_REPO_ROOT="$REPO_ROOT"

# Build once; tests then run with --no-build.
if ! dotnet build "$SOLUTION" -c Release 2>&1 | tee -a "$TEST_LOG"; then
  echo "ERROR: build failed" | tee -a "$TEST_LOG" >&2
  finish 1
fi

# Test projects run in parallel (dotnet test default); that is intended.
set +e
dotnet test "$SOLUTION" -c Release --no-build "$@" 2>&1 | tee -a "$TEST_LOG"
rc=${PIPESTATUS[0]}
set -e
finish "$rc"
