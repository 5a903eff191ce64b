import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mostHits } from "../../src/catalog/diskCatalog";

/** The plain way: a Map of weights, sorted by weight, then film number. */
function plainMostHits(lists: Array<[Uint32Array, number]>, size: number, limit: number): number[] {
  const hits = new Map<number, number>();
  for (const [films, weight] of lists) for (const f of films) if (f < size) hits.set(f, Math.min(255, (hits.get(f) ?? 0) + weight));
  return [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([f]) => f).sort((a, b) => a - b);
}

describe("mostHits", () => {
  it("takes the films of most weight, ties to the lower number, as a Map and a sort would", () => {
    const list = fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 80 }).map((xs) => Uint32Array.from(xs.sort((a, b) => a - b)));
    const lists = fc.array(fc.tuple(list, fc.constantFrom(1, 2)), { maxLength: 12 });
    fc.assert(fc.property(lists, fc.integer({ min: 1, max: 60 }), (ls, limit) => {
      expect(Array.from(mostHits(ls, 250, limit))).toEqual(plainMostHits(ls, 250, limit));
    }), { numRuns: 500 });
  });

  it.each([
    [[[[1, 2, 3], 1], [[2, 3], 1], [[3], 2]], 2, [2, 3]],
    [[[[5, 6, 7], 1]], 2, [5, 6]],
    [[], 3, []],
  ] as Array<[Array<[number[], number]>, number, number[]]>)("%j, best %d: %j", (lists, limit, films) => {
    expect(Array.from(mostHits(lists.map(([fs, w]) => [Uint32Array.from(fs), w] as const), 10, limit))).toEqual(films);
  });
});
