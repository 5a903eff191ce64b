import { existsSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { ImdbFileSpec, ImdbStem } from "../../imdb/imdbFiles";
import { IMDB_FILES } from "../../imdb/imdbFiles";
import { checkHeader, ImdbHeaderError } from "../../imdb/checkHeader";
import { splitTsvLine, type TsvFields } from "../../imdb/splitTsvLine";
import { readTsvLines } from "../import/readTsvLines";
import { TsvReadError } from "../import/tsvReadError";
import { ImportError } from "./importError";

// Line numbers kept per skip reason: enough to find the rows, never a list that grows with the file.
const LINES_KEPT = 5;

/** Why rows of a file were skipped: one reason, how many rows, and the first few line numbers. */
export interface SkipReport {
  reason: string;
  rows: number;
  lines: number[];
}

/** What an import did with one IMDb file. */
export interface FileReport {
  file: string;
  /** False when the file was not in the folder. */
  present: boolean;
  /** Data rows read (the header not counted). */
  rows: number;
  kept: number;
  skipped: SkipReport[];
  /** For a missing file: what the library goes without (imdbFiles.ts `adds`). */
  leavesOut?: string;
  seconds: number;
}

/** How far the import has come in one file, for a progress line. */
export interface ImportProgress {
  file: string;
  rows: number;
  bytesRead: number;
  totalBytes: number;
  /** Seconds since this file's read began. */
  seconds: number;
}

/** A tally's counts, to hand from a worker thread to the main thread. */
export interface TallyState {
  rows: number;
  kept: number;
  skipped: SkipReport[];
}

/** Counts a file's rows and skips while it is read. */
export class FileTally {
  rows = 0;
  kept = 0;
  private readonly skips = new Map<string, SkipReport>();

  /** A tally holding what another's state() gave. */
  static from(state: TallyState): FileTally {
    const tally = new FileTally();
    tally.rows = state.rows;
    tally.kept = state.kept;
    for (const skip of state.skipped) tally.skips.set(skip.reason, { ...skip, lines: [...skip.lines] });
    return tally;
  }

  state(): TallyState {
    return { rows: this.rows, kept: this.kept, skipped: [...this.skips.values()] };
  }

  /** Records a skipped row. */
  skip(reason: string, line: number): void {
    let report = this.skips.get(reason);
    if (!report) this.skips.set(reason, (report = { reason, rows: 0, lines: [] }));
    report.rows++;
    if (report.lines.length < LINES_KEPT) report.lines.push(line);
  }

  report(file: string, present: boolean, seconds: number): FileReport {
    return { file, present, rows: this.rows, kept: this.kept, skipped: [...this.skips.values()].sort((a, b) => b.rows - a.rows), seconds };
  }
}

/** Where each of the seven files is in a folder (`<stem>.tsv.gz`, else an uncompressed `<stem>.tsv`), or null. */
export function locateImdbFiles(dir: string): Map<ImdbStem, string | null> {
  const found = new Map<ImdbStem, string | null>();
  for (const spec of IMDB_FILES) {
    const candidates = [join(dir, spec.fileName), join(dir, `${spec.stem}.tsv`)];
    found.set(spec.stem, candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null);
  }
  return found;
}

/**
 * Reads one IMDb file row by row (fields split, the header checked), counting into a tally.
 * A wrong header, a damaged gzip or an unreadable file is an ImportError naming the file.
 */
export async function readImdbRows(
  path: string, spec: ImdbFileSpec, tally: FileTally, onRow: (fields: TsvFields, line: number) => void,
  onProgress?: (progress: ImportProgress) => void, skip?: (bytes: Buffer, start: number, end: number, number: number) => boolean,
): Promise<void> {
  const started = Date.now();
  let sawHeader = false;
  try {
    await readTsvLines(path, (line, number) => {
      if (!sawHeader) {
        checkHeader(spec, line);
        sawHeader = true;
        return;
      }
      tally.rows++;
      onRow(splitTsvLine(line), number);
    }, {
      // A row of a title the import leaves out is counted and dropped before it is decoded.
      skipLine: skip && ((bytes, start, end, number) => {
        if (!sawHeader || !skip(bytes, start, end, number)) return false;
        tally.rows++;
        return true;
      }),
      progressEveryLines: 200_000,
      onProgress: onProgress && ((p) => onProgress({ file: basename(path), rows: tally.rows, bytesRead: p.bytesRead, totalBytes: p.totalBytes, seconds: (Date.now() - started) / 1000 })),
    });
    if (!sawHeader) checkHeader(spec, null);
  } catch (error) {
    if (error instanceof ImdbHeaderError) {
      throw new ImportError({ problem: "wrong-header", file: path, expected: [...error.expected], got: [...error.got] }, { cause: error });
    }
    if (error instanceof TsvReadError) {
      throw new ImportError({ problem: "unreadable-file", file: path, code: error.code, detail: error.detail, line: error.line }, { cause: error });
    }
    throw error;
  }
}
