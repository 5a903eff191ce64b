import type { Film } from "./film";
import { topGross } from "./filmSummary";
import { foldText } from "./normalizeTitle";

/** The orders `filmcli list` offers, each with its direction. */
export const SORTS = {
  title: "title, A to Z",
  year: "newest first",
  rating: "highest rating first",
  votes: "most votes first",
  gross: "highest gross first",
} as const;
export type SortKey = keyof typeof SORTS;

/** Filters for `filmcli list`; every one is optional. */
export interface ListFilter {
  year?: number;
  from?: number;
  to?: number;
  director?: string;
  genre?: string;
  minRating?: number;
}

const byTitle = (a: Film, b: Film): number => foldText(a.title).localeCompare(foldText(b.title)) || a.year - b.year;
// Films lacking the sorted value go last, then by title, so every order is total and stable.
const desc = (value: (f: Film) => number | undefined) => (a: Film, b: Film): number =>
  (value(b) ?? -Infinity) - (value(a) ?? -Infinity) || byTitle(a, b);

const COMPARE: Record<SortKey, (a: Film, b: Film) => number> = {
  title: byTitle,
  year: desc((f) => f.year),
  rating: desc((f) => f.rating?.value),
  votes: desc((f) => f.rating?.votes),
  gross: desc((f) => topGross(f)?.amount),
};

/** Whether every word of `wanted` begins a word of `name` ("nolan", "chris nolan" for "Christopher Nolan"). */
function nameMatches(name: string, wanted: string): boolean {
  const words = foldText(name).split(" ");
  return foldText(wanted).split(" ").every((w) => words.some((n) => n.startsWith(w)));
}

/** The films passing every filter, in the chosen order. */
export function listFilms(films: readonly Film[], filter: ListFilter, sort: SortKey): Film[] {
  const genre = filter.genre === undefined ? undefined : foldText(filter.genre);
  return films.filter((f) =>
    (filter.year === undefined || f.year === filter.year)
    && (filter.from === undefined || f.year >= filter.from)
    && (filter.to === undefined || f.year <= filter.to)
    && (filter.director === undefined || f.directors.some((d) => nameMatches(d, filter.director!)))
    && (genre === undefined || f.genres.some((g) => foldText(g).includes(genre)))
    && (filter.minRating === undefined || (f.rating !== undefined && f.rating.value / f.rating.scale * 10 >= filter.minRating)))
    .sort(COMPARE[sort]);
}
