import { describe, expect, it } from "vitest";
import { toJson, toJsonChunks } from "../../src/render/toJson";

describe("toJson", () => {
  it.each([
    [{ id: "mask-1985", title: "Mask", year: 1985 }, '{\n  "id": "mask-1985",\n  "title": "Mask",\n  "year": 1985\n}\n'],
    // An IMDb title with no start year is kept with year 0; the contract says absent is null.
    [{ film: { id: "tt5040243", title: "000", year: 0 }, votes: 0 }, '{\n  "film": {\n    "id": "tt5040243",\n    "title": "000",\n    "year": null\n  },\n  "votes": 0\n}\n'],
    [{ text: "a\u2028b\u202ec" }, '{\n  "text": "a\\u2028b\\u202ec"\n}\n'],
  ])("writes %j as %j", (data, json) => expect(toJson(data)).toBe(json));

  it("writes a streamed array byte for byte as the whole one", () => {
    const items = [{ year: 0, title: "000" }, { year: 1985, title: "Mask" }, { year: 1994, rating: { votes: 0 } }];
    expect([...toJsonChunks(items)].join("")).toBe(toJson(items));
    expect([...toJsonChunks([])].join("")).toBe("[]\n");
  });
});
