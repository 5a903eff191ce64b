import type { Film, FilmRef } from "../films/film";

// What searching, resolving and listing need of a catalogue: columns with one entry per film (film i
// at index i), and films by their place. catalog/ implements it over its index files; search/ never
// reads a file itself.

/** Finding films: what every film is known by. */
export interface TitleColumns {
  readonly id: readonly string[];
  readonly title: readonly string[];
  readonly year: readonly number[];
  /** `foldText(title)`: case, accents and punctuation folded, article kept. */
  readonly folded: readonly string[];
}

/** Filtering and ordering lists: the columns lists show and sort by. */
export interface ListColumns {
  readonly directors: ReadonlyArray<readonly string[]>;
  readonly genres: ReadonlyArray<readonly string[]>;
  readonly ratingValue: ReadonlyArray<number | null>;
  readonly ratingScale: ReadonlyArray<number | null>;
  readonly ratingVotes: ReadonlyArray<number | null>;
  readonly grossAmount: ReadonlyArray<number | null>;
}

/** The films of a dataset as search/ sees them. */
export interface FilmIndex {
  /** How many films there are. */
  readonly size: number;
  readonly core: TitleColumns;
  /** `normalized[i]`: film i's folded title without a leading article (`withoutArticle`). */
  readonly normalized: readonly string[];
  readonly details: ListColumns;
  /** Film i's full record. */
  film(i: number): Film;
  /** Film i's identifying fields. */
  ref(i: number): FilmRef;
  /** The film with this id, or -1. */
  findId(id: string): number;
}
