#!/bin/bash
# Benchmark of `usage` against the reference agent-session-monitor (main.py): a generated
# access log of about SIZE_MB MB (default 50), realistic lines (ai_log as a JSON string,
# messages, answers, some broken and non-AI lines, 500 sessions).
# Reports MB/s, lines/s, the ratio to the reference and peak RSS; then a second run of
# ours, which reads only the new bytes (state file).
# The reference is timed on the first REF_MB MB (default 5) only: it is slow.
# Usage: scripts/bench-usage.sh [path/to/get-ai-gateway]  [default: target/release]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-${CARGO_TARGET_DIR:-target}/release/get-ai-gateway}
ref=${REFERENCE:-/work/shared/reference/skills/agent-session-monitor/main.py}
size_mb=${SIZE_MB:-50}
ref_mb=${REF_MB:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/access.log" "$size_mb" <<'PY'
import json, random, sys
path, size = sys.argv[1], int(sys.argv[2]) * 1_000_000
rnd = random.Random(42)
models = ["gpt-4o", "gpt-4o-mini", "claude-sonnet-4", "deepseek-chat", "qwen-max", "Qwen3-rerank"]
words = "the gateway routes each request to a model and records tokens cost and answers".split()
def text(n): return " ".join(rnd.choice(words) for _ in range(n))
with open(path, "w") as f:
    written, i = 0, 0
    while written < size:
        i += 1
        if i % 50 == 0:
            line = json.dumps({"method": "GET", "path": "/healthz", "response_code": 200})
        elif i % 97 == 0:
            line = '{"ai_log":"{broken'
        else:
            inp = rnd.randint(100, 20000)
            ai = {"session_id": f"agent:main:discord:{rnd.randint(1, 500)}", "api": "x@higress",
                  "api_type": "LLM", "chat_round": i, "consumer": "clawdbot",
                  "model": rnd.choice(models), "input_token": inp,
                  "output_token": rnd.randint(10, 2000), "cached_tokens": inp // 3,
                  "reasoning_tokens": 0, "total_token": 0, "response_type": "normal",
                  "messages": [{"role": "user", "content": text(40)}],
                  "question": text(20), "answer": text(60), "reasoning": text(10),
                  "tool_calls": []}
            line = json.dumps({"timestamp": f"2026-02-{1 + i % 28:02d}T10:00:00Z",
                               "authority": "127.0.0.1", "method": "POST",
                               "path": "/v1/chat/completions", "response_code": 200,
                               "ai_log": json.dumps(ai, ensure_ascii=False)})
        f.write(line + "\n")
        written += len(line) + 1
PY
head -c $((ref_mb * 1000000)) "$work/access.log" | sed '$d' > "$work/ref.log"

# seconds, peak RSS (KiB) of a command
measure() {
    python3 - "$@" <<'PY'
import resource, subprocess, sys, time
t = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(f"{time.monotonic() - t:.3f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
PY
}

row() { # name bytes lines seconds rss
    python3 -c "
b, l, s, r = $2, $3, $4, $5
print(f'| $1 | {b/1e6:.1f} MB | {s:.2f} s | {b/1e6/s:.1f} MB/s | {l/s:,.0f} lines/s | {r/1024:.1f} MB |')"
}

export XDG_CACHE_HOME="$work/cache" HOME="$work"
ref_bytes=$(stat -c %s "$work/ref.log") ref_lines=$(wc -l <"$work/ref.log")
bytes=$(stat -c %s "$work/access.log") lines=$(wc -l <"$work/access.log")
read -r ref_s ref_rss < <(measure timeout 900 python3 "$ref" --log-path "$work/ref.log" --output-dir "$work/ref-out")
read -r our_s our_rss < <(measure "$bin" usage --log "$work/access.log" --by model --json)
# The second run: 1 MB of new lines, the rest from the state file.
head -c 1000000 "$work/ref.log" | sed '$d' >>"$work/access.log"
read -r inc_s inc_rss < <(measure "$bin" usage --log "$work/access.log" --by model --json)

echo "| run | log | time | throughput | lines | peak RSS |"
echo "|---|---|---|---|---|---|"
row "reference main.py" "$ref_bytes" "$ref_lines" "$ref_s" "$ref_rss"
row "get-ai-gateway usage (cold)" "$bytes" "$lines" "$our_s" "$our_rss"
echo "| get-ai-gateway usage (state file, +1 MB) | | ${inc_s} s | | | $(python3 -c "print(f'{$inc_rss/1024:.1f}')") MB |"
python3 -c "
ref = $ref_bytes / $ref_s
ours = $bytes / $our_s
print(f'ratio (throughput, cold): {ours / ref:.0f}x the reference')"
