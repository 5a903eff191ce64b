import { describe, expect, it } from "vitest";
import { filmLabel, yearText } from "../../src/films/filmLabel";

describe("filmLabel", () => {
  it.each([
    [{ title: "Mask", year: 1985 }, "Mask (1985)"],
    [{ id: "the-mask-1994", title: "The Mask", year: 1994 }, "The Mask (1994)"],
    [{ title: "Blade Runner 2049", year: 2017 }, "Blade Runner 2049 (2017)"],
    [{ title: "Amélie", year: 2001 }, "Amélie (2001)"],
    [{ title: "(500) Days of Summer", year: 2009 }, "(500) Days of Summer (2009)"],
    [{ title: "", year: 1900 }, " (1900)"],
    [{ id: "tt5040243", title: "000", year: 0 }, "000 (year unknown)"],
  ])("%j is %j", (film, label) => expect(filmLabel(film)).toBe(label));
});

describe("yearText", () => {
  it.each([[1985, "1985"], [1874, "1874"], [0, ""]])("%j is %j", (year, text) => expect(yearText(year)).toBe(text));
});
