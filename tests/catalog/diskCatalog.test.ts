import { describe, expect, it, vi } from "vitest";
import { fixtureCatalog } from "../fixtures/fixtureCatalog";

describe("DiskCatalog exact lookups bounded by `most`", () => {
  it("give the first films of a title that agree, reading only as many titles as they need", () => {
    const catalog = fixtureCatalog();
    const both = catalog.withFolded("king kong");
    expect(both.map((i) => catalog.ref(i).id).sort()).toEqual(["king-kong-1976", "king-kong-2005"]);
    const read = vi.spyOn(catalog, "folded");
    expect(catalog.withFolded("king kong", 1)).toEqual(both.slice(0, 1));
    expect(read.mock.calls.map(([films]) => films.length)).toEqual([1]);
    expect(catalog.withFolded("king kong", 5)).toEqual(both);
    expect(catalog.withFolded("no such title", 1)).toEqual([]);
  });

  it("give the first person of a name", () => {
    const catalog = fixtureCatalog();
    const [person] = catalog.personWithFolded("peter bogdanovich");
    expect(person).toBeDefined();
    expect(catalog.personWithFolded("peter bogdanovich", 1)).toEqual([person]);
    expect(catalog.personWithFolded("peter bogdanovich", 0)).toEqual([]);
  });
});
