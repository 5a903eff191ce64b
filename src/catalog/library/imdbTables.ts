import { decodeCrew } from "../../imdb/decodeCrew";
import { decodeEpisode } from "../../imdb/decodeEpisode";
import { decodeName } from "../../imdb/decodeName";
import { decodePrincipal } from "../../imdb/decodePrincipal";
import { decodeRating } from "../../imdb/decodeRating";
import { decodeTitleBasics } from "../../imdb/decodeTitleBasics";
import { isRowProblem } from "../../imdb/rowProblem";
import type { TsvFields } from "../../imdb/splitTsvLine";
import { AltTitles, LEFT_OUT, leftOutRow } from "./altTitles";
import type { FileTally } from "./readImdbSet";
import type { CompactPerson } from "./libraryRecord";
import { BitSet, Column, Dictionary, Direct, DiskLog, Grouped, StringStore, type StringStoreParts } from "./stores";

/** A principal as the import keeps it: nconst, category code, job ("" for none), then every character. */
export type PrincipalRow = [nconst: number, category: number, job: string, ...characters: string[]];

const NONE = -1;
/** Genres a title can carry at once, as bits of a u32 (IMDb uses 28 genres). */
const MAX_GENRES = 32;

/** Title types imported unless --kinds says otherwise: everything but single episodes. */
export const DEFAULT_EXCLUDED_KINDS = ["tvEpisode"];

/**
 * What the IMDb files say, joined by title and held in typed arrays: one row per imported title
 * (in title.basics order), people by nconst. Filled file by file (the add* methods take one row's
 * fields), then read by writeLibrary in film order.
 */
export class ImdbTables {
  // Titles, by row.
  readonly tconst = new Column(Uint32Array);
  readonly kind = new Column(Uint8Array);
  readonly startYear = new Column(Uint16Array);
  readonly endYear = new Column(Uint16Array);
  readonly runtime = new Column(Int32Array);
  readonly adult = new Column(Uint8Array);
  readonly genreBits = new Column(Uint32Array);
  /** Shared: a worker thread reads title.akas against the primary titles (sharedTitles). */
  title = new StringStore(true);
  /** The original title when it differs from the primary one, else "". */
  original = new StringStore();
  private rowOfTconst: Direct<Int32Array> = new Direct(Int32Array, NONE);
  private readonly seenTconst = new BitSet();
  readonly kinds = new Dictionary();
  readonly genres = new Dictionary();
  // Filled once the titles are in (sized by their count).
  rating10 = new Uint8Array(0);
  votes = new Int32Array(0);
  parent = new Uint32Array(0);
  season = new Int32Array(0);
  episode = new Int32Array(0);
  // Credits: row -> nconst. Principals wait on disk (principalsOf), each title's as one JSON chunk.
  readonly directors = new Grouped();
  readonly writers = new Grouped();
  private readonly principalLog: DiskLog;
  private principalAt = new Float64Array(0);
  private principalBytes = new Uint32Array(0);
  private pending: PrincipalRow[] = [];
  private principalCount = 0;
  readonly categories = new Dictionary();
  // Alternative titles: row -> folded alternative title, read here (addAka) or on a worker thread (useAltTitles).
  private readonly altTitles = new AltTitles((tconst) => this.rowOf(tconst), (row) => this.title.get(row));
  alts = this.altTitles.alts;
  altStrings = this.altTitles.strings;
  private lastPrincipalRow = NONE;
  private readonly orderingsOfRow = new Set<number>();
  // People, by name row; referenced nconsts only. Their records (personRecordBytes) wait on disk.
  readonly referenced = new BitSet();
  readonly nameRowOf = new Direct(Int32Array, NONE);
  readonly name = new StringStore();
  private readonly personLog: DiskLog;
  private readonly personAt = new Column(Float64Array);
  private readonly seen = { ratings: new BitSet(), crew: new BitSet(), episodes: new BitSet() };

  /** `tempDir` holds the temporary files of principals and people while the import runs (dispose() removes them). */
  constructor(private readonly keepKind: (kind: string) => boolean, tempDir: string) {
    this.principalLog = new DiskLog(tempDir, "filmcli-principals");
    try {
      this.personLog = new DiskLog(tempDir, "filmcli-people");
    } catch (error) {
      this.principalLog.dispose();
      throw error;
    }
  }

  /** Removes the temporary files. */
  dispose(): void {
    this.principalLog.dispose();
    this.personLog.dispose();
  }

  /** Principal credits kept. */
  get principals(): number {
    return this.principalCount;
  }

  get rows(): number {
    return this.tconst.length;
  }

  /** The row of a title, or -1 when it was not imported. */
  rowOf(tconst: number): number {
    return this.rowOfTconst.get(tconst);
  }

