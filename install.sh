#!/bin/sh
# Installer for get-ai-gateway: downloads a release for this machine, checks its SHA-256,
# installs it, and (with arguments after --) starts a gateway.
#
#   curl -fsSL https://github.com/higress-group/get-ai-gateway/releases/latest/download/install.sh | sh
#   curl -fsSL …/install.sh | sh -s -- -y -- --non-interactive --dashscope-key "$KEY"
#
# Exit codes: 0 success, 1 failure, 2 usage error.

set -u

DEFAULT_BASE_URL="https://github.com/higress-group/get-ai-gateway/releases"
DEFAULT_SOURCE="https://github.com/higress-group/get-ai-gateway"
BIN_NAME="get-ai-gateway"

usage() {
    cat <<'EOF'
get-ai-gateway installer

Usage: install.sh [OPTIONS] [-- START-OPTIONS...]

Options:
  --prefix DIR       Install into DIR [default: ~/.local/bin, /usr/local/bin as root]
  --version VERSION  Install this version [default: the latest release]
  --base-url URL     Download releases from URL (https://, http://127.0.0.1…, file://)
                     [env: GET_AI_GATEWAY_INSTALL_BASE_URL]
  --from-source      Build with `cargo install --locked` instead of downloading
  --source PATH|URL  What --from-source builds: a local checkout or a git URL
                     [default: the project's git repository]
  --no-completions   Do not install shell completions
  -y, --yes          Replace an existing different version without asking
  -h, --help         Print this help

Everything after `--` is passed to `get-ai-gateway start` once installed, e.g.
  sh install.sh -y -- --non-interactive --dashscope-key sk-...
EOF
}

info() { printf 'info: %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
err() { printf 'error: %s\n' "$*" >&2; }
die() {
    err "$1"
    [ $# -gt 1 ] && printf 'hint: %s\n' "$2" >&2
    exit 1
}
usage_error() {
    err "$1"
    printf 'Run with --help for the options.\n' >&2
    exit 2
}
need_cmd() {
    command -v "$1" >/dev/null 2>&1 || die "this installer needs '$1', which was not found" "install $1 and run it again"
}
has_cmd() { command -v "$1" >/dev/null 2>&1; }

# The Rust target for this machine, or empty when no prebuilt exists (PLATFORM names it).
detect_target() {
    os=${GET_AI_GATEWAY_INSTALL_UNAME_S:-$(uname -s)}
    arch=${GET_AI_GATEWAY_INSTALL_UNAME_M:-$(uname -m)}
    PLATFORM="$os/$arch"
    case "$os" in
        Linux) os_part="unknown-linux-gnu" ;;
        Darwin) os_part="apple-darwin" ;;
        *) TARGET=""; return 0 ;;
    esac
    case "$arch" in
        x86_64 | amd64) arch_part="x86_64" ;;
        aarch64 | arm64) arch_part="aarch64" ;;
        *) TARGET=""; return 0 ;;
    esac
    TARGET="$arch_part-$os_part"
}

# download URL FILE: curl or wget; https only, except file:// and http on loopback.
download() {
    url=$1
    out=$2
    case "$url" in
        file://*)
            cp "${url#file://}" "$out" 2>/dev/null
            return
            ;;
        http://127.0.0.1:* | http://127.0.0.1/* | http://localhost:* | http://localhost/*)
            proto="=http,https"
            ;;
        https://*) proto="=https" ;;
        *) die "refusing to download $url: only https://, file:// and http:// on 127.0.0.1 are used" ;;
    esac
    if has_cmd curl; then
        curl --proto "$proto" --tlsv1.2 --fail --silent --show-error --location --retry 3 \
            --output "$out" "$url"
    elif has_cmd wget; then
        case "$proto" in
            "=https") wget --https-only --secure-protocol=TLSv1_2 --quiet -O "$out" "$url" ;;
            *) wget --quiet -O "$out" "$url" ;;
        esac
    else
        die "this installer needs curl or wget to download releases" "install curl, or use --from-source"
    fi
}

sha256_of() {
    if has_cmd sha256sum; then
        sha256sum "$1" | cut -d ' ' -f 1
    elif has_cmd shasum; then
        shasum -a 256 "$1" | cut -d ' ' -f 1
    else
        die "this installer needs sha256sum or shasum to verify the download"
    fi
}

# A terminal to ask on: stderr shows the question, /dev/tty gives the answer.
is_tty() { [ -t 2 ] && (exec </dev/tty) 2>/dev/null; }

