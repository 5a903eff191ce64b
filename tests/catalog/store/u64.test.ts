import { describe, expect, it } from "vitest";
import { MAX_SAFE_HIGH, highHalf, lowHalf, readU64, u64FromHalves, writeU64 } from "../../../src/catalog/store/u64";

describe("64-bit offsets", () => {
  it("round-trips offsets below and beyond 4 GiB and up to 2^53 - 1", () => {
    const view = new DataView(new ArrayBuffer(8));
    for (const value of [0, 1, 0xffffffff, 0x1_0000_0000, 5 * 2 ** 30 + 3, 12_345_678_901_234, Number.MAX_SAFE_INTEGER]) {
      writeU64(view, 0, value);
      expect(readU64(view, 0)).toBe(value);
      expect(u64FromHalves(lowHalf(value), highHalf(value))).toBe(value);
    }
  });

  it("stores the little-endian u64 layout: low half first", () => {
    const view = new DataView(new ArrayBuffer(8));
    writeU64(view, 0, 0x2_0000_0005);
    expect([view.getUint32(0, true), view.getUint32(4, true)]).toEqual([5, 2]);
    expect(view.getBigUint64(0, true)).toBe(0x2_0000_0005n);
  });

  it("reads an offset past 2^53 - 1 as NaN, so range checks reject it", () => {
    expect(u64FromHalves(0, MAX_SAFE_HIGH)).toBe(MAX_SAFE_HIGH * 2 ** 32);
    expect(u64FromHalves(0, MAX_SAFE_HIGH + 1)).toBeNaN();
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, 2n ** 64n - 1n, true);
    expect(readU64(view, 0)).toBeNaN();
  });

  it("refuses to write what it could not read back exactly", () => {
    const view = new DataView(new ArrayBuffer(8));
    for (const value of [-1, 0.5, 2 ** 53, Number.NaN]) expect(() => writeU64(view, 0, value)).toThrow(RangeError);
  });
});
