#!/bin/sh
# Regenerate completions/ from the binary's own clap definition (the test
# completions::tests::checked_in_completions_match_the_binary fails until they match).
# Usage: scripts/completions.sh [path/to/get-ai-gateway]   [default: a fresh debug build]
# Same effect without a shell: GET_AI_GATEWAY_UPDATE_COMPLETIONS=1 cargo test completions
set -eu
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
    cargo build --quiet
    bin=target/debug/get-ai-gateway
fi
for pair in bash:get-ai-gateway.bash zsh:_get-ai-gateway fish:get-ai-gateway.fish \
    powershell:_get-ai-gateway.ps1 elvish:get-ai-gateway.elv; do
    shell=${pair%%:*}
    file=completions/${pair#*:}
    "$bin" completions "$shell" >"$file.tmp"
    mv -f "$file.tmp" "$file"
done
echo "completions/ regenerated from $bin"
