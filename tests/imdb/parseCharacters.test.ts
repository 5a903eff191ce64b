import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCharacters } from "../../src/imdb/parseCharacters";

describe("parseCharacters", () => {
  it.each([
    ['["Self"]', ["Self"]],
    ['["Roy Walker","Masked Bandit"]', ["Roy Walker", "Masked Bandit"]],
    ['["Kikuchiyo","Masked Bandit","Roy Walker"]', ["Kikuchiyo", "Masked Bandit", "Roy Walker"]],
    ['["The \\"Kid\\""]', ['The "Kid"']],
    ['["\\"Sie\\", Lia Lona, Schauspielerin"]', ['"Sie", Lia Lona, Schauspielerin']],
    ['["a\\\\","b"]', ["a\\", "b"]],
    ['["a\\",\\"b"]', ['a","b']],
    ['["Вакулинчук","水兵"]', ["Вакулинчук", "水兵"]],
    ['["\\u00e9t\\u00e9"]', ["été"]],
    ['[""]', [""]],
    ["[]", []],
    ['[ "spaced" , "out" ]', ["spaced", "out"]],
    ['["a,b"]', ["a,b"]],
    ['["a","b",""]', ["a", "b", ""]],
  ])("%s -> %j", (text, names) => expect(parseCharacters(text)).toEqual(names));

  it.each([
    "[Roy Walker]",
    '"Roy Walker"',
    '["Roy Walker"',
    '["]',
    '["a","]',
    '["a""b"]',
    '["a",1]',
    "[null]",
    '{"a":"b"}',
    "",
    "Self",
    '["a"]x',
  ])("rejects %s", (text) => expect(parseCharacters(text)).toBeNull());

  it("agrees with JSON.parse on every JSON array of strings", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", '"', "\\", ",", "[", "]", " ", "é", "水", "\n") }), { maxLength: 4 }), (names) => {
        expect(parseCharacters(JSON.stringify(names))).toEqual(names);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws, and accepts nothing JSON.parse would read differently", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", '"', "\\", ",", "[", "]", " ", "1", "\u0001") , maxLength: 16 }), (text) => {
        const names = parseCharacters(text);
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return;
        }
        if (names !== null) expect(names).toEqual(json);
      }),
      { numRuns: 5000 },
    );
  });
});
