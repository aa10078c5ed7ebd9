#!/bin/sh
# Package a release the way install.sh downloads it:
#   OUT/download/vVERSION/get-ai-gateway-VERSION-TARGET.tar.gz        the archive
#   OUT/download/vVERSION/get-ai-gateway-VERSION-TARGET.tar.gz.sha256 "<sha256>  <name>"
#   OUT/latest/download/LATEST, install.sh and install.ps1            with --latest
# The archive holds get-ai-gateway-VERSION-TARGET/ with get-ai-gateway, completions/,
# README.md and LICENSE. Upload the files of download/vVERSION/ (plus LATEST and install.sh)
# as the assets of the GitHub release vVERSION; BASE/latest/download/X then finds them.
#
# Usage: scripts/package.sh [--bin PATH] [--target TRIPLE] [--version V] [--out DIR] [--latest]
#   --bin PATH      package this binary [default: build it: cargo build --release --locked]
#   --target TRIPLE the Rust target it was built for [default: this machine's]; without
#                   --bin, *-linux-musl and *-windows-gnu are built by scripts/cross-build.sh
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
            sed -n '2,17p' "$0"
            exit 0
            ;;
        *) usage_error "unknown option $1" ;;
    esac
    shift
done

target_dir=${CARGO_TARGET_DIR:-$root/target}
case "$target" in
    *-windows-*) exe=get-ai-gateway.exe ;;
    *) exe=get-ai-gateway ;;
esac
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
        bin="$target_dir/release/$exe"
    fi
elif [ -z "$bin" ]; then
    case "$target" in
        # Cross-built on Linux, with the compilers and path remapping of the script.
        *-linux-musl | *-windows-gnu) bash "$root/scripts/cross-build.sh" "$target" ;;
        *) (cd "$root" && cargo build --release --locked --quiet --target "$target") ;;
    esac
    bin="$target_dir/$target/release/$exe"
fi
if [ ! -f "$bin" ]; then
    die "$bin is not a file"
fi
if [ -z "$version" ] && [ -x "$bin" ]; then
    version=$("$bin" --version 2>/dev/null | awk 'NR == 1 { print $2 }') || version=""
fi
if [ -z "$version" ]; then
    # A binary for another machine: the version of the checkout it was built from.
    version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/Cargo.toml" | head -1)
fi
sha256() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1"
    else
        shasum -a 256 "$1"
    fi
}

# Reproducible: fixed times (SOURCE_DATE_EPOCH, else the commit's), modes, owner and
# order, and a gzip header without name or time. The same binary gives the same archive.
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 0)}
name="get-ai-gateway-$version-$target"
mkdir -p "$out/download/v$version"
dest=$(cd "$out/download/v$version" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/completions"
chmod 0755 "$stage/$name" "$stage/$name/completions"
cp "$bin" "$stage/$name/$exe"
chmod 0755 "$stage/$name/$exe"
for f in "$root"/completions/*; do
    cp "$f" "$stage/$name/completions/"
    chmod 0644 "$stage/$name/completions/$(basename "$f")"
done
cp "$root/README.md" "$root/LICENSE" "$stage/$name/"
chmod 0644 "$stage/$name/README.md" "$stage/$name/LICENSE"
# GNU tar sorts and sets owner and times itself; elsewhere (bsdtar on macOS) the files get
# the time first and are listed in sorted order.
if tar --version 2>/dev/null | grep -q 'GNU tar'; then
    tar -C "$stage" --format=gnu --owner=0 --group=0 --numeric-owner --sort=name \
        --mtime="@$epoch" -cf - "$name" | gzip -n -9 >"$dest/$name.tar.gz.part"
else
    find "$stage/$name" -exec touch -h -d "@$epoch" {} + 2>/dev/null ||
        find "$stage/$name" -exec touch -t "$(date -u -r "$epoch" +%Y%m%d%H%M.%S)" {} +
    (cd "$stage" && find "$name" | LC_ALL=C sort |
        tar --uid 0 --gid 0 --numeric-owner -n -cf - -T -) | gzip -n -9 >"$dest/$name.tar.gz.part"
fi
mv -f "$dest/$name.tar.gz.part" "$dest/$name.tar.gz"
sum=$(sha256 "$dest/$name.tar.gz" | awk '{ print $1 }')
printf '%s  %s\n' "$sum" "$name.tar.gz" >"$dest/$name.tar.gz.sha256"
if [ "$latest" = 1 ]; then
    mkdir -p "$out/latest/download"
    printf '%s\n' "$version" >"$out/latest/download/LATEST"
    cp "$root/install.sh" "$out/latest/download/install.sh"
    cp "$root/install.ps1" "$out/latest/download/install.ps1"
fi
echo "$dest/$name.tar.gz"
