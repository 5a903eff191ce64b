import { closeSync, openSync, readSync } from "node:fs";
import { DatasetError } from "../errors";
import type { Film, FilmRef, Money, Rating } from "../films/film";
import type { FilmSummary } from "../films/filmSummary";
import type { SortKey } from "../search/sortOrder";
import { withoutArticle } from "../search/normalizeTitle";
import { wordMatcher } from "../search/wordMatches";
import type { FilmIndex, ListValues, ListValuesRange, TitleQuery } from "../search/filmIndex";
import { ORDER_SECTIONS, S, SCAN_ALL } from "./filmSections";
import { optimizeLater } from "./optimizeLater";
import { IndexFile, KeyTable, murmur3KeyHash, NumberColumn, Postings, StringColumn } from "./store";

// Fuzzy work is bounded at any size: gram postings read per query, words read only when in at most
// PER_LIST titles, and candidates scored. 30,000 postings (90,000 before) keep the library eval's figures;
// typo'd titles of unpopular films are found somewhat less often (bench/RESULTS.md, "Search over the library").
const PER_LIST = 10000;
const GRAM_POSTINGS = 30000;
const CANDIDATES = 120;
// A word in more films than this share of the catalogue (and at least COMMON_MIN) narrows no text search.
const COMMON_SHARE = 0.05;
const COMMON_MIN = 50;

const nullable = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** A rating from its stored value, scale and votes (NaN where absent): none without a value. */
function ratingOf(value: number, scale: number, votes: number): Rating | null {
  if (Number.isNaN(value)) return null;
  return Number.isNaN(votes) ? { value, scale } : { value, scale, votes };
}
const split = (joined: string): string[] => (joined === "" ? [] : joined.split("\n"));

/** Opens the columns and tables of a film index lazily: a run pays only for the sections it reads. */
function lazy<T>(open: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= open());
}

/**
 * A dataset's films as every command sees them, answered from its index file by positioned reads:
 * opening reads the header only, and each question reads the few sections and rows it needs. Full
 * records come from the dataset file by byte range.
 */
export class DiskCatalog implements FilmIndex {
  readonly size: number;
  get textFilms(): number {
    return this.size;
  }
  protected readonly hash = murmur3KeyHash();
  private datasetFd: number | undefined;
  private readonly strings = new Map<string, StringColumn>();
  private readonly numbers = new Map<string, NumberColumn<"u8" | "u16" | "u32" | "f64">>();
  private readonly keyTables = new Map<string, KeyTable>();
  private readonly postingLists = new Map<string, Postings>();
  private readonly vocabulary = lazy(() => ({
    words: this.strings_(S.textVocab).getMany(range(this.strings_(S.textVocab).length)),
    films: this.number(S.textVocabFilms, "u32").getRange(0, this.strings_(S.textVocab).length),
  }));

  constructor(protected readonly index: IndexFile, private readonly datasetFile: string, films: number) {
    this.size = films;
  }

  protected strings_(name: string): StringColumn {
    let column = this.strings.get(name);
    if (!column) this.strings.set(name, (column = StringColumn.open(this.index, name)));
    return column;
  }

  protected number<T extends "u8" | "u16" | "u32" | "f64">(name: string, type: T): NumberColumn<T> {
    let column = this.numbers.get(name);
    if (!column) this.numbers.set(name, (column = NumberColumn.open(this.index, name, type)));
    return column as NumberColumn<T>;
  }

  protected keys(name: string): KeyTable {
    let table = this.keyTables.get(name);
    if (!table) this.keyTables.set(name, (table = KeyTable.open(this.index, name, this.hash)));
    return table;
  }

  protected postings(name: string): Postings {
    let postings = this.postingLists.get(name);
    if (!postings) this.postingLists.set(name, (postings = Postings.open(this.index, name)));
    return postings;
  }

  /** Film i's identifying fields. */
  ref(i: number): FilmRef {
    return { id: this.strings_(S.id).get(i), title: this.strings_(S.title).get(i), year: this.year(i) };
  }

