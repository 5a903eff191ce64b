import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { murmur3KeyHash } from "../../../src/catalog/store/keyHash";
import { murmur3, murmur3Ascii } from "../../../src/catalog/store/murmur3";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("murmur3", () => {
  it("matches the reference x86 32-bit outputs", () => {
    expect(murmur3(utf8(""), undefined, 0)).toBe(0);
    expect(murmur3(utf8(""), undefined, 1)).toBe(0x514e28b7);
    expect(murmur3(utf8("test"), undefined, 0)).toBe(0xba6bd213);
    expect(murmur3(utf8("Hello, world!"), undefined, 0)).toBe(0xc0363e43);
    expect(murmur3(utf8("The quick brown fox jumps over the lazy dog"), undefined, 0)).toBe(0x2e4ff723);
  });

  it("hashes a key's UTF-8 bytes, long keys included", () => {
    const hash = murmur3KeyHash();
    for (const key of ["", "a", "Amélie", "千と千尋の神隠し", "🎬 film", "x".repeat(1000)]) {
      expect(hash.hash(key)).toBe(murmur3(utf8(key)));
    }
    expect(hash.name).toBe("murmur3-32/utf8/seed=0");
    expect(murmur3KeyHash(7).hash("test")).not.toBe(hash.hash("test"));
  });
});

describe("murmur3Ascii", () => {
  it("equals murmur3 of the UTF-8 bytes for ASCII keys and declines the rest", () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 40 }), fc.nat(), (key, seed) => {
      expect(murmur3Ascii(key, seed)).toBe(murmur3(utf8(key), undefined, seed));
    }));
    for (const key of ["é", "abcé", "abcdé", "abcd\u0080"]) expect(murmur3Ascii(key)).toBe(-1);
  });

  it("leaves the key hash equal to murmur3 of the UTF-8 bytes for any string", () => {
    const hash = murmur3KeyHash(3);
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 })), (key) => {
      expect(hash.hash(key)).toBe(murmur3(utf8(key), undefined, 3));
    }));
  });
});
