/** A TSV file could not be read to its end: missing, unreadable, a corrupt or truncated gzip, or an absurdly long line. */
export class TsvReadError extends Error {
  constructor(
    /** The path as given. */
    readonly file: string,
    /** The last line delivered intact before the failure (0: none). */
    readonly line: number,
    /** Compressed bytes read from the file when it failed. */
    readonly bytesRead: number,
    /** The system or zlib code: "ENOENT", "Z_BUF_ERROR" (truncated), "Z_DATA_ERROR" (corrupt), "LINE_TOO_LONG", ... */
    readonly code: string,
    /** The underlying library's own message, e.g. zlib's "unexpected end of file". */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${code} (${detail}) after line ${line}`, options);
    this.name = "TsvReadError";
  }
}
