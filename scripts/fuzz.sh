#!/usr/bin/env bash
# Random exploration of the Go-fidelity generators, apart from the test suite (which always
# runs its fixed default seed). Each run draws N patterns for both pattern generators
# (the general one and the one biased toward \b, \B, ^, $ and empty alternatives beside
# non-ASCII text) and the YAML and QuoteMeta generators, and compares them with Go.
#
# Usage: scripts/fuzz.sh [--cases N] [--seed HEX|random] [--rounds R]
#   --cases N     patterns per generator and round (default 20000)
#   --seed S      the first round's seed, in hex; 'random' draws one (the default)
#   --rounds R    rounds, each with the next seed (default 1)
# A seed that finds a disagreement is printed; turn each disagreement into a row of
# tests/fixtures/re2/regressions.jsonl (pattern, text, Go's answer), which always runs.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

cases=20000 seed=random rounds=1
while [ $# -gt 0 ]; do
  case "$1" in
    --cases) cases=${2:?--cases takes a number}; shift 2 ;;
    --seed) seed=${2:?--seed takes a hex number or random}; shift 2 ;;
    --rounds) rounds=${2:?--rounds takes a number}; shift 2 ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$cases$rounds" in *[!0-9]*) echo "error: --cases and --rounds take whole numbers" >&2; exit 2 ;; esac
if [ "$seed" = random ]; then
  seed=$(od -An -N8 -tx8 /dev/urandom | tr -d ' \n')
fi
case "$seed" in '' | *[!0-9a-fA-F]*) echo "error: --seed takes a hex number or random" >&2; exit 2 ;; esac

# The Go reference programs (and Go itself), as the test command builds them.
# shellcheck source=scripts/lib/packages.sh
. scripts/lib/packages.sh
# shellcheck source=tests/setup.d/30-go.sh
. tests/setup.d/30-go.sh

cargo test --locked --test integration --no-run >/dev/null 2>&1 || cargo test --locked --test integration --no-run
failed=()
for ((round = 0; round < rounds; round++)); do
  s=$(printf '%x' "$((0x$seed + round))")
  echo "==> round $((round + 1))/$rounds: FIDELITY_SEED=$s FIDELITY_CASES=$cases" >&2
  log=$(mktemp)
  status=0
  FIDELITY_SEED=$s FIDELITY_CASES=$cases cargo test --locked --test integration \
    fidelity_re2_ -- --nocapture --test-threads 2 >"$log" 2>&1 || status=$?
  grep -E 'FIDELITY_SEED|patterns \(|pattern×text|DISAGREE|panicked|test result' "$log" >&2 || true
  rm -f "$log"
  if [ "$status" -ne 0 ]; then failed+=("$s"); fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "seeds with disagreements: ${failed[*]}" >&2
  exit 1
fi
echo "no disagreements in $rounds round(s) of $cases patterns per generator" >&2
