import type { FilmIndex, ListValues } from "./filmIndex";
import type { SortKey } from "./sortOrder";
import { foldText } from "./normalizeTitle";

/** Filters for `filmcli list`; every one is optional. */
export interface ListFilter {
  year?: number;
  from?: number;
  to?: number;
  director?: string;
  genre?: string;
  minRating?: number;
}

/** Whether every word of `wanted` begins a word of `name` ("nolan", "chris nolan" for "Christopher Nolan"). */
function nameMatches(name: string, wanted: string[]): boolean {
  const words = foldText(name).split(" ");
  return wanted.every((w) => words.some((n) => n.startsWith(w)));
}

// Films read from an order at a time: one read of the order, then the filters' rows.
const CHUNK = 4096;

/** The films of a list: the first `limit` passing every filter, in order, and how many pass in all. */
export interface ListPage {
  films: number[];
  total: number;
}

/**
 * The films passing every filter, in the chosen order, at most `limit` (0 for all). The order is
 * stored, so an unfiltered list reads only the rows it shows; a filtered one tests every film (to
 * count them), reading only the values its filters need.
 */
export function listFilms(catalog: FilmIndex, filter: ListFilter, sort: SortKey, limit = 0): ListPage {
  const director = filter.director === undefined ? undefined : foldText(filter.director).split(" ");
  const genre = filter.genre === undefined ? undefined : foldText(filter.genre);
  const byYear = filter.year !== undefined || filter.from !== undefined || filter.to !== undefined;
  const byValues = director !== undefined || genre !== undefined || filter.minRating !== undefined;
  const keepYear = (year: number): boolean => (filter.year === undefined || year === filter.year)
    && (filter.from === undefined || year >= filter.from) && (filter.to === undefined || year <= filter.to);
  const keepValues = ({ directors, genres, rating }: ListValues): boolean =>
    (director === undefined || directors.some((d) => nameMatches(d, director)))
    && (genre === undefined || genres.some((g) => foldText(g).includes(genre)))
    && (filter.minRating === undefined || (rating !== null && (rating.value / rating.scale) * 10 >= filter.minRating));
  const keep = (i: number): boolean => (!byYear || keepYear(catalog.year(i))) && (!byValues || keepValues(catalog.listValues(i)));
  const filtered = byYear || byValues;
  const wanted = limit === 0 ? catalog.size : limit;
  const films: number[] = [];
  let total = 0;
  for (let start = 0; start < catalog.size; start += CHUNK) {
    if (!filtered && films.length >= wanted) break;
    const chunk = catalog.order(sort, start, filtered ? CHUNK : Math.min(CHUNK, wanted - films.length));
    for (let k = 0; k < chunk.length; k++) {
      const i = chunk[k]!;
      if (filtered && !keep(i)) continue;
      total++;
      if (films.length < wanted) films.push(i);
    }
  }
  return { films, total: filtered ? total : catalog.size };
}
