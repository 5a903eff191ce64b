import type { Film, FilmRef, Rating } from "../../films/film";
import type { FilmSummary } from "../../films/filmSummary";
import type { FilmIndex, ListValues, ListValuesRange, TitleQuery } from "../../search/filmIndex";
import type { SortKey } from "../../search/sortOrder";
import type { LibraryCatalog } from "./libraryCatalog";
import { mergeFilm } from "./libraryRecord";
import { sortedUnion } from "./sortedUnion";
import { foldText } from "../../films/foldText";
import { dominantFilm } from "../../search/dominantFilm";
import { withoutArticle } from "../../search/normalizeTitle";
import { trigramSimilarity } from "../../search/trigrams";

// Films read from each side's order at a time when merging two orders: a few at first (a page of 20
// needs a few dozen), doubling up to CHUNK, so that a short list reads no more rows than it shows.
const FIRST_CHUNK = 32;
// With a filter, most films of a chunk are dropped: chunks grow to FILTERED_CHUNK instead.
const CHUNK = 256;
const FILTERED_CHUNK = 4096;
// Bundled films scored against a fuzzy query beside the library: those sharing the most of it.
const BUNDLED_CANDIDATES = 40;

/** One side's walk through a list order: a chunk of films and their sort values. */
interface Cursor {
  side: FilmIndex;
  /** What the side's film numbers add up to in the union (0 bundled, A library). */
  offset: number;
  films: number[];
  values: Array<string | number>;
  /** Place in the chunk. */
  k: number;
  /** Place in the side's order where the next chunk starts, and how many films it reads. */
  next: number;
  size: number;
  done: boolean;
}

/**
 * The bundled catalogue and the IMDb library as one catalogue (README, "All of IMDb"). Films are
 * numbered bundled first (0 … A - 1), then the library's (A …). A library film matched with a
 * bundled film at import (its twin) is one film: it answers under the bundled number, its record
 * holds the page's facts and IMDb's, and it is never listed twice. People likewise: bundled people
 * first, then the library's; a name both know is the library's person, with the bundled credits too.
 */
export class UnionCatalog implements FilmIndex {
  readonly size: number;
  private readonly a: number;
  private readonly p: number;
  /** Each order merged so far: films from place `base` on (a walk forward drops what it has passed), and the walk. */
  private readonly merged = new Map<SortKey, { films: number[]; base: number; walk: Generator<number> }>();

  /**
   * The IMDb side of the merged films among the last titleCandidates' library candidates, by bundled
   * number: titlesToScore, which a search calls next with those candidates, scores them by IMDb's titles
   * too. Set anew by each titleCandidates, so a search never depends on an earlier one.
   */
  private candidateTwins = new Map<number, number>();

  /** Film ids of page films that are IMDb titles, by tconst; and the reverse. */
  private readonly pageTwinOf: ReadonlyMap<string, string>;

  /** `pageTwins`: IMDb titles (tconst) that imported pages made films of `bundled` (their ids), beside the twins the library records. */
  constructor(readonly bundled: FilmIndex, readonly library: LibraryCatalog, private readonly pageTwins: ReadonlyMap<string, string> = new Map()) {
    this.pageTwinOf = new Map([...pageTwins].map(([tconst, id]) => [id, tconst]));
    this.a = bundled.size;
    this.p = bundled.people;
    this.size = bundled.size + library.size;
  }

  get textFilms(): number {
    return this.a;
  }

  /** Whether union film i is a library film. */
  isLibrary(i: number): boolean {
    return i >= this.a;
  }

  /** The union number of library film l: its bundled twin's when it has one. */
  private fromLibrary(l: number): number {
    const twin = this.twinIdOf(l);
    if (twin !== "") {
      const [b] = this.bundled.withId(twin);
      if (b !== undefined) return b;
    }
    return l + this.a;
  }

