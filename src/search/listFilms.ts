import type { FilmIndex } from "./filmIndex";
import { filmFilter, type ListFilter } from "./filmFilter";
import { passingFilms } from "./passingFilms";
import type { SortKey } from "./sortOrder";

// Films read from an order at a time.
const CHUNK = 4096;

/** The films of a list: the first `limit` passing every filter, in order, and how many pass in all. */
export interface ListPage {
  films: number[];
  total: number;
}

/**
 * The films passing every filter, in the chosen order, at most `limit` (0 for all). The order is
 * stored, so an unfiltered list reads only the rows it shows; a filtered one scans the columns its
 * filters test (to count what passes), then reads the order until the page is full.
 */
export function listFilms(catalog: FilmIndex, filter: ListFilter, sort: SortKey, limit = 0): ListPage {
  const test = filmFilter(filter);
  const { passes, count } = test === null ? { passes: null, count: catalog.size } : passingFilms(catalog, test);
  const wanted = Math.min(limit === 0 ? catalog.size : limit, count);
  const films: number[] = [];
  for (let start = 0; start < catalog.size && films.length < wanted; start += CHUNK) {
    const chunk = catalog.order(sort, start, passes === null ? Math.min(CHUNK, wanted - films.length) : CHUNK);
    for (let k = 0; k < chunk.length && films.length < wanted; k++) if (passes === null || passes[chunk[k]!] === 1) films.push(chunk[k]!);
  }
  return { films, total: count };
}
