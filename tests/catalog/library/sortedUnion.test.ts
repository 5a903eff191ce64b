import { describe, expect, it } from "vitest";
import { sortedUnion } from "../../../src/catalog/library/sortedUnion";

describe("sortedUnion", () => {
  it.each([
    [[1, 4], [], undefined, [1, 4]],
    [[], [9, 2, 2], undefined, [2, 9]],
    [[1, 4], [4, 3, 0], undefined, [0, 1, 3, 4]],
    [[1, 4, 7], [], 2, [1, 4]],
    [[1, 4], [4, 3, 0], 3, [0, 1, 3]],
  ])("of %j and %j (first %s) is %j", (a, b, most, expected) => {
    expect(sortedUnion(a, b, most)).toEqual(expected);
  });
});