  /** The bundled film's id library film l is one film with ("" for none): the library's twin, else a page's. */
  private twinIdOf(l: number): string {
    const twin = this.library.twinId(l);
    if (twin !== "" || this.pageTwins.size === 0) return twin;
    return this.pageTwins.get(this.library.ref(l).id) ?? "";
  }

  /** The library film that is the bundled film of this id, if any: the library's twin, else a page's IMDb title. */
  private libraryTwinOf(id: string): number | undefined {
    const twin = this.library.twinOf(id);
    if (twin !== undefined || this.pageTwins.size === 0) return twin;
    const tconst = this.pageTwinOf.get(id);
    return tconst === undefined ? undefined : this.library.withId(tconst)[0];
  }

  private fromLibraryMany(films: ArrayLike<number>): number[] {
    return Array.from(films, (l) => this.fromLibrary(l));
  }

  /** Runs `bundled` on the bundled films and `library` on the library's of a list, and puts the answers back in its order. */
  private split<T>(films: ArrayLike<number>, bundled: (fs: number[]) => T[], library: (fs: number[]) => T[]): T[] {
    const b: number[] = [];
    const l: number[] = [];
    for (let k = 0; k < films.length; k++) (films[k]! < this.a ? b : l).push(films[k]! < this.a ? films[k]! : films[k]! - this.a);
    const fromB = b.length > 0 ? bundled(b) : [];
    const fromL = l.length > 0 ? library(l) : [];
    let x = 0;
    let y = 0;
    return Array.from(films, (i) => (i < this.a ? fromB[x++]! : fromL[y++]!));
  }

  ref(i: number): FilmRef {
    return i < this.a ? this.bundled.ref(i) : this.library.ref(i - this.a);
  }

  refs(films: ArrayLike<number>): FilmRef[] {
    return this.split(films, (fs) => this.bundled.refs(fs), (fs) => this.library.refs(fs));
  }

  folded(films: ArrayLike<number>): string[] {
    return this.split(films, (fs) => this.bundled.folded(fs), (fs) => this.library.folded(fs));
  }

  /**
   * A merged film is scored by the best of the catalogue's title and IMDb's (its primary, original and
   * alternative titles), so that "city of god" finds Cidade de Deus with the library as without it. Its
   * IMDb side is known when the library's candidates brought it (the common case: IMDb's titles are
   * what matched); a bundled candidate alone is scored by its own title.
   */
  titlesToScore(films: ArrayLike<number>, query: TitleQuery): string[] {
    const titles = this.split(films, (fs) => this.bundled.titlesToScore(fs, query), (fs) => this.library.titlesToScore(fs, query));
    const { merged, twins } = this.twinsAmong(films, (b) => this.candidateTwins.get(b));
    if (twins.length === 0) return titles;
    const imdb = this.library.titlesToScore(twins, query);
    const fit = (title: string): number => trigramSimilarity(query.grams, withoutArticle(title));
    merged.forEach((k, j) => { if (fit(imdb[j]!) > fit(titles[k]!)) titles[k] = imdb[j]!; });
    return titles;
  }

  year(i: number): number {
    return i < this.a ? this.bundled.year(i) : this.library.year(i - this.a);
  }

  /** Film i's votes: IMDb's for a bundled film with a twin (the catalogue's may be missing or years old), else its own. */
  votes(i: number): number | null {
    if (i >= this.a) return this.library.votes(i - this.a);
    const twin = this.twinOfBundled(i);
    return (twin === undefined ? null : this.library.votes(twin)) ?? this.bundled.votes(i);
  }

  /** As votes() and kind(), read together: a merged film's from its IMDb twin. */
  votesAndKinds(films: ArrayLike<number>): { votes: Array<number | null>; kinds: string[] } {
    const own = this.split(films, (fs) => zip(this.bundled.votesAndKinds(fs)), (fs) => zip(this.library.votesAndKinds(fs)));
    const { merged, twins } = this.twinsAmong(films, (b) => this.twinOfBundled(b));
    if (twins.length === 0) return { votes: own.map((x) => x.votes), kinds: own.map((x) => x.kind) };
    const imdb = zip(this.library.votesAndKinds(twins));
    merged.forEach((k, j) => { own[k] = { votes: imdb[j]!.votes ?? own[k]!.votes, kind: imdb[j]!.kind }; });
    return { votes: own.map((x) => x.votes), kinds: own.map((x) => x.kind) };
  }

