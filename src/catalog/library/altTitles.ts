import { decodeAka } from "../../imdb/decodeAka";
import { leadingTconst } from "../../imdb/imdbIds";
import { isRowProblem } from "../../imdb/rowProblem";
import type { TsvFields } from "../../imdb/splitTsvLine";
import { fastFoldTitle } from "./fastFold";
import type { FileTally } from "./readImdbSet";
import { Grouped, StringStore } from "./stores";

const NONE = -1;
/** Why a row of a file keyed by title is skipped when its title is not imported. */
export const LEFT_OUT = "title not imported (not in title.basics, or of a kind left out)";

/**
 * Whether a row of a file keyed by tconst (its first field), as UTF-8 bytes, names a title the import
 * left out: such rows, most of them with the default kinds, are counted and dropped without being decoded.
 */
export function leftOutRow(bytes: Uint8Array, start: number, end: number, number: number, tally: FileTally, rowOf: (tconst: number) => number): boolean {
  const tconst = leadingTconst(bytes, start, end);
  if (tconst === null || rowOf(tconst) !== NONE) return false;
  tally.skip(LEFT_OUT, number);
  return true;
}

/**
 * title.akas as the library keeps it: for each title row, its folded alternative titles that are its
 * own (not the primary title again, not a repeat). Fed row by row, on the main thread or on a worker
 * thread (imdbWorker.ts), with the same results.
 */
export class AltTitles {
  /** Row -> number of a folded alternative title in `strings`. */
  readonly alts = new Grouped();
  readonly strings = new StringStore();
  private lastRow = NONE;
  private readonly ofRow = new Set<string>();

  /** `rowOf(tconst)`: a title's row, -1 when not imported; `title(row)`: its primary title. */
  constructor(private readonly rowOf: (tconst: number) => number, private readonly title: (row: number) => string) {}

  add(fields: TsvFields, line: number, tally: FileTally): void {
    const aka = decodeAka(fields);
    if (isRowProblem(aka)) return tally.skip(aka.reason, line);
    const row = this.rowOf(aka.titleId);
    if (row === NONE) return tally.skip(LEFT_OUT, line);
    if (row !== this.lastRow) {
      this.lastRow = row;
      this.ofRow.clear();
      this.ofRow.add(fastFoldTitle(this.title(row)));
    }
    const folded = fastFoldTitle(aka.title);
    // Only titles of its own count: the primary title again, or a repeat, adds nothing.
    if (folded === "" || this.ofRow.has(folded)) return tally.skip("same title as the primary or an earlier aka", line);
    this.ofRow.add(folded);
    this.alts.add(row, this.strings.add(folded));
    tally.kept++;
  }
}
