import { describe, expect, it } from "vitest";
import { IndexFormatError } from "../../../src/catalog/store/IndexFormatError";
import { NumberColumn } from "../../../src/catalog/store/NumberColumn";
import { writeNumberColumn } from "../../../src/catalog/store/writeNumberColumn";
import { buildAndOpen, freshPath, tempDir } from "./storeFixtures";

const dir = tempDir("numbers");
const path = (): string => freshPath(dir);

describe("number columns", () => {
  it("round-trips every type, from typed arrays and plain arrays", () => {
    const file = buildAndOpen(path(), (w) => {
      writeNumberColumn(w, "u8", "u8", [0, 7, 255]);
      writeNumberColumn(w, "u16", "u16", new Uint16Array([0, 65535, 3]));
      writeNumberColumn(w, "u32", "u32", [0, 0xffffffff, 12_000_000]);
      writeNumberColumn(w, "i32", "i32", new Int32Array([-(2 ** 31), 2 ** 31 - 1, -1]));
      writeNumberColumn(w, "f64", "f64", [0.1, -1e300, 237_000_000.25, Number.NaN]);
      writeNumberColumn(w, "empty", "u32", []);
      writeNumberColumn(w, "one", "f64", [42.5]);
      return null;
    });
    expect([0, 1, 2].map((i) => NumberColumn.open(file, "u8", "u8").get(i))).toEqual([0, 7, 255]);
    expect([...NumberColumn.open(file, "u16", "u16").getRange(0, 3)]).toEqual([0, 65535, 3]);
    expect([...NumberColumn.open(file, "u32", "u32").getRange(1, 2)]).toEqual([0xffffffff, 12_000_000]);
    expect([...NumberColumn.open(file, "i32", "i32").getRange(0, 3)]).toEqual([-(2 ** 31), 2 ** 31 - 1, -1]);
    const f64 = NumberColumn.open(file, "f64", "f64");
    expect(f64.getRange(0, 4)).toBeInstanceOf(Float64Array);
    expect([...f64.getRange(0, 4)]).toEqual([0.1, -1e300, 237_000_000.25, Number.NaN]);
    expect(NumberColumn.open(file, "empty", "u32").length).toBe(0);
    expect(NumberColumn.open(file, "empty", "u32").getRange(0, 0)).toEqual(new Uint32Array(0));
    expect(NumberColumn.open(file, "one", "f64").get(0)).toBe(42.5);
  });

  it("reads a large column with positioned reads, across cache blocks", () => {
    const values = new Float64Array(300_000).map((_, i) => i * 1.5 - 7);
    const file = buildAndOpen(path(), (w) => writeNumberColumn(w, "money", "f64", values), { autoVerifyBytes: 0 });
    const column = NumberColumn.open(file, "money", "f64");
    expect(column.length).toBe(300_000);
    for (const i of [0, 511, 512, 513, 299_999, 123_456, 512]) expect(column.get(i)).toBe(values[i]);
    expect(column.getRange(1000, 3000)).toEqual(values.slice(1000, 4000));
    const picked = [299_999, 0, 1, 1, 700, 600, 150_000, 299_998, 3];
    expect(column.readMany(picked)).toEqual(picked.map((i) => values[i]));
    expect(column.readMany([])).toEqual([]);
    const copy = column.getRange(0, 2);
    copy[0] = 99;
    expect(column.get(0)).toBe(-7);
  });

  it("refuses values that would wrap, wrong types and rows out of range", () => {
    expect(() => buildAndOpen(path(), (w) => writeNumberColumn(w, "x", "u8", [256]))).toThrow(RangeError);
    expect(() => buildAndOpen(path(), (w) => writeNumberColumn(w, "x", "i32", [1.5]))).toThrow(RangeError);
    expect(() => buildAndOpen(path(), (w) => writeNumberColumn(w, "x", "u32", new Int32Array([-1])))).toThrow(RangeError);
    const file = buildAndOpen(path(), (w) => writeNumberColumn(w, "years", "u16", [1999, 2001]));
    expect(() => NumberColumn.open(file, "years", "u32")).toThrow(expect.objectContaining({ reason: "incompatible" }));
    expect(() => NumberColumn.open(file, "years", "u16").get(2)).toThrow(RangeError);
    expect(() => NumberColumn.open(file, "years", "u16").getRange(1, 2)).toThrow(RangeError);
    expect(() => NumberColumn.open(file, "nope", "u16")).toThrow(IndexFormatError);
  });
});