  /** The places in `films` of bundled films with an IMDb twin (as `twinOf` finds it), and those twins. */
  private twinsAmong(films: ArrayLike<number>, twinOf: (bundled: number) => number | undefined): { merged: number[]; twins: number[] } {
    const merged: number[] = [];
    const twins: number[] = [];
    for (let k = 0; k < films.length; k++) {
      const twin = films[k]! < this.a ? twinOf(films[k]!) : undefined;
      if (twin !== undefined) { merged.push(k); twins.push(twin); }
    }
    return { merged, twins };
  }

  /** The library film merged with bundled film i, if any. */
  twinOfBundled(i: number): number | undefined {
    return this.libraryTwinOf(this.bundled.ref(i).id);
  }

  film(i: number): Film {
    if (i >= this.a) return this.library.film(i - this.a);
    const page = this.bundled.film(i);
    const twin = this.libraryTwinOf(page.id);
    return twin === undefined ? page : mergeFilm(page, this.library.facts(twin));
  }

  summaries(films: ArrayLike<number>): FilmSummary[] {
    return this.split(films, (fs) => this.bundled.summaries(fs), (fs) => this.library.summaries(fs));
  }

  summary(i: number): FilmSummary {
    return i < this.a ? this.bundled.summary(i) : this.library.summary(i - this.a);
  }

  listValues(i: number): ListValues {
    return i < this.a ? this.withTwin(i, this.bundled.listValues(i)) : this.library.listValues(i - this.a);
  }

  listValuesRange(start: number, count: number): ListValuesRange {
    const end = start + count;
    const from = Math.max(start, this.a);
    const bundled = this.bundled.listValuesRange(start, Math.max(0, Math.min(end, this.a) - start));
    const library = this.library.listValuesRange(from - this.a, Math.max(0, end - from));
    const n = bundled.length;
    return { length: count, at: (k) => (k < n ? this.withTwin(start + k, bundled.at(k)) : library.at(k - n)) };
  }

  /** Bundled film i's list values, with the votes and kind of its IMDb twin, as votes() and kind() give them. */
  private withTwin(i: number, values: ListValues): ListValues {
    const union = this;
    return {
      get year() { return values.year; },
      get directors() { return values.directors; },
      get genres() { return values.genres; },
      get rating() { return values.rating; },
      get votes() { return union.votes(i); },
      get kind() { return union.kind(i); },
    };
  }

  rating(i: number): Rating | null {
    return i < this.a ? this.bundled.rating(i) : this.library.rating(i - this.a);
  }

  /** Film i's IMDb kind ("movie", "tvSeries", …): a bundled film without a twin is a "movie". */
  kind(i: number): string {
    if (i >= this.a) return this.library.kind(i - this.a);
    const twin = this.twinOfBundled(i);
    return twin === undefined ? "movie" : this.library.kind(twin);
  }

  private both(bundled: number[], library: number[]): number[] {
    return sortedUnion(bundled, this.fromLibraryMany(library));
  }

  withId(id: string): number[] {
    return this.both(this.bundled.withId(id), this.library.withId(id));
  }

  /**
   * Films with exactly this title. A title of the bundled catalogue means its film (with IMDb's
   * facts when it has a twin): IMDb holds a dozen titles called "Mask", and `filmcli show mask` has
   * always meant the one the catalogue describes. Otherwise the library's films of that title; when
   * one dominates them by votes (search/dominantFilm.ts), it is the film meant (the others stay
   * reachable by year or id); else all of them, and the caller asks which.
   */
  private exact(bundled: number[], library: () => number[]): number[] {
    // The library is asked only when the catalogue has no film of that title: a common title is
    // hundreds of IMDb films, each of whose titles a lookup would read to rule out a hash collision.
    if (bundled.length > 0) return bundled;
    const films = this.both([], library());
    const dominant = dominantFilm(this, films);
    return dominant === undefined ? films : [dominant];
  }

