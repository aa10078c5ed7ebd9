#!/usr/bin/env bash
# Show that a release build is reproducible: clone the current commit into two folders of
# different names, build TRIPLE in each from a cold target folder with
# scripts/cross-build.sh, package each with scripts/package.sh, and compare the SHA-256 of
# the binaries and of the archives. Exit 1 when they differ.
#
# Usage: scripts/reproduce.sh [TRIPLE]    [default: x86_64-unknown-linux-musl]
# Each build is a full cold build (about 3 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."

triple=${1:-x86_64-unknown-linux-musl}
commit=$(git rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
exe=get-ai-gateway
[ "${triple#*-windows-}" = "$triple" ] || exe=get-ai-gateway.exe

sums=()
for dir in "$work/one/get-ai-gateway" "$work/two/elsewhere"; do
  git clone --quiet --no-checkout . "$dir"
  git -C "$dir" checkout --quiet "$commit"
  t0=$SECONDS
  CARGO_TARGET_DIR="$dir/target" bash "$dir/scripts/cross-build.sh" "$triple"
  bin="$dir/target/$triple/release/$exe"
  CARGO_TARGET_DIR="$dir/target" sh "$dir/scripts/package.sh" --bin "$bin" --target "$triple" \
    --out "$dir/dist" >/dev/null
  archive=$(find "$dir/dist/download" -name '*.tar.gz')
  sums+=("$(sha256sum "$bin" | awk '{ print $1 }') $(sha256sum "$archive" | awk '{ print $1 }')")
  printf '%s in %s: binary %s, archive %s (%ss)\n' "$triple" "$dir" \
    "$(sha256sum "$bin" | awk '{ print $1 }')" "$(sha256sum "$archive" | awk '{ print $1 }')" \
    "$((SECONDS - t0))"
done
if [ "${sums[0]}" = "${sums[1]}" ]; then
  echo "reproducible: commit $commit, $triple, same binary and archive in both folders"
else
  echo "NOT reproducible: commit $commit, $triple differs between the two folders" >&2
  exit 1
fi
