import { describe, expect, it } from "vitest";
import { queryWords, searchTexts } from "../../src/search/searchTexts";

const texts = [
  "Eric Stoltz spent so much time under heavy makeup that he had to present I.D. to security.",
  "On the bench is a card from the 1986 Topps set.",
  "These things are good: ice cream and cake, seeing monkeys in the trees.",
];
const search = (q: string) => searchTexts(texts, (t) => t, q);

describe("searchTexts", () => {
  it.each([
    ["makeup", 0, ["makeup"]],
    ["makup", 0, ["makeup"]],
    ["mkaeup", 0, ["makeup"]],
    ["MAKEUP", 0, ["makeup"]],
    ["heavy makup", 0, ["heavy", "makeup"]],
    ["monkees", 2, ["monkeys"]],
    ["tops", 1, ["Topps"]],
    ["stolz", 0, ["Stoltz"]],
  ])("%s finds text %i and marks %j", (query, expected, matched) => {
    const hits = search(query);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.item).toBe(texts[expected]);
    expect(hits[0]!.matched).toEqual(matched);
  });

  it("ranks an exact match above a typo", () => {
    const hits = searchTexts(["the makup artist", "the makeup artist"], (t) => t, "makeup");
    expect(hits.map((h) => h.item)).toEqual(["the makeup artist", "the makup artist"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it("needs every query word to match", () => {
    expect(search("makeup monkeys")).toEqual([]);
  });

  it.each(["zebra", "", "   ", "!!!", "^makeup$ | 'x", "a".repeat(10_000)])("answers %j without error", (q) => {
    expect(() => search(q)).not.toThrow();
  });

  it("treats fuse's extended-search operators as plain text", () => {
    expect(search("^makeup").map((h) => h.item)).toEqual([texts[0]]);
    // "!" would negate in fuse's extended syntax; here both words must simply be present.
    expect(search("'makeup !security").map((h) => h.item)).toEqual([texts[0]]);
  });
});

describe("queryWords", () => {
  it("folds case and accents, drops punctuation and repeats", () => {
    expect(queryWords("Amélie, AMELIE!  café")).toEqual(["amelie", "cafe"]);
  });
  it("bounds a huge query", () => {
    expect(queryWords("word ".repeat(5000)).length).toBeLessThanOrEqual(8);
    expect(queryWords(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "))).toHaveLength(8);
  });
});
