#!/bin/sh
# Package a release the way install.sh downloads it:
#   OUT/download/vVERSION/get-ai-gateway-VERSION-TARGET.tar.gz (+ .sha256)
#   OUT/latest/download/LATEST  (the version, when --latest)
# The tarball holds get-ai-gateway-VERSION-TARGET/{get-ai-gateway,completions/,README.md,LICENSE}.
#
# Usage: scripts/package.sh [--bin PATH] [--target TRIPLE] [--version V] [--out DIR] [--latest]
# Without --bin it builds the release binary (cargo build --release --locked).
set -eu
cd "$(dirname "$0")/.."

bin=""
target=""
version=""
out="dist"
latest=0
while [ $# -gt 0 ]; do
    case "$1" in
        --bin) bin=$2; shift ;;
        --target) target=$2; shift ;;
        --version) version=${2#v}; shift ;;
        --out) out=$2; shift ;;
        --latest) latest=1 ;;
        -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "error: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

if [ -z "$bin" ]; then
    cargo build --release --locked --quiet
    bin=target/release/get-ai-gateway
fi
[ -x "$bin" ] || { echo "error: $bin is not an executable" >&2; exit 1; }
if [ -z "$version" ]; then
    version=$("$bin" --version | awk '{print $2}')
fi
if [ -z "$target" ]; then
    case "$(uname -s)/$(uname -m)" in
        Linux/x86_64) target=x86_64-unknown-linux-gnu ;;
        Linux/aarch64) target=aarch64-unknown-linux-gnu ;;
        Darwin/x86_64) target=x86_64-apple-darwin ;;
        Darwin/arm64) target=aarch64-apple-darwin ;;
        *) echo "error: pass --target for $(uname -s)/$(uname -m)" >&2; exit 1 ;;
    esac
fi

name="get-ai-gateway-$version-$target"
dest="$out/download/v$version"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/completions" "$dest"
cp "$bin" "$stage/$name/get-ai-gateway"
chmod 0755 "$stage/$name/get-ai-gateway"
cp completions/* "$stage/$name/completions/"
cp README.md LICENSE "$stage/$name/"
# Reproducible: fixed owner and order.
tar -C "$stage" --owner=0 --group=0 --numeric-owner --sort=name -czf "$dest/$name.tar.gz" "$name"
(cd "$dest" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
if [ "$latest" = 1 ]; then
    mkdir -p "$out/latest/download"
    printf '%s\n' "$version" > "$out/latest/download/LATEST"
    cp install.sh "$out/latest/download/install.sh"
fi
echo "$dest/$name.tar.gz"
