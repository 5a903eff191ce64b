import { describe, expect, it } from "vitest";
import { MONTH_NAMES, monthOfAbbreviation, monthOfName } from "../../src/films/months";

describe("months", () => {
  it("has twelve, January first", () => expect([MONTH_NAMES.length, MONTH_NAMES[0], MONTH_NAMES[11]]).toEqual([12, "January", "December"]));

  it.each([
    ["january", 1], ["March", 3], ["MAY", 5], ["september", 9], ["December", 12],
    ["jan", 0], ["Sept", 0], ["Smarch", 0], ["", 0],
  ])("monthOfName(%j) is %i", (name, month) => expect(monthOfName(name)).toBe(month));

  it.each([
    ["Jan", 1], ["May", 5], ["Jun", 6], ["Sep", 9], ["Dec", 12],
    ["jun", 0], ["JUN", 0], ["June", 0], ["Foo", 0], ["", 0],
  ])("monthOfAbbreviation(%j) is %i", (abbreviation, month) => expect(monthOfAbbreviation(abbreviation)).toBe(month));
});
