#!/usr/bin/env python3
# Interleaved whole-process timings of a few commands, for before/after comparisons on a noisy machine:
#   python3 bench/compare.py ROUNDS 'node -e 0' 'node old/bin/filmcli.js show mask' 'node bin/filmcli.js show mask'
# Each round runs every command once, in turn, without NODE_EXTRA_CA_CERTS, stdout a pipe that is drained.
# Prints median wall and CPU (user + system, from the child's rusage) ms, and their ratios to the first command.
import os, shlex, statistics, subprocess, sys, time

rounds, commands = int(sys.argv[1]), sys.argv[2:]
env = {k: v for k, v in os.environ.items() if k != "NODE_EXTRA_CA_CERTS"}
wall = {c: [] for c in commands}
cpu = {c: [] for c in commands}
for _ in range(rounds):
    for c in commands:
        t0 = time.perf_counter()
        p = subprocess.Popen(shlex.split(c), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        p.stdout.read()
        _, _, usage = os.wait4(p.pid, 0)
        wall[c].append((time.perf_counter() - t0) * 1000)
        cpu[c].append((usage.ru_utime + usage.ru_stime) * 1000)
base_wall, base_cpu = statistics.median(wall[commands[0]]), statistics.median(cpu[commands[0]])
for c in commands:
    w, u = statistics.median(wall[c]), statistics.median(cpu[c])
    print(f"{w:7.1f} ms wall ({w / base_wall:.2f}x)  {u:6.1f} ms cpu ({u / base_cpu:.2f}x)  {c}")
