#!/usr/bin/env python3
"""Median wall times of get-ai-gateway commands against a bare `docker exec <c> true`.

Runs every command once per round, rounds interleaved so that drift on the engine hits all
commands alike, and prints medians and their ratio to the bare exec. Used by scripts/bench.sh.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 30
BIN, NAME = sys.argv[2], sys.argv[3]


def cmd(*args):
    return [BIN, *args, "--container-name", NAME]


def run(argv):
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed: {done.stderr.decode()}")
    return elapsed


# Gateway files for `apply`: a no-op (the provider bench.sh started with), and two files of
# 10 providers and 50 rules that differ in every key and every rule's model, applied in
# turn, so that each round's apply changes all 60.
FILES = tempfile.mkdtemp(prefix="gag-bench-")
BIG_PROVIDERS = ["moonshot", "openai", "openrouter", "yi", "ai360", "baichuan", "cohere",
                 "fireworks", "grok", "groq"]
HEAD = "apiVersion: get-ai-gateway/v1\nkind: Gateway\n"
os.environ["BENCH_QWEN_KEY"] = "sk-bench-qwen"
with open(f"{FILES}/noop.yaml", "w", encoding="utf-8") as f:
    f.write(HEAD + 'providers:\n  dashscope: {key: "${BENCH_QWEN_KEY}"}\n')
for side in "ab":
    lines = [HEAD, "providers:\n"]
    for p in BIG_PROVIDERS:
        var = f"BENCH_{side.upper()}_{p.upper()}"
        os.environ[var] = f"sk-bench-{side}-{p}-0123456789"
        lines.append(f'  {p}: {{key: "${{{var}}}", models: ["{p}-*"]}}\n')
    lines.append("autoRouting:\n  enabled: true\n  rules:\n")
    for j in range(50):
        lines.append(f'    - {{pattern: "^bench-{j}:", model: "{side}-model-{j}"}}\n')
    with open(f"{FILES}/big-{side}.yaml", "w", encoding="utf-8") as f:
        f.write("".join(lines))


def apply(path):
    return cmd("apply", "-f", path, "--yes")


CASES = [
    ("docker exec true (bare)", lambda i: ["docker", "exec", NAME, "true"], None),
    ("route add", lambda i: cmd("route", "add", "--model", f"m{i}", "--trigger", f"bench{i}"), "write"),
    ("route remove", lambda i: cmd("route", "remove", "--rule-id", "0"), "write"),
    ("route list", lambda i: cmd("route", "list"), "read"),
    ("config add", lambda i: cmd("config", "add", "--provider", "deepseek", "--key", f"sk-bench-{i:06d}"), "write"),
    ("config list", lambda i: cmd("config", "list"), "read"),
    ("status", lambda i: cmd("status"), "read"),
    ("status --json", lambda i: cmd("status", "--json"), "read"),
    ("apply (no-op)", lambda i: apply(f"{FILES}/noop.yaml"), "noop"),
    ("apply 10 providers+50 rules", lambda i: apply(f"{FILES}/big-{'ab'[i % 2]}.yaml"), "apply"),
]

for warm in range(3):
    for _, make, _ in CASES:
        run(make(warm))

times = {name: [] for name, _, _ in CASES}
for i in range(ROUNDS):
    for name, make, _ in CASES:
        times[name].append(run(make(i)))

bare = statistics.median(times[CASES[0][0]])
print(f"{ROUNDS} interleaved rounds, engine: docker exec {NAME} true")
print(f"{'command':<28} {'median ms':>10} {'p90 ms':>8} {'ratio':>6}  target")
for name, _, kind in CASES:
    values = sorted(times[name])
    median = statistics.median(values)
    p90 = values[int(len(values) * 0.9) - 1]
    target = {"write": "<= 1.5x", "read": "<= 0.35x", "noop": "<= 1.1x",
              "apply": "<= 2x"}.get(kind, "")
    print(f"{name:<28} {median * 1000:>10.1f} {p90 * 1000:>8.1f} {median / bare:>6.2f}  {target}")
