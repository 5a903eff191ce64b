import { formatNconst, formatTconst } from "../../imdb/imdbIds";
import { withoutArticle } from "../../search/normalizeTitle";
import { compareTitles, SORTS, type OrderColumns, type SortKey } from "../../search/sortOrder";
import { trigrams } from "../../search/trigrams";
import {
  BlobColumnWriter, KeyTableBuilder, murmur3KeyHash, PostingsBuilder, StringColumnBuilder, StringColumnWriter,
  lowerBound, writeNumberColumn, type IndexWriter, type SpillOptions,
} from "../store";
import { ORDER_SECTIONS, S, SCAN_ALL } from "../filmSections";
import { fastFold, fastFoldTitle } from "./fastFold";
import type { ImdbTables } from "./imdbTables";
import { L } from "./librarySections";
import type { CompactFilm, CompactPerson, CompactPrincipal } from "./libraryRecord";
import { matchTwins, type BundledFilm } from "./matchTwins";
import { Column, Direct } from "./stores";

/** What writing a library found: its counts. */
export interface LibraryCounts {
  films: number;
  people: number;
  kindCounts: Record<string, number>;
  /** Library films merged with a bundled film. */
  merged: number;
}

const ROW_BITS = 2 ** 26;
// Pairs per sorted run (8 bytes each, and as much again while sorting): 32 MiB a builder.
const RUN_PAIRS = 2 << 20;
const MAX_RANK = 2 ** 27 - 1;
/** The record of a credited person name.basics does not have. */
const UNKNOWN_PERSON = Buffer.from(JSON.stringify([0, 0, "", []] satisfies CompactPerson));

/**
 * Films numbered by popularity: most votes first, unrated last, then in title.basics order. Every
 * postings list is then popular-first, so reading only the head of a long list keeps the films people mean.
 */
export function filmOrder(t: ImdbTables): Uint32Array {
  const n = t.rows;
  if (n >= ROW_BITS) throw new RangeError(`too many titles for one library: ${n}`);
  const keys = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const rank = Math.min(t.votes[r]! + 1, MAX_RANK);
    keys[r] = (MAX_RANK - rank) * ROW_BITS + r;
  }
  keys.sort();
  const rowOfFilm = new Uint32Array(n);
  for (let f = 0; f < n; f++) rowOfFilm[f] = keys[f]! % ROW_BITS;
  return rowOfFilm;
}

/**
 * The orders of search/sortOrder.ts, the same films in the same places, made fast enough for millions
 * of films: the titles are sorted once (compareTitles), and every other order sorts numbers (its
 * value's rank, then the title's rank) without a comparator function.
 * tests/catalog/library/writeLibrary.test.ts checks them against sortOrder. `sortTitle(f)` gives what
 * `folded[f]` holds in OrderColumns: the caller hands back a string it already holds where it can
 * (writeLibrary's search titles), so that millions of titles are not held twice.
 */
export function libraryOrders(columns: Omit<OrderColumns, "folded">, sortTitle: (film: number) => string): Record<SortKey, Uint32Array> {
  const { year } = columns;
  const n = year.length;
  // The titles alone, compared by a function: a key string per film joining title, year and number
  // took about 300 bytes a film (the import's peak memory at full scale, +850 MiB) and sorted slower.
  let titles: string[] = Array.from({ length: n }, (_, f) => sortTitle(f));
  const byTitle = new Uint32Array(n);
  for (let f = 0; f < n; f++) byTitle[f] = f;
  byTitle.sort((a, b) => compareTitles(titles, year, a, b));
  titles = [];
  const titleRank = new Uint32Array(n);
  for (let k = 0; k < n; k++) titleRank[byTitle[k]!] = k;
  const descending = (value: ArrayLike<number>): Uint32Array => {
    const distinct = Float64Array.from({ length: n }, (_, f) => value[f]!).filter((v) => !Number.isNaN(v)).sort();
    let count = 0;
    for (let i = 0; i < distinct.length; i++) if (i === 0 || distinct[i] !== distinct[count - 1]) distinct[count++] = distinct[i]!;
    const packed = new Float64Array(n);
    for (let f = 0; f < n; f++) {
      const v = value[f]!;
      // Highest value first, a film without one last; ties by title.
      const place = Number.isNaN(v) ? count : count - 1 - lowerBound(distinct, v, count);
      packed[f] = place * n + titleRank[f]!;
    }
    packed.sort();
    return Uint32Array.from(packed, (key) => byTitle[key % n]!);
  };
  return {
    title: byTitle, year: descending(year), rating: descending(columns.ratingValue), votes: descending(columns.ratingVotes),
    gross: descending(columns.grossAmount),
  };
}

