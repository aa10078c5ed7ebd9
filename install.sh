#!/bin/sh
# Installer for get-ai-gateway: downloads the release built for this machine, verifies its
# SHA-256, installs it atomically, and (with arguments after --) starts a gateway.
#
#   curl -fsSL https://github.com/higress-group/get-ai-gateway/releases/latest/download/install.sh | sh
#   curl -fsSL …/install.sh | sh -s -- -y -- --non-interactive --dashscope-key "$KEY"
#
# Exit codes: 0 success, 1 failure, 2 usage error (the exit code of `get-ai-gateway start`
# when arguments follow --).
#
# Releases are read from BASE_URL, laid out as GitHub serves them:
#   BASE_URL/latest/download/LATEST                          the latest version, e.g. 0.1.0
#   BASE_URL/download/vVERSION/get-ai-gateway-VERSION-TARGET.tar.gz (+ .sha256)
# scripts/package.sh writes the same tree.

set -u

DEFAULT_BASE_URL="https://github.com/higress-group/get-ai-gateway/releases"
DEFAULT_SOURCE="https://github.com/higress-group/get-ai-gateway"
BIN_NAME="get-ai-gateway"

usage() {
    cat <<'EOF'
get-ai-gateway installer

Usage: install.sh [OPTIONS] [-- START-OPTIONS...]
       curl -fsSL <url>/install.sh | sh -s -- [OPTIONS] [-- START-OPTIONS...]

Options:
  --prefix DIR       Install into DIR [default: ~/.local/bin; /usr/local/bin as root]
  --version VERSION  Install this version, e.g. 0.1.0 [default: the latest release]
  --base-url URL     Download releases from URL (https://, file://, or http:// on
                     127.0.0.1) [env: GET_AI_GATEWAY_INSTALL_BASE_URL]
  --from-source      Build with `cargo install --locked` instead of downloading (for a
                     platform without a prebuilt binary)
  --source PATH|URL  What --from-source builds: a local checkout or a git URL (implies
                     --from-source) [default: the project's git repository]
  --no-completions   Do not install shell completions
  -y, --yes          Replace an existing, different get-ai-gateway without asking
  -h, --help         Print this help

Everything after `--` goes to `get-ai-gateway start` once installed, so one line
installs and deploys; those options are never printed:
  curl -fsSL <url>/install.sh | sh -s -- -- --non-interactive --dashscope-key sk-...
EOF
}

# Bold prefixes on a terminal only.
setup_style() {
    BOLD=""
    RESET=""
    if [ -t 2 ] && [ -z "${NO_COLOR:-}" ] && [ "${TERM:-dumb}" != dumb ]; then
        BOLD=$(printf '\033[1m')
        RESET=$(printf '\033[0m')
    fi
}

info() { printf '%sinfo:%s %s\n' "$BOLD" "$RESET" "$*" >&2; }
warn() { printf '%swarning:%s %s\n' "$BOLD" "$RESET" "$*" >&2; }
err() { printf '%serror:%s %s\n' "$BOLD" "$RESET" "$*" >&2; }

# die MESSAGE [HINT]: report and exit 1 (the EXIT trap removes the work folder).
die() {
    err "$1"
    if [ $# -gt 1 ]; then
        printf 'hint: %s\n' "$2" >&2
    fi
    exit 1
}

usage_error() {
    err "$1"
    printf 'Run with --help for the options.\n' >&2
    exit 2
}

has_cmd() { command -v "$1" >/dev/null 2>&1; }

need_cmd() {
    has_cmd "$1" || die "this installer needs '$1', which was not found" "install $1 and run it again"
}

# ensure COMMAND...: run it, or fail naming it.
ensure() {
    "$@" || die "command failed: $*"
}

# Sets TARGET to the Rust target of this machine, or to "" when no prebuilt exists;
# PLATFORM names the machine for messages. Every Linux (glibc of any age, or musl as on
# Alpine) gets the static musl build: it needs no C library at all. GET_AI_GATEWAY_INSTALL_UNAME_S / _M replace
# `uname -s` / `uname -m` (for tests).
detect_target() {
    os=${GET_AI_GATEWAY_INSTALL_UNAME_S:-$(uname -s)}
    arch=${GET_AI_GATEWAY_INSTALL_UNAME_M:-$(uname -m)}
    PLATFORM="$os/$arch"
    TARGET=""
    case "$os" in
        Linux) os_part="unknown-linux-musl" ;;
        Darwin) os_part="apple-darwin" ;;
        *) return 0 ;;
    esac
    case "$arch" in
        x86_64 | amd64) arch_part="x86_64" ;;
        aarch64 | arm64) arch_part="aarch64" ;;
        *) return 0 ;;
    esac
    TARGET="$arch_part-$os_part"
}

