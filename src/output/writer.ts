/** A stream filmcli writes to: process.stdout/stderr, or a fake in tests. */
export interface OutStream {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** The one place filmcli writes: results to stdout, messages to stderr. */
export interface Writer {
  out(text: string): Promise<void>;
  err(text: string): Promise<void>;
}

/**
 * Wraps stdout and stderr. A reader that goes away (`filmcli cast | head -1`) is not an error:
 * EPIPE is swallowed and later writes are dropped. Each write resolves once the stream has taken
 * the data, so the caller can let the process end naturally without cutting output off.
 */
export function createWriter(stdout: OutStream, stderr: OutStream): Writer {
  const closed = new Set<OutStream>();
  const write = (stream: OutStream, text: string): Promise<void> => {
    if (text === "" || closed.has(stream)) return Promise.resolve();
    return new Promise((resolve) => {
      stream.write(text, (error) => {
        if (error) closed.add(stream);
        resolve();
      });
    });
  };
  for (const stream of [stdout, stderr]) {
    stream.on("error", (error) => {
      closed.add(stream);
      if (error.code !== "EPIPE") throw error;
    });
  }
  return { out: (text) => write(stdout, text), err: (text) => write(stderr, text) };
}
