import { describe, expect, it } from "vitest";
import { libraryOrders } from "../../../src/catalog/library/writeLibrary";
import { sortOrder, SORTS, type SortKey } from "../../../src/search/sortOrder";

// A seeded generator, so the columns are the same every run.
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

function columns(n: number, seed: number) {
  const r = random(seed);
  const words = ["mask", "the mask", "mask 2", "", "ночь", "夜", "zorro", "a", "ab", "abc", "mask"];
  const pickValue = (values: number[]) => values[Math.floor(r() * values.length)]!;
  return {
    folded: Array.from({ length: n }, () => words[Math.floor(r() * words.length)]!),
    year: Uint16Array.from({ length: n }, () => pickValue([0, 1985, 1985, 1999, 2024])),
    ratingValue: Float64Array.from({ length: n }, () => pickValue([Number.NaN, 7.3, 7.3, 8, 0, 10])),
    ratingVotes: Float64Array.from({ length: n }, () => pickValue([Number.NaN, 0, 12, 12, 380000, 3e9])),
    grossAmount: new Float64Array(n).fill(Number.NaN),
  };
}

describe("libraryOrders", () => {
  it.each([[0, 1], [1, 2], [7, 3], [500, 4], [2000, 5]])("puts %i films in sortOrder's places (seed %i)", (n, seed) => {
    const data = columns(n, seed);
    const orders = libraryOrders(data, (f) => data.folded[f]!);
    for (const sort of Object.keys(SORTS) as SortKey[]) expect([sort, [...orders[sort]]]).toEqual([sort, [...sortOrder(data, sort)]]);
  });
});
