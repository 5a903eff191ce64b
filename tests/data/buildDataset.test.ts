import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset, serializeDataset } from "../../src/data/buildDataset";
import { readSources } from "../../src/data/readSources";

const root = join(__dirname, "../..");

describe("the committed dataset", () => {
  it("is exactly what npm run data:build makes from data/sources (run it if this fails)", () => {
    const built = serializeDataset(buildDataset(readSources(join(root, "data/sources"))));
    expect(readFileSync(join(root, "data/films.json"), "utf8")).toBe(built);
  });

  it("refuses to build from a page with text it cannot place", () => {
    expect(() => buildDataset([{ name: "x-2001.txt", text: "Release Year: 2001\n\nBudget: lots" }])).toThrow(/not understood: Budget: lots/);
  });
});
