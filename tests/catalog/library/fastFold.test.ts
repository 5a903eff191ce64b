import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastFold, fastFoldTitle } from "../../../src/catalog/library/fastFold";
import { foldText, foldTitle } from "../../../src/films/foldText";

describe("fastFold", () => {
  it("folds exactly as foldText does, for any text", () => {
    const ascii = fc.string({ unit: fc.constantFrom(..."aZ09 &'`-_.,:!?\"()[]é\tÖ’ß".split("")), maxLength: 30 });
    fc.assert(fc.property(fc.oneof(ascii, fc.string()), (text) => fastFold(text) === foldText(text)), { numRuns: 2000 });
  });

  it("folds titles exactly as foldTitle does", () => {
    const words = fc.array(fc.constantFrom("part", "ii", "v", "two", "and", "a", "half", "L.A.", "10,000", "se7en", "Ke$ha", "&", "-", "ep.", "iv"), { maxLength: 8 });
    fc.assert(fc.property(fc.oneof(words.map((w) => w.join(" ")), fc.string()), (text) => fastFoldTitle(text) === foldTitle(text)), { numRuns: 2000 });
  });

  it.each([["The Dark Knight", "the dark knight"], ["Tom & Jerry", "tom and jerry"], ["Director's Cut", "directors cut"], ["Amélie", "amelie"], ["  -- ", ""]])(
    "%j folds to %j", (text, folded) => expect(fastFold(text)).toBe(folded));
});
