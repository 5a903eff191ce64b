import { describe, expect, it } from "vitest";
import {
  parseHumanDate, parseMoney, parseRating, parseRuntimes, splitList, splitReviewScore,
} from "../../src/pages/parseFields";

describe("parseHumanDate", () => {
  it.each([
    ["8 March 1985", "1985-03-08"],
    ["March 8th, 1985", "1985-03-08"],
    ["1st January 2000", "2000-01-01"],
    ["December 31, 1999", "1999-12-31"],
    ["8 MAY 1985", "1985-05-08"],
    ["1985-03-08", "1985-03-08"],
    ["8 Mar 1985", "1985-03-08"],
    ["Sept. 3, 1999", "1999-09-03"],
  ])("reads %s", (text, iso) => expect(parseHumanDate(text)).toBe(iso));

  it.each(["31 February 1985", "Smarch 8, 1985", "1985-02-30", "", "March 1985", "8 Ma 1985"])("rejects %j", (text) => {
    expect(parseHumanDate(text)).toBeNull();
  });
});

describe("parseRating", () => {
  it("reads value, scale and votes", () => expect(parseRating("7.0/10 (12,168 voted)")).toEqual({ value: 7, scale: 10, votes: 12168 }));
  it("reads a rating without votes", () => expect(parseRating("8.5/10")).toEqual({ value: 8.5, scale: 10 }));
  it("rejects other text", () => expect(parseRating("great")).toBeNull());
});

describe("parseMoney", () => {
  it("reads dollars with a region", () => expect(parseMoney("$42,400,000 (USA)")).toEqual({ amount: 42400000, currency: "USD", region: "USA" }));
  it("reads pounds without a region", () => expect(parseMoney("£1,000")).toEqual({ amount: 1000, currency: "GBP" }));
  it("rejects an amount without currency", () => expect(parseMoney("42,400,000")).toBeNull());
});

describe("parseRuntimes", () => {
  it("skips the empty segment and keeps region and note", () => {
    expect(parseRuntimes("| USA: (director's cut)")).toEqual([{ minutes: null, region: "USA", note: "director's cut" }]);
  });
  it("reads minutes", () => expect(parseRuntimes("120 min")).toEqual([{ minutes: 120 }]));
  it("rejects what it cannot read", () => expect(parseRuntimes("about two hours")).toBeNull());
});

describe("splitReviewScore", () => {
  it("splits a closing score off the text", () => {
    expect(splitReviewScore("Terribly over-looked. 4.5 out of 5 stars.")).toEqual({
      text: "Terribly over-looked.", score: { value: 4.5, scale: 5 },
    });
  });
  it("leaves text without a score alone", () => expect(splitReviewScore("Fine.")).toEqual({ text: "Fine." }));
});

describe("splitList", () => {
  it("splits on commas and drops empties", () => expect(splitList("Cher, Eric Stoltz,, Sam Elliott")).toEqual(["Cher", "Eric Stoltz", "Sam Elliott"]));
});
