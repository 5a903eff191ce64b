import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldWords } from "../../src/films/foldText";
import { foldText, normalizeTitle, slugify, withoutArticle } from "../../src/search/normalizeTitle";
import { editDistance } from "../../src/search/editDistance";
import { splitYear } from "../../src/search/searchFilms";

describe("title normalisation", () => {
  it.each([
    ["The Dark Knight", "dark knight"],
    ["Amélie", "amelie"],
    ["Dr. Strangelove or: How I Learned", "dr strangelove or how i learned"],
    ["A Beautiful Mind", "beautiful mind"],
    ["An American Werewolf in London", "american werewolf in london"],
    ["Rock & Roll", "rock and roll"],
    ["Schindler's List", "schindlers list"],
    ["A", "a"],
  ])("normalizeTitle(%j) is %j", (title, key) => expect(normalizeTitle(title)).toBe(key));

  it("foldText keeps the article", () => expect(foldText("The Mask")).toBe("the mask"));
  it.each([
    ["the mask", "mask"],
    ["a beautiful mind", "beautiful mind"],
    ["an american werewolf", "american werewolf"],
    ["the", "the"],
    ["the ", "the "],
    ["theory", "theory"],
    ["mask", "mask"],
  ])("withoutArticle(%j) is %j", (folded, key) => expect(withoutArticle(folded)).toBe(key));
  it("slugify makes ids", () => expect(slugify("King Kong")).toBe("king-kong"));
});

describe("splitYear", () => {
  it.each([
    ["mask 1985", { title: "mask", year: 1985 }],
    ["Mask (1985)", { title: "Mask", year: 1985 }],
    ["1917", { title: "1917" }],
    ["mask", { title: "mask" }],
  ])("%j", (query, expected) => expect(splitYear(query)).toEqual(expected));
});

describe("editDistance", () => {
  it.each([
    ["makeup", "makeup", 0],
    ["makup", "makeup", 1],
    ["mkaeup", "makeup", 1],
    ["kitten", "sitting", 3],
  ])("%s ~ %s = %i", (a, b, d) => expect(editDistance(a, b, 5)).toBe(d));
  it("gives up past the bound", () => expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3));
});

describe("foldWords", () => {
  it.each([
    "The Dark Knight", "director's cut", "Rock & Roll", "  spaced   out  ", "C-3PO & R2-D2", "`quoted` 'words'", "", "&&", "Amélie", "Ri¢hie Ri¢h",
    "UPPER lower 123 x9", "tab\there\nnew line", "a&b", "ÆON Flux", "Ｆｕｌｌｗｉｄｔｈ",
  ])("agrees with foldText for %j", (text) => {
    expect(foldWords(text)).toEqual(foldText(text).split(" ").filter((w) => w !== ""));
  });

  it("agrees with foldText on any text (property)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      expect(foldWords(text)).toEqual(foldText(text).split(" ").filter((w) => w !== ""));
    }), { numRuns: 500 });
  });
});
