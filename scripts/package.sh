#!/bin/sh
# Package a release the way install.sh downloads it:
#   OUT/download/vVERSION/get-ai-gateway-VERSION-TARGET.tar.gz        the archive
#   OUT/download/vVERSION/get-ai-gateway-VERSION-TARGET.tar.gz.sha256 "<sha256>  <name>"
#   OUT/latest/download/LATEST, OUT/latest/download/install.sh       with --latest
# The archive holds get-ai-gateway-VERSION-TARGET/ with get-ai-gateway, completions/,
# README.md and LICENSE. Upload the files of download/vVERSION/ (plus LATEST and install.sh)
# as the assets of the GitHub release vVERSION; BASE/latest/download/X then finds them.
#
# Usage: scripts/package.sh [--bin PATH] [--target TRIPLE] [--version V] [--out DIR] [--latest]
#   --bin PATH      package this binary [default: build it: cargo build --release --locked]
#   --target TRIPLE the Rust target it was built for [default: this machine's]
#   --version V     [default: what `PATH --version` prints]
#   --out DIR       [default: dist in the checkout]
#   --latest        also write the LATEST marker (and a copy of install.sh)
set -eu

die() {
    echo "error: $*" >&2
    exit 1
}
usage_error() {
    echo "error: $*" >&2
    echo "Usage: scripts/package.sh [--bin PATH] [--target TRIPLE] [--version V] [--out DIR] [--latest]" >&2
    exit 2
}

root=$(cd "$(dirname "$0")/.." && pwd)
bin=""
target=""
version=""
out="$root/dist"
latest=0
while [ $# -gt 0 ]; do
    case "$1" in
        --bin | --target | --version | --out)
            [ $# -ge 2 ] || usage_error "$1 needs a value"
            case "$1" in
                --bin) bin=$2 ;;
                --target) target=$2 ;;
                --version) version=${2#v} ;;
                --out) out=$2 ;;
            esac
            shift
            ;;
        --latest) latest=1 ;;
        -h | --help)
            sed -n '2,15p' "$0"
            exit 0
            ;;
        *) usage_error "unknown option $1" ;;
    esac
    shift
done

if [ -z "$target" ]; then
    case "$(uname -s)/$(uname -m)" in
        Linux/x86_64) target=x86_64-unknown-linux-gnu ;;
        Linux/aarch64 | Linux/arm64) target=aarch64-unknown-linux-gnu ;;
        Darwin/x86_64) target=x86_64-apple-darwin ;;
        Darwin/arm64 | Darwin/aarch64) target=aarch64-apple-darwin ;;
        *) die "no known target for $(uname -s)/$(uname -m); pass --target" ;;
    esac
    if [ -z "$bin" ]; then
        (cd "$root" && cargo build --release --locked --quiet)
        bin="$root/target/release/get-ai-gateway"
    fi
elif [ -z "$bin" ]; then
    (cd "$root" && cargo build --release --locked --quiet --target "$target")
    bin="$root/target/$target/release/get-ai-gateway"
fi
if [ ! -f "$bin" ] || [ ! -x "$bin" ]; then
    die "$bin is not an executable"
fi
if [ -z "$version" ]; then
    version=$("$bin" --version | awk 'NR == 1 { print $2 }')
fi
case "$version" in
    "" | *[!0-9A-Za-z.+-]*) die "cannot tell the version of $bin; pass --version" ;;
esac

sha256() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1"
    else
        shasum -a 256 "$1"
    fi
}

name="get-ai-gateway-$version-$target"
mkdir -p "$out/download/v$version"
dest=$(cd "$out/download/v$version" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/completions"
cp "$bin" "$stage/$name/get-ai-gateway"
chmod 0755 "$stage/$name/get-ai-gateway"
for f in "$root"/completions/*; do
    cp "$f" "$stage/$name/completions/"
    chmod 0644 "$stage/$name/completions/$(basename "$f")"
done
cp "$root/README.md" "$root/LICENSE" "$stage/$name/"
chmod 0644 "$stage/$name/README.md" "$stage/$name/LICENSE"
# Fixed owner and order where the tar allows it (GNU tar; bsdtar on macOS has no --sort).
if tar --version 2>/dev/null | grep -q 'GNU tar'; then
    tar -C "$stage" --owner=0 --group=0 --numeric-owner --sort=name -czf "$dest/$name.tar.gz.part" "$name"
else
    tar -C "$stage" -czf "$dest/$name.tar.gz.part" "$name"
fi
mv -f "$dest/$name.tar.gz.part" "$dest/$name.tar.gz"
sum=$(sha256 "$dest/$name.tar.gz" | awk '{ print $1 }')
printf '%s  %s\n' "$sum" "$name.tar.gz" >"$dest/$name.tar.gz.sha256"
if [ "$latest" = 1 ]; then
    mkdir -p "$out/latest/download"
    printf '%s\n' "$version" >"$out/latest/download/LATEST"
    cp "$root/install.sh" "$out/latest/download/install.sh"
fi
echo "$dest/$name.tar.gz"