  withFolded(folded: string, most?: number): number[] {
    return this.exact(this.bundled.withFolded(folded, most), () => this.library.withFolded(folded, most));
  }

  withNormalized(normalized: string, most?: number): number[] {
    return this.exact(this.bundled.withNormalized(normalized, most), () => this.library.withNormalized(normalized, most));
  }

  /**
   * Both sides' candidates, each bounded: beside millions of IMDb titles the bundled catalogue is not
   * scanned whole (a common word would make most of it candidates, each scored), and its films that IMDb
   * holds come in through the library's candidates as well.
   */
  titleCandidates(query: TitleQuery): ArrayLike<number> {
    const library = Array.from(this.library.titleCandidates(query));
    const union = library.map((l) => this.fromLibrary(l));
    this.candidateTwins = new Map();
    union.forEach((u, k) => { if (u < this.a) this.candidateTwins.set(u, library[k]!); });
    return Uint32Array.from(sortedUnion(Array.from(this.bundled.titleCandidates(query, BUNDLED_CANDIDATES)), union));
  }

  textCandidates(words: readonly string[]): ArrayLike<number> {
    // IMDb has no trivia or quotes: only bundled films can hold the words.
    return this.bundled.textCandidates(words);
  }

  /** A film's value for a sort, comparable across both sides (ratings out of 10; missing values as -Infinity). */
  private sortValues(side: FilmIndex, films: ArrayLike<number>, sort: SortKey): Array<string | number> {
    const missing = (x: number | null | undefined): number => (x === null || x === undefined || Number.isNaN(x) ? -Infinity : x);
    switch (sort) {
      case "title": return side.refs(films).map((ref) => foldText(ref.title));
      case "year": return Array.from(films, (i) => side.year(i));
      case "votes": return Array.from(films, (i) => missing(side.votes(i)));
      case "rating": return Array.from(films, (i) => {
        const rating = side.rating(i);
        return rating === null ? -Infinity : (rating.value / rating.scale) * 10;
      });
      case "gross": return Array.from(films, (i) => missing(side.summary(i).gross?.amount));
    }
  }

  /** The next chunk of a side's order: its films that pass (all without `passes`), with their sort values. */
  private fill(cursor: Cursor, sort: SortKey, passes: Uint8Array | null): void {
    cursor.k = 0;
    cursor.films = [];
    while (cursor.films.length === 0) {
      const chunk = cursor.side.order(sort, cursor.next, cursor.size);
      if (chunk.length === 0) break;
      cursor.next += chunk.length;
      cursor.size = Math.min(passes === null ? CHUNK : FILTERED_CHUNK, cursor.size * 2);
      for (let k = 0; k < chunk.length; k++) if (passes === null || passes[chunk[k]! + cursor.offset] === 1) cursor.films.push(chunk[k]!);
    }
    cursor.values = this.sortValues(cursor.side, cursor.films, sort);
    cursor.done = cursor.films.length === 0;
  }

  private advance(cursor: Cursor, sort: SortKey, passes: Uint8Array | null): void {
    cursor.k++;
    if (cursor.k === cursor.films.length) this.fill(cursor, sort, passes);
  }

