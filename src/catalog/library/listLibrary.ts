import type { ListFilter } from "../../search/listFilms";
import { foldText } from "../../search/normalizeTitle";
import type { SortKey } from "../../search/sortOrder";
import type { UnionCatalog } from "./unionCatalog";

/** The filters `filmcli list` adds with the IMDb library. */
export interface LibraryFilter extends ListFilter {
  /** IMDb title types, e.g. ["movie", "tvSeries"]; a bundled film without a twin counts as a movie. */
  kinds?: string[];
  minVotes?: number;
}

/** A page of a list over the library: the films, and whether more pass the filters past them. */
export interface LibraryPage {
  films: number[];
  /** How many films pass, when the whole catalogue was read (a list of all, or one that ran out); null when the list stopped early. */
  total: number | null;
}

// Films read from an order at a time: a few at first (a page of 20 passing a common filter is near
// the top), doubling up to CHUNK for a rare filter or a list of all.
const FIRST_CHUNK = 32;
const CHUNK = 1024;

/** Whether a film passes every filter. */
function keeps(catalog: UnionCatalog, filter: LibraryFilter): (i: number) => boolean {
  const director = filter.director === undefined ? undefined : foldText(filter.director).split(" ");
  const genre = filter.genre === undefined ? undefined : foldText(filter.genre);
  const kinds = filter.kinds === undefined ? undefined : new Set(filter.kinds.map((k) => k.toLowerCase()));
  return (i: number): boolean => {
    if (filter.year !== undefined || filter.from !== undefined || filter.to !== undefined) {
      const year = catalog.year(i);
      if ((filter.year !== undefined && year !== filter.year) || (filter.from !== undefined && year < filter.from) || (filter.to !== undefined && year > filter.to)) return false;
    }
    if (filter.minVotes !== undefined && (catalog.votes(i) ?? 0) < filter.minVotes) return false;
    if (kinds !== undefined && !kinds.has(catalog.kind(i).toLowerCase())) return false;
    if (director === undefined && genre === undefined && filter.minRating === undefined) return true;
    const values = catalog.listValues(i);
    if (director !== undefined && !values.directors.some((d) => { const words = foldText(d).split(" "); return director.every((w) => words.some((n) => n.startsWith(w))); })) return false;
    if (genre !== undefined && !values.genres.some((g) => foldText(g).includes(genre))) return false;
    if (filter.minRating === undefined) return true;
    const rating = values.rating;
    return rating !== null && (rating.value / rating.scale) * 10 >= filter.minRating;
  };
}

/**
 * The films passing every filter, in the chosen order, at most `limit` (0 for all). Unlike
 * listFilms (search/listFilms.ts), it stops once the page is full: with millions of IMDb titles,
 * counting every film that passes would read them all.
 */
export function listLibrary(catalog: UnionCatalog, filter: LibraryFilter, sort: SortKey, limit: number): LibraryPage {
  const films: number[] = [];
  for (const i of libraryFilms(catalog, filter, sort)) {
    if (limit !== 0 && films.length === limit) return { films, total: null };
    films.push(i);
  }
  return { films, total: films.length };
}

/**
 * Every film passing the filters, in the chosen order, one at a time: `filmcli list --limit 0` over
 * millions of IMDb titles writes each as it comes instead of holding them all.
 */
export function* libraryFilms(catalog: UnionCatalog, filter: LibraryFilter, sort: SortKey): Generator<number> {
  const keep = keeps(catalog, filter);
  for (let start = 0, size = FIRST_CHUNK; ; start += size, size = Math.min(CHUNK, size * 2)) {
    const chunk = catalog.order(sort, start, size);
    if (chunk.length === 0) return;
    for (let k = 0; k < chunk.length; k++) if (keep(chunk[k]!)) yield chunk[k]!;
  }
}
