import type { DidYouKnow, Film, FilmRef, ImdbEpisode, Money, Rating, Runtime } from "./film";

/** The attribution IMDb's terms require wherever its data is shown (never inside JSON data rows). */
export const IMDB_ATTRIBUTION = "Information courtesy of IMDb (https://www.imdb.com). Used with permission.";

/** One principal on the card: who, as what, and every character played. */
export interface ImdbCardCredit {
  id: string;
  name: string;
  category: string;
  characters: string[];
}

/** IMDb's facts on the card (present only for a film the IMDb library holds; README, "All of IMDb"). */
export interface ImdbCard {
  /** The tconst, e.g. "tt0089560". */
  id: string;
  kind: string;
  originalTitle: string | null;
  startYear: number | null;
  /** The last year of a series (null while running, or for anything but a series). */
  endYear: number | null;
  runtimeMinutes: number | null;
  genres: string[];
  rating: { value: number; votes: number } | null;
  directors: string[];
  writers: string[];
  /** The principal cast and crew, in IMDb's order. */
  principals: ImdbCardCredit[];
  /** How many alternative titles IMDb records. */
  akaCount: number;
  episode: ImdbEpisode | null;
}

/** Everything the `show` card displays, as plain data (this is also its JSON). */
export interface ShowCard extends FilmRef {
  logline: string | null;
  rating: Rating | null;
  rottenTomatoes: number | null;
  directors: string[];
  /** Writers, when a page names them. */
  writers: string[];
  stars: string[];
  genres: string[];
  creativeType: string | null;
  mpaaRating: string | null;
  releaseDate: string | null;
  runtimes: Runtime[];
  budget: Money | null;
  grosses: Money[];
  dvdSales: Money | null;
  distributor: string | null;
  storySource: string | null;
  taglines: string[];
  filmingLocations: string[];
  plot: string | null;
  counts: { cast: number; trivia: number; goofs: number; quotes: number; reviews: number };
  /** "Did You Know?" items of other kinds than trivia, goofs and quotes (Crazy Credits, Connections, ...). */
  didYouKnow: DidYouKnow[];
  sources: string[];
  /** IMDb's facts, when the film is in the IMDb library (the key is absent otherwise). */
  imdb?: ImdbCard;
}

/** Builds the summary card of a film. */
export function showCard(film: Film): ShowCard {
  return {
    id: film.id,
    title: film.title,
    year: film.year,
    logline: film.logline ?? null,
    rating: film.rating ?? null,
    rottenTomatoes: film.rottenTomatoes ?? null,
    directors: film.directors,
    writers: film.writers ?? [],
    stars: film.stars,
    genres: film.genres,
    creativeType: film.creativeType ?? null,
    mpaaRating: film.mpaaRating ?? null,
    releaseDate: film.releaseDate ?? null,
    runtimes: film.runtimes,
    budget: film.budget ?? null,
    grosses: film.grosses,
    dvdSales: film.dvdSales ?? null,
    distributor: film.distributor ?? null,
    storySource: film.storySource ?? null,
    taglines: film.taglines,
    filmingLocations: film.filmingLocations,
    plot: film.plot ?? null,
    counts: {
      cast: film.cast.length,
      trivia: film.trivia.length,
      goofs: film.goofs.length,
      quotes: film.quotes.length,
      reviews: film.reviews.length,
    },
    didYouKnow: film.didYouKnow ?? [],
    sources: film.sources,
    ...(film.imdb ? { imdb: imdbCard(film) } : {}),
  };
}

/** IMDb's facts of a film, as the card shows them. */
function imdbCard(film: Film): ImdbCard {
  const f = film.imdb!;
  return {
    id: f.id,
    kind: f.kind,
    originalTitle: f.originalTitle ?? null,
    startYear: f.startYear ?? null,
    endYear: f.endYear ?? null,
    runtimeMinutes: f.runtimeMinutes ?? null,
    genres: f.genres,
    rating: f.rating ?? null,
    directors: f.directors.map((d) => d.name),
    writers: f.writers.map((w) => w.name),
    principals: f.principals.map((p) => ({ id: p.id, name: p.name, category: p.category, characters: p.characters })),
    akaCount: f.akaCount,
    episode: f.episode ?? null,
  };
}