  addBasics(fields: TsvFields, line: number, tally: FileTally): void {
    const row = decodeTitleBasics(fields);
    if (isRowProblem(row)) return tally.skip(row.reason, line);
    if (this.seenTconst.has(row.tconst)) return tally.skip("duplicate tconst", line);
    this.seenTconst.add(row.tconst);
    if (!this.keepKind(row.titleType)) return tally.skip(`kind ${row.titleType} not imported (see --kinds)`, line);
    this.rowOfTconst.set(row.tconst, this.tconst.length);
    this.tconst.push(row.tconst);
    this.kind.push(this.kinds.code(row.titleType));
    this.startYear.push(row.startYear ?? 0);
    this.endYear.push(row.endYear ?? 0);
    this.runtime.push(row.runtimeMinutes ?? NONE);
    this.adult.push(row.isAdult ? 1 : 0);
    let bits = 0;
    for (const genre of row.genres) {
      const code = this.genres.code(genre);
      if (code < MAX_GENRES) bits |= 1 << code;
    }
    this.genreBits.push(bits >>> 0);
    this.title.add(row.primaryTitle);
    this.original.add(row.originalTitle !== null && row.originalTitle !== row.primaryTitle ? row.originalTitle : "");
    tally.kept++;
  }

  /** Sizes the per-title arrays once every title is in. */
  titlesDone(): void {
    const n = this.rows;
    this.votes = new Int32Array(n).fill(NONE);
    this.rating10 = new Uint8Array(n);
    this.parent = new Uint32Array(n);
    this.season = new Int32Array(n).fill(NONE);
    this.episode = new Int32Array(n).fill(NONE);
    this.principalAt = new Float64Array(n).fill(NONE);
    this.principalBytes = new Uint32Array(n);
  }

  /**
   * Whether a row of a file keyed by tconst (its first field) names a title the import left out: such
   * rows, most of them with the default kinds, are counted and dropped without being split or decoded.
   */
  leftOut(bytes: Uint8Array, start: number, end: number, number: number, tally: FileTally): boolean {
    return leftOutRow(bytes, start, end, number, tally, (tconst) => this.rowOf(tconst));
  }

  /**
   * What a worker thread needs to read title.akas as addAka does: the row of each tconst and the
   * primary titles, both in shared memory (no copy); call after titlesDone.
   */
  sharedTitles(): { rowOf: Int32Array; titles: StringStoreParts } {
    const direct = this.rowOfTconst;
    if (!(direct.data.buffer instanceof SharedArrayBuffer)) {
      const shared = new Int32Array(new SharedArrayBuffer(direct.data.byteLength));
      shared.set(direct.data);
      direct.data = shared;
    }
    return { rowOf: direct.data, titles: this.title.parts() };
  }

  /** Takes title.akas as a worker thread read it (AltTitles), instead of rows through addAka. */
  useAltTitles(alts: Grouped, strings: StringStore): void {
    this.alts = alts;
    this.altStrings = strings;
  }

  /** The row for a title another file names, or -1 after counting why it is skipped. */
  private titleRow(tconst: number, seen: BitSet | null, line: number, tally: FileTally): number {
    const row = this.rowOf(tconst);
    if (row === NONE) {
      tally.skip(LEFT_OUT, line);
      return NONE;
    }
    if (seen) {
      if (seen.has(row)) {
        tally.skip("duplicate tconst", line);
        return NONE;
      }
      seen.add(row);
    }
    return row;
  }

  addRating(fields: TsvFields, line: number, tally: FileTally): void {
    const rating = decodeRating(fields);
    if (isRowProblem(rating)) return tally.skip(rating.reason, line);
    const row = this.titleRow(rating.tconst, this.seen.ratings, line, tally);
    if (row === NONE) return;
    this.votes[row] = Math.min(rating.numVotes, 0x7fffffff);
    this.rating10[row] = Math.round(rating.averageRating * 10);
    tally.kept++;
  }

  addEpisode(fields: TsvFields, line: number, tally: FileTally): void {
    const episode = decodeEpisode(fields);
    if (isRowProblem(episode)) return tally.skip(episode.reason, line);
    const row = this.titleRow(episode.tconst, this.seen.episodes, line, tally);
    if (row === NONE) return;
    this.parent[row] = episode.parentTconst;
    this.season[row] = episode.seasonNumber ?? NONE;
    this.episode[row] = episode.episodeNumber ?? NONE;
    tally.kept++;
  }

