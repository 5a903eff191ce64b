import type { SortKey } from "../search/sortOrder";

// The sections of a film index file (docs/index-format.md, "Film sections"): what the catalogue keeps
// about every film so that a run reads only what its answer needs. Names are part of the format:
// renaming one, or changing what it holds, bumps FILM_INDEX_VERSION.

/** The version of the film sections' layout, kept in the file's meta beside the store's own version. */
export const FILM_INDEX_VERSION = 3;

// Up to this many films (or people), a fuzzy search scores every title sharing a gram or a word with
// the query (every name): uncut, it finds what the postings' candidate cut could miss. Past it, the
// candidates are the cut: those sharing the most of the query's rarest grams.
export const SCAN_ALL = 50_000;

/** Every section of a film index, by role. */
export const S = {
  // One value per film, film i at index i.
  id: "film.id",
  title: "film.title",
  /** foldTitle(title): case, accents, symbols, numbers and punctuation folded, leading article kept. */
  folded: "film.folded",
  /** Every folded title joined by "\n", in one string: what a full scan of a small catalogue reads. */
  foldedAll: "film.foldedAll",
  year: "film.year",
  /** Byte range of each film's JSON record in the dataset file. */
  offset: "film.offset",
  length: "film.length",
  /** Names joined by "\n" (a name never holds a line break once folded for display). */
  directors: "film.directors",
  genres: "film.genres",
  ratingValue: "film.ratingValue",
  ratingScale: "film.ratingScale",
  ratingVotes: "film.ratingVotes",
  grossAmount: "film.grossAmount",
  grossCurrency: "film.grossCurrency",
  grossRegion: "film.grossRegion",
  // Exact keys -> films.
  keyId: "key.id",
  keyFolded: "key.folded",
  keyNormalized: "key.normalized",
  // Fuzzy title search: hashed trigrams of the normalized title, and its folded words -> films.
  titleGrams: "title.grams",
  titleWords: "title.words",
  // Trivia and quotes: sorted vocabulary with film counts, and word -> films.
  textVocab: "text.vocab",
  textVocabFilms: "text.vocabFilms",
  textFilms: "text.films",
  // People: name columns, folded name -> person, trigrams -> people, person -> films.
  personName: "person.name",
  personFolded: "person.folded",
  keyPerson: "key.person",
  personGrams: "person.grams",
  personFilms: "person.films",
} as const;

/** Films in each list order (u32 film numbers), one section per sort key. */
export const ORDER_SECTIONS: Record<SortKey, string> = {
  title: "order.title", year: "order.year", rating: "order.rating", votes: "order.votes", gross: "order.gross",
};
