import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastFold } from "../../../src/catalog/library/fastFold";
import { foldText } from "../../../src/films/foldText";

describe("fastFold", () => {
  it("folds exactly as foldText does, for any text", () => {
    const ascii = fc.string({ unit: fc.constantFrom(..."aZ09 &'`-_.,:!?\"()[]é\tÖ’ß".split("")), maxLength: 30 });
    fc.assert(fc.property(fc.oneof(ascii, fc.string()), (text) => fastFold(text) === foldText(text)), { numRuns: 2000 });
  });

  it.each([["The Dark Knight", "the dark knight"], ["Tom & Jerry", "tom and jerry"], ["Director's Cut", "directors cut"], ["Amélie", "amelie"], ["  -- ", ""]])(
    "%j folds to %j", (text, folded) => expect(fastFold(text)).toBe(folded));
});
