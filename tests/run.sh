#!/usr/bin/env bash
# The project's test command (README.md): on a fresh Debian machine it installs what the
# tests need, starts a Docker engine when none answers, then runs the checks and every test.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

# Loud failure: any command that ends the run says where it stood and what to do. With
# -E the trap also covers functions and the sourced set-up steps; inside a subshell or a
# command substitution it stays quiet, since the command that contains it reports too.
PHASE_NAME=start
# shellcheck disable=SC2317 # called by the ERR trap
on_error() {
  local status=$? file=${BASH_SOURCE[1]:-tests/run.sh} line=${BASH_LINENO[0]:-?}
  [[ $- == *e* ]] && [ "$BASH_SUBSHELL" -eq 0 ] || return 0
  printf '\nerror: the %s phase failed (exit %s) at %s:%s\n  command: %s\n' \
    "$PHASE_NAME" "$status" "$file" "$line" "$BASH_COMMAND" >&2
  case "$PHASE_NAME" in
    apt) echo "  to do: check that apt-get works here (apt-get update; apt-get install -y docker.io), then run again" >&2 ;;
    runtimes) echo "  to do: read the step's output above; a half-made cache folder under ${GET_AI_GATEWAY_TEST_CACHE:-$HOME/.cache/get-ai-gateway-tests} can be removed, then run again" >&2 ;;
    cross) echo "  to do: run 'bash scripts/cross-build.sh' alone to see the compiler's error" >&2 ;;
    *) echo "  to do: read the output above, fix the cause, and run 'bash tests/run.sh' again" >&2 ;;
  esac
}
trap on_error ERR

# log, as_root, install_packages
# shellcheck source=scripts/lib/packages.sh
. scripts/lib/packages.sh

start_docker() {
  if docker info >/dev/null 2>&1; then
    return 0
  fi
  log "Starting dockerd"
  as_root sh -c 'nohup dockerd >/tmp/get-ai-gateway-dockerd.log 2>&1 &'
  local _
  for _ in $(seq 1 120); do
    if docker info >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  echo "dockerd did not start; see /tmp/get-ai-gateway-dockerd.log" >&2
  tail -20 /tmp/get-ai-gateway-dockerd.log >&2 || true
  exit 1
}

# Phase timings for the closing summary line.
PHASES=()
phase_start() { PHASE_NAME=$1; PHASE_T0=$(date +%s); }
phase_end() { PHASES+=("$PHASE_NAME $(($(date +%s) - PHASE_T0))s"); }

# Debian's engine, registry, static busybox/bash for the stand-in image, chattr for the
# read-only test, shellcheck and dash for install.sh, socat for a second socket to the
# engine, podman for the Podman test (tests/integration/engines.rs), chromium for the
# usage dashboard test; qemu-user-static, wine64 and file for the release binaries'
# tests (tests/integration/release.rs).
phase_start apt
install_packages docker.io docker-registry busybox-static bash-static redis-server e2fsprogs \
  shellcheck dash ca-certificates curl wget python3 iptables socat podman chromium \
  qemu-user-static wine64 file
start_docker
phase_end

# Extra set-up steps (runtimes for the plugin tests, …), in name order.
phase_start runtimes
for step in tests/setup.d/*.sh; do
  [ -e "$step" ] || continue
  log "Set-up: $step"
  # shellcheck source=/dev/null
  . "$step"
done
phase_end

# The release binaries (static musl x86_64 and aarch64, Windows) that the release tests
# run; their compilers are installed by the script. Cached in the target folder like the rest.
phase_start cross
log "scripts/cross-build.sh"
bash scripts/cross-build.sh
phase_end

phase_start build
log "scripts/check-layers.sh"
bash scripts/check-layers.sh
log "cargo fmt --check"
cargo fmt --check

log "cargo clippy"
cargo clippy --all-targets --locked -- -D warnings

log "cargo test --no-run"
cargo test --locked --no-run
phase_end

phase_start tests
log "cargo test"
results=$(mktemp)
trap 'rm -f "$results"' EXIT
set +e
cargo test --locked -- --test-threads 4 2>&1 | tee "$results"
status=${PIPESTATUS[0]}
set -e
phase_end

# "test result: ok. 47 passed; 0 failed; 0 ignored; …" once per test binary.
count() { grep -o "[0-9]* $1;" "$results" | awk '{ n += $1 } END { print n + 0 }'; }
passed=$(count passed) failed=$(count failed) ignored=$(count ignored)
joined=$(printf '%s, ' "${PHASES[@]}")
printf '\nsummary: %s tests: %s passed, %s failed, %s skipped; phases: %s (total %ss)\n' \
  "$((passed + failed + ignored))" "$passed" "$failed" "$ignored" "${joined%, }" "$SECONDS"
exit "$status"