# download URL FILE: with curl, else wget; https only, except file:// and plain http on
# the loopback address (a local mirror or a test server).
download() {
    dl_url=$1
    dl_out=$2
    case "$dl_url" in
        file://*)
            cp "${dl_url#file://}" "$dl_out" 2>/dev/null
            return
            ;;
        http://127.0.0.1:* | http://127.0.0.1/* | http://localhost:* | http://localhost/*)
            dl_proto="=http,https"
            ;;
        https://*) dl_proto="=https" ;;
        *) die "refusing to download $dl_url" "use an https:// or file:// URL (plain http only on 127.0.0.1)" ;;
    esac
    if has_cmd curl; then
        curl --proto "$dl_proto" --tlsv1.2 --fail --silent --show-error --location --retry 3 \
            --output "$dl_out" "$dl_url"
    elif has_cmd wget; then
        case "$(wget --help 2>&1)" in
            *BusyBox*)
                # BusyBox wget knows none of the TLS options.
                wget -q -O "$dl_out" "$dl_url"
                ;;
            *)
                if [ "$dl_proto" = "=https" ]; then
                    wget --https-only --secure-protocol=TLSv1_2 --tries=3 --quiet -O "$dl_out" "$dl_url"
                else
                    wget --tries=3 --quiet -O "$dl_out" "$dl_url"
                fi
                ;;
        esac
    else
        die "this installer needs curl or wget to download releases" "install curl, or build with --from-source"
    fi
}

# Sets SHA256 to the command that prints a file's SHA-256 (first field).
find_sha256() {
    if has_cmd sha256sum; then
        SHA256="sha256sum"
    elif has_cmd shasum; then
        SHA256="shasum -a 256"
    else
        die "this installer needs sha256sum or shasum to verify the download" "install coreutils"
    fi
}

# valid_version VERSION: digits, letters, dots, + and - only (it becomes part of a URL).
valid_version() {
    case "$1" in
        "" | *[!0-9A-Za-z.+-]*) return 1 ;;
        *) return 0 ;;
    esac
}

# A terminal to ask on: stderr shows the question, /dev/tty gives the answer.
have_tty() { [ -t 2 ] && (: </dev/tty) 2>/dev/null; }

# confirm QUESTION: yes with -y; asks on the terminal; "no" without one (never prompts).
confirm() {
    if [ "$YES" = 1 ]; then
        return 0
    fi
    if ! have_tty; then
        return 1
    fi
    printf '%s [y/N] ' "$1" >&2
    read -r answer </dev/tty || return 1
    case "$answer" in
        y | Y | yes | Yes | YES) return 0 ;;
        *) return 1 ;;
    esac
}

# version_of FILE: the version FILE reports when it is get-ai-gateway, else nothing.
version_of() {
    if [ -f "$1" ] && [ -x "$1" ]; then
        "$1" --version 2>/dev/null | awk -v name="$BIN_NAME" 'NR == 1 && $1 == name { print $2 }'
    fi
}

