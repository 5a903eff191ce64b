import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain CommonJS build shim without type declarations
import fastStringWidth from "../../scripts/shims/string-width.cjs";

const measure = fastStringWidth as (text: string) => number;

describe("the string-width build shim", () => {
  it.each(["", "Mask (1985)", "│ Film │", "\u001b[1mbold\u001b[22m", "日本語", "🎬", "Ame\u0301lie", "tab\there"])("agrees with string-width on %j", (text) => {
    expect(measure(text)).toBe(stringWidth(text));
  });

  it("agrees with string-width on any text (property)", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (text) => {
      expect(measure(text)).toBe(stringWidth(text));
    }), { numRuns: 500 });
  });
});
