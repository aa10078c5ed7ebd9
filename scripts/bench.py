#!/usr/bin/env python3
"""Median wall times of get-ai-gateway commands against a bare `docker exec <c> true`.

Runs every command once per round, rounds interleaved so that drift on the engine hits all
commands alike, and prints medians and their ratio to the bare exec. Each command runs on
both paths: on the host (when the tool may read and write the data folder here) and through
one exec (GET_AI_GATEWAY_NO_HOST_PATH=1: what a docker-group user, a remote engine or a VM
always gets). Used by scripts/bench.sh.
"""
import itertools
import os
import pwd
import statistics
import subprocess
import sys
import tempfile
import time

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 30
BIN, NAME = sys.argv[2], sys.argv[3]


def cmd(*args):
    return [BIN, *args, "--container-name", NAME]


def run(argv, env=None):
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
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


# Every run of a row that writes must change something, whatever row ran before it in the
# same round (a host row, then its exec row): `config add` gets a new key and the big apply
# the other file on every call, not every round.
CALLS = itertools.count()


def big_apply(_round):
    return apply(f"{FILES}/big-{'ab'[next(CALLS) % 2]}.yaml")


HOST = dict(os.environ)
EXEC = dict(os.environ, GET_AI_GATEWAY_NO_HOST_PATH="1")
COMMANDS = [
    ("status", lambda i: cmd("status"), "read"),
    ("route list", lambda i: cmd("route", "list"), "read"),
    ("config list", lambda i: cmd("config", "list"), "read"),
    ("keys list", lambda i: cmd("keys", "list"), "read"),
    # A new trigger each run: adding a rule already there writes nothing.
    ("route add", lambda i: cmd("route", "add", "--model", f"m{i}", "--trigger", f"bench{time.time_ns()}"), "write"),
    ("route remove", lambda i: cmd("route", "remove", "--rule-id", "0"), "write"),
    ("config add", lambda i: cmd("config", "add", "--provider", "deepseek", "--key", f"sk-bench-{next(CALLS):06d}"), "write"),
    ("keys add", lambda i: cmd("keys", "add", f"bench-{i}-{time.time_ns()}"), "write"),
    ("apply (no-op)", lambda i: apply(f"{FILES}/noop.yaml"), "noop"),
    ("apply 10 providers+50 rules", big_apply, "apply"),
]
CASES = [("docker exec true (bare)", lambda i: ["docker", "exec", NAME, "true"], None, None, HOST)]
for name, make, kind in COMMANDS:
    CASES.append((name, make, kind, "host", HOST))
    CASES.append((name, make, kind, "exec", EXEC))
# `metrics`: two reads of a 5 MB Prometheus text through one exec each (no published port),
# parsed and reported; the row includes the 0.1 s `--interval` between the reads.
CASES.append(("metrics --json --interval 0.1 (5 MB text, 2 reads)",
              lambda i: cmd("metrics", "--json", "--interval", "0.1"), "metrics", "exec", HOST))
# BENCH_ONLY=metrics keeps the bare exec and the rows whose command starts with it.
ONLY = os.environ.get("BENCH_ONLY")
if ONLY:
    CASES = [c for c in CASES if c[3] is None or c[0].startswith(ONLY)]

def load():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


load_before = load()
for warm in range(3):
    for _, make, _, _, env in CASES:
        run(make(warm), env)

times = {(c[0], c[3]): [] for c in CASES}
for i in range(ROUNDS):
    for name, make, _, path, env in CASES:
        times[(name, path)].append(run(make(i), env))

TARGETS = {("read", "host"): "<= 0.35", ("write", "host"): "<= 0.5", ("write", "exec"): "<= 1.1",
           ("noop", "host"): "<= 0.35", ("noop", "exec"): "<= 1.1", ("apply", "host"): "<= 2",
           ("apply", "exec"): "<= 2"}
engine = subprocess.run(["docker", "version", "-f", "Docker {{.Server.Version}} ({{.Server.Os}}/{{.Server.Arch}})"],
                        capture_output=True, text=True).stdout.strip()
user = pwd.getpwuid(os.geteuid()).pw_name
bare = statistics.median(times[("docker exec true (bare)", None)])
print(f"{ROUNDS} interleaved rounds; engine: {engine}, local socket; user: {user}; "
      f"load average (1 min) {load_before} before, {load()} after")
print("| command | path | median ms | p90 ms | ratio | target |")
print("|---|---|---|---|---|---|")
for name, _, kind, path, _ in CASES:
    values = sorted(times[(name, path)])
    median = statistics.median(values)
    p90 = values[int(len(values) * 0.9) - 1]
    who = f"{path} ({user})" if path else f"({user})"
    target = TARGETS.get((kind, path), "")
    print(f"| `{name}` | {who} | {median * 1000:.1f} | {p90 * 1000:.1f} | {median / bare:.2f} | {target} |")