  /** The identifying fields of several films, read together. */
  refs(films: ArrayLike<number>): FilmRef[] {
    const ids = this.strings_(S.id).getMany(films);
    const titles = this.strings_(S.title).getMany(films);
    const years = this.number(S.year, "u16").readMany(films);
    return ids.map((id, k) => ({ id, title: titles[k]!, year: years[k]! }));
  }

  year(i: number): number {
    return this.number(S.year, "u16").get(i);
  }

  folded(films: ArrayLike<number>): string[] {
    // A full scan reads the one joined string: one read and one decode instead of one per title.
    if (films.length === this.size && this.index.has(S.foldedAll)) {
      const all = this.strings_(S.foldedAll).get(0).split("\n");
      return Array.from(films, (i) => all[i]!);
    }
    return this.strings_(S.folded).getMany(films);
  }

  votes(i: number): number | null {
    return this.votesOf(this.number(S.ratingVotes, "f64").get(i));
  }

  /** A dataset's films are films: its schema has no other kind. */
  kind(_i: number): string {
    return "movie";
  }

  votesAndKinds(films: ArrayLike<number>): { votes: Array<number | null>; kinds: string[] } {
    const votes = this.number(S.ratingVotes, "f64").readMany(films).map((stored) => this.votesOf(stored));
    return { votes, kinds: this.kindsMany(films) };
  }

  /** The kinds of these films. */
  protected kindsMany(films: ArrayLike<number>): string[] {
    return new Array<string>(films.length).fill("movie");
  }

