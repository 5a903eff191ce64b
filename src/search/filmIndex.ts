import type { Film, FilmRef, Rating } from "../films/film";
import type { FilmSummary } from "../films/filmSummary";
import type { SortKey } from "./sortOrder";

// What searching, resolving and listing need of a catalogue, asked row by row so that an index on
// disk answers each question with a few positioned reads (catalog/ implements it; search/ never reads
// a file itself). Films are numbered 0 … size - 1; people 0 … people - 1.

/** A fuzzy query as the index's postings know it: the normalized title's trigrams and its folded words. */
export interface TitleQuery {
  grams: readonly string[];
  words: readonly string[];
}

/** What list filters test of a film. */
export interface ListValues {
  year: number;
  directors: string[];
  genres: string[];
  rating: Rating | null;
  /** As FilmIndex.votes. */
  votes: number | null;
  /** As FilmIndex.kind. */
  kind: string;
}

/**
 * The list values of a range of films, a film at a time: `at(k)` gives film start + k's values,
 * possibly by moving one view (a scan of millions of films makes no object per film), so a caller
 * reads them before the next `at`.
 */
export interface ListValuesRange {
  readonly length: number;
  at(k: number): ListValues;
}

/** The films (and people) of a dataset as search/ sees them. */
export interface FilmIndex {
  /** How many films there are. */
  readonly size: number;
  /**
   * Films below this number are the only ones that may hold trivia, quotes, goofs or reviews: every
   * film of a catalogue; in the catalogue with the IMDb library, its bundled films (IMDb's datasets
   * have none of these), so that listing every trivia item never reads millions of IMDb titles.
   */
  readonly textFilms: number;
  /** Film i's identifying fields. */
  ref(i: number): FilmRef;
  /** The identifying fields of several films, read together. */
  refs(films: ArrayLike<number>): FilmRef[];
  /** `foldText(title)` (article kept) of each of these films. */
  folded(films: ArrayLike<number>): string[];
  year(i: number): number;
  /** Film i's vote count, where its rating has one. */
  votes(i: number): number | null;
  /** Film i's kind, as IMDb names title types ("movie", "tvSeries", "tvEpisode", …); a catalogue film is a "movie". */
  kind(i: number): string;
  /** votes() and kind() of several films, read together (a search ranks dozens of matches). */
  votesAndKinds(films: ArrayLike<number>): { votes: Array<number | null>; kinds: string[] };
  /** Film i's full record. */
  film(i: number): Film;
  /** Film i as a result list shows it. */
  summary(i: number): FilmSummary;
  /** Several films as a result list shows them, read together (a listing of every film reads them in chunks). */
  summaries(films: ArrayLike<number>): FilmSummary[];
  /** What list filters test of film i. */
  listValues(i: number): ListValues;
  /**
   * What list filters test of films `start` … `start + count - 1`: each value is read for the whole
   * range when first asked for (a filter scans the columns it tests, one read per column and range).
   */
  listValuesRange(start: number, count: number): ListValuesRange;
  /** Film i's rating, if it has one (what a sort by rating reads). */
  rating(i: number): Rating | null;
  /** Films whose id is exactly this. */
  withId(id: string): number[];
  /** Films whose folded title (article kept) is exactly this; with `most`, at most that many of the most voted, for a search. */
  withFolded(folded: string, most?: number): number[];
  /** Films whose normalized title (folded, no leading article) is exactly this; `most` as for withFolded. */
  withNormalized(normalized: string, most?: number): number[];
  /**
   * The folded title to score each of these candidates by against a fuzzy query: its own, or the one
   * of its alternative titles that fits the query best (results still show the film's own title).
   */
  titlesToScore(films: ArrayLike<number>, query: TitleQuery): string[];
  /**
   * Films worth scoring against a fuzzy title query, ascending: bounded, and every film when there are
   * few, unless `most` bounds them (at most that many, those sharing the most of the query).
   */
  titleCandidates(query: TitleQuery, most?: number): ArrayLike<number>;
  /** Films whose trivia or quotes may hold all these folded words (typos allowed), ascending. */
  textCandidates(words: readonly string[]): ArrayLike<number>;
  /** `count` films from place `start` of a list order. */
  order(sort: SortKey, start: number, count: number): ArrayLike<number>;
  /** How many people (directors, stars, cast) the films name. */
  readonly people: number;
  /** People whose folded name is exactly this; with `most`, at most that many, the first (in a library: the most credited in popular titles). */
  personWithFolded(folded: string, most?: number): number[];
  /** People worth scoring against a fuzzy name query: bounded, and everyone when there are few. */
  personCandidates(query: TitleQuery): ArrayLike<number>;
  /** The display and folded names of these people. */
  personNames(people: ArrayLike<number>): Array<{ name: string; folded: string }>;
  /** The films a person is credited in, ascending. */
  personFilms(person: number): ArrayLike<number>;
}
