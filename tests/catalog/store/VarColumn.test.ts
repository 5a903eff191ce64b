import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BlobColumn } from "../../../src/catalog/store/BlobColumn";
import { BlobColumnWriter } from "../../../src/catalog/store/BlobColumnWriter";
import type { IndexWriter } from "../../../src/catalog/store/IndexWriter";
import { StringColumn } from "../../../src/catalog/store/StringColumn";
import { StringColumnBuilder } from "../../../src/catalog/store/StringColumnBuilder";
import { StringColumnWriter } from "../../../src/catalog/store/StringColumnWriter";
import { STRING_COLUMN_KIND } from "../../../src/catalog/store/varColumnLayout";
import { buildAndOpen, freshPath, tempDir } from "./storeFixtures";

const dir = tempDir("strings");
const path = (): string => freshPath(dir);

const writeStrings = (w: IndexWriter, name: string, values: readonly string[]): void => {
  const column = new StringColumnWriter(w, name);
  for (const value of values) column.add(value);
  column.end();
};

const sampleStrings = ["Amélie", "", "千と千尋の神隠し", "🎬🍿", "Alien", "x".repeat(10_000), "Léon: The Professional"];

describe("string columns", () => {
  it("round-trips unicode, empty strings and long strings, streamed or built in memory", () => {
    const file = buildAndOpen(path(), (w) => {
      writeStrings(w, "streamed", sampleStrings);
      const built = new StringColumnBuilder();
      for (const value of sampleStrings) built.add(value);
      built.write(w, "built");
      writeStrings(w, "empty", []);
      writeStrings(w, "one", ["only"]);
      return null;
    });
    for (const name of ["streamed", "built"]) {
      const column = StringColumn.open(file, name);
      expect(column.length).toBe(sampleStrings.length);
      expect(sampleStrings.map((_, i) => column.get(i))).toEqual(sampleStrings);
    }
    expect(StringColumn.open(file, "empty").length).toBe(0);
    expect(StringColumn.open(file, "empty").getMany([])).toEqual([]);
    expect(StringColumn.open(file, "one").get(0)).toBe("only");
    expect(() => StringColumn.open(file, "one").get(1)).toThrow(RangeError);
  });

  it("stores lone surrogates as U+FFFD", () => {
    const file = buildAndOpen(path(), (w) => writeStrings(w, "t", ["a\ud800b"]));
    expect(StringColumn.open(file, "t").get(0)).toBe("a\ufffdb");
  });

  it("getMany returns values in the order asked, repeats included, with positioned reads", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => `film ${i} ${"é".repeat(i % 7)}`);
    const file = buildAndOpen(path(), (w) => {
      const built = new StringColumnBuilder();
      for (const value of values) built.add(value);
      built.write(w, "titles");
    }, { autoVerifyBytes: 0 });
    const column = StringColumn.open(file, "titles");
    const indices = [99_999, 5, 6, 5, 0, 50_000, 50_001, 7, 98_000, 99_999];
    expect(column.getMany(indices)).toEqual(indices.map((i) => values[i]));
    expect(column.get(77_777)).toBe(values[77_777]);
    fc.assert(fc.property(fc.array(fc.nat(values.length - 1), { maxLength: 40 }), (picked) => {
      expect(column.getMany(picked)).toEqual(picked.map((i) => values[i]));
      expect(column.readMany(picked)).toEqual(picked.map((i) => values[i]));
    }), { numRuns: 50 });
    fc.assert(fc.property(fc.nat(values.length), fc.nat(600), (start, n) => {
      const count = Math.min(n, values.length - start);
      expect(column.getRange(start, count)).toEqual(values.slice(start, start + count));
    }), { numRuns: 50 });
    expect(() => column.getRange(values.length - 1, 2)).toThrow(RangeError);
  });

  it("reads 64-bit offsets (columns past 4 GiB), here written by hand", () => {
    const text = new TextEncoder().encode("abcdé");
    const file = buildAndOpen(path(), (w) => {
      w.beginSection("wide", STRING_COLUMN_KIND);
      w.writePart("bytes", text);
      // Offsets 0, 2, 6 as u64 halves (low, high).
      w.writePart("offsets", new Uint32Array([0, 0, 2, 0, 6, 0]));
      w.endSection({ count: 2, offsetWidth: 8, byteLength: 6 });
      w.beginSection("bad", STRING_COLUMN_KIND);
      w.writePart("bytes", text);
      w.writePart("offsets", new Uint32Array([0, 0, 2, 1]));
      w.endSection({ count: 1, offsetWidth: 8, byteLength: 6 });
    });
    const wide = StringColumn.open(file, "wide");
    expect([wide.get(0), wide.get(1)]).toEqual(["ab", "cdé"]);
    expect(wide.getMany([1, 0])).toEqual(["cdé", "ab"]);
    expect(() => StringColumn.open(file, "bad").get(0)).toThrow(expect.objectContaining({ reason: "corrupt" }));
  });

  it("refuses offsets tables that do not fit the count", () => {
    const file = buildAndOpen(path(), (w) => {
      w.beginSection("short", STRING_COLUMN_KIND);
      w.writePart("bytes", new Uint8Array(3));
      w.writePart("offsets", new Uint32Array([0, 3]));
      w.endSection({ count: 2, offsetWidth: 4, byteLength: 3 });
    });
    expect(() => StringColumn.open(file, "short")).toThrow(expect.objectContaining({ reason: "corrupt" }));
    expect(() => BlobColumn.open(file, "short")).toThrow(expect.objectContaining({ reason: "incompatible" }));
  });
});

describe("blob columns", () => {
  it("round-trips records of any size, empty ones included", () => {
    const records = [new Uint8Array([1, 2, 3]), new Uint8Array(0), new Uint8Array(70_000).fill(9), Buffer.from('[{"person":1}]')];
    const file = buildAndOpen(path(), (w) => {
      const column = new BlobColumnWriter(w, "cast");
      for (const record of records) column.add(record);
      column.end();
    });
    const column = BlobColumn.open(file, "cast");
    expect(column.length).toBe(4);
    for (let i = 0; i < records.length; i++) expect(column.get(i).equals(records[i]!)).toBe(true);
    expect(column.get(3).toString()).toBe('[{"person":1}]');
    expect(column.getMany([3, 0]).map((b) => b.toString("hex"))).toEqual([Buffer.from(records[3]!).toString("hex"), "010203"]);
  });
});
