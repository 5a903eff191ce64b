/** The orders `filmcli list` offers, each with its direction. */
export const SORTS = {
  title: "title, A to Z",
  year: "newest first",
  rating: "highest rating first",
  votes: "most votes first",
  gross: "highest gross first",
} as const;
export type SortKey = keyof typeof SORTS;

/** The per-film values list orders compare; NaN where a film has no value. */
export interface OrderColumns {
  /** foldText(title), article kept. */
  folded: readonly string[];
  year: ArrayLike<number>;
  ratingValue: ArrayLike<number>;
  ratingVotes: ArrayLike<number>;
  grossAmount: ArrayLike<number>;
}

/** Title A to Z, then the older film first, then dataset order: every order is total. */
export function compareTitles(folded: readonly string[], year: ArrayLike<number>, a: number, b: number): number {
  const x = folded[a]!;
  const y = folded[b]!;
  return x < y ? -1 : x > y ? 1 : year[a]! - year[b]! || a - b;
}

/** Every film, in the order `filmcli list --sort <sort>` shows them (films lacking the value last, then by title). */
export function sortOrder(columns: OrderColumns, sort: SortKey): Uint32Array {
  const { folded, year } = columns;
  const byTitle = (a: number, b: number): number => compareTitles(folded, year, a, b);
  const descending = (value: ArrayLike<number>) => (a: number, b: number): number => {
    const x = Number.isNaN(value[a]!) ? -Infinity : value[a]!;
    const y = Number.isNaN(value[b]!) ? -Infinity : value[b]!;
    return x === y ? byTitle(a, b) : y - x;
  };
  const compare: Record<SortKey, (a: number, b: number) => number> = {
    title: byTitle,
    year: descending(year),
    rating: descending(columns.ratingValue),
    votes: descending(columns.ratingVotes),
    gross: descending(columns.grossAmount),
  };
  const order = Uint32Array.from({ length: folded.length }, (_, i) => i);
  return order.sort(compare[sort]);
}
