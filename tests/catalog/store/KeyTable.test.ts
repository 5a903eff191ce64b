import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KeyHash } from "../../../src/catalog/store/keyHash";
import { KeyTable } from "../../../src/catalog/store/KeyTable";
import { KeyTableBuilder, type KeyTableBuilderOptions } from "../../../src/catalog/store/KeyTableBuilder";
import { buildAndOpen, freshPath, tempDir } from "./storeFixtures";

const dir = tempDir("keys");

function table(entries: Iterable<readonly [string, number]>, options: KeyTableBuilderOptions = {}, autoVerifyBytes?: number): KeyTable {
  const builder = new KeyTableBuilder(options);
  for (const [key, value] of entries) builder.add(key, value);
  const file = buildAndOpen(freshPath(dir), (w) => builder.write(w, "keys"), autoVerifyBytes === undefined ? {} : { autoVerifyBytes });
  return KeyTable.open(file, "keys", options.hash);
}

/** Every key hashes to its length: collisions everywhere. */
const byLength: KeyHash = { name: "test/length", hash: (key) => key.length };

describe("key tables", () => {
  it("finds each key's values, ascending and without repeats", () => {
    const keys = table([["tt0111161", 3], ["alien", 9], ["alien", 2], ["alien", 9], ["amélie", 0], ["", 5]]);
    expect([...keys.lookup("tt0111161")]).toEqual([3]);
    expect([...keys.lookup("alien")]).toEqual([2, 9]);
    expect([...keys.lookup("amélie")]).toEqual([0]);
    expect([...keys.lookup("")]).toEqual([5]);
    expect([...keys.lookup("missing")]).toEqual([]);
    expect(keys.size).toBe(5);
  });

  it("lists every value it holds, in entry order, and answers lookups the same after reading them all", () => {
    const keys = table([["b", 7], ["a", 1], ["a", 4]]);
    expect([...keys.values()].sort((x, y) => x - y)).toEqual([1, 4, 7]);
    expect([...keys.lookup("a")]).toEqual([1, 4]);
    expect([...keys.lookup("b")]).toEqual([7]);
    expect([...table([]).values()]).toEqual([]);
  });

  it("handles an empty table and a single entry", () => {
    expect([...table([]).lookup("x")]).toEqual([]);
    expect([...table([["x", 0xffffffff]]).lookup("x")]).toEqual([0xffffffff]);
  });

  it("returns every value under a colliding hash: callers check candidates", () => {
    const keys = table([["abc", 1], ["xyz", 2], ["ab", 3], ["abc", 4]], { hash: byLength });
    expect([...keys.lookup("abc")]).toEqual([1, 2, 4]);
    expect([...keys.lookup("qqq")]).toEqual([1, 2, 4]);
    expect([...keys.lookup("zz")]).toEqual([3]);
  });

  it("refuses a table built with another hash", () => {
    const builder = new KeyTableBuilder({ hash: byLength });
    builder.add("a", 1);
    const file = buildAndOpen(freshPath(dir), (w) => builder.write(w, "keys"));
    expect(() => KeyTable.open(file, "keys")).toThrow(expect.objectContaining({ reason: "incompatible" }));
  });

  it("builds and looks up 200k keys with many duplicates quickly, through positioned reads", () => {
    const n = 200_000;
    const started = performance.now();
    const builder = new KeyTableBuilder({ runPairs: 50_000 }); // several runs: exercises the merge
    for (let i = 0; i < n; i++) {
      builder.add(`tt${i}`, i);
      builder.add(`title ${i % 1000}`, i); // 200 films per title
    }
    const file = buildAndOpen(freshPath(dir), (w) => builder.write(w, "keys"), { autoVerifyBytes: 0 });
    const keys = KeyTable.open(file, "keys");
    expect(keys.size).toBe(2 * n);
    for (const i of [0, 1, 99_999, 199_999]) expect(keys.lookup(`tt${i}`)).toContain(i);
    const shared = keys.lookup("title 7");
    expect(shared.length).toBeGreaterThanOrEqual(200);
    expect([...shared].filter((v) => v % 1000 === 7)).toEqual(Array.from({ length: 200 }, (_, k) => k * 1000 + 7));
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("agrees with a Map for any keys and values (property)", () => {
    const entry = fc.tuple(fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 })), fc.nat());
    for (const options of [{}, { hash: byLength }, { bucketBits: 0 }, { bucketBits: 16, runPairs: 3 }] as KeyTableBuilderOptions[]) {
      fc.assert(fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const keys = table(entries, options);
        const expected = new Map<string, Set<number>>();
        for (const [key, value] of entries) expected.set(key, (expected.get(key) ?? new Set()).add(value));
        for (const [key, values] of expected) {
          const found = [...keys.lookup(key)];
          expect(found).toEqual([...new Set(found)].sort((a, b) => a - b));
          for (const value of values) expect(found).toContain(value);
        }
      }), { numRuns: 25 });
    }
  });
});
