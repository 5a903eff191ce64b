import { describe, expect, it } from "vitest";
import { fixture, catalogOf } from "../fixtures/fixtureCatalog";

const base = fixture.films[0]!;
const film = (id: string, title: string) => ({ ...base, id, title });

describe("the title order a list shows", () => {
  it("orders titles as people read them, not as search folds numbers and numerals", () => {
    // Search folds "Zero" as "0" and "Part II" as "part 2"; a list sorted by title must not.
    const catalog = catalogOf([
      film("zero-effect", "Zero Effect"), film("eight-below", "Eight Below"), film("avatar", "Avatar"),
      film("rocky-ii", "Rocky II"), film("rocky-balboa", "Rocky Balboa"), film("10-things", "10 Things I Hate About You"),
    ]);
    const order = Array.from(catalog.order("title", 0, catalog.size), (i) => catalog.ref(i).title);
    expect(order).toEqual(["10 Things I Hate About You", "Avatar", "Eight Below", "Rocky Balboa", "Rocky II", "Zero Effect"]);
  });
});
