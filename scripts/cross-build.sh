#!/usr/bin/env bash
# Build the release binaries that are cross-compiled on Linux, reproducibly:
#   x86_64-unknown-linux-musl   static, Debian's musl-tools (musl-gcc) for the C code
#   aarch64-unknown-linux-musl  static, Debian's gcc-aarch64-linux-gnu for the C code and the
#                               link (against Rust's own musl libc and start files)
#   x86_64-pc-windows-gnu       Debian's gcc-mingw-w64-x86-64, linked by lld
# Each lands in ${CARGO_TARGET_DIR:-target}/TRIPLE/release/get-ai-gateway[.exe]. On Debian it
# installs the compilers and the Rust targets first (idempotently, as root or with sudo).
#
# Usage: scripts/cross-build.sh [TRIPLE...]     [default: the three above]
# Reproducible: paths of the checkout, the cargo home and the target folder are remapped
# in Rust and C alike, so the same commit gives the same bytes in any folder.
set -euo pipefail
cd "$(dirname "$0")/.."

# log, as_root, install_packages
# shellcheck source=scripts/lib/packages.sh
. scripts/lib/packages.sh

ALL=(x86_64-unknown-linux-musl aarch64-unknown-linux-musl x86_64-pc-windows-gnu)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${ALL[@]}"); fi

root=$(pwd)
target_dir=${CARGO_TARGET_DIR:-$root/target}
cargo_home=${CARGO_HOME:-$HOME/.cargo}
remap_rust="--remap-path-prefix=$root=/src --remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$target_dir=/target"
remap_c="-ffile-prefix-map=$root=/src -ffile-prefix-map=$cargo_home=/cargo -ffile-prefix-map=$target_dir=/target"
# No SOURCE_DATE_EPOCH here: nothing in the build stamps a time, and the cc crate reruns
# every C build script (aws-lc) when it changes, that is at every commit.

# prepare TRIPLE: compilers and the Rust target; sets the cargo environment for TRIPLE.
prepare() {
  local triple=$1 upper cc link=""
  upper=$(printf '%s' "$triple" | tr 'a-z-' 'A-Z_')
  case "$triple" in
    x86_64-unknown-linux-musl)
      install_packages musl-tools
      cc=musl-gcc
      ;;
    aarch64-unknown-linux-musl)
      install_packages gcc-aarch64-linux-gnu libc6-dev-arm64-cross
      cc=aarch64-linux-gnu-gcc
      export "AR_${triple//-/_}=aarch64-linux-gnu-ar"
      export "CARGO_TARGET_${upper}_LINKER=aarch64-linux-gnu-gcc"
      ;;
    x86_64-pc-windows-gnu)
      install_packages gcc-mingw-w64-x86-64 lld
      cc=x86_64-w64-mingw32-gcc
      export "AR_${triple//-/_}=x86_64-w64-mingw32-ar"
      export "CARGO_TARGET_${upper}_LINKER=x86_64-w64-mingw32-gcc"
      # GNU ld orders the import tables by the names of rustc's temporary import
      # libraries (raw-dylib), which are random, and stamps the link time: lld does neither.
      link="-C link-arg=-fuse-ld=lld -C link-arg=-Wl,--no-insert-timestamp"
      ;;
    *)
      echo "error: scripts/cross-build.sh does not build $triple (it builds ${ALL[*]})" >&2
      exit 2
      ;;
  esac
  if ! rustup target list --installed 2>/dev/null | grep -qx "$triple"; then
    log "rustup target add $triple"
    rustup target add "$triple"
  fi
  export "CC_${triple//-/_}=$cc"
  export "CFLAGS_${triple//-/_}=$remap_c"
  export "CARGO_TARGET_${upper}_RUSTFLAGS=$remap_rust${link:+ $link}"
}

for triple in "${targets[@]}"; do
  prepare "$triple"
  log "cargo build --release --target $triple"
  t0=$SECONDS
  cargo build --release --locked --target "$triple"
  exe=get-ai-gateway
  [ "$triple" != x86_64-pc-windows-gnu ] || exe=get-ai-gateway.exe
  bin="$target_dir/$triple/release/$exe"
  printf '%s: %s bytes, sha256 %s, %ss\n' "$triple" "$(stat -c %s "$bin")" \
    "$(sha256sum "$bin" | awk '{ print $1 }')" "$((SECONDS - t0))" >&2
done
