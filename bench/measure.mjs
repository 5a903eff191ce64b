// How bench/run.mjs runs one process: its wall time with stdout drained through a pipe (bytes,
// lines and an optional row marker counted on the way), its exit status and the head of its stderr;
// and, in a separate run, its peak resident memory through python3's getrusage.
import { spawn, spawnSync } from "node:child_process";

const STDOUT_HEAD = 64 * 1024; // kept to check the answer
const STDERR_HEAD = 8 * 1024; // kept to show why a run failed

/** Counts the occurrences of `marker` (a Buffer) in a stream of chunks, across chunk boundaries. */
function markerCounter(marker) {
  let carry = Buffer.alloc(0);
  let count = 0;
  return {
    push(chunk) {
      const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      for (let i = buf.indexOf(marker); i !== -1; i = buf.indexOf(marker, i + marker.length)) count++;
      carry = buf.subarray(Math.max(0, buf.length - (marker.length - 1)));
    },
    get count() { return count; },
  };
}

/** Counts newline bytes in a chunk. */
function countLines(chunk) {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Runs one whole process and resolves with its wall time in ms, exit code or signal, whether it
 * timed out, the bytes and lines it printed (stdout is a pipe drained here, never /dev/null), the
 * count of `marker` in its stdout, and the heads of stdout and stderr.
 */
export function runProcess(command, args, { env, timeoutMs, marker }) {
  return new Promise((resolve) => {
    const counter = marker ? markerCounter(Buffer.from(marker)) : null;
    const out = { bytes: 0, lines: 0, head: [], headBytes: 0 };
    const err = { bytes: 0, head: [], headBytes: 0 };
    const keep = (sink, chunk, limit) => {
      if (sink.headBytes >= limit) return;
      const part = chunk.subarray(0, limit - sink.headBytes);
      sink.head.push(part);
      sink.headBytes += part.length;
    };
    let timedOut = false;
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, timeoutMs);
    child.stdout.on("data", (chunk) => {
      out.bytes += chunk.length;
      out.lines += countLines(chunk);
      counter?.push(chunk);
      keep(out, chunk, STDOUT_HEAD);
    });
    child.stderr.on("data", (chunk) => { err.bytes += chunk.length; keep(err, chunk, STDERR_HEAD); });
    const finish = (code, signal, spawnError) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      resolve({
        ms, code, signal, timedOut, spawnError: spawnError?.message ?? null,
        bytes: out.bytes, lines: out.lines, markers: counter ? counter.count : null,
        stdout: Buffer.concat(out.head).toString("utf8"), stderr: Buffer.concat(err.head).toString("utf8"),
      });
    };
    child.on("error", (e) => finish(null, null, e));
    child.on("close", (code, signal) => finish(code, signal, null));
  });
}

// The memory run: python3 starts the command with stdout a pipe it drains (as a consumer would),
// stderr a temporary file, an optional address-space cap, a timeout, and reports the child's own
// rusage (os.wait4) as JSON. A child forked from python starts with python's pages counted, so
// ru_maxrss has a floor of about python's own size (some 10-14 MiB; measured as `memoryFloor`).
const WRAPPER = `
import json, os, resource, subprocess, sys, tempfile, threading, time
limit, timeout, cmd = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]
def cap():
    if limit: resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
err = tempfile.TemporaryFile()
start = time.perf_counter()
p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, preexec_fn=cap)
state = {"timedOut": False}
def kill():
    state["timedOut"] = True
    p.kill()
timer = threading.Timer(timeout, kill); timer.start()
nbytes = nlines = 0
while True:
    b = p.stdout.read1(1 << 16)
    if not b: break
    nbytes += len(b); nlines += b.count(b"\\n")
_, status, usage = os.wait4(p.pid, 0)
ms = (time.perf_counter() - start) * 1000
timer.cancel()
err.seek(0)
print(json.dumps({"ms": ms, "kb": usage.ru_maxrss, "bytes": nbytes, "lines": nlines, "timedOut": state["timedOut"],
  "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
  "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
  "stderr": err.read(${STDERR_HEAD}).decode("utf8", "replace")}))
`;

let pythonChecked = null;
/** Whether python3 can run the memory wrapper; says so on stderr once when it cannot. */
export function hasPython() {
  if (pythonChecked === null) {
    pythonChecked = spawnSync("python3", ["--version"]).status === 0;
    if (!pythonChecked) process.stderr.write("bench: python3 not found; peak memory is left out (n/a)\n");
  }
  return pythonChecked;
}

/**
 * Peak resident memory (MiB) of one run of the command, with its wall time, exit status and stderr
 * head, in the same shape as runProcess's result (plus `mib`); null without python3.
 */
export function peakMemory(command, args, { env, timeoutMs, limitBytes = 0 }) {
  if (!hasPython()) return null;
  const r = spawnSync("python3", ["-c", WRAPPER, String(limitBytes), String(timeoutMs / 1000), command, ...args],
    { env, encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    return { mib: null, ms: null, code: null, signal: null, timedOut: false, bytes: 0, lines: 0, markers: null, stdout: "",
      stderr: `the python3 memory wrapper failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`, spawnError: "wrapper failed" };
  }
  const m = JSON.parse(r.stdout.trim().split("\n").pop());
  const signal = m.signal === null ? null : `signal ${m.signal}`;
  return { mib: m.kb / 1024, ms: m.ms, code: m.code, signal, timedOut: m.timedOut, bytes: m.bytes, lines: m.lines, markers: null, stdout: "", stderr: m.stderr, spawnError: null };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
