#!/bin/sh
# Regenerate completions/ from the binary's own clap definition.
# Usage: scripts/completions.sh [path/to/get-ai-gateway]
set -eu
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  cargo build --quiet
  bin=target/debug/get-ai-gateway
fi
"$bin" completions bash > completions/get-ai-gateway.bash
"$bin" completions zsh > completions/_get-ai-gateway
"$bin" completions fish > completions/get-ai-gateway.fish
"$bin" completions powershell > completions/_get-ai-gateway.ps1
"$bin" completions elvish > completions/get-ai-gateway.elv
echo "completions/ regenerated from $bin"
