import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../../src/films/foldText";

describe("foldText", () => {
  it("folds ASCII text (its fast path) exactly as the Unicode rules do", () => {
    // A leading no-break space sends the text down the Unicode path and folds away as any separator does.
    const ascii = fc.string({ unit: fc.constantFrom(..."aZ09 &'`-_.,:!?\"()[]\t\n\u0001~".split("")), maxLength: 30 });
    fc.assert(fc.property(fc.oneof(ascii, fc.string({ unit: "binary-ascii" })), (text) => foldText(text) === foldText(`\u00a0${text}`)), { numRuns: 3000 });
  });

  it.each([["The Dark Knight", "the dark knight"], ["Tom & Jerry", "tom and jerry"], ["Director's Cut", "directors cut"], ["Amélie", "amelie"], ["Se7en", "se7en"], ["  -- ", ""]])(
    "%j folds to %j", (text, folded) => expect(foldText(text)).toBe(folded));
});
