#!/usr/bin/env python3
"""Median wall times of get-ai-gateway commands against a bare `docker exec <c> true`.

Runs every command once per round, rounds interleaved so that drift on the engine hits all
commands alike, and prints medians and their ratio to the bare exec. Used by scripts/bench.sh.
"""
import os
import pwd
import statistics
import subprocess
import sys
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


# Each command on both paths: on the host (when the tool may read and write the data folder
# here) and through one exec (GET_AI_GATEWAY_NO_HOST_PATH=1: what a docker-group user, a
# remote engine or a VM always gets).
HOST = dict(os.environ)
EXEC = dict(os.environ, GET_AI_GATEWAY_NO_HOST_PATH="1")
COMMANDS = [
    ("status", lambda i: cmd("status"), "read"),
    ("route list", lambda i: cmd("route", "list"), "read"),
    ("config list", lambda i: cmd("config", "list"), "read"),
    ("keys list", lambda i: cmd("keys", "list"), "read"),
    ("route add", lambda i: cmd("route", "add", "--model", f"m{i}", "--trigger", f"bench{i}"), "write"),
    ("route remove", lambda i: cmd("route", "remove", "--rule-id", "0"), "write"),
    ("config add", lambda i: cmd("config", "add", "--provider", "deepseek", "--key", f"sk-bench-{i:06d}"), "write"),
    ("keys add", lambda i: cmd("keys", "add", f"bench-{i}-{time.time_ns()}"), "write"),
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

for warm in range(3):
    for _, make, _, _, env in CASES:
        run(make(warm), env)

times = {(c[0], c[3]): [] for c in CASES}
for i in range(ROUNDS):
    for name, make, _, path, env in CASES:
        times[(name, path)].append(run(make(i), env))

engine = subprocess.run(["docker", "version", "-f", "Docker {{.Server.Version}} ({{.Server.Os}}/{{.Server.Arch}})"],
                        capture_output=True, text=True).stdout.strip()
user = pwd.getpwuid(os.geteuid()).pw_name
bare = statistics.median(times[("docker exec true (bare)", None)])
print(f"{ROUNDS} interleaved rounds; engine: {engine}, local socket; user: {user}")
print(f"| command | path | median ms | p90 ms | ratio | target |")
print(f"|---|---|---|---|---|---|")
for name, _, kind, path, _ in CASES:
    values = sorted(times[(name, path)])
    median = statistics.median(values)
    p90 = values[int(len(values) * 0.9) - 1]
    target = {("read", "host"): "<= 0.35", ("read", "exec"): "",
              ("write", "host"): "<= 0.5", ("write", "exec"): "<= 1.1"}.get((kind, path), "")
    who = f"{path} ({user})" if path else f"({user})"
    print(f"| `{name}` | {who} | {median * 1000:.1f} | {p90 * 1000:.1f} | {median / bare:.2f} | {target} |")