/** The library writer's view of the tables in film order. */
class LibraryWriter {
  readonly rowOfFilm: Uint32Array;
  readonly filmOfRow: Int32Array;
  private folded: string[];
  private readonly hash = murmur3KeyHash();
  /** Person numbers by nconst (-1: none yet), and back. */
  private readonly personOf = new Direct(Int32Array, -1);
  private readonly personNconst = new Column(Uint32Array);

  private readonly twins: Map<number, string>;

  constructor(private readonly t: ImdbTables, private readonly spill: SpillOptions, bundled: readonly BundledFilm[]) {
    this.rowOfFilm = filmOrder(t);
    this.filmOfRow = new Int32Array(t.rows);
    for (let f = 0; f < this.rowOfFilm.length; f++) this.filmOfRow[this.rowOfFilm[f]!] = f;
    this.folded = Array.from(this.rowOfFilm, (r) => fastFoldTitle(t.title.get(r)));
    this.twins = matchTwins(bundled, t, (n) => this.nameOf(n), (row) => this.folded[this.filmOfRow[row]!]!);
  }

  get films(): number {
    return this.rowOfFilm.length;
  }

  get people(): number {
    return this.personNconst.length;
  }

  /** Numbers a person at their first credit: films are met in order, so popular people come first too. */
  private meet(nconst: number): number {
    let person = this.personOf.get(nconst);
    if (person === -1) {
      person = this.personNconst.length;
      this.personOf.set(nconst, person);
      this.personNconst.push(nconst);
    }
    return person;
  }

  nameOf(nconst: number): string {
    const nameRow = this.t.nameRowOf.get(nconst);
    return nameRow === -1 ? formatNconst(nconst) : this.t.name.get(nameRow);
  }

  /**
   * Everything the files say of the title in row `row`, as a compact record (libraryRecord.ts,
   * CompactFilm); numbers the people it credits and lists them once each in `credited`.
   */
  record(row: number, credited: Set<number>): CompactFilm {
    const t = this.t;
    const votes = t.votes[row]!;
    credited.clear();
    const directors = Array.from(t.directors.of(row), (n) => { credited.add(n); return this.meet(n); });
    const writers = Array.from(t.writers.of(row), (n) => { credited.add(n); return this.meet(n); });
    const principals = t.principalsOf(row).map(([nconst, category, job, ...characters]): CompactPrincipal => {
      credited.add(nconst);
      return [this.meet(nconst), category, job, ...characters];
    });
    const parent = t.parent[row]!;
    return [
      t.tconst.get(row), t.kind.get(row), t.title.get(row), t.original.get(row), t.startYear.get(row), t.endYear.get(row),
      t.runtime.get(row), t.genresOf(row).join(","), votes < 0 ? -1 : t.rating10[row]!, votes,
      directors, writers, principals, t.alts.of(row).length, t.adult.get(row), parent === 0 ? 0 : [parent, t.season[row]!, t.episode[row]!],
    ];
  }

  /** Adds (hash of gram, value) for every trigram of the text (search/trigrams.ts). */
  private grams(text: string, value: number, add: (term: number, value: number) => void): void {
    for (const gram of trigrams(text)) add(this.hash.hash(gram), value);
  }

  private strings(writer: IndexWriter, name: string, count: number, value: (i: number) => string): void {
    const column = new StringColumnWriter(writer, name);
    for (let i = 0; i < count; i++) column.add(value(i));
    column.end();
  }

  private keys(writer: IndexWriter, name: string, fill: (add: (key: string, value: number) => void) => void): void {
    const builder = new KeyTableBuilder({ spill: this.spill, hash: this.hash, runPairs: RUN_PAIRS });
    try {
      fill((key, value) => builder.add(key, value));
      builder.write(writer, name);
    } finally {
      builder.dispose();
    }
  }

  private postings(writer: IndexWriter, name: string, fill: (add: (term: number, value: number) => void) => void): void {
    const builder = new PostingsBuilder({ spill: this.spill, runPairs: RUN_PAIRS });
    try {
      fill((term, value) => builder.add(term, value));
      builder.write(writer, name);
    } finally {
      builder.dispose();
    }
  }

