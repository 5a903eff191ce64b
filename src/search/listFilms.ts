import type { FilmIndex } from "./filmIndex";
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

/** Whether every word of `wanted` begins a word of `name` ("nolan", "chris nolan" for "Christopher Nolan"). */
function nameMatches(name: string, wanted: string[]): boolean {
  const words = foldText(name).split(" ");
  return wanted.every((w) => words.some((n) => n.startsWith(w)));
}

/** The films (by place in the catalogue) passing every filter, in the chosen order. */
export function listFilms(catalog: FilmIndex, filter: ListFilter, sort: SortKey): number[] {
  const x = { ...catalog.core, ...catalog.details };
  const director = filter.director === undefined ? undefined : foldText(filter.director).split(" ");
  const genre = filter.genre === undefined ? undefined : foldText(filter.genre);
  const keep = (i: number): boolean => {
    const year = x.year[i]!;
    return (filter.year === undefined || year === filter.year)
      && (filter.from === undefined || year >= filter.from)
      && (filter.to === undefined || year <= filter.to)
      && (director === undefined || x.directors[i]!.some((d) => nameMatches(d, director)))
      && (genre === undefined || x.genres[i]!.some((g) => foldText(g).includes(genre)))
      && (filter.minRating === undefined || (x.ratingValue[i] != null && (x.ratingValue[i]! / x.ratingScale[i]!) * 10 >= filter.minRating));
  };
  const byTitle = (a: number, b: number): number => (x.folded[a]! < x.folded[b]! ? -1 : x.folded[a]! > x.folded[b]! ? 1 : x.year[a]! - x.year[b]!);
  // Films lacking the sorted value go last, then by title, so every order is total and stable.
  const desc = (value: (i: number) => number | undefined) => (a: number, b: number): number =>
    (value(b) ?? -Infinity) - (value(a) ?? -Infinity) || byTitle(a, b);
  const compare: Record<SortKey, (a: number, b: number) => number> = {
    title: byTitle,
    year: desc((i) => x.year[i]),
    rating: desc((i) => x.ratingValue[i] ?? undefined),
    votes: desc((i) => x.ratingVotes[i] ?? undefined),
    gross: desc((i) => x.grossAmount[i] ?? undefined),
  };
  const kept: number[] = [];
  for (let i = 0; i < catalog.size; i++) if (keep(i)) kept.push(i);
  return kept.sort(compare[sort]);
}