# confirm QUESTION: yes with -y; asks on the terminal; refuses without one.
confirm() {
    if [ "$YES" = 1 ]; then
        return 0
    fi
    if ! is_tty; then
        return 1
    fi
    printf '%s [y/N] ' "$1" >&2
    read -r answer </dev/tty || return 1
    case "$answer" in
        y | Y | yes | YES) return 0 ;;
        *) return 1 ;;
    esac
}

installed_version() {
    if [ -x "$1" ]; then
        "$1" --version 2>/dev/null | awk '{print $2}'
    fi
}

# place SOURCE_BIN: atomically put the binary into PREFIX (asks before replacing another
# version; the same version is left as it is).
place() {
    src=$1
    dest="$PREFIX/$BIN_NAME"
    new_version=$(installed_version "$src")
    [ -n "$new_version" ] || die "the downloaded binary does not run on this machine ($PLATFORM)" "try --from-source"
    old_version=$(installed_version "$dest")
    if [ -n "$old_version" ]; then
        if [ "$old_version" = "$new_version" ] && cmp -s "$src" "$dest"; then
            info "$BIN_NAME $new_version is already installed at $dest"
            return 0
        fi
        if [ "$old_version" != "$new_version" ] &&
            ! confirm "Replace $BIN_NAME $old_version at $dest with $new_version?"; then
            die "$dest holds $BIN_NAME $old_version; not replaced" "pass -y to replace it with $new_version"
        fi
    fi
    mkdir -p "$PREFIX" || die "cannot create $PREFIX" "choose another folder with --prefix"
    tmp_dest="$PREFIX/.$BIN_NAME.install.$$"
    if ! { cp "$src" "$tmp_dest" && chmod 0755 "$tmp_dest" && mv -f "$tmp_dest" "$dest"; }; then
        rm -f "$tmp_dest"
        die "cannot write $dest" "choose another folder with --prefix, or run as a user who may write there"
    fi
    info "installed $BIN_NAME $new_version to $dest"
}

# install_completions DIR_WITH_FILES: into the completion folders that exist.
install_completions() {
    [ "$COMPLETIONS" = 1 ] || return 0
    files=$1
    # System folders for a system-wide install by root, the user's folders otherwise.
    if [ "$(id -u)" = 0 ] && [ "$PREFIX" = /usr/local/bin ]; then
        set -- "/usr/share/bash-completion/completions:get-ai-gateway.bash:get-ai-gateway" \
            "/usr/share/zsh/vendor-completions:_get-ai-gateway:_get-ai-gateway" \
            "/usr/share/fish/vendor_completions.d:get-ai-gateway.fish:get-ai-gateway.fish"
    else
        data=${XDG_DATA_HOME:-$HOME/.local/share}
        config=${XDG_CONFIG_HOME:-$HOME/.config}
        set -- "$data/bash-completion/completions:get-ai-gateway.bash:get-ai-gateway" \
            "$data/zsh/site-functions:_get-ai-gateway:_get-ai-gateway" \
            "$config/fish/completions:get-ai-gateway.fish:get-ai-gateway.fish"
    fi
    for entry in "$@"; do
        dir=${entry%%:*}
        rest=${entry#*:}
        file=${rest%%:*}
        name=${rest#*:}
        if [ -d "$dir" ] && [ -f "$files/$file" ]; then
            if cp "$files/$file" "$dir/.$name.$$" 2>/dev/null && mv -f "$dir/.$name.$$" "$dir/$name"; then
                info "completions: $dir/$name"
            else
                rm -f "$dir/.$name.$$"
                warn "could not write completions into $dir"
            fi
        fi
    done
}

path_hint() {
    case ":${PATH:-}:" in
        *":$PREFIX:"*) ;;
        *) info "$PREFIX is not on your PATH; add it with: export PATH=\"$PREFIX:\$PATH\"" ;;
    esac
}