  /** Writes every section: the film index's (filmSections.ts) and the library's own (librarySections.ts). */
  write(writer: IndexWriter): LibraryCounts {
    const t = this.t;
    const films = this.films;
    const rowOf = (f: number): number => this.rowOfFilm[f]!;

    this.strings(writer, S.id, films, (f) => formatTconst(t.tconst.get(rowOf(f))));
    this.strings(writer, S.title, films, (f) => t.title.get(rowOf(f)));
    this.strings(writer, S.folded, films, (f) => this.folded[f]!);
    if (films <= SCAN_ALL) {
      const all = new StringColumnBuilder();
      all.add(this.folded.join("\n"));
      all.write(writer, S.foldedAll);
    }
    const year = Uint16Array.from(this.rowOfFilm, (r) => t.startYear.get(r));
    writeNumberColumn(writer, S.year, "u16", year);
    this.strings(writer, S.directors, films, (f) => Array.from(t.directors.of(rowOf(f)), (n) => this.nameOf(n)).join("\n"));
    this.strings(writer, S.genres, films, (f) => t.genresOf(rowOf(f)).join("\n"));
    const votes = Float64Array.from(this.rowOfFilm, (r) => (t.votes[r]! < 0 ? Number.NaN : t.votes[r]!));
    const ratingValue = Float64Array.from(this.rowOfFilm, (r) => (t.votes[r]! < 0 ? Number.NaN : t.rating10[r]! / 10));
    writeNumberColumn(writer, S.ratingValue, "f64", ratingValue);
    writeNumberColumn(writer, S.ratingScale, "f64", Float64Array.from(ratingValue, (v) => (Number.isNaN(v) ? Number.NaN : 10)));
    writeNumberColumn(writer, S.ratingVotes, "f64", votes);
    const noGross = new Float64Array(films).fill(Number.NaN);
    writeNumberColumn(writer, S.grossAmount, "f64", noGross);
    // Lists order titles as people read them (foldText), not as search folds them ("zero" as "0").
    const orders = libraryOrders({ year, ratingValue, ratingVotes: votes, grossAmount: noGross }, (f) => {
      // Most titles fold alike for lists and for search: the string already held serves both.
      const title = fastFold(t.title.get(rowOf(f)));
      return title === this.folded[f] ? this.folded[f]! : title;
    });
    for (const sort of Object.keys(SORTS) as SortKey[]) writeNumberColumn(writer, ORDER_SECTIONS[sort], "u32", orders[sort]);
    this.strings(writer, S.grossCurrency, films, () => "");
    this.strings(writer, S.grossRegion, films, () => "");
    writeNumberColumn(writer, L.kind, "u8", Uint8Array.from(this.rowOfFilm, (r) => t.kind.get(r)));
    this.strings(writer, L.alt, films, (f) => Array.from(t.alts.of(rowOf(f)), (a) => t.altStrings.get(a)).join("\n"));

    this.strings(writer, L.twin, films, (f) => this.twins.get(rowOf(f)) ?? "");
    this.keys(writer, L.keyTwin, (add) => { for (const [row, id] of this.twins) add(id, this.filmOfRow[row]!); });
    writeNumberColumn(writer, L.twinFilms, "u32", Uint32Array.from(this.twins.keys(), (row) => this.filmOfRow[row]!).sort());

    // Records number the people, film by film, and collect who is credited where (person.films).
    // It is filled while other builders come and go: its runs all go to disk, to keep the peak low.
    const personFilms = new PostingsBuilder({ spill: { ...this.spill, memoryLimitBytes: 0 }, runPairs: RUN_PAIRS });
    try {
      const records = new BlobColumnWriter(writer, L.record);
      const credited = new Set<number>();
      for (let f = 0; f < films; f++) {
        records.add(Buffer.from(JSON.stringify(this.record(rowOf(f), credited)), "utf8"));
        for (const n of credited) personFilms.add(this.personOf.get(n), f);
      }
      records.end();
      this.writeRest(writer, personFilms);
    } finally {
      personFilms.dispose();
    }
    const kindCounts: Record<string, number> = {};
    for (let r = 0; r < t.rows; r++) {
      const kind = t.kinds.values[t.kind.get(r)]!;
      kindCounts[kind] = (kindCounts[kind] ?? 0) + 1;
    }
    return { films, people: this.people, kindCounts, merged: this.twins.size };
  }

