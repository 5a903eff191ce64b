import type { Film, FilmRef, Money, Rating, Runtime } from "./film";

/** Everything the `show` card displays, as plain data (this is also its JSON). */
export interface ShowCard extends FilmRef {
  logline: string | null;
  rating: Rating | null;
  rottenTomatoes: number | null;
  directors: string[];
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
  sources: string[];
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
    sources: film.sources,
  };
}
