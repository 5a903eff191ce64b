import { filmFilter, type ListFilter } from "../../search/filmFilter";
import { passingFilms } from "../../search/passingFilms";
import type { SortKey } from "../../search/sortOrder";
import type { UnionCatalog } from "./unionCatalog";

/** A page of a list over the library: the films, and whether more pass the filters past them. */
export interface LibraryPage {
  films: number[];
  /** How many films pass, when the whole catalogue was read (a list of all, or one that ran out); null when the list stopped early. */
  total: number | null;
}

// Films of the order tested one at a time before the filter is scanned for instead: a page of 20
// passing a common filter is found near the top; a rare one (a director) would be found only after
// reading millions of films one by one, where scanning the columns it tests takes a second.
const WALK = 2048;

/**
 * The films passing every filter, in the chosen order, at most `limit` (0 for all). Unlike
 * listFilms (search/listFilms.ts), it stops once the page is full: with millions of IMDb titles,
 * counting every film that passes would read them all.
 */
export function listLibrary(catalog: UnionCatalog, filter: ListFilter, sort: SortKey, limit: number): LibraryPage {
  const films: number[] = [];
  for (const i of libraryFilms(catalog, filter, sort)) {
    if (limit !== 0 && films.length === limit) return { films, total: null };
    films.push(i);
  }
  return { films, total: films.length };
}

/**
 * Every film passing the filters, in the chosen order, one at a time: `filmcli list --limit 0` over
 * millions of IMDb titles writes each as it comes instead of holding them all. The first `walk` films
 * of the order are tested one by one; past them, the filter's columns are scanned once and the
 * order is walked again for the films that pass, skipping those already given.
 */
export function* libraryFilms(catalog: UnionCatalog, filter: ListFilter, sort: SortKey, walk = WALK): Generator<number> {
  const test = filmFilter(filter);
  if (test === null) {
    yield* catalog.mergedOrder(sort);
    return;
  }
  let given = 0;
  let walked = 0;
  for (const i of catalog.mergedOrder(sort)) {
    if (walked++ === walk) break;
    if (test(catalog.listValues(i))) {
      given++;
      yield i;
    }
  }
  if (walked <= walk) return;
  const { passes } = passingFilms(catalog, test);
  for (const i of catalog.mergedOrder(sort, passes)) {
    if (given > 0) given--;
    else yield i;
  }
}
