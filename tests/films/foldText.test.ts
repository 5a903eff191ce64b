import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, foldTitle, foldWords, slugify } from "../../src/films/foldText";

describe("foldTitle", () => {
  it.each([
    // accents, ligatures, letters NFKD keeps whole
    ["Amélie", "amelie"], ["De battre mon cœur s'est arrêté", "de battre mon coeur sest arrete"], ["Straße", "strasse"],
    ["Æon Flux", "aeon flux"], ["Søren", "soren"], ["Łódź", "lodz"],
    // symbols used as letters or numbers
    ["Ri¢hie Ri¢h", "richie rich"], ["Ke$ha", "kesha"], ["$5 a Day", "5 a day"], ["Alien³", "alien 3"],
    ["The Naked Gun 2½", "the naked gun 2 1 2"], ["naked gun 2 1/2", "naked gun 2 1 2"], ["naked gun two and a half", "naked gun 2 1 2"],
    ["Naked Gun 33⅓", "naked gun 33 1 3"], ["Se7en", "7"], ["seven", "7"], ["CJ7", "cj7"],
    // & and "and", punctuation, initials, digit groups
    ["Batman & Robin", "batman and robin"], ["Spider-Man", "spider man"], ["L.A. Confidential", "la confidential"],
    ["10,000 B.C.", "10000 bc"], ["Fahrenheit 9/11", "fahrenheit 9 11"], ["Mr. 3000", "mr 3000"],
    // roman numerals, digits and number words
    ["The Godfather: Part II", "the godfather part 2"], ["godfather part two", "godfather part 2"], ["Rambo III", "rambo 3"],
    ["Friday the 13th Part V", "friday the 13th part 5"], ["friday the thirteenth part five", "friday the 13th part 5"],
    ["Star Wars Ep. IV", "star wars episode 4"], ["Kill Bill: Vol. 1", "kill bill volume 1"], ["Ocean's Eleven", "oceans 11"],
    ["twenty one grams", "21 grams"], ["three hundred", "300"], ["ten thousand bc", "10000 bc"], ["twenty-first century", "21st century"],
    // a single letter is a numeral only after a word that numbers a sequel
    ["Malcolm X", "malcolm x"], ["I, Robot", "i robot"], ["part i", "part 1"], ["", ""],
    // words that look like none of these stay as they are
    ["Apollo XIII", "apollo 13"], ["Catch-22", "catch 22"], ["Vol 3", "volume 3"], ["vol three", "volume 3"], ["The Vixen", "the vixen"],
    ["Civic Duty", "civic duty"], ["xix", "19"], ["once upon a time", "once upon a time"],
    // names every object inherits are words like any other
    ["Constructor 2", "constructor 2"], ["part constructor", "part constructor"], ["Vol constructor", "vol constructor"], ["toString 3", "tostring 3"],
  ])("%j folds to %j", (title, folded) => expect(foldTitle(title)).toBe(folded));

  it("is what it folds to: folding twice changes nothing", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => foldTitle(foldTitle(text)) === foldTitle(text)), { numRuns: 2000 });
  });
});

describe("foldText and foldWords", () => {
  it("agree on every text", () => {
    const text = fc.string({ unit: fc.constantFrom(..."aZ09 &'`-$@.,é’ßæ¢³½".split("")), maxLength: 30 });
    fc.assert(fc.property(fc.oneof(text, fc.string()), (t) => foldWords(t).join(" ") === foldText(t)), { numRuns: 2000 });
  });
});

describe("slugify", () => {
  it.each([["Ri¢hie Ri¢h", "ri-hie-ri-h"], ["Ocean's Eleven", "oceans-eleven"], ["The Godfather: Part II", "the-godfather-part-ii"], ["Alien³", "alien3"]])(
    "keeps the ids it always made: %j is %j", (title, slug) => expect(slugify(title)).toBe(slug));
});

describe("foldText on ASCII", () => {
  it("folds ASCII text (its fast path) exactly as the Unicode rules do", () => {
    // A leading no-break space sends the text down the Unicode path and folds away as any separator does.
    const ascii = fc.string({ unit: fc.constantFrom(..."aZ09 &'`-_.,:!?\"()[]\t\n\u0001~".split("")), maxLength: 30 });
    fc.assert(fc.property(fc.oneof(ascii, fc.string({ unit: "binary-ascii" })), (text) => foldText(text) === foldText(`\u00a0${text}`)), { numRuns: 3000 });
  });

  it.each([["The Dark Knight", "the dark knight"], ["Tom & Jerry", "tom and jerry"], ["Director's Cut", "directors cut"], ["Amélie", "amelie"], ["Se7en", "se7en"], ["  -- ", ""]])(
    "%j folds to %j", (text, folded) => expect(foldText(text)).toBe(folded));
});
