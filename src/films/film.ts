// The dataset schema. data/films.schema.json describes the same shape for other tools;
// tests/core/schema.test.ts keeps the two in agreement.

/** A rating on a numeric scale, with the number of votes when the source gives it. */
export interface Rating {
  value: number;
  scale: number;
  votes?: number;
}

/** One cast credit; `creditedAs` holds an on-screen credit note such as "(as Kelly Minter)". */
export interface CastCredit {
  actor: string;
  character: string;
  creditedAs?: string;
}

/** A money amount with its ISO 4217 currency and the region it was earned in. */
export interface Money {
  amount: number;
  currency: string;
  region?: string;
}

/** A running time as the source gives it: minutes may be missing while a region or note survives. */
export interface Runtime {
  minutes: number | null;
  region?: string;
  note?: string;
}

/** A goof, with the category the source files it under (e.g. "Anachronisms"). */
export interface Goof {
  category: string;
  text: string;
}

/** A quoted line with its speaker and an optional stage direction such as "Poem". */
export interface Quote {
  speaker: string;
  direction?: string;
  text: string;
}

/** A user review; `score` is the reviewer's own score on the reviewer's own scale. */
export interface Review {
  title: string;
  text: string;
  score?: Rating;
}

/** A "Did You Know?" item of another kind than trivia, goofs and quotes: "Crazy Credits", "Connections", "Soundtracks", "Alternate Versions". */
export interface DidYouKnow {
  kind: string;
  text: string;
}

/** One film record. Lists are always present (possibly empty) so consumers never test for absence. */
export interface Film {
  id: string;
  title: string;
  year: number;
  releaseDate?: string;
  logline?: string;
  plot?: string;
  rating?: Rating;
  directors: string[];
  /** Writers, when a source names them. */
  writers?: string[];
  stars: string[];
  cast: CastCredit[];
  taglines: string[];
  filmingLocations: string[];
  /** Box-office grosses, one per region ("USA", "Worldwide"). */
  grosses: Money[];
  budget?: Money;
  dvdSales?: Money;
  mpaaRating?: string;
  distributor?: string;
  /** What the story is based on, e.g. "Original Screenplay" or "Based on Book/Short Story". */
  storySource?: string;
  genres: string[];
  creativeType?: string;
  /** The Rotten Tomatoes critics' score, a percentage. */
  rottenTomatoes?: number;
  runtimes: Runtime[];
  trivia: string[];
  goofs: Goof[];
  quotes: Quote[];
  reviews: Review[];
  /** "Did You Know?" items that are not trivia, goofs or quotes, under their kind (Crazy Credits, Connections, ...). */
  didYouKnow?: DidYouKnow[];
  sources: string[];
  /** What IMDb's datasets say of the film, when it is in the imported library (README, "All of IMDb"). */
  imdb?: ImdbFacts;
}

/** A person as IMDb names them: their nconst and name. */
export interface ImdbPerson {
  id: string;
  name: string;
}

/** One principal credit of a title: who, in what category (actor, director, writer, ...), and every character played. */
export interface ImdbPrincipal extends ImdbPerson {
  category: string;
  job?: string;
  characters: string[];
}

/** Where an episode sits: its series (tconst and title) and its season and episode numbers when IMDb gives them. */
export interface ImdbEpisode {
  seriesId: string;
  seriesTitle?: string;
  season?: number;
  episode?: number;
}

/** IMDb's facts about one title, from its non-commercial datasets. */
export interface ImdbFacts {
  /** The tconst, e.g. "tt0089560". */
  id: string;
  /** IMDb's titleType: movie, short, tvSeries, tvEpisode, ... */
  kind: string;
  title: string;
  originalTitle?: string;
  startYear?: number;
  /** The last year of a series. */
  endYear?: number;
  runtimeMinutes?: number;
  genres: string[];
  rating?: { value: number; votes: number };
  directors: ImdbPerson[];
  writers: ImdbPerson[];
  principals: ImdbPrincipal[];
  /** How many alternative titles (title.akas rows with a title of their own) the title has. */
  akaCount: number;
  adult?: true;
  episode?: ImdbEpisode;
}

/** The bundled dataset file: a versioned wrapper around the films. */
export interface Dataset {
  schemaVersion: 1;
  films: Film[];
}

/** The identifying fields every per-film row and summary carries. */
export interface FilmRef {
  id: string;
  title: string;
  year: number;
}

/** Picks the identifying fields of a film. */
export function filmRef(film: Film): FilmRef {
  return { id: film.id, title: film.title, year: film.year };
}
