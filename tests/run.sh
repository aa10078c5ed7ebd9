#!/usr/bin/env bash
# The project's test command (README.md): on a fresh Debian machine it installs what the
# tests need, starts a Docker engine when none answers, then runs the checks and every test.
set -euo pipefail
cd "$(dirname "$0")/.."

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
install_packages docker.io docker-registry busybox-static bash-static e2fsprogs \
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
