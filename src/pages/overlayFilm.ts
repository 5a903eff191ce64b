import type { Film } from "../films/film";

const isEmpty = (value: unknown): boolean => value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * One record of a film from a page and another source's record of it: the page's facts first, the
 * other record filling only what the page lacks; sources list the page's first, each once.
 */
export function overlayFilm<T extends Partial<Film>>(page: Film, other: T): Film {
  const merged = { ...page } as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(other)) {
    if (key !== "sources" && key !== "id" && isEmpty(merged[key]) && !isEmpty(value)) merged[key] = value;
  }
  const film = merged as unknown as Film;
  film.sources = [...new Set([...page.sources, ...(other.sources ?? [])])];
  return film;
}
