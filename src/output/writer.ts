/** A stream filmcli writes to: process.stdout/stderr, or a fake in tests. */
export interface OutStream {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
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
  return { out: (text) => write(stdout, text), err: (text) => write(stderr, text), failure: () => failure };
}