  /** Film i's full record, read from the dataset file by its byte range. */
  film(i: number): Film {
    const length = this.number(S.length, "u32").get(i);
    const offset = this.number(S.offset, "f64").get(i);
    try {
      this.datasetFd ??= openSync(this.datasetFile, "r");
    } catch (error) {
      // The file went (or became unreadable) after its index was opened: a dataset problem, not a bug.
      throw DatasetError.unreadable(this.datasetFile, error);
    }
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.datasetFd, bytes, done, length - done, offset + done);
      if (n === 0) break;
      done += n;
    }
    return JSON.parse(bytes.toString("utf8", 0, done)) as Film;
  }

  /**
   * What lists filter on: directors, genres, rating, each read when first asked for (a list by genre
   * over millions of films reads no director or rating of the films it passes over).
   */
  listValues(i: number): ListValues {
    return this.listValuesRange(i, 1).at(0);
  }

  listValuesRange(start: number, count: number): ListValuesRange {
    const numbers = (name: string, type: "u16" | "f64") => lazy(() => this.number(name, type).getRange(start, count));
    const strings = (name: string) => lazy(() => this.strings_(name).getRange(start, count));
    const [years, values, scales, votes] = [numbers(S.year, "u16"), numbers(S.ratingValue, "f64"), numbers(S.ratingScale, "f64"), numbers(S.ratingVotes, "f64")];
    const [directors, genres] = [strings(S.directors), strings(S.genres)];
    const kinds = lazy(() => this.kindsOf(start, count));
    const voteCount = (stored: number): number | null => this.votesOf(stored);
    let k = 0;
    const view: ListValues = {
      get year() { return years()[k]!; },
      get directors() { return split(directors()[k]!); },
      get genres() { return split(genres()[k]!); },
      get rating() { return Number.isNaN(values()[k]!) ? null : ratingOf(values()[k]!, scales()[k]!, votes()[k]!); },
      get votes() { return voteCount(votes()[k]!); },
      get kind() { return kinds()[k]!; },
    };
    return { length: count, at: (at) => { k = at; return view; } };
  }

  /** The kinds of films `start` … `start + count - 1`. */
  protected kindsOf(_start: number, count: number): string[] {
    return new Array<string>(count).fill("movie");
  }

  /** A film's vote count from its stored value (NaN where the rating has none). */
  protected votesOf(stored: number): number | null {
    return nullable(stored);
  }

  /** Film i's rating, if it has one. */
  rating(i: number): Rating | null {
    const value = this.number(S.ratingValue, "f64").get(i);
    return Number.isNaN(value) ? null : ratingOf(value, this.number(S.ratingScale, "f64").get(i), this.number(S.ratingVotes, "f64").get(i));
  }

  private gross(i: number): Money | null {
    const amount = nullable(this.number(S.grossAmount, "f64").get(i));
    if (amount === null) return null;
    const currency = this.strings_(S.grossCurrency).get(i);
    const region = this.strings_(S.grossRegion).get(i);
    return region === "" ? { amount, currency } : { amount, currency, region };
  }

  /** Film i as a result list shows it. */
  summary(i: number): FilmSummary {
    const { directors, genres, rating } = this.listValues(i);
    return { ...this.ref(i), directors, genres, rating, gross: this.gross(i) };
  }

  /**
   * Several films as a result list shows them, read column by column: one batched read per column
   * for the lot instead of a dozen small reads per film (what a listing of every film costs).
   */
  summaries(films: ArrayLike<number>): FilmSummary[] {
    if (films.length === 0) return [];
    const strings = (name: string) => this.strings_(name).readMany(films);
    const [ids, titles, directors, genres, currencies, regions] =
      [S.id, S.title, S.directors, S.genres, S.grossCurrency, S.grossRegion].map(strings) as [string[], string[], string[], string[], string[], string[]];
    const numbers = (name: string, type: "u16" | "f64") => this.number(name, type).readMany(films);
    const [years, values, scales, votes, grosses] = [
      numbers(S.year, "u16"), numbers(S.ratingValue, "f64"), numbers(S.ratingScale, "f64"), numbers(S.ratingVotes, "f64"), numbers(S.grossAmount, "f64"),
    ] as [ArrayLike<number>, ArrayLike<number>, ArrayLike<number>, ArrayLike<number>, ArrayLike<number>];
    return ids.map((id, k) => {
      const rating = ratingOf(values[k]!, scales[k]!, votes[k]!);
      const amount = nullable(grosses[k]!);
      const gross: Money | null = amount === null ? null : regions[k] === "" ? { amount, currency: currencies[k]! } : { amount, currency: currencies[k]!, region: regions[k]! };
      return { id, title: titles[k]!, year: years[k]!, directors: split(directors[k]!), genres: split(genres[k]!), rating, gross };
    });
  }

  /** Films whose id is exactly `id`. */
  withId(id: string): number[] {
    return this.verified(S.keyId, id, (films) => this.strings_(S.id).getMany(films));
  }

  /** Films whose folded title (article kept) is `folded`; with `most`, the first that many (the most voted in a library). */
  withFolded(folded: string, most?: number): number[] {
    return this.verified(S.keyFolded, folded, (films) => this.folded(films), this.size, most);
  }

  /** Films whose normalized title (folded, no leading article) is `normalized`; `most` as for withFolded. */
  withNormalized(normalized: string, most?: number): number[] {
    return this.verified(S.keyNormalized, normalized, (films) => this.folded(films).map(withoutArticle), this.size, most);
  }

  /**
   * The key table's candidates for `key`, kept where the real value agrees (hashes collide); with
   * `most`, the first that many that agree, read a batch at a time (candidates ascend, and films and
   * people are numbered most voted first in a library: a common title's few hundred films, or a common
   * name's hundreds of people, are not all read to find the first).
   */
  protected verified(table: string, key: string, values: (films: Uint32Array) => string[], bound = this.size, most = Infinity): number[] {
    // Out-of-range values (a damaged table) are dropped before any row is read.
    const found = this.keys(table).lookup(key).filter((value) => value < bound);
    const kept: number[] = [];
    for (let at = 0; at < found.length && kept.length < most;) {
      const batch = found.subarray(at, Math.min(found.length, at + (most - kept.length)));
      const actual = values(batch);
      for (let k = 0; k < batch.length && kept.length < most; k++) if (actual[k] === key) kept.push(batch[k]!);
      at += batch.length;
    }
    return kept;
  }

  /**
   * Films worth scoring against a fuzzy title query. In a small catalogue, every film sharing a gram or
   * a word with the query (a title sharing neither scores 0), uncut; otherwise those sharing the most
   * of the query's rarest grams and its words, at most CANDIDATES, bounded work. A title sharing at
   * least half of n grams holds one of the rarest n/2 + 1, so those lists suffice.
   */
  titleCandidates(query: TitleQuery, most?: number): ArrayLike<number> {
    return this.rarestFirst(S.titleGrams, S.titleWords, query, this.size, most === undefined && this.size <= SCAN_ALL, most);
  }

  /** Films (or people) by how many of the query's grams and words they share; `every` list and no cut, or the bounded cut. */
  private rarestFirst(gramsSection: string, wordsSection: string | null, query: TitleQuery, size: number, every = false, most = CANDIDATES): Uint32Array {
    // A bounded search is short, hot work: optimizing it would cost more than it saves.
    if (!every) optimizeLater();
    const grams = this.postings(gramsSection);
    const terms = [...new Set(query.grams)].map((g) => this.hash.hash(g));
    const counted = terms.map((t) => ({ t, n: grams.count(t) })).filter((x) => x.n > 0).sort((a, b) => a.n - b.n);
    const rarest = every ? counted : counted.slice(0, Math.floor(terms.length / 2) + 1);
    // The gram lists share a budget of postings, rarest first: a rare list is read whole, and what is
    // left is split evenly among the common ones, each read from its head (its most voted films).
    let budget = every ? Infinity : GRAM_POSTINGS;
    const lists: Array<[Uint32Array, number]> = rarest.map(({ t, n }, k) => {
      const take = Math.min(n, Math.floor(budget / (rarest.length - k)));
      budget -= take;
      return [grams.read(t, take), 1];
    });
    if (wordsSection) {
      const words = this.postings(wordsSection);
      // A word in more titles than a list is read for ("the", "of") tells no title apart: its list is not read.
      for (const word of new Set(query.words)) {
        const term = this.hash.hash(word);
        if (word !== "" && (every || words.count(term) <= PER_LIST)) lists.push([words.read(term), 2]);
      }
    }
    if (!every) return mostHits(lists, size, most);
    const hit = new Uint8Array(size);
    for (const [films] of lists) for (const f of films) if (f < size) hit[f] = 1;
    const all: number[] = [];
    for (let f = 0; f < size; f++) if (hit[f]) all.push(f);
    return Uint32Array.from(all);
  }

  /** A dataset's films have one title each: the folded title is what a fuzzy query is scored against. */
  titlesToScore(films: ArrayLike<number>, _query: TitleQuery): string[] {
    return this.folded(films);
  }

  /**
   * Films whose trivia or quotes may hold every one of these folded query words, typos allowed: a
   * superset of what a text search finds, ascending; "all" when no word narrows it.
   */
  textCandidates(queryWords: readonly string[]): ArrayLike<number> {
    const { words, films } = this.vocabulary();
    const limit = Math.max(COMMON_MIN, Math.ceil(this.size * COMMON_SHARE));
    const postings = this.postings(S.textFilms);
    // One set of edit-distance rows for the whole vocabulary pass, as every other search uses.
    const matches = wordMatcher();
    let candidates: Set<number> | undefined;
    for (const q of queryWords) {
      const matching = words.flatMap((w, k) => (matches(q, w) ? [k] : []));
      // A query word that can match a common word can match in any film: it does not narrow.
      if (matching.some((k) => films[k]! > limit)) continue;
      const found = new Set<number>();
      for (const k of matching) for (const f of postings.read(this.hash.hash(words[k]!))) if (f < this.size) found.add(f);
      candidates = candidates ? new Set([...candidates].filter((f) => found.has(f))) : found;
      if (candidates.size === 0) return [];
    }
    return candidates ? [...candidates].sort((a, b) => a - b) : range(this.size);
  }

  /** `count` films from place `start` of a list order. */
  order(sort: SortKey, start: number, count: number): Uint32Array {
    const column = this.number(ORDER_SECTIONS[sort], "u32");
    return column.getRange(start, Math.max(0, Math.min(count, column.length - start)));
  }

  /** How many people the catalogue names. */
  get people(): number {
    return this.strings_(S.personName).length;
  }

  /** People whose folded name is exactly `folded`. */
  personWithFolded(folded: string, most?: number): number[] {
    return this.verified(S.keyPerson, folded, (people) => this.strings_(S.personFolded).getMany(people), this.people, most);
  }

  /** People worth scoring against a fuzzy name query (every person in a small catalogue). */
  personCandidates(query: TitleQuery): ArrayLike<number> {
    const people = this.people;
    if (people <= SCAN_ALL) return range(people);
    return this.rarestFirst(S.personGrams, null, query, people);
  }

  /** Display and folded names of people. */
  personNames(people: ArrayLike<number>): Array<{ name: string; folded: string }> {
    const names = this.strings_(S.personName).getMany(people);
    const folded = this.strings_(S.personFolded).getMany(people);
    return names.map((name, k) => ({ name, folded: folded[k]! }));
  }

  /** The films a person is credited in, ascending. */
  personFilms(person: number): Uint32Array {
    return this.postings(S.personFilms).read(person);
  }

  /** Closes the index and the dataset file. */
  close(): void {
    this.index.close();
    if (this.datasetFd !== undefined) closeSync(this.datasetFd);
  }
}

