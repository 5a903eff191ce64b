import { createReadStream, type ReadStream } from "node:fs";
// zlib and streams are required where they are used: the program is one bundle, and a run that
// imports nothing should not pay for loading them.
import { TsvReadError } from "./tsvReadError";

/** How far a read has come, for a progress display. */
export interface TsvReadProgress {
  /** Bytes read from the file as stored, i.e. compressed bytes for a .gz. */
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly lines: number;
}

/** Tuning and progress reporting for readTsvLines. */
export interface ReadTsvLinesOptions {
  /** Called every progressEveryLines lines and once at the end. */
  readonly onProgress?: (progress: TsvReadProgress) => void;
  readonly progressEveryLines?: number;
  /** Bytes per read and per inflated chunk (zlib's floor is 64); tests shrink it to split characters across chunks. */
  readonly chunkSize?: number;
  /** A line longer than this stops the read: a file without newlines must not be buffered whole. */
  readonly maxLineBytes?: number;
  /**
   * Sees each non-empty line's bytes (`bytes[start, end)`, line break stripped) before it is decoded:
   * a line it returns true for is counted but neither decoded nor delivered.
   */
  readonly skipLine?: (bytes: Buffer, start: number, end: number, lineNumber: number) => boolean;
}

/** What a completed read saw. */
export interface TsvReadSummary {
  /** Physical lines, including skipped empty ones. */
  readonly lines: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
}

const DEFAULT_CHUNK_SIZE = 256 * 1024;
const DEFAULT_PROGRESS_EVERY = 100_000;
const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
const NEWLINE = 0x0a;
const CR = 0x0d;

// Buffer's own utf8Slice skips toString's argument handling, measured ~20% faster per line;
// it is not in Node's typings, so it is looked up and the documented call stays as the fallback.
const decodeUtf8: (buffer: Buffer, start: number, end: number) => string =
  typeof (Buffer.prototype as { utf8Slice?: unknown }).utf8Slice === "function"
    ? (buffer, start, end) => (buffer as Buffer & { utf8Slice(start: number, end: number): string }).utf8Slice(start, end)
    : (buffer, start, end) => buffer.toString("utf8", start, end);

/** Streams a .tsv.gz (plain .tsv without the suffix) to onLine, one non-empty line at a time, in flat memory. */
export async function readTsvLines(
  path: string,
  onLine: (line: string, lineNumber: number) => void,
  options: ReadTsvLinesOptions = {},
): Promise<TsvReadSummary> {
  // Line numbers are 1-based and physical (empty lines count but are not delivered); CRLF and LF
  // are stripped. Read and gzip failures reject with TsvReadError; an error thrown by onLine
  // rejects as is. Lines delivered before a failure may be damaged (gzip checks its CRC only at
  // the end), so a caller discards whatever it built from a file that failed.
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const progressEvery = options.progressEveryLines ?? DEFAULT_PROGRESS_EVERY;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const onProgress = options.onProgress;
  const skipLine = options.skipLine;

  let lineNumber = 0;
  let source: ReadStream | undefined;
  const bytesRead = (): number => source?.bytesRead ?? 0;
  const fail = (code: string, detail: string, cause?: unknown): TsvReadError =>
    new TsvReadError(path, lineNumber, bytesRead(), code, detail, { cause });

  const { stat } = require("node:fs/promises") as typeof import("node:fs/promises");
  const totalBytes = await stat(path).then(
    (stats) => stats.size,
    (error: unknown) => {
      throw fail(errorCode(error), errorMessage(error), error);
    },
  );

  // Bytes of a line begun in an earlier chunk. Lines are cut at the newline byte before decoding,
  // so a UTF-8 sequence split across chunks is always whole again when its line is decoded.
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  let untilProgress = progressEvery;
  // An error thrown by onLine passes through the pipeline too; this tells it apart from a read error.
  let callerError: { error: unknown } | undefined;

  const deliver = (bytes: Buffer, start: number, end: number): void => {
    lineNumber++;
    if (end > start && bytes[end - 1] === CR) end--;
    if (end > start && !skipLine?.(bytes, start, end, lineNumber)) onLine(decodeUtf8(bytes, start, end), lineNumber);
    if (--untilProgress === 0) {
      untilProgress = progressEvery;
      onProgress?.({ bytesRead: bytesRead(), totalBytes, lines: lineNumber });
    }
  };

  const deliverPending = (last: Buffer): void => {
    pending.push(last);
    const line = Buffer.concat(pending, pendingBytes + last.length);
    pending.length = 0;
    pendingBytes = 0;
    deliver(line, 0, line.length);
  };

  const splitChunk = (chunk: Buffer): void => {
    let start = 0;
    let newline = chunk.indexOf(NEWLINE);
    if (newline !== -1 && pendingBytes > 0) {
      deliverPending(chunk.subarray(0, newline));
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    while (newline !== -1) {
      deliver(chunk, start, newline);
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
    }
  };

  const consume = async (chunks: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of chunks) {
      try {
        splitChunk(chunk);
      } catch (error) {
        callerError = { error };
        throw error;
      }
      if (pendingBytes > maxLineBytes) throw fail("LINE_TOO_LONG", `line ${lineNumber + 1} exceeds ${maxLineBytes} bytes`);
    }
  };

  source = createReadStream(path, { highWaterMark: chunkSize });
  const { pipeline } = require("node:stream/promises") as typeof import("node:stream/promises");
  try {
    if (path.toLowerCase().endsWith(".gz")) {
      const { createGunzip } = require("node:zlib") as typeof import("node:zlib");
      await pipeline(source, createGunzip({ chunkSize: Math.max(chunkSize, 64) }), consume);
    } else {
      await pipeline(source, consume);
    }
  } catch (error) {
    if (callerError) throw callerError.error;
    if (error instanceof TsvReadError) throw error;
    throw fail(errorCode(error), errorMessage(error), error);
  }
  // A last line without a newline is still a line; on a failed read it was never reached.
  if (pendingBytes > 0) deliverPending(Buffer.alloc(0));
  const summary = { bytesRead: bytesRead(), totalBytes, lines: lineNumber };
  onProgress?.(summary);
  return summary;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "UNKNOWN";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
