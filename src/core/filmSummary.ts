import type { Film, FilmRef, Rating } from "./film";

/** A film in a result list: the identifying fields plus what a list shows. */
export interface FilmSummary extends FilmRef {
  directors: string[];
  rating: Rating | null;
}

/** The summary of a film shown in search results and lists. */
export function filmSummary(film: Film): FilmSummary {
  return { id: film.id, title: film.title, year: film.year, directors: film.directors, rating: film.rating ?? null };
}