# place NEW_BINARY: atomically put it into PREFIX. The same version already there is left
# as it is; anything else there is replaced only after a yes.
place() {
    new_bin=$1
    dest="$PREFIX/$BIN_NAME"
    new_version=$(version_of "$new_bin")
    [ -n "$new_version" ] ||
        die "the $BIN_NAME binary for $TARGET does not run on this machine ($PLATFORM)" \
            "build it here instead: run this installer again with --from-source"
    if [ -d "$dest" ]; then
        die "$dest is a folder" "remove it, or choose another folder with --prefix"
    fi
    if [ -e "$dest" ] || [ -L "$dest" ]; then
        old_version=$(version_of "$dest")
        if [ "$old_version" = "$new_version" ] && cmp -s "$new_bin" "$dest"; then
            info "$BIN_NAME $new_version is already installed at $dest"
            return 0
        fi
        if [ "$old_version" != "$new_version" ]; then
            if [ -n "$old_version" ]; then
                what="$BIN_NAME $old_version"
            else
                what="a file that is not $BIN_NAME"
            fi
            confirm "Replace $what at $dest with $BIN_NAME $new_version?" ||
                die "$dest holds $what; not replaced, nothing was installed" \
                    "pass -y to replace it with $new_version, or choose another folder with --prefix"
        fi
    fi
    mkdir -p "$PREFIX" 2>/dev/null || die "cannot create $PREFIX" "choose another folder with --prefix"
    # A hidden name in the same folder, then one rename: nobody sees a half-written binary.
    tmp_dest="$PREFIX/.$BIN_NAME.install.$$"
    if ! { cp "$new_bin" "$tmp_dest" && chmod 0755 "$tmp_dest" && mv -f "$tmp_dest" "$dest"; } 2>/dev/null; then
        rm -f "$tmp_dest"
        die "cannot write $dest" "choose another folder with --prefix, or run as a user who may write there"
    fi
    info "installed $BIN_NAME $new_version to $dest"
}

# put_completion FILES_DIR FILE NAME DIR...: copy FILE into the first DIR that exists.
put_completion() {
    pc_files=$1
    pc_file=$2
    pc_name=$3
    shift 3
    [ -f "$pc_files/$pc_file" ] || return 0
    for pc_dir in "$@"; do
        [ -d "$pc_dir" ] || continue
        if cp "$pc_files/$pc_file" "$pc_dir/.$pc_name.$$" 2>/dev/null &&
            mv -f "$pc_dir/.$pc_name.$$" "$pc_dir/$pc_name" 2>/dev/null; then
            info "completions: $pc_dir/$pc_name"
            COMPLETIONS_PLACED=1
        else
            rm -f "$pc_dir/.$pc_name.$$"
            warn "could not write completions into $pc_dir"
        fi
        return 0
    done
}

# install_completions FILES_DIR: bash, zsh and fish completions into the standard folders
# that exist (never creating one): the system's for root installing into /usr/local/bin,
# the user's otherwise.
install_completions() {
    [ "$COMPLETIONS" = 1 ] || return 0
    files=$1
    COMPLETIONS_PLACED=0
    if [ "$AS_ROOT" = 1 ] && [ "$PREFIX" = /usr/local/bin ]; then
        put_completion "$files" get-ai-gateway.bash get-ai-gateway \
            /usr/local/share/bash-completion/completions /usr/share/bash-completion/completions
        put_completion "$files" _get-ai-gateway _get-ai-gateway \
            /usr/local/share/zsh/site-functions /usr/share/zsh/vendor-completions
        put_completion "$files" get-ai-gateway.fish get-ai-gateway.fish \
            /usr/local/share/fish/vendor_completions.d /usr/share/fish/vendor_completions.d
    else
        data=${XDG_DATA_HOME:-$HOME/.local/share}
        config=${XDG_CONFIG_HOME:-$HOME/.config}
        put_completion "$files" get-ai-gateway.bash get-ai-gateway \
            "${BASH_COMPLETION_USER_DIR:-$data/bash-completion}/completions"
        put_completion "$files" _get-ai-gateway _get-ai-gateway \
            "$data/zsh/site-functions" "${ZDOTDIR:-$HOME}/.zfunc"
        put_completion "$files" get-ai-gateway.fish get-ai-gateway.fish \
            "$config/fish/completions"
    fi
    if [ "$COMPLETIONS_PLACED" = 0 ]; then
        info "no shell completion folder found; \`$BIN_NAME completions <shell>\` prints the script"
    fi
}