install_prebuilt() {
    base=$1
    if [ -z "$VERSION" ]; then
        download "$base/latest/download/LATEST" "$WORK/LATEST" ||
            die "cannot find the latest version at $base/latest/download/LATEST" "pin one with --version, or check --base-url"
        VERSION=$(tr -d ' \r\n' <"$WORK/LATEST")
        VERSION=${VERSION#v}
        [ -n "$VERSION" ] || die "$base/latest/download/LATEST is empty"
    fi
    asset="$BIN_NAME-$VERSION-$TARGET.tar.gz"
    url="$base/download/v$VERSION/$asset"
    info "downloading $url"
    download "$url" "$WORK/$asset" ||
        die "cannot download $url" "check --version and --base-url, or build with --from-source"
    download "$url.sha256" "$WORK/$asset.sha256" ||
        die "cannot download the checksum $url.sha256" "the release is incomplete; nothing was installed"
    expected=$(cut -d ' ' -f 1 <"$WORK/$asset.sha256")
    actual=$(sha256_of "$WORK/$asset")
    if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
        die "checksum mismatch for $asset (expected ${expected:-nothing}, got $actual); nothing was installed" \
            "download again; if it persists, the release or the connection is corrupted"
    fi
    info "checksum verified ($actual)"
    mkdir "$WORK/unpacked"
    tar -xzf "$WORK/$asset" -C "$WORK/unpacked" ||
        die "cannot unpack $asset; nothing was installed"
    dir="$WORK/unpacked/$BIN_NAME-$VERSION-$TARGET"
    [ -f "$dir/$BIN_NAME" ] || die "$asset has no $BIN_NAME binary; nothing was installed"
    place "$dir/$BIN_NAME"
    install_completions "$dir/completions"
}

install_from_source() {
    need_cmd cargo
    src=$1
    info "building $BIN_NAME from $src with cargo (this takes a few minutes)"
    if [ -d "$src" ]; then
        cargo install --locked --quiet --root "$WORK/root" --path "$src" >&2 ||
            die "cargo install failed for $src"
    else
        cargo install --locked --quiet --root "$WORK/root" --git "$src" >&2 ||
            die "cargo install failed for $src" "check the git URL, or pass --source PATH to a checkout"
    fi
    place "$WORK/root/bin/$BIN_NAME"
    if [ -d "$src/completions" ]; then
        install_completions "$src/completions"
    fi
}

main() {
    PREFIX=""
    VERSION=""
    BASE_URL=${GET_AI_GATEWAY_INSTALL_BASE_URL:-$DEFAULT_BASE_URL}
    FROM_SOURCE=0
    SOURCE=$DEFAULT_SOURCE
    COMPLETIONS=1
    YES=0
    while [ $# -gt 0 ]; do
        case "$1" in
            -h | --help) usage; exit 0 ;;
            -y | --yes) YES=1 ;;
            --from-source) FROM_SOURCE=1 ;;
            --no-completions) COMPLETIONS=0 ;;
            --prefix | --version | --base-url | --source)
                [ $# -ge 2 ] || usage_error "$1 needs a value"
                case "$1" in
                    --prefix) PREFIX=$2 ;;
                    --version) VERSION=${2#v} ;;
                    --base-url) BASE_URL=$2 ;;
                    --source) SOURCE=$2; FROM_SOURCE=1 ;;
                esac
                shift
                ;;
            --prefix=* | --version=* | --base-url=* | --source=*)
                value=${1#*=}
                case "$1" in
                    --prefix=*) PREFIX=$value ;;
                    --version=*) VERSION=${value#v} ;;
                    --base-url=*) BASE_URL=$value ;;
                    --source=*) SOURCE=$value; FROM_SOURCE=1 ;;
                esac
                ;;
            --) shift; break ;;
            *) usage_error "unknown option: $1" ;;
        esac
        shift
    done
    BASE_URL=${BASE_URL%/}
    if [ -z "$PREFIX" ]; then
        if [ "$(id -u)" = 0 ]; then PREFIX=/usr/local/bin; else PREFIX="$HOME/.local/bin"; fi
    fi

    need_cmd uname
    need_cmd mktemp
    need_cmd tar
    WORK=$(mktemp -d 2>/dev/null || mktemp -d -t get-ai-gateway) || die "cannot create a temporary folder"
    trap 'rm -rf "$WORK"' EXIT
    trap 'rm -rf "$WORK"; exit 1' INT TERM

    detect_target
    if [ "$FROM_SOURCE" = 1 ]; then
        install_from_source "$SOURCE"
    elif [ -z "$TARGET" ]; then
        die "no prebuilt $BIN_NAME for $PLATFORM (available: linux and darwin on x86_64 and aarch64)" \
            "build it from source with Rust installed: sh install.sh --from-source"
    else
        install_prebuilt "$BASE_URL"
    fi
    path_hint

    if [ $# -gt 0 ]; then
        # The options may hold keys: say how many, never what.
        info "starting the gateway: $BIN_NAME start (with the $# given option(s))"
        rm -rf "$WORK"
        trap - EXIT INT TERM
        exec "$PREFIX/$BIN_NAME" start "$@"
    fi
    info "next: $BIN_NAME start"
}

main "$@" || exit 1
