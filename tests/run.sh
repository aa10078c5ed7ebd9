#!/usr/bin/env bash
# The project's test command (README.md): on a fresh Debian machine it installs what the
# tests need, starts a Docker engine when none answers, then runs the checks and every test.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n==> %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

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

# Debian's engine, registry, static busybox/bash for the stand-in image, chattr for the
# read-only test, shellcheck and dash for install.sh.
install_packages docker.io docker-registry busybox-static bash-static e2fsprogs \
  shellcheck dash ca-certificates curl wget python3 iptables
start_docker

# Extra set-up steps (runtimes for the plugin tests, …), in name order.
for step in tests/setup.d/*.sh; do
  [ -e "$step" ] || continue
  log "Set-up: $step"
  # shellcheck source=/dev/null
  . "$step"
done

log "cargo fmt --check"
cargo fmt --check

log "cargo clippy"
cargo clippy --all-targets --locked -- -D warnings

log "cargo test"
cargo test --locked -- --test-threads 4
