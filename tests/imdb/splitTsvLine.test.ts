import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitTsvLine } from "../../src/imdb/splitTsvLine";

describe("splitTsvLine", () => {
  it.each([
    ["tt0000001\tshort\tCarmencita", ["tt0000001", "short", "Carmencita"]],
    ['tt0033136\t"Swing it" magistern\t\\N', ["tt0033136", '"Swing it" magistern', null]],
    ["\\N\t\\N", [null, null]],
    ["a\t\tb", ["a", "", "b"]],
    ["", [""]],
    ["\t", ["", ""]],
    ["\\N", [null]],
    ["\\Nx\t\\n\tx\\N\t\\\\N", ["\\Nx", "\\n", "x\\N", "\\\\N"]],
    ['["Roy Walker","Masked Bandit"]\t"quoted, comma"', ['["Roy Walker","Masked Bandit"]', '"quoted, comma"']],
    ["Броненосец «Потёмкин»\t七人の侍", ["Броненосец «Потёмкин»", "七人の侍"]],
  ])("splits %j", (line, fields) => {
    expect(splitTsvLine(line)).toEqual(fields);
  });

  it("gives one more field than there are tabs, and joins back to the line", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\t", "\\", "N", '"', "é", "\r") }), (line) => {
        const fields = splitTsvLine(line);
        expect(fields.length).toBe(line.split("\t").length);
        expect(fields.map((field) => field ?? "\\N").join("\t")).toBe(line);
      }),
    );
  });

  it("never throws on arbitrary Unicode text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 100 }), (line) => void splitTsvLine(line)));
  });
});