  addCrew(fields: TsvFields, line: number, tally: FileTally): void {
    const crew = decodeCrew(fields);
    if (isRowProblem(crew)) return tally.skip(crew.reason, line);
    const row = this.titleRow(crew.tconst, this.seen.crew, line, tally);
    if (row === NONE) return;
    for (const n of crew.directors) { this.directors.add(row, n); this.referenced.add(n); }
    for (const n of crew.writers) { this.writers.add(row, n); this.referenced.add(n); }
    tally.kept++;
  }

  addPrincipal(fields: TsvFields, line: number, tally: FileTally): void {
    const p = decodePrincipal(fields);
    if (isRowProblem(p)) return tally.skip(p.reason, line);
    const row = this.titleRow(p.tconst, null, line, tally);
    if (row === NONE) return;
    // Rows come grouped by title: a repeated ordering within a title's rows is a duplicate row.
    if (row !== this.lastPrincipalRow) {
      this.flushPrincipals();
      this.lastPrincipalRow = row;
      this.orderingsOfRow.clear();
    }
    if (this.orderingsOfRow.has(p.ordering)) return tally.skip("duplicate row (same title and ordering)", line);
    this.orderingsOfRow.add(p.ordering);
    this.pending.push([p.nconst, this.categories.code(p.category), p.job ?? "", ...p.characters]);
    this.principalCount++;
    this.referenced.add(p.nconst);
    tally.kept++;
  }

  /**
   * Writes the principals of the title read last as one chunk, [previous chunk's position, its length,
   * principals]: a title whose rows come apart in the file gets a chain of chunks.
   */
  private flushPrincipals(): void {
    const row = this.lastPrincipalRow;
    if (this.pending.length === 0 || row === NONE) return;
    const at = this.principalLog.size;
    this.principalBytes[row] = this.principalLog.append(JSON.stringify([this.principalAt[row], this.principalBytes[row], this.pending]));
    this.principalAt[row] = at;
    this.pending = [];
  }

  /** The principals of a row, in file order: [nconst, category code, job ("" for none), ...characters]. */
  principalsOf(row: number): PrincipalRow[] {
    const chunks: PrincipalRow[][] = [];
    for (let at = this.principalAt[row]!, length = this.principalBytes[row]!; at >= 0;) {
      const [previousAt, previousLength, list] = JSON.parse(this.principalLog.read(at, length)) as [number, number, PrincipalRow[]];
      chunks.push(list);
      at = previousAt;
      length = previousLength;
    }
    return chunks.length === 1 ? chunks[0]! : chunks.reverse().flat();
  }

  addAka(fields: TsvFields, line: number, tally: FileTally): void {
    this.altTitles.add(fields, line, tally);
  }

  addName(fields: TsvFields, line: number, tally: FileTally): void {
    const name = decodeName(fields);
    if (isRowProblem(name)) return tally.skip(name.reason, line);
    if (!this.referenced.has(name.nconst)) return tally.skip("person in no imported title", line);
    if (this.nameRowOf.get(name.nconst) !== NONE) return tally.skip("duplicate nconst", line);
    this.nameRowOf.set(name.nconst, this.name.length);
    this.name.add(name.primaryName);
    this.personAt.push(this.personLog.size);
    const record: CompactPerson = [name.birthYear ?? 0, name.deathYear ?? 0, name.primaryProfession.join(","), [...name.knownForTitles]];
    this.personLog.append(JSON.stringify(record));
    tally.kept++;
  }

  /** The record of the person in a name row (libraryRecord.ts, CompactPerson) as UTF-8 JSON, in a buffer the next call reuses. */
  personRecordBytes(nameRow: number): Buffer {
    const at = this.personAt.get(nameRow);
    return this.personLog.readBytes(at, this.personAt.get(nameRow + 1) - at);
  }

  /** Groups the collected credits and lets go of what only reading needed (rowOf answers -1 after it); call once after the last file. */
  finish(): void {
    this.rowOfTconst = new Direct(Int32Array, NONE);
    const rows = this.rows;
    this.directors.finish(rows);
    this.writers.finish(rows);
    this.flushPrincipals();
    this.alts.finish(rows);
    this.personAt.push(this.personLog.size);
  }

  /** Lets go of the titles' texts once the library has written them: the people's sections need the memory. */
  releaseTitles(): void {
    this.title = new StringStore();
    this.original = new StringStore();
    this.alts = new Grouped();
    this.altStrings = new StringStore();
  }

  /** The genres of a row, by name. */
  genresOf(row: number): string[] {
    const bits = this.genreBits.get(row);
    const names: string[] = [];
    for (let code = 0; code < this.genres.values.length && code < MAX_GENRES; code++) if (bits & (1 << code)) names.push(this.genres.values[code]!);
    // IMDb lists a title's genres alphabetically; so does the library.
    return names.sort();
  }
}
