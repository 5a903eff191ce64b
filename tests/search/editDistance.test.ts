import { describe, expect, it } from "vitest";
import { editBuffers, editDistance } from "../../src/search/editDistance";
import { memoWordMatches, missingWords, wordCoverage, wordMatcher, wordMatches } from "../../src/search/wordMatches";

// Answers recorded from the version that kept its rows in module variables: passing rows explicitly
// must not change one. LONG outgrows the rows' first size (64), so they grow on the way.
const LONG = "x".repeat(70);

/** [a, b, max, editDistance(a, b, max)] */
const DISTANCES: Array<[string, string, number, number]> = [
  ["mask", "mask", 2, 0],
  ["mask", "maks", 1, 1],
  ["maks", "mask", 2, 1],
  ["kitten", "sitting", 3, 3],
  ["knight", "night", 1, 1],
  ["drak", "dark", 1, 1],
  ["abcdef", "uvwxyz", 2, 3],
  ["abcdef", "uvwxyz", 6, 6],
  ["", "abc", 3, 3],
  ["abc", "", 2, 3],
  ["strangelove", "strangleove", 2, 1],
  ["terminator", "terminatr", 2, 1],
  ["amelie", "amélie", 1, 1],
  ["ca", "abc", 3, 3],
  [LONG, `${LONG}y`, 2, 1],
  [`${LONG}ab`, `${LONG}ba`, 2, 1],
  ["short", LONG, 80, 70],
  [LONG, "short", 80, 70],
  ["godfather", "godfahter", 2, 1],
];

/** [query word, word, wordMatches(query word, word)] */
const MATCHES: Array<[string, string, boolean]> = [
  ["mask", "mask", true],
  ["maks", "mask", true],
  ["mask", "masks", true],
  ["ii", "2", true],
  ["2", "ii", true],
  ["2", "3", false],
  ["200", "2000", false],
  ["knight", "knights", true],
  ["drak", "dark", true],
  ["strangelove", "strangleove", true],
  ["man", "men", false],
  ["heart", "braveheart", false],
  ["godfathr", "godfather", true],
  ["terminator", "terminal", false],
  ["amelie", "amelia", true],
  ["the", "tha", false],
  ["matrix", "matirx", true],
  [LONG, LONG.slice(1), true],
  [`${LONG}ab`, `${LONG}ba`, true],
];

describe("editDistance with explicit rows", () => {
  it.each(DISTANCES)("%s ~ %s (max %i) = %i, with rows of its own", (a, b, max, d) => expect(editDistance(a, b, max)).toBe(d));

  it.each(DISTANCES)("%s ~ %s (max %i) = %i, with fresh small rows", (a, b, max, d) => expect(editDistance(a, b, max, editBuffers(4))).toBe(d));

  it("gives the same answers with one set of rows shared by every comparison, in any order", () => {
    const shared = editBuffers();
    const forwards = DISTANCES.map(([a, b, max]) => editDistance(a, b, max, shared));
    const backwards = [...DISTANCES].reverse().map(([a, b, max]) => editDistance(a, b, max, shared)).reverse();
    expect(forwards).toEqual(DISTANCES.map(([, , , d]) => d));
    expect(backwards).toEqual(forwards);
  });

  it("grows rows too short for a word, in place", () => {
    const rows = editBuffers(4);
    expect(editDistance(LONG, `${LONG}y`, 2, rows)).toBe(1);
    expect(rows.current.length).toBeGreaterThan(LONG.length + 1);
    expect(editDistance("mask", "maks", 1, rows)).toBe(1);
  });
});

describe("wordMatches with explicit rows", () => {
  it.each(MATCHES)("%s ~ %s is %s", (q, w, expected) => {
    expect(wordMatches(q, w)).toBe(expected);
    expect(wordMatches(q, w, editBuffers(2))).toBe(expected);
  });

  it("answers alike through a matcher and a memoised matcher sharing one set of rows", () => {
    const rows = editBuffers(2);
    const plain = wordMatcher(rows);
    const memo = memoWordMatches(rows);
    const expected = MATCHES.map(([, , m]) => m);
    for (let round = 0; round < 2; round++) {
      expect(MATCHES.map(([q, w]) => plain(q, w))).toEqual(expected);
      expect(MATCHES.map(([q, w]) => memo(q, w))).toEqual(expected);
    }
  });

  it.each([
    [["man", "of", "steel"], ["men", "of", "steel"], 0],
    [["brave", "heart"], ["braveheart"], 0],
    [["terminator", "2"], ["the", "terminator"], 1],
    [["city", "of", "god"], ["city", "of", "ghosts"], 1],
  ])("missingWords(%j, %j) is %i, with or without rows", (query, title, missing) => {
    expect(missingWords(query, title)).toBe(missing);
    expect(missingWords(query, title, wordMatcher(), editBuffers(2))).toBe(missing);
  });

  // Past 31 title words the words used are kept apart from the bit mask (a title of 40 words).
  const MANY = Array.from({ length: 40 }, (_, i) => `w${i}`);
  it.each([
    [["dark", "knight"], ["the", "dark", "knight"], 1 * (0.7 + 0.3 * 2 / 3)],
    [["knight", "knight"], ["knight"], 0.5 * (0.7 + 0.3 * 1 / 1)],
    [["knight", "knight"], ["knight", "knight"], 1 * (0.7 + 0.3 * 2 / 2)],
    [["mask"], ["city", "of", "god"], 0],
    [["w35", "w35", "w2"], MANY, (2 / 3) * (0.7 + 0.3 * 2 / 40)],
    [["w35", "w36", "w39"], [...MANY, "w35"], 1 * (0.7 + 0.3 * 3 / 41)],
  ])("wordCoverage(%j, title) is %d: each title word serves one query word", (query, title, coverage) => {
    expect(wordCoverage(query, title)).toBeCloseTo(coverage, 12);
  });
});
