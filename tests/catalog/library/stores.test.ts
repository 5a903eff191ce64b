import { describe, expect, it } from "vitest";
import { StringStore } from "../../../src/catalog/library/stores";

describe("StringStore", () => {
  it("reads back every string by number, across chunks, empty ones and non-ASCII ones included", () => {
    const big = "x".repeat(6_000_000); // 18 MB at most in UTF-8: a chunk of its own
    const values = ["Mask", "", "Toshirô Mifune", big, "after", "", "Шаги", big.slice(1), "last"];
    const store = new StringStore();
    const numbers = values.map((value) => store.add(value));
    expect(numbers).toEqual(values.map((_, i) => i));
    expect(values.map((_, i) => store.get(i) === values[i])).toEqual(values.map(() => true));
    expect(store.length).toBe(values.length);
  });
});
