import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NATIVE_CRC32_MIN_BYTES, crc32, nativeCrc32, tableCrc32 } from "../../../src/catalog/store/crc32";

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("crc32", () => {
  it("gives the standard check values", () => {
    expect(tableCrc32(ascii("123456789"))).toBe(0xcbf43926);
    expect(tableCrc32(new Uint8Array(0))).toBe(0);
    expect(tableCrc32(ascii("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
  });

  it("agrees with zlib for any bytes, offsets and split points", () => {
    const native = nativeCrc32();
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(7), fc.nat(300), (data, shift, cut) => {
      const padded = new Uint8Array(data.length + shift);
      padded.set(data, shift);
      const view = padded.subarray(shift); // unaligned views take the byte-by-byte path at the ends
      const whole = tableCrc32(view);
      if (native !== undefined) expect(whole).toBe(native(view) >>> 0);
      const at = Math.min(cut, view.length);
      expect(tableCrc32(view.subarray(at), tableCrc32(view.subarray(0, at)))).toBe(whole);
    }));
  });

  it("gives the same value on the native path for large inputs", () => {
    const data = new Uint8Array(NATIVE_CRC32_MIN_BYTES + 13);
    for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
    expect(crc32(data)).toBe(tableCrc32(data));
  });
});
