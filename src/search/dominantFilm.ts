import type { FilmIndex } from "./filmIndex";

/** How many times the votes of every other film of the same title a film needs to be the one a bare title means. */
export const DOMINANT = 20;

/** The one film of `films` with DOMINANT times the votes of each other (unknown votes count as none), if any. */
export function dominantFilm(catalog: FilmIndex, films: readonly number[]): number | undefined {
  if (films.length < 2) return films[0];
  const votes = films.map((i) => catalog.votes(i) ?? 0);
  const top = Math.max(...votes);
  const rest = votes.filter((v) => v !== top);
  return votes.filter((v) => v === top).length === 1 && rest.every((v) => v * DOMINANT <= top) ? films[votes.indexOf(top)] : undefined;
}
