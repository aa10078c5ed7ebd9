#!/usr/bin/env bash
# The house's two rules, checked with grep and awk (in the manner of just's bin/forbid):
#  1. layers: a module imports only the layers below it. From the top:
#       app > commands > ui, args > skills > plugin > gateway > edit > engine > domain > error
#     so nothing below `commands` imports `commands`, `ui` or `args`, and `error` imports none.
#  2. size: no function is longer than 80 lines, outside the generated Unicode tables and
#     the port of Go's regexp parser (src/domain/routing/re2/{tables,parser}.rs). The
#     functions in LONG_YET are the ones still to split: the list only shrinks.
# Prints file:line and the rule broken; exits 1 when one is. Run from anywhere.
set -eu
cd "$(dirname "$0")/.."

status=0

# Functions allowed over 80 lines (FILE:NAME, one a line): none now, and the list only shrinks.
LONG_YET=''

# forbid DIR-OR-FILE MODULE...: no `crate::MODULE` (nor `crate::{.., MODULE, ..}`) in it.
forbid() {
    local place=$1
    shift
    local names
    names=$(IFS='|'; echo "$*")
    local hits
    hits=$(grep -rnE --include='*.rs' \
        "crate::($names)\b|crate::\{[^}]*\b($names)\b" "$place" |
        grep -vE '^[^:]+:[0-9]+:\s*//' || true)
    if [ -n "$hits" ]; then
        printf '%s\n' "$hits" | sed "s|\$|    <- $place must not import: $*|"
        status=1
    fi
}

forbid src/commands app
forbid src/ui commands app
forbid src/args commands app
forbid src/skills ui args commands app
forbid src/plugin skills ui args commands app
forbid src/gateway plugin skills ui args commands app
forbid src/edit gateway plugin skills ui args commands app
forbid src/engine edit gateway plugin skills ui args commands app
forbid src/domain engine edit gateway plugin skills ui args commands app
forbid src/error.rs domain engine edit gateway plugin skills ui args commands app

# One read path and one write path: only the Gateway (src/gateway/) opens a transaction
# or reads the gateway's files through the edit engine; every command goes through it.
direct=$(grep -rnE --include='*.rs' 'edit::(transact|read_files|read_tree_files|read)\(' src |
    grep -vE '^src/(edit|gateway)/' || true)
if [ -n "$direct" ]; then
    printf '%s\n' "$direct" | sed 's|$|    <- use Gateway::transact / Gateway::read_files|'
    status=1
fi

# Functions over 80 lines: from `fn` to the `}` at the same indent. The two ports of Go code
# (re2's parser, gjson's scanner) keep the shape of their originals, function for function.
# shellcheck disable=SC2016 # the awk program is in single quotes on purpose
long=$(find src -name '*.rs' ! -path 'src/domain/routing/re2/tables.rs' \
    ! -path 'src/domain/routing/re2/parser.rs' ! -path 'src/domain/routing/gjson/mod.rs' -print0 | sort -z |
    xargs -0 awk '
        FNR == 1 { open = 0 }
        !open && /^[ \t]*(pub(\([a-z]+\))? )?(const )?(async )?(unsafe )?fn [A-Za-z0-9_]+/ && !/;[ \t]*$/ && !/}[ \t]*$/ {
            match($0, /^[ \t]*/); indent = substr($0, 1, RLENGTH)
            open = 1; start = FNR; name = $0; sub(/^[ \t]*/, "", name); sub(/\(.*/, "", name)
            next
        }
        open && $0 == indent "}" {
            open = 0
            if (FNR - start + 1 > 80) printf "%s:%d: %s is %d lines\n", FILENAME, start, name, FNR - start + 1
        }' |
    while IFS= read -r hit; do
        file=${hit%%:*}
        fn=${hit#*: }
        fn=${fn% is *}
        fn=${fn##* }
        fn=${fn%%<*}
        printf '%s\n' "$LONG_YET" | grep -qxF "$file:$fn" || printf '%s\n' "$hit"
    done)
if [ -n "$long" ]; then
    printf '%s\n' "$long" | sed 's|$|    <- no function over 80 lines|'
    status=1
fi

exit "$status"
