#!/usr/bin/env bash
# Benchmark: median wall times of reads, writes and applies, on the host path and through
# exec, against a bare `docker exec`, on a stand-in gateway on the local engine.
# Usage: scripts/bench.sh [ROUNDS]
# (BENCH_ONLY=metrics: only the rows whose command starts with it, and the bare exec)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-30}
# Another checkout may bench at the same time: GAG_BENCH_NAME and GAG_BENCH_PORT (the http
# port; https and console follow it) keep them apart.
name=${GAG_BENCH_NAME:-gag-bench}
port=${GAG_BENCH_PORT:-38180}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/get-ai-gateway

# The stand-in image, built from the test fixture with Debian's static busybox and bash.
ctx=$(mktemp -d)
trap 'rm -rf "$ctx"; "$bin" delete --force --container-name "$name" >/dev/null 2>&1 || true; rm -rf "$home"' EXIT
cp -r tests/fixtures/standin/. "$ctx/"
cp /bin/busybox "$ctx/busybox"
cp /bin/bash-static "$ctx/bash"
# util-linux flock and its libraries, as the real image has it (the edit lock).
mkdir -p "$ctx/flock"
for f in /usr/bin/flock $(ldd /usr/bin/flock | grep -o '/[^ ]*'); do cp --parents -L "$f" "$ctx/flock/"; done
docker build -q -t "get-ai-gateway-standin:$name" "$ctx" >/dev/null

home=$(mktemp -d)
"$bin" delete --force --container-name "$name" >/dev/null 2>&1 || true
HOME=$home "$bin" start --non-interactive --container-name "$name" \
  --image-repo get-ai-gateway-standin --image-tag "$name" \
  --http-port "$port" --https-port $((port + 1)) --console-port $((port + 2)) \
  --dashscope-key sk-bench-qwen >/dev/null

# The `metrics` row: a 5 MB Prometheus text (tens of thousands of series) on the stand-in's
# 15020, served for every read.
python3 scripts/bench-prometheus.py 5000000 |
  docker exec -i "$name" sh -c 'mkdir -p /data/standin-prom && cat > /data/standin-prom/0.prom'

HOME=$home python3 scripts/bench.py "$rounds" "$bin" "$name"
# The same as a user of the docker group (BENCH_USER=name): the data folder is root's 0700
# folder, so every command goes through exec, as it must for them.
if [ -n "${BENCH_USER:-}" ]; then
  su "$BENCH_USER" -s /bin/sh -c "python3 scripts/bench.py '$rounds' '$bin' '$name'"
fi