/** 0, 1, … n - 1. */
function range(n: number): Uint32Array {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}

/**
 * The `limit` films with the most weight over these lists (a film's weight: the sum of the weights of
 * the lists holding it), ties to the lower film number, ascending. The lists are put together, a film
 * once per unit of weight, and sorted natively: a film's run is its weight. Nothing is sized by the
 * catalogue: on a virtual machine each fresh page of memory costs tens of microseconds, and a byte
 * per film of a library is hundreds of pages touched at random. A weight past 255 is capped: a query is
 * cut long before its grams and words could add up to that.
 */
export function mostHits(lists: ReadonlyArray<readonly [Uint32Array, number]>, size: number, limit: number): Uint32Array {
  let total = 0;
  for (const [films, weight] of lists) total += films.length * weight;
  const all = new Uint32Array(total);
  let n = 0;
  for (const [films, weight] of lists) {
    // Lists ascend: only a tail can pass the catalogue's size (damaged data), and the copies are native.
    let end = films.length;
    while (end > 0 && films[end - 1]! >= size) end--;
    for (let w = 0; w < weight; w++, n += end) all.set(films.subarray(0, end), n);
  }
  const sorted = all.subarray(0, n).sort();
  // One pass: each film once, with its hits (its run in the sorted lists), and how many films have each count.
  const distinct = new Uint32Array(n);
  const hits = new Uint8Array(n);
  const histogram = new Uint32Array(256);
  let d = 0;
  for (let k = 0; k < n;) {
    const film = sorted[k]!;
    let end = k + 1;
    while (end < n && sorted[end] === film) end++;
    const h = end - k > 255 ? 255 : end - k;
    distinct[d] = film;
    hits[d++] = h;
    histogram[h]!++;
    k = end;
  }
  // Films with more hits than `cut` are all taken; of those with exactly `cut`, the lowest numbers fill up to the limit.
  let taken = 0;
  let cut = 255;
  while (cut > 0 && taken + histogram[cut]! <= limit) taken += histogram[cut--]!;
  let fill = cut > 0 ? limit - taken : 0;
  const chosen = new Uint32Array(taken + fill);
  let m = 0;
  for (let k = 0; k < d; k++) {
    if (hits[k]! > cut || (hits[k] === cut && fill > 0 && fill-- > 0)) chosen[m++] = distinct[k]!;
  }
  return chosen.subarray(0, m);
}
