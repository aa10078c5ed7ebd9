#!/usr/bin/env bash
# The cold rehearsal: the whole test command (.ci/run) from a fresh clone of a commit, with
# every cache of ours empty: the runtimes, the Go and Python venvs and the Go build cache
# (GET_AI_GATEWAY_TEST_CACHE), npm's and pip's download caches, and the cargo target folder
# (CARGO_TARGET_DIR). Debian packages that are already installed stay installed, and cargo's
# own registry is cargo's, not ours; on a new machine both come from their registries.
#
# Usage: scripts/ci-cold.sh [REV]        (default HEAD; the work folder is kept on failure)
# Prints the wall time and the phase times that tests/run.sh reports.
set -Eeuo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$root" rev-parse --verify "${1:-HEAD}^{commit}")

work=$(mktemp -d "${TMPDIR:-/tmp}/gag-cold.XXXXXX")
echo "cold rehearsal of $rev in $work" >&2
git clone --quiet --no-local "$root" "$work/get-ai-gateway"
git -C "$work/get-ai-gateway" checkout --quiet --detach "$rev"
# CI lays a copy of shared/ beside the clone; do the same when this checkout has one.
if [ -d "$root/../shared" ]; then
  ln -s "$(cd "$root/../shared" && pwd)" "$work/shared"
fi

mkdir -p "$work/cache" "$work/target" "$work/npm" "$work/pip"
export GET_AI_GATEWAY_TEST_CACHE="$work/cache"
export CARGO_TARGET_DIR="$work/target"
export npm_config_cache="$work/npm"
export PIP_CACHE_DIR="$work/pip"
export CI=true

started=$(date +%s)
status=0
(cd "$work/get-ai-gateway" && bash .ci/run </dev/null) 2>&1 | tee "$work/ci.log" || status=$?
elapsed=$(($(date +%s) - started))
summary=$(grep '^summary:' "$work/ci.log" | tail -n 1 || true)
printf '\ncold rehearsal of %s: exit %s, wall %sm%02ds\n%s\n' \
  "${rev:0:7}" "$status" "$((elapsed / 60))" "$((elapsed % 60))" "${summary:-no summary line}" >&2
if [ "$status" -eq 0 ]; then
  rm -rf "$work"
else
  echo "kept $work (log: $work/ci.log)" >&2
fi
exit "$status"
