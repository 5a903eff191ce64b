import type { Film, FilmRef, Money, Rating } from "./film";

/** A film in a result list: the identifying fields plus what a list shows. */
export interface FilmSummary extends FilmRef {
  directors: string[];
  genres: string[];
  rating: Rating | null;
  /** The film's largest recorded gross (worldwide when known), or null. */
  gross: Money | null;
}

/** The largest recorded gross of a film, or null when none is recorded. */
export function topGross(film: Film): Money | null {
  return film.grosses.reduce<Money | null>((best, g) => (best === null || g.amount > best.amount ? g : best), null);
}
