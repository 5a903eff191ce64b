import { decodeName } from "../../imdb/decodeName";
import { isRowProblem } from "../../imdb/rowProblem";
import type { TsvFields } from "../../imdb/splitTsvLine";
import type { CompactPerson } from "./libraryRecord";
import type { FileTally } from "./readImdbSet";
import { BitSet, Column, DiskLog, StringStore, type DiskLogHandle, type StringStoreParts } from "./stores";

/** NameRows' contents, to hand from a worker thread to the main thread (NameRows.from). */
export interface NameRowsParts {
  names: StringStoreParts;
  nconst: Uint32Array;
  line: Uint32Array;
  at: Float64Array;
  repeats: Uint32Array;
  log: DiskLogHandle;
}

/**
 * name.basics read before the credits say who is needed (on a worker thread, while the main thread
 * reads the titles): each person's first row, its line, name and record (in a DiskLog, UTF-8 JSON,
 * CompactPerson), and the rows repeating an nconst. ImdbTables.useNames keeps the people it needs,
 * counting the rest as addName would have.
 */
export class NameRows {
  readonly names = new StringStore();
  readonly nconst = new Column(Uint32Array);
  readonly line = new Column(Uint32Array);
  /** Where each record starts in the log; it ends where the next begins (or at the log's end). */
  readonly at = new Column(Float64Array);
  /** (line, nconst) of each row whose nconst came before. */
  readonly repeats = new Column(Uint32Array);
  private readonly seen = new BitSet();

  constructor(readonly log: DiskLog) {}

  /** Rows another thread's parts() gave; `log` is the one lent to it (handOver), taken back with what it appended. */
  static from(parts: NameRowsParts, log: DiskLog): NameRows {
    log.takeBack(parts.log);
    const rows = new NameRows(log);
    (rows as { names: StringStore }).names = StringStore.from(parts.names);
    for (const key of ["nconst", "line", "at", "repeats"] as const) (rows as unknown as Record<string, unknown>)[key] = Column.of(parts[key]);
    return rows;
  }

  /** The contents, with the handle of the log (lent by another thread) to give back. */
  parts(): NameRowsParts {
    return {
      names: this.names.parts(), nconst: this.nconst.view(), line: this.line.view(), at: this.at.view(), repeats: this.repeats.view(),
      log: this.log.handOver(),
    };
  }

  get length(): number {
    return this.nconst.length;
  }

  add(fields: TsvFields, line: number, tally: FileTally): void {
    const name = decodeName(fields);
    if (isRowProblem(name)) return tally.skip(name.reason, line);
    if (this.seen.has(name.nconst)) {
      this.repeats.push(line);
      this.repeats.push(name.nconst);
      return;
    }
    this.seen.add(name.nconst);
    this.names.add(name.primaryName);
    this.nconst.push(name.nconst);
    this.line.push(line);
    this.at.push(this.log.size);
    const record: CompactPerson = [name.birthYear ?? 0, name.deathYear ?? 0, name.primaryProfession.join(","), [...name.knownForTitles]];
    this.log.append(JSON.stringify(record));
  }

  /** Where the record of row `row` ends in the log. */
  end(row: number): number {
    return row + 1 < this.at.length ? this.at.get(row + 1) : this.log.size;
  }
}
