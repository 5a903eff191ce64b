import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain CommonJS build shim without type declarations
import fastStringWidth from "../../scripts/shims/string-width.cjs";

const measure = fastStringWidth as (text: string) => number;

describe("the string-width build shim", () => {
  it("agrees with string-width on every character up to U+02FF, general punctuation and box drawing, alone and in words", () => {
    const codes = [...Array(0x300).keys(), ...Array.from({ length: 0x70 }, (_, k) => 0x2000 + k), ...Array.from({ length: 0xa0 }, (_, k) => 0x2500 + k)];
    for (const c of codes) {
      const ch = String.fromCharCode(c);
      expect([c, fastStringWidth(ch)]).toEqual([c, stringWidth(ch)]);
      expect([c, fastStringWidth(`a${ch}é`)]).toEqual([c, stringWidth(`a${ch}é`)]);
    }
  });

  it("agrees with string-width on every character of the Greek, Cyrillic, Hebrew, Arabic, kana, CJK and Hangul blocks, alone and in words", () => {
    const block = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);
    const codes = [...block(0x370, 0x6ff), ...block(0x3000, 0x30ff), ...block(0x4e00, 0x9fff), ...block(0xac00, 0xd7af)];
    for (const c of codes) {
      const ch = String.fromCharCode(c);
      expect([c, fastStringWidth(ch)]).toEqual([c, stringWidth(ch)]);
      expect([c, fastStringWidth(`a${ch}é`)]).toEqual([c, stringWidth(`a${ch}é`)]);
    }
  });

  it.each(["", "Mask (1985)", "│ Film │", "\u001b[1mbold\u001b[22m", "日本語", "ドアのいえ", "Тень (Тінь)", "마스크 2", "🎬", "Ame\u0301lie", "tab\there"])("agrees with string-width on %j", (text) => {
    expect(measure(text)).toBe(stringWidth(text));
  });

  it("agrees with string-width on any text (property)", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (text) => {
      expect(measure(text)).toBe(stringWidth(text));
    }), { numRuns: 500 });
  });
});
