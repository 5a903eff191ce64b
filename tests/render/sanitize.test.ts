import { describe, expect, it } from "vitest";
import { groupDigits } from "../../src/render/formatValues";
import { sanitize } from "../../src/render/sanitize";
import { displayWidth, wrapText } from "../../src/render/wrapText";

describe("sanitize", () => {
  it.each([
    ["\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m"],
    ["bell\u0007", "bell\\x07"],
    ["back\bspace", "back\\x08space"],
    ["over\rwrite", "over\\x0dwrite"],
    ["\u202eevil", "\\u{202e}evil"],
    ["\u001b]8;;http://x\u0007link", "\\x1b]8;;http://x\\x07link"],
    ["tab\there", "tab here"],
    ["Amélie 日本 🎬", "Amélie 日本 🎬"],
    ["\ufeffbom", "\\u{feff}bom"],
    ["zero\u200bwidth", "zero\\u{200b}width"],
    ["line\u2028para\u2029", "line\\u{2028}para\\u{2029}"],
    ["soft\u00adhyphen", "soft\\xadhyphen"],
    ["word\u2060joiner", "word\\u{2060}joiner"],
    ["lone \ud800 half", "lone \\u{d800} half"],
    ["👨\u200d👩\u200d👧 family", "👨\u200d👩\u200d👧 family"],
    ["new\nline", "new\nline"],
  ])("%j becomes %j", (input, output) => expect(sanitize(input)).toBe(output));
});

describe("wrapText", () => {
  it("wraps at word boundaries", () => {
    expect(wrapText("the quick brown fox jumps", 10)).toEqual(["the quick", "brown fox", "jumps"]);
  });
  it("splits a word longer than the line", () => {
    expect(wrapText("abcdefghijkl", 5)).toEqual(["abcde", "fghij", "kl"]);
  });
  it("keeps line breaks", () => expect(wrapText("a\n\nb", 10)).toEqual(["a", "", "b"]));
  it("measures wide characters as two columns", () => {
    const lines = wrapText("日本語 日本語 日本語", 8);
    expect(lines).toEqual(["日本語", "日本語", "日本語"]);
    for (const line of wrapText("映画映画映画映画映画", 5)) expect(displayWidth(line)).toBeLessThanOrEqual(5);
  });
});

describe("groupDigits", () => {
  it.each([[0, "0"], [999, "999"], [1000, "1,000"], [12168, "12,168"], [42400000, "42,400,000"], [1234.5, "1,234.5"]])("%d", (n, text) => {
    expect(groupDigits(n)).toBe(text);
  });
});