install_prebuilt() {
    base=$1
    find_sha256
    if [ -z "$VERSION" ]; then
        download "$base/latest/download/LATEST" "$WORK/LATEST" ||
            die "cannot find the latest version at $base/latest/download/LATEST" \
                "pin one with --version, or check --base-url"
        VERSION=$(tr -d ' \t\r\n' <"$WORK/LATEST")
        VERSION=${VERSION#v}
        valid_version "$VERSION" ||
            die "$base/latest/download/LATEST does not hold a version" "pin one with --version"
    fi
    asset="$BIN_NAME-$VERSION-$TARGET.tar.gz"
    url="$base/download/v$VERSION/$asset"
    info "downloading $url"
    download "$url" "$WORK/$asset" ||
        die "cannot download $url; nothing was installed" \
            "check --version and --base-url; without a prebuilt binary, build with --from-source"
    download "$url.sha256" "$WORK/$asset.sha256" ||
        die "cannot download the checksum $url.sha256; nothing was installed" \
            "the release looks incomplete; try again later or pin another --version"
    expected=$(awk 'NR == 1 { print $1 }' "$WORK/$asset.sha256")
    actual=$($SHA256 "$WORK/$asset" | awk '{ print $1 }')
    if [ -z "$actual" ] || [ "$expected" != "$actual" ]; then
        die "checksum mismatch for $asset (expected ${expected:-nothing}, got ${actual:-nothing}); nothing was installed" \
            "download again; if it persists, the release or the connection is corrupted"
    fi
    info "checksum verified (sha256 $actual)"
    ensure mkdir "$WORK/unpacked"
    tar -xzf "$WORK/$asset" -C "$WORK/unpacked" ||
        die "cannot unpack $asset; nothing was installed"
    unpacked="$WORK/unpacked/$BIN_NAME-$VERSION-$TARGET"
    [ -f "$unpacked/$BIN_NAME" ] || die "$asset holds no $BIN_NAME binary; nothing was installed"
    place "$unpacked/$BIN_NAME"
    install_completions "$unpacked/completions"
}

install_from_source() {
    src=$1
    need_cmd cargo
    if [ -d "$src" ]; then
        set -- --path "$src"
        if [ -n "$VERSION" ]; then
            warn "--version is ignored with a local --source; building what $src holds"
        fi
    else
        case "$src" in
            https://* | http://* | ssh://* | git://* | file://* | git@*) ;;
            *) die "--source $src is neither a folder nor a git URL" ;;
        esac
        set -- --git "$src"
        if [ -n "$VERSION" ]; then
            set -- "$@" --tag "v$VERSION"
        fi
    fi
    info "building $BIN_NAME from $src with cargo install --locked (this takes a few minutes)"
    cargo install --locked --root "$WORK/root" "$@" >&2 ||
        die "cargo install failed for $src; nothing was installed" \
            "check the messages above; --source takes a checkout folder or a git URL"
    built="$WORK/root/bin/$BIN_NAME"
    [ -f "$built" ] || die "cargo install made no $BIN_NAME binary; nothing was installed"
    place "$built"
    # Completions from the binary that was just built: they match its flags.
    ensure mkdir "$WORK/completions"
    for pair in bash:get-ai-gateway.bash zsh:_get-ai-gateway fish:get-ai-gateway.fish; do
        "$built" completions "${pair%%:*}" >"$WORK/completions/${pair#*:}" 2>/dev/null ||
            rm -f "$WORK/completions/${pair#*:}"
    done
    install_completions "$WORK/completions"
}

# path_hint: say how to put PREFIX on PATH; sets RUN to how to call the binary.
path_hint() {
    RUN="$PREFIX/$BIN_NAME"
    case ":${PATH:-}:" in
        *":$PREFIX:"* | *":$PREFIX/:"*) RUN=$BIN_NAME ;;
        *)
            info "$PREFIX is not on your PATH; add it with: export PATH=\"$PREFIX:\$PATH\""
            ;;
    esac
}

# reads_stdin ARGS...: does a start option read a secret from standard input ("-")?
reads_stdin() {
    for arg in "$@"; do
        case "$arg" in
            - | *=- | --key-stdin) return 0 ;;
        esac
    done
    return 1
}

