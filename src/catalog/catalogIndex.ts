import type { Film, Money, Rating } from "../films/film";
import { topGross } from "../films/filmSummary";
import { foldText } from "../search/normalizeTitle";

// What filmcli keeps about every film so that most commands never read the whole dataset. It is
// stored in three parts, each read only when needed: the core (what finding a film takes) on every
// run, the details (what lists show) for lists and searches, the text index for trivia and quotes.
// Columnar (one array per field) because that is the cheapest shape to parse.

/** Finding films: titles and where each film's own JSON sits in the dataset file. */
export interface CoreIndex {
  version: typeof INDEX_VERSION;
  /** The dataset file the index describes, to notice when it has changed. */
  source: IndexSource;
  id: string[];
  title: string[];
  year: number[];
  /** `foldText(title)`: case, accents and punctuation folded, article kept. */
  folded: string[];
  /** Byte range of each film's JSON in the dataset file ([offset, offset + length)). */
  offset: number[];
  length: number[];
}

/** What result lists show and sort by; ratings and grosses split into columns of plain values. */
export interface DetailsIndex {
  source: IndexSource;
  directors: string[][];
  genres: string[][];
  ratingValue: Array<number | null>;
  ratingScale: Array<number | null>;
  ratingVotes: Array<number | null>;
  grossAmount: Array<number | null>;
  grossCurrency: Array<string | null>;
  grossRegion: Array<string | null>;
}

/** Film i's rating, rebuilt from the detail columns. */
export function ratingAt(d: DetailsIndex, i: number): Rating | null {
  const value = d.ratingValue[i];
  if (value === null || value === undefined) return null;
  const votes = d.ratingVotes[i];
  return votes === null || votes === undefined ? { value, scale: d.ratingScale[i]! } : { value, scale: d.ratingScale[i]!, votes };
}

/** Film i's largest gross, rebuilt from the detail columns. */
export function grossAt(d: DetailsIndex, i: number): Money | null {
  const amount = d.grossAmount[i];
  if (amount === null || amount === undefined) return null;
  const region = d.grossRegion[i];
  return region ? { amount, currency: d.grossCurrency[i]!, region } : { amount, currency: d.grossCurrency[i]! };
}

/** Which films' trivia and quotes hold which folded words. */
export interface TextIndex {
  source: IndexSource;
  /** `wordFilms[k]` lists (ascending) the films `words[k]` occurs in. */
  words: string[];
  wordFilms: number[][];
  /** Words in so many films that listing them would not narrow a search: they match everywhere. */
  common: string[];
}

/** The size and modification time of the dataset file an index was made from. */
export interface IndexSource {
  size: number;
  mtimeMs: number;
}

/** The three parts of a catalogue index. */
export interface CatalogIndex {
  core: CoreIndex;
  details: DetailsIndex;
  text: TextIndex;
}

export const INDEX_VERSION = 3;

// A word in more films than this share of the catalogue (and at least COMMON_MIN) is "common".
const COMMON_SHARE = 0.05;
const COMMON_MIN = 50;

/** Collects a catalogue index one film at a time, in dataset order. */
export class IndexBuilder {
  private readonly core: CoreIndex;
  private readonly details: DetailsIndex;
  private readonly postings = new Map<string, number[]>();

  constructor(private readonly source: IndexSource = { size: 0, mtimeMs: 0 }) {
    this.core = { version: INDEX_VERSION, source, id: [], title: [], year: [], folded: [], offset: [], length: [] };
    this.details = {
      source, directors: [], genres: [], ratingValue: [], ratingScale: [], ratingVotes: [], grossAmount: [], grossCurrency: [], grossRegion: [],
    };
  }

  /** Adds the next film, with its byte range in the dataset file when there is one. */
  add(film: Film, offset = 0, length = 0): void {
    const i = this.core.id.length;
    this.core.id.push(film.id);
    this.core.title.push(film.title);
    this.core.year.push(film.year);
    this.core.folded.push(foldText(film.title));
    this.core.offset.push(offset);
    this.core.length.push(length);
    this.details.directors.push(film.directors);
    this.details.genres.push(film.genres);
    const d = this.details;
    d.ratingValue.push(film.rating?.value ?? null);
    d.ratingScale.push(film.rating?.scale ?? null);
    d.ratingVotes.push(film.rating?.votes ?? null);
    const gross = topGross(film);
    d.grossAmount.push(gross?.amount ?? null);
    d.grossCurrency.push(gross?.currency ?? null);
    d.grossRegion.push(gross?.region ?? null);
    const texts = [...film.trivia, ...film.quotes.map((q) => `${q.speaker} ${q.text}`)];
    for (const word of new Set(texts.flatMap((t) => foldText(t).split(" ")))) {
      if (word === "") continue;
      const films = this.postings.get(word);
      if (films) films.push(i);
      else this.postings.set(word, [i]);
    }
  }

  /** The finished index. */
  finish(): CatalogIndex {
    const text: TextIndex = { source: this.source, words: [], wordFilms: [], common: [] };
    const limit = Math.max(COMMON_MIN, Math.ceil(this.core.id.length * COMMON_SHARE));
    for (const [word, films] of [...this.postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (films.length > limit) text.common.push(word);
      else { text.words.push(word); text.wordFilms.push(films); }
    }
    return { core: this.core, details: this.details, text };
  }
}

/** Indexes films held in memory (their byte ranges are unknown and unused). */
export function indexFilms(films: readonly Film[]): CatalogIndex {
  const builder = new IndexBuilder();
  for (const film of films) builder.add(film);
  return builder.finish();
}
