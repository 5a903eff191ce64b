import { describe, expect, it } from "vitest";
import { lowerBound } from "../../../src/catalog/store/lowerBound";

describe("lowerBound", () => {
  it.each([
    [[], 5, undefined, 0],
    [[1, 3, 5], 0, undefined, 0],
    [[1, 3, 5], 3, undefined, 1],
    [[1, 3, 5], 4, undefined, 2],
    [[1, 3, 5], 6, undefined, 3],
    [[1, 3, 3, 3, 5], 3, undefined, 1],
    [[1, 3, 5, 0, 0], 9, 3, 3],
    [[1, 3, 5, 0, 0], 5, 3, 2],
  ])("in %j finds %d (first %s) at %d", (values, value, end, place) => {
    expect(lowerBound(Uint32Array.from(values), value, end)).toBe(place);
  });
});
