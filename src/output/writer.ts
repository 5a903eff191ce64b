import { fstatSync, readFileSync, writeSync } from "node:fs";

/** A stream filmcli writes to: process.stdout/stderr, or a fake in tests. */
export interface OutStream {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

/** The one place filmcli writes: results to stdout, messages to stderr. */
export interface Writer {
  out(text: string): Promise<void>;
  err(text: string): Promise<void>;
  /** The first write error other than a closed pipe (e.g. a full disk), if any. */
  failure(): NodeJS.ErrnoException | undefined;
  /** Whether stdout takes no more (its reader went away, or it failed): a streamed result can stop being made. */
  outClosed(): boolean;
}

/**
 * Wraps stdout and stderr. A reader that goes away (`filmcli cast | head -1`) is not an error:
 * EPIPE marks the stream closed and later writes are dropped. Other write errors are kept for the
 * caller to report. Each write resolves once the stream has taken the data, so the process can
 * end naturally without cutting output off.
 */
export function createWriter(stdout: OutStream, stderr: OutStream): Writer {
  const closed = new Set<OutStream>();
  let failure: NodeJS.ErrnoException | undefined;
  const fail = (stream: OutStream, error: NodeJS.ErrnoException): void => {
    closed.add(stream);
    if (error.code !== "EPIPE" && stream === stdout) failure ??= error;
  };
  for (const stream of [stdout, stderr]) stream.on("error", (error) => fail(stream, error));
  const write = (stream: OutStream, text: string): Promise<void> => {
    if (text === "" || closed.has(stream)) return Promise.resolve();
    return new Promise((resolve) => {
      stream.write(text, (error) => {
        if (error) fail(stream, error as NodeJS.ErrnoException);
        resolve();
      });
    });
  };
  return {
    out: (text) => write(stdout, text), err: (text) => write(stderr, text), failure: () => failure, outClosed: () => closed.has(stdout),
  };
}

/** A stdout that was closed when filmcli started: every write fails as writing to a closed descriptor does. */
export function closedStream(): OutStream {
  const stream: OutStream = {
    write(_chunk, callback) {
      callback?.(Object.assign(new Error("stdout is closed"), { code: "EBADF" }));
      return false;
    },
    on: () => stream,
  };
  return stream;
}

// Linux: /dev/null's device number, and the access mode bits of /proc/<pid>/fdinfo's octal flags.
const DEV_NULL_RDEV = (1 << 8) | 3;
const O_ACCMODE = 0o3;
const O_RDWR = 0o2;

/**
 * Whether descriptor `fd` was closed when the process started (`filmcli >&-`). Node opens /dev/null
 * in its place for reading and writing; a shell's `>/dev/null` opens it for writing only, and is told
 * apart (only `1<>/dev/null` is mistaken for a closed stdout). Only Linux can be asked; elsewhere this says false.
 */
export function closedAtStart(fd: number): boolean {
  try {
    if (fstatSync(fd).rdev !== DEV_NULL_RDEV) return false;
    return openedReadWrite(fd);
  } catch {
    return false;
  }
}

function openedReadWrite(fd: number): boolean {
  const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"))?.[1];
  return flags !== undefined && (Number.parseInt(flags, 8) & O_ACCMODE) === O_RDWR;
}

/**
 * Writes straight to descriptor `fd`, as Node's stream for a file or pipe does on Linux (synchronously),
 * without loading Node's streams (several ms a run). A descriptor left non-blocking by another process
 * (EAGAIN) hands what is left, and every later write, to `fallback`, which waits for the reader.
 */
export function descriptorStream(fd: number, fallback: () => OutStream): OutStream {
  const listeners: ((error: NodeJS.ErrnoException) => void)[] = [];
  let taken: OutStream | undefined;
  const takeOver = (): OutStream => {
    taken = fallback();
    for (const listener of listeners) taken.on("error", listener);
    return taken;
  };
  const stream: OutStream = {
    isTTY: false,
    write(chunk, callback) {
      if (taken) return taken.write(chunk, callback);
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EAGAIN") return takeOver().write(bytes.subarray(done), callback);
        callback?.(error as NodeJS.ErrnoException);
        return false;
      }
      callback?.(null);
      return true;
    },
    on(_event, listener) {
      listeners.push(listener);
      taken?.on("error", listener);
      return stream;
    },
  };
  return stream;
}

/**
 * The stream for standard descriptor `fd` (1 or 2): Node's own (`stream()`) for a terminal, which
 * knows its size; a closed one for a descriptor closed at start; else a descriptorStream. Only Linux
 * tells a closed descriptor apart; a failed fstat falls back to Node's stream.
 */
export function standardStream(fd: number, stream: () => OutStream): OutStream {
  try {
    const stat = fstatSync(fd);
    if (stat.isCharacterDevice() && stat.rdev !== DEV_NULL_RDEV) return stream();
    if (stat.isCharacterDevice() && openedReadWrite(fd)) return closedStream();
    return descriptorStream(fd, stream);
  } catch {
    return stream();
  }
}
