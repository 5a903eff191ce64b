import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IndexFile } from "../../../src/catalog/store/IndexFile";
import { writeIndexFile } from "../../../src/catalog/store/IndexWriter";
import { Postings } from "../../../src/catalog/store/Postings";
import { PostingsBuilder } from "../../../src/catalog/store/PostingsBuilder";
import type { PairSorterOptions } from "../../../src/catalog/store/PairSorter";
import { decodeDeltas, encodeDeltas } from "../../../src/catalog/store/varint";
import { freshPath, tempDir } from "./storeFixtures";

const dir = tempDir("postings");

function postings(pairs: Iterable<readonly [number, number]>, options: PairSorterOptions = {}, autoVerifyBytes?: number): Postings {
  const builder = new PostingsBuilder(options);
  for (const [term, value] of pairs) builder.add(term, value);
  const path = freshPath(dir);
  writeIndexFile(path, (w) => builder.write(w, "grams"));
  return Postings.open(IndexFile.open(path, autoVerifyBytes === undefined ? {} : { autoVerifyBytes }), "grams");
}

describe("postings codec", () => {
  it("round-trips ascending u32 lists and decodes prefixes", () => {
    fc.assert(fc.property(fc.uniqueArray(fc.nat({ max: 0xffffffff }), { maxLength: 200 }), fc.nat(220), (raw, limit) => {
      const values = [...raw].sort((a, b) => a - b);
      const bytes = encodeDeltas(values);
      expect([...decodeDeltas(bytes, values.length)]).toEqual(values);
      const n = Math.min(limit, values.length);
      expect([...decodeDeltas(bytes, n)]).toEqual(values.slice(0, n));
    }));
  });

  it("uses one byte for gaps under 128 and five for the largest", () => {
    expect(encodeDeltas([0, 1, 128, 0xffffffff]).length).toBe(1 + 1 + 1 + 5);
    expect(() => encodeDeltas([3, 3])).toThrow(RangeError);
    expect(() => decodeDeltas(new Uint8Array([0x80]), 1)).toThrow(RangeError);
    expect(() => decodeDeltas(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x10]), 1)).toThrow(RangeError);
    expect(() => decodeDeltas(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), 1)).toThrow(RangeError);
  });
});

describe("postings", () => {
  it("gives counts and ascending, deduplicated lists per term", () => {
    const p = postings([[5, 30], [5, 10], [5, 20], [5, 10], [1, 7], [0xffffffff, 0], [0xffffffff, 0xffffffff]]);
    expect([p.termCount, p.pairCount]).toEqual([3, 6]);
    expect([...p.read(5)]).toEqual([10, 20, 30]);
    expect(p.count(5)).toBe(3);
    expect([...p.read(5, 2)]).toEqual([10, 20]);
    expect([...p.read(5, 0)]).toEqual([]);
    expect([...p.read(1)]).toEqual([7]);
    expect([...p.read(0xffffffff)]).toEqual([0, 0xffffffff]);
    for (const absent of [0, 2, 6, 0xfffffffe]) {
      expect([p.count(absent), p.has(absent), [...p.read(absent)]]).toEqual([0, false, []]);
    }
    expect(() => p.count(-1)).toThrow(RangeError);
  });

  it("handles no terms at all", () => {
    const p = postings([]);
    expect([p.termCount, p.count(0), [...p.read(0)]]).toEqual([0, 0, []]);
  });

  it("reads only the bytes the first `limit` values need", () => {
    const builder = new PostingsBuilder();
    builder.addList(1, Array.from({ length: 100_000 }, (_, i) => i * 1000));
    const path = freshPath(dir);
    writeIndexFile(path, (w) => builder.write(w, "grams"));
    const file = IndexFile.open(path, { autoVerifyBytes: 0 });
    const p = Postings.open(file, "grams");
    const reads: number[] = [];
    const read = file.read.bind(file);
    file.read = (part, offset, length) => {
      reads.push(length);
      return read(part, offset, length);
    };
    expect([...p.read(1, 3)]).toEqual([0, 1000, 2000]);
    expect(reads).toEqual([4, 16, 15]); // the fence (one term), its directory entry, 3 values of up to 5 bytes
    expect(p.count(1)).toBe(100_000);
  });

  it("finds every term among many (fence stride above the minimum), with spilled runs", () => {
    const terms = 200_000;
    const pairs: [number, number][] = [];
    for (let t = 0; t < terms; t++) pairs.push([t * 7, t], [t * 7, t + 1]);
    const spill = { runPairs: 60_000, spill: { dir, memoryLimitBytes: 0 } };
    const p = postings(pairs, spill, 0);
    expect(p.termCount).toBe(terms);
    for (const t of [0, 1, 15, 16, 17, 65_535, 65_536, 199_999]) {
      expect([...p.read(t * 7)]).toEqual([t, t + 1]);
      expect(p.count(t * 7 + 1)).toBe(0);
    }
  });

  it("agrees with a map of sorted sets for any pairs (property)", () => {
    const pair = fc.tuple(fc.oneof(fc.nat(20), fc.nat({ max: 0xffffffff })), fc.oneof(fc.nat(50), fc.nat({ max: 0xffffffff })));
    for (const options of [{}, { runPairs: 4 }, { runPairs: 5, spill: { dir, memoryLimitBytes: 16 } }] as PairSorterOptions[]) {
      fc.assert(fc.property(fc.array(pair, { maxLength: 80 }), fc.nat(10), (pairs, limit) => {
        const p = postings(pairs, options);
        const expected = new Map<number, number[]>();
        for (const [term, value] of pairs) expected.set(term, [...new Set([...(expected.get(term) ?? []), value])].sort((a, b) => a - b));
        expect(p.termCount).toBe(expected.size);
        for (const [term, values] of expected) {
          expect(p.count(term)).toBe(values.length);
          expect([...p.read(term)]).toEqual(values);
          expect([...p.read(term, limit)]).toEqual(values.slice(0, limit));
        }
      }), { numRuns: 25 });
    }
  });
});
