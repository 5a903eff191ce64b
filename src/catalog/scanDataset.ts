// A byte-level scanner for dataset files: finds where each element of the top-level "films" array
// starts and ends, reading the file in chunks, so that a dataset of any size can be indexed with
// memory bounded by its largest film, and any one film can later be read alone by its byte range.
// It knows only as much JSON as that takes (strings, escapes, nesting); every value it cuts out is
// checked by JSON.parse, and on any error the caller re-reads the file for JSON.parse's own message.

/** What the scanner reports as it goes. */
export interface ScanHandlers {
  /** A complete element of the films array: its bytes and its [start, end) byte range in the file. */
  film: (bytes: Buffer, start: number, end: number) => void;
  /** A complete top-level member other than "films", e.g. "schemaVersion", as JSON text. */
  member: (key: string, json: string) => void;
}

/** The file is not JSON of the dataset's outer shape. */
export class ScanError extends Error {}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const isOpen = (b: number): boolean => b === 0x7b || b === 0x5b;
const isClose = (b: number): boolean => b === 0x7d || b === 0x5d;

type Where = "open" | "keyOrClose" | "key" | "colon" | "value" | "afterValue"
  | "filmsOpen" | "filmOrClose" | "film" | "afterFilm" | "done";

/** A push scanner: call `push` with the file's bytes in order, then `end`. */
export class DatasetScanner {
  private where: Where = "open";
  private offset = 0;
  private key = "";
  private sawFilms = false;
  // The value being cut out, if any.
  private collecting: "key" | "member" | "film" | null = null;
  private start = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private pending: Buffer[] = [];

  constructor(private readonly handlers: ScanHandlers) {}

  /** Scans the next chunk of the file. */
  push(chunk: Buffer): void {
    let segment = 0; // where the value being collected starts within this chunk
    let slash = -1; // the next backslash at or after i, once looked for (they are rare)
    for (let i = 0; i < chunk.length; i++) {
      if (this.inString && !this.escaped) {
        // String bodies are most of a dataset: jump to the next quote or backslash (memchr) instead
        // of stepping byte by byte.
        const quote = chunk.indexOf(QUOTE, i);
        if (slash < i) slash = chunk.indexOf(BACKSLASH, i) >>> 0; // none: past any index
        const stop = Math.min(quote < 0 ? chunk.length : quote, slash);
        if (stop >= chunk.length) break;
        i = stop;
      }
      const b = chunk[i]!;
      if (this.collecting) {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (b === BACKSLASH) this.escaped = true;
          else if (b === QUOTE) {
            this.inString = false;
            if (this.depth === 0) this.finish(chunk, segment, i + 1);
          }
          continue;
        }
        if (this.depth > 0) {
          if (b === QUOTE) this.inString = true;
          else if (isOpen(b)) this.depth++;
          else if (isClose(b) && --this.depth === 0) this.finish(chunk, segment, i + 1);
          continue;
        }
        // A number or literal ends at the first delimiter, which is then read as structure.
        if (b !== 0x2c && !isClose(b) && !isSpace(b)) continue;
        this.finish(chunk, segment, i);
      }
      if (isSpace(b)) continue;
      if (this.structure(b)) segment = this.begin(b, i);
    }
    if (this.collecting) this.pending.push(Buffer.from(chunk.subarray(segment)));
    this.offset += chunk.length;
  }

  /** Finishes the scan; throws a ScanError when the file ended early or held no films array. */
  end(): void {
    if (this.collecting || this.where !== "done") throw new ScanError("the file ends before the dataset does");
    if (!this.sawFilms) throw new ScanError("the dataset has no films array");
  }

  /** Reads one structural byte; returns true when a value to collect starts at it. */
  private structure(b: number): boolean {
    switch (this.where) {
      case "open":
        if (b !== 0x7b) throw new ScanError("the dataset is not a JSON object");
        this.where = "keyOrClose";
        return false;
      case "keyOrClose":
      case "key":
        if (b === 0x7d && this.where === "keyOrClose") { this.where = "done"; return false; }
        if (b !== QUOTE) throw new ScanError("expected a key");
        this.collecting = "key";
        return true;
      case "colon":
        if (b !== 0x3a) throw new ScanError("expected a colon after a key");
        if (this.key === "films") { this.sawFilms = true; this.where = "filmsOpen"; } else this.where = "value";
        return false;
      case "value":
        this.collecting = "member";
        return true;
      case "afterValue":
        if (b === 0x2c) { this.where = "key"; return false; }
        if (b === 0x7d) { this.where = "done"; return false; }
        throw new ScanError("expected a comma or the end of the dataset");
      case "filmsOpen":
        if (b !== 0x5b) throw new ScanError("films is not an array");
        this.where = "filmOrClose";
        return false;
      case "filmOrClose":
      case "film":
        if (b === 0x5d && this.where === "filmOrClose") { this.where = "afterValue"; return false; }
        this.collecting = "film";
        return true;
      case "afterFilm":
        if (b === 0x2c) { this.where = "film"; return false; }
        if (b === 0x5d) { this.where = "afterValue"; return false; }
        throw new ScanError("expected a comma or the end of the films array");
      case "done":
        throw new ScanError("text after the end of the dataset");
    }
  }

  /** Starts collecting the value whose first byte is `b`, at index `i` of the current chunk. */
  private begin(b: number, i: number): number {
    this.start = this.offset + i;
    this.pending = [];
    this.inString = b === QUOTE;
    this.escaped = false;
    this.depth = isOpen(b) ? 1 : 0;
    return i;
  }

  /** The collected value ends just before index `end` of `chunk`. */
  private finish(chunk: Buffer, segment: number, end: number): void {
    const tail = chunk.subarray(segment, end);
    const bytes = this.pending.length ? Buffer.concat([...this.pending, tail]) : tail;
    const kind = this.collecting;
    this.collecting = null;
    this.pending = [];
    if (kind === "key") {
      this.key = JSON.parse(bytes.toString("utf8")) as string;
      this.where = "colon";
    } else if (kind === "film") {
      this.handlers.film(bytes, this.start, this.offset + end);
      this.where = "afterFilm";
    } else {
      this.handlers.member(this.key, bytes.toString("utf8"));
      this.where = "afterValue";
    }
  }
}
