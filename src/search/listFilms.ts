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
  if (wanted === 0) return { films, total: count };
  for (const i of inOrder(catalog, sort, passes, passes === null ? Math.min(CHUNK, wanted) : CHUNK)) {
    films.push(i);
    if (films.length === wanted) break;
  }
  return { films, total: count };
}

/** Every film passing the filters, in the chosen order, one at a time: a list of every film holds none of them. */
export function* listedFilms(catalog: FilmIndex, filter: ListFilter, sort: SortKey): Generator<number> {
  const test = filmFilter(filter);
  yield* inOrder(catalog, sort, test === null ? null : passingFilms(catalog, test).passes);
}

/** The films of an order that `passes` marks (all without it), reading the order `first` films, then CHUNK, at a time. */
function* inOrder(catalog: FilmIndex, sort: SortKey, passes: Uint8Array | null, first = CHUNK): Generator<number> {
  for (let start = 0, size = first; start < catalog.size; start += size, size = CHUNK) {
    const chunk = catalog.order(sort, start, size);
    for (let k = 0; k < chunk.length; k++) if (passes === null || passes[chunk[k]!] === 1) yield chunk[k]!;
  }
}