  /**
   * Both sides' stored orders merged (title A to Z, or the value descending with films lacking it
   * last, ties by title), twins listed once; with `passes`, only the films it marks (by union number),
   * whose sort values alone are read.
   */
  *mergedOrder(sort: SortKey, passes: Uint8Array | null = null): Generator<number> {
    const open = (side: FilmIndex, offset: number): Cursor => {
      const cursor: Cursor = { side, offset, films: [], values: [], k: 0, next: 0, size: FIRST_CHUNK, done: false };
      this.fill(cursor, sort, passes);
      return cursor;
    };
    const b = open(this.bundled, 0);
    const l = open(this.library, this.a);
    const titleFirst = (x: string | number, y: string | number): boolean => (sort === "title" ? x <= y : x >= y);
    while (!(b.done && l.done)) {
      if (!l.done && this.twinIdOf(l.films[l.k]!) !== "") {
        this.advance(l, sort, passes);
        continue;
      }
      const takeBundled = l.done || (!b.done && titleFirst(b.values[b.k]!, l.values[l.k]!));
      const cursor = takeBundled ? b : l;
      const film = cursor.films[cursor.k]! + cursor.offset;
      this.advance(cursor, sort, passes);
      yield film;
    }
  }

  /** `count` films from place `start` of a list order (mergedOrder's). */
  order(sort: SortKey, start: number, count: number): ArrayLike<number> {
    let state = this.merged.get(sort);
    // A walk that goes back before what was kept starts the merge again.
    if (!state || start < state.base) this.merged.set(sort, (state = { films: [], base: 0, walk: this.mergedOrder(sort) }));
    while (state.films.length < start - state.base + count) {
      const next = state.walk.next();
      if (next.done) break;
      state.films.push(next.value);
    }
    // Listing every film walks forward a chunk at a time: forget the films it has passed, so memory stays flat.
    state.films.splice(0, start - state.base);
    state.base = start;
    return state.films.slice(0, count);
  }

  get people(): number {
    return this.p + this.library.people;
  }

  /** The library's people of this name when it has any (their credits include the bundled ones), else the bundled catalogue's. */
  personWithFolded(folded: string, most?: number): number[] {
    const library = this.library.personWithFolded(folded, most);
    return library.length > 0 ? library.map((p) => p + this.p) : this.bundled.personWithFolded(folded, most);
  }

  personCandidates(query: TitleQuery): ArrayLike<number> {
    const library = Array.from(this.library.personCandidates(query), (p) => p + this.p);
    const libraryNames = new Set(this.personNames(library).map((n) => n.folded));
    const bundled = Array.from(this.bundled.personCandidates(query));
    const bundledNames = this.bundled.personNames(bundled);
    return [...bundled.filter((_, k) => !libraryNames.has(bundledNames[k]!.folded)), ...library];
  }

  personNames(people: ArrayLike<number>): Array<{ name: string; folded: string }> {
    const b: number[] = [];
    const l: number[] = [];
    for (let k = 0; k < people.length; k++) (people[k]! < this.p ? b : l).push(people[k]! < this.p ? people[k]! : people[k]! - this.p);
    const fromB = b.length > 0 ? this.bundled.personNames(b) : [];
    const fromL = l.length > 0 ? this.library.personNames(l) : [];
    let x = 0;
    let y = 0;
    return Array.from(people, (p) => (p < this.p ? fromB[x++]! : fromL[y++]!));
  }

  /** A person's films: a library person's with the bundled films crediting the same name; ascending. */
  personFilms(person: number): ArrayLike<number> {
    if (person < this.p) return this.bundled.personFilms(person);
    const l = person - this.p;
    const films = new Set(this.fromLibraryMany(this.library.personFilms(l)));
    const folded = this.library.personNames([l])[0]!.folded;
    for (const b of this.bundled.personWithFolded(folded)) for (const f of Array.from(this.bundled.personFilms(b))) films.add(f);
    return Uint32Array.from([...films].sort((x, y) => x - y));
  }

  /** The library person behind union person `person`, if it is one. */
  libraryPerson(person: number): number | undefined {
    return person >= this.p ? person - this.p : undefined;
  }
}

/** votesAndKinds() film by film. */
function zip({ votes, kinds }: { votes: Array<number | null>; kinds: string[] }): Array<{ votes: number | null; kind: string }> {
  return votes.map((v, k) => ({ votes: v, kind: kinds[k]! }));
}