main() {
    setup_style
    HOME=${HOME:-}
    PREFIX=""
    VERSION=""
    BASE_URL=${GET_AI_GATEWAY_INSTALL_BASE_URL:-$DEFAULT_BASE_URL}
    FROM_SOURCE=0
    SOURCE=$DEFAULT_SOURCE
    COMPLETIONS=1
    YES=0
    START=0
    while [ $# -gt 0 ]; do
        case "$1" in
            -h | --help)
                usage
                exit 0
                ;;
            -y | --yes) YES=1 ;;
            --from-source) FROM_SOURCE=1 ;;
            --no-completions) COMPLETIONS=0 ;;
            --prefix | --version | --base-url | --source)
                [ $# -ge 2 ] || usage_error "$1 needs a value"
                set_option "$1" "$2"
                shift
                ;;
            --prefix=* | --version=* | --base-url=* | --source=*)
                set_option "${1%%=*}" "${1#*=}"
                ;;
            --)
                shift
                START=1
                break
                ;;
            *) usage_error "unknown option: $1" ;;
        esac
        shift
    done
    [ -n "$BASE_URL" ] || usage_error "the base URL is empty"
    need_cmd id
    AS_ROOT=0
    user_id=$(id -u) || die "command failed: id -u"
    [ "$user_id" != 0 ] || AS_ROOT=1
    BASE_URL=${BASE_URL%/}
    if [ -z "$PREFIX" ]; then
        if [ "$AS_ROOT" = 1 ]; then
            PREFIX=/usr/local/bin
        elif [ -n "$HOME" ]; then
            PREFIX="$HOME/.local/bin"
        else
            die "HOME is not set, so there is no default folder to install into" "pass --prefix DIR"
        fi
    fi
    # --prefix=~/bin reaches us with the tilde unexpanded.
    case "$PREFIX" in
        \~) PREFIX=$HOME ;;
        \~/*) PREFIX="$HOME/${PREFIX#\~/}" ;;
    esac
    case "$PREFIX" in
        /*) ;;
        *) PREFIX="$(pwd)/$PREFIX" ;;
    esac
    [ "$PREFIX" = / ] || PREFIX=${PREFIX%/}

    need_cmd uname
    need_cmd mktemp
    need_cmd tar
    need_cmd awk
    WORK=$(mktemp -d 2>/dev/null || mktemp -d -t get-ai-gateway) || die "cannot create a temporary folder"
    trap 'rm -rf "$WORK"' EXIT
    trap 'rm -rf "$WORK"; exit 1' INT TERM

    detect_target
    if [ "$FROM_SOURCE" = 1 ]; then
        install_from_source "$SOURCE"
    elif [ -z "$TARGET" ]; then
        die "no prebuilt $BIN_NAME for $PLATFORM (there are builds for Linux and macOS on x86_64 and aarch64; on Windows use install.ps1)" \
            "build it from source with Rust (https://rustup.rs): run this installer again with --from-source, or cargo install --locked --git $DEFAULT_SOURCE"
    else
        install_prebuilt "$BASE_URL"
    fi
    path_hint

    if [ "$START" = 1 ]; then
        # The options may hold keys: say how many, never what.
        info "starting the gateway: $RUN start (with $# option(s), not shown)"
        rm -rf "$WORK"
        trap - EXIT INT TERM
        # Piped into sh, standard input is the script: give the wizard the terminal when
        # there is one (and no option reads a secret from standard input).
        if [ ! -t 0 ] && have_tty && ! reads_stdin "$@"; then
            exec "$PREFIX/$BIN_NAME" start "$@" </dev/tty
        fi
        exec "$PREFIX/$BIN_NAME" start "$@"
    fi
    info "next: $RUN start"
}

# set_option NAME VALUE
set_option() {
    case "$1" in
        --prefix)
            [ -n "$2" ] || usage_error "--prefix needs a folder"
            PREFIX=$2
            ;;
        --version)
            VERSION=${2#v}
            [ "$VERSION" != latest ] || VERSION=""
            if [ -n "$VERSION" ] && ! valid_version "$VERSION"; then
                usage_error "--version $2 is not a version (e.g. 0.1.0)"
            fi
            ;;
        --base-url) BASE_URL=$2 ;;
        --source)
            [ -n "$2" ] || usage_error "--source needs a folder or a git URL"
            SOURCE=$2
            FROM_SOURCE=1
            ;;
    esac
}

main "$@" || exit 1
