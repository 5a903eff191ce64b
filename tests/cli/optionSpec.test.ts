import { Option } from "commander";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commandList";
import { GLOBAL_OPTIONS, SHARED_OPTIONS } from "../../src/cli/options";
import { choice, flag, negated, parseDecimal, parseOptions, parseWhole, text, toggle, whole } from "../../src/cli/optionSpec";
import { UsageError } from "../../src/errors";

const YEARS = { min: 1800, max: 3000 };

describe("parseWhole", () => {
  it.each([
    ["1985", YEARS, 1985],
    ["1800", YEARS, 1800],
    ["3000", YEARS, 3000],
    ["01985", YEARS, 1985],
    ["0", { min: 0 }, 0],
    ["10", { min: 0 }, 10],
    ["9007199254740991", { min: 0 }, 9007199254740991],
    ["-5", { min: -10, max: 10 }, -5],
    ["-0", { min: -10, max: 10 }, 0],
  ])("%j in %j is %d", (value, range, expected) => {
    expect(Object.is(parseWhole("--n", value, range), expected)).toBe(true);
  });

  it.each([
    ["", YEARS, '--year must be a whole number from 1800 to 3000, got ""'],
    ["0x7c1", YEARS, '--year must be a whole number from 1800 to 3000, got "0x7c1"'],
    ["1.985e3", YEARS, '--year must be a whole number from 1800 to 3000, got "1.985e3"'],
    ["2e3", YEARS, '--year must be a whole number from 1800 to 3000, got "2e3"'],
    ["1985.0", YEARS, '--year must be a whole number from 1800 to 3000, got "1985.0"'],
    ["+1985", YEARS, '--year must be a whole number from 1800 to 3000, got "+1985"'],
    [" 1985", YEARS, '--year must be a whole number from 1800 to 3000, got " 1985"'],
    ["1985 ", YEARS, '--year must be a whole number from 1800 to 3000, got "1985 "'],
    ["1_985", YEARS, '--year must be a whole number from 1800 to 3000, got "1_985"'],
    ["١٩٨٥", YEARS, '--year must be a whole number from 1800 to 3000, got "١٩٨٥"'],
    ["1799", YEARS, '--year must be a whole number from 1800 to 3000, got "1799"'],
    ["3001", YEARS, '--year must be a whole number from 1800 to 3000, got "3001"'],
    ["nineteen", YEARS, '--year must be a whole number from 1800 to 3000, got "nineteen"'],
    ["-1", { min: 0 }, '--year must be a whole number of at least 0, got "-1"'],
    ["-0", { min: 0 }, '--year must be a whole number of at least 0, got "-0"'],
    ["0x10", { min: 0 }, '--year must be a whole number of at least 0, got "0x10"'],
    ["Infinity", { min: 0 }, '--year must be a whole number of at least 0, got "Infinity"'],
    ["99999999999999999999", { min: 0 }, '--year must be a whole number from 0 to 9007199254740991, got "99999999999999999999"'],
    ["--5", { min: -10, max: 10 }, '--year must be a whole number from -10 to 10, got "--5"'],
  ])("refuses %j in %j", (value, range, message) => {
    expect(() => parseWhole("--year", value, range)).toThrow(new UsageError(message));
  });
});

describe("parseDecimal", () => {
  const RATING = { min: 0, max: 10 };
  it.each([
    ["7", 7],
    ["7.5", 7.5],
    ["07.50", 7.5],
    ["0", 0],
    ["10", 10],
    ["10.0", 10],
  ])("%j is %d", (value, expected) => expect(parseDecimal("--min-rating", value, RATING)).toBe(expected));

  it.each(["", "7e0", "0x7", "7.", ".5", "+7", "-1", " 7", "7 ", "7,5", "10.01", "11", "NaN", "Infinity"])("refuses %j", (value) => {
    expect(() => parseDecimal("--min-rating", value, RATING))
      .toThrow(new UsageError(`--min-rating must be a decimal number from 0 to 10, got "${value}"`));
  });

  it("takes a sign when the range goes below zero", () => {
    expect(parseDecimal("--offset", "-2.5", { min: -5, max: 5 })).toBe(-2.5);
  });
});

describe("parseOptions", () => {
  const specs = [
    flag("json", "--json", ""),
    negated("pager", "--no-pager", ""),
    toggle("color", "--color", ""),
    toggle("color", "--no-color", ""),
    text("director", "--director <name>", ""),
    whole("limit", "--limit <n>", "", { min: 0 }),
    choice("sort", "--sort <key>", "", ["title", "year"], "title"),
  ] as const;

  it.each([
    [{}, { json: false, pager: true, color: undefined, director: undefined, limit: undefined, sort: "title" }],
    [{ json: true, pager: false, color: false, director: "nolan", limit: "0", sort: "year" },
      { json: true, pager: false, color: false, director: "nolan", limit: 0, sort: "year" }],
    [{ color: true, director: "" }, { json: false, pager: true, color: true, director: "", limit: undefined, sort: "title" }],
  ])("parses commander's %j once into typed values", (raw, expected) => {
    expect(parseOptions(specs, raw)).toEqual(expected);
  });

  it("refuses a value outside the choices, naming them", () => {
    expect(() => parseOptions(specs, { sort: "length" })).toThrow(new UsageError('--sort must be one of title, year, got "length"'));
  });

  it("names every option by commander's attribute name, so commander's values are found", () => {
    for (const spec of [...GLOBAL_OPTIONS, ...SHARED_OPTIONS, ...COMMANDS.flatMap((c) => c.options)]) {
      expect([spec.flags, spec.key]).toEqual([spec.flags, new Option(spec.flags).attributeName()]);
    }
  });
});
