import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trigramSimilarity, trigrams } from "../../src/search/trigrams";

/** trigramSimilarity by its definition: the query's grams found among the padded title's. */
function reference(query: string, title: string): number {
  const grams = [...trigrams(query)];
  if (grams.length === 0 || title === "") return 0;
  const own = trigrams(title);
  const shared = grams.filter((g) => own.has(g)).length;
  return 0.6 * (shared / grams.length) + 0.4 * ((2 * shared) / (grams.length + title.length));
}

describe("trigramSimilarity", () => {
  it.each([
    ["mask", "mask", 0.6 + 0.4 * (2 * 4) / (4 + 4)],
    ["m", "m", 0.6 + 0.4 * (2 / 2)],
    ["x", "x men", reference("x", "x men")],
    ["men", "x men", reference("men", "x men")],
    ["dark knight", "the dark knight", reference("dark knight", "the dark knight")],
    ["mask", "", 0],
  ])("scores %j against %j as the padded grams say", (query, title, score) => {
    expect(trigramSimilarity([...trigrams(query)], title)).toBeCloseTo(score, 12);
  });

  it("agrees with the padded grams' definition for any words (property)", () => {
    const words = fc.stringMatching(/^[abc]{1,4}( [abc]{1,4}){0,2}$/);
    fc.assert(fc.property(words, words, (query, title) => {
      expect(trigramSimilarity([...trigrams(query)], title)).toBeCloseTo(reference(query, title), 12);
    }), { numRuns: 2000 });
  });
});
