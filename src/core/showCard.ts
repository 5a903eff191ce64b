import type { Film, FilmRef, Money, Rating, Runtime } from "./film";

/** Everything the `show` card displays, as plain data (this is also its JSON). */
export interface ShowCard extends FilmRef {
  logline: string | null;
  rating: Rating | null;
  directors: string[];
  stars: string[];
  releaseDate: string | null;
  runtimes: Runtime[];
  gross: Money | null;
  taglines: string[];
  filmingLocations: string[];
  plot: string | null;
  counts: { cast: number; trivia: number; goofs: number; quotes: number; reviews: number };
}

/** Builds the summary card of a film. */
export function showCard(film: Film): ShowCard {
  return {
    id: film.id,
    title: film.title,
    year: film.year,
    logline: film.logline ?? null,
    rating: film.rating ?? null,
    directors: film.directors,
    stars: film.stars,
    releaseDate: film.releaseDate ?? null,
    runtimes: film.runtimes,
    gross: film.gross ?? null,
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
  };
}