  /** The sections after the records: keys and postings of titles, then people. */
  private writeRest(writer: IndexWriter, personFilms: PostingsBuilder): void {
    const t = this.t;
    const films = this.films;
    const rowOf = (f: number): number => this.rowOfFilm[f]!;
    const hash = (text: string): number => this.hash.hash(text);

    this.keys(writer, S.keyId, (add) => { for (let f = 0; f < films; f++) add(formatTconst(t.tconst.get(rowOf(f))), f); });
    this.keys(writer, S.keyFolded, (add) => { for (let f = 0; f < films; f++) add(this.folded[f]!, f); });
    this.keys(writer, S.keyNormalized, (add) => { for (let f = 0; f < films; f++) add(withoutArticle(this.folded[f]!), f); });
    this.keys(writer, L.keyAlt, (add) => {
      for (let f = 0; f < films; f++) {
        for (const a of t.alts.of(rowOf(f))) {
          const alt = t.altStrings.get(a);
          add(alt, f);
          const normalized = withoutArticle(alt);
          if (normalized !== alt) add(normalized, f);
        }
      }
    });
    this.postings(writer, S.titleGrams, (add) => {
      for (let f = 0; f < films; f++) {
        this.grams(withoutArticle(this.folded[f]!), f, add);
        for (const a of t.alts.of(rowOf(f))) this.grams(withoutArticle(t.altStrings.get(a)), f, add);
      }
    });
    this.postings(writer, S.titleWords, (add) => {
      for (let f = 0; f < films; f++) {
        for (const word of this.folded[f]!.split(" ")) if (word !== "") add(hash(word), f);
        for (const a of t.alts.of(rowOf(f))) for (const word of t.altStrings.get(a).split(" ")) if (word !== "") add(hash(word), f);
      }
    });
    // IMDb has no trivia or quotes: the text sections are there, empty, so every command reads the library alike.
    this.postings(writer, S.textFilms, () => undefined);
    new StringColumnBuilder().write(writer, S.textVocab);
    writeNumberColumn(writer, S.textVocabFilms, "u32", new Uint32Array(0));
    this.folded = [];
    t.releaseTitles();

    const people = this.people;
    const nconstOf = (p: number): number => this.personNconst.get(p);
    this.strings(writer, S.personName, people, (p) => this.nameOf(nconstOf(p)));
    // One pass folds each name once: the folded column is written while the key and gram builders fill.
    const byName = new KeyTableBuilder({ spill: this.spill, hash: this.hash, runPairs: RUN_PAIRS });
    const grams = new PostingsBuilder({ spill: this.spill, runPairs: RUN_PAIRS });
    try {
      const folded = new StringColumnWriter(writer, S.personFolded);
      for (let p = 0; p < people; p++) {
        const name = fastFold(this.nameOf(nconstOf(p)));
        folded.add(name);
        byName.add(name, p);
        this.grams(name, p, (term, value) => grams.add(term, value));
      }
      folded.end();
      byName.write(writer, S.keyPerson);
      grams.write(writer, S.personGrams);
    } finally {
      byName.dispose();
      grams.dispose();
    }
    this.keys(writer, L.keyPersonId, (add) => { for (let p = 0; p < people; p++) add(formatNconst(nconstOf(p)), p); });
    personFilms.write(writer, S.personFilms);
    const personRecords = new BlobColumnWriter(writer, L.personRecord);
    for (let p = 0; p < people; p++) personRecords.add(this.personRecordBytes(nconstOf(p)));
    personRecords.end();
    writeNumberColumn(writer, L.personNconst, "u32", this.personNconst.view());
  }

  private personRecordBytes(nconst: number): Uint8Array {
    const nameRow = this.t.nameRowOf.get(nconst);
    return nameRow === -1 ? UNKNOWN_PERSON : this.t.personRecordBytes(nameRow);
  }
}

/** Writes a library from the joined tables; sorted runs beyond memory spill to `spill.dir`. */
export function writeLibrary(writer: IndexWriter, tables: ImdbTables, spill: SpillOptions, bundled: readonly BundledFilm[] = []): LibraryCounts {
  return new LibraryWriter(tables, spill, bundled).write(writer);
}
