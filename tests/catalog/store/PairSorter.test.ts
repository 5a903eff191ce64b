import fc from "fast-check";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PairSorter, type PairSorterOptions } from "../../../src/catalog/store/PairSorter";
import { dedupeSortedPairs, radixSortPairs } from "../../../src/catalog/store/radixSortPairs";
import { tempDir } from "./storeFixtures";

function drained(sorter: PairSorter): [number, number][] {
  const out: [number, number][] = [];
  sorter.drain((high, low, n) => {
    for (let i = 0; i < n; i++) out.push([high[i]!, low[i]!]);
  });
  return out;
}

const reference = (pairs: readonly (readonly [number, number])[]): [number, number][] =>
  [...new Map(pairs.map(([h, l]) => [`${h}:${l}`, [h, l] as [number, number]])).values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

const u32 = fc.oneof(fc.nat(3), fc.nat({ max: 0xffffffff }));

describe("radixSortPairs", () => {
  it("sorts interleaved (low, high) words by (high, low)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(u32, u32), { maxLength: 100 }), (pairs) => {
      const words = new Uint32Array(pairs.flatMap(([h, l]) => [l, h]));
      const sorted = radixSortPairs(words, new Uint32Array(words.length), pairs.length);
      const n = dedupeSortedPairs(sorted, pairs.length);
      const got = Array.from({ length: n }, (_, i) => [sorted[2 * i + 1], sorted[2 * i]]);
      expect(got).toEqual(reference(pairs));
    }));
  });
});

describe("PairSorter", () => {
  it("sorts and deduplicates across runs, in memory and spilled", () => {
    const dir = tempDir("spill");
    for (const options of [{}, { runPairs: 3 }, { runPairs: 2, spill: { dir, memoryLimitBytes: 0 } }] as PairSorterOptions[]) {
      fc.assert(fc.property(fc.array(fc.tuple(u32, u32), { maxLength: 50 }), (pairs) => {
        const sorter = new PairSorter(options);
        for (const [h, l] of pairs) sorter.add(h, l);
        expect(sorter.size).toBe(pairs.length);
        expect(drained(sorter)).toEqual(reference(pairs));
      }), { numRuns: 60 });
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("spills runs beyond the memory limit to an unlinked file and merges them back", () => {
    const dir = tempDir("spill-big");
    const sorter = new PairSorter({ runPairs: 10_000, spill: { dir, memoryLimitBytes: 100_000 } });
    const n = 100_000;
    for (let i = 0; i < n; i++) sorter.add((i * 2654435761) % 1000 >>> 0, i);
    expect(readdirSync(dir)).toEqual([]); // unlinked as soon as created
    expect(sorter.spilledRuns).toBeGreaterThan(5);
    let count = 0;
    let previous = -1;
    let ascending = true;
    sorter.drain((high, low, m) => {
      for (let i = 0; i < m; i++) {
        const key = high[i]! * 2 ** 32 + low[i]!;
        ascending &&= key > previous;
        previous = key;
      }
      count += m;
    });
    expect([count, ascending]).toEqual([n, true]);
    expect(() => sorter.add(1, 1)).toThrow(/drained or disposed/);
  });

  it("refuses halves that are not u32", () => {
    const sorter = new PairSorter();
    for (const [h, l] of [[-1, 0], [0, 2 ** 32], [0.5, 0], [Number.NaN, 0]]) expect(() => sorter.add(h!, l!)).toThrow(RangeError);
  });
});
