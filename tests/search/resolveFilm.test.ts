import { describe, expect, it } from "vitest";
import { fixture, fixtureCatalog } from "../fixtures/fixtureCatalog";
import { plainIndex } from "../fixtures/plainIndex";
import type { Film } from "../../src/films/film";
import { resolveFilm } from "../../src/search/resolveFilm";
import { AmbiguousError, EmptyQueryError, NoMatchError, UsageError } from "../../src/errors";

const index = fixtureCatalog();
const base = fixture.films[0]!;
const film = (id: string, title: string, votes: number): Film => ({ ...base, id, title, year: 2000, rating: { value: 7, scale: 10, votes } });
const resolve = (q: string) => resolveFilm(index, q);

describe("resolveFilm", () => {
  it.each([
    ["mask-1985", "mask-1985", "id"],
    ["MASK-1985", "mask-1985", "id"],
    ["mask", "mask-1985", "title"],
    ["MASK", "mask-1985", "title"],
    ["the mask", "the-mask-1994", "title"],
    ["dark knight", "the-dark-knight-2008", "title"],
    ["The Dark Knight", "the-dark-knight-2008", "title"],
    ["amelie", "amelie-2001", "title"],
    ["AMÉLIE", "amelie-2001", "title"],
    ["dr strangelove or how i learned to stop worrying and love the bomb", "dr-strangelove-1964", "title"],
    ["king kong 2005", "king-kong-2005", "title-year"],
    ["King Kong (1976)", "king-kong-1976", "title-year"],
    ["mask 1985", "mask-1985", "title-year"],
    ["maks 1985", "mask-1985", "fuzzy"],
    ["the drak knight", "the-dark-knight-2008", "fuzzy"],
    ["strangelove", "dr-strangelove-1964", "fuzzy"],
  ])("%s resolves to %s by %s", (query, id, how) => {
    const r = resolve(query);
    expect(r.film.id).toBe(id);
    expect(r.how).toBe(how);
  });

  it("prefers the exact title over one that only matches without its article", () => {
    expect(resolve("mask").film.id).toBe("mask-1985");
    expect(resolve("mask").others().map((f) => f.id)).toContain("the-mask-1994");
  });

  const thrown = (query: string): unknown => { try { resolve(query); } catch (e) { return e; } return undefined; };
  const kong1976 = { id: "king-kong-1976", title: "King Kong", year: 1976 };
  const kong2005 = { id: "king-kong-2005", title: "King Kong", year: 2005 };

  it("lists fuzzy matches ranked within a small margin instead of guessing (the famous The Mask is close behind Mask)", () => {
    const error = thrown("maks");
    expect(error).toBeInstanceOf(AmbiguousError);
    expect((error as AmbiguousError).fact.candidates).toEqual([{ id: "mask-1985", title: "Mask", year: 1985 }, { id: "the-mask-1994", title: "The Mask", year: 1994 }]);
    expect(resolveFilm(fixtureCatalog(), "maks", { first: true }).film.id).toBe("mask-1985");
  });

  it("lists equal titles instead of guessing", () => {
    const error = thrown("  king kong ");
    expect(error).toBeInstanceOf(AmbiguousError);
    expect((error as AmbiguousError).fact).toEqual({ kind: "film", query: "king kong", candidates: [kong1976, kong2005] });
    expect((error as AmbiguousError).message).toBe('"king kong" matches 2 films');
  });

  it.each<[string, number, string]>([
    ["a film of the title with the article and 20 times the votes of each", 20_000, "the-matrix"],
    ["too few votes to stand out", 19_999, "ambiguous"],
  ])("opens, for a title several films fit exactly, %s", (_, votes, expected) => {
    const films = [film("matrix-a", "Matrix", 1000), film("matrix-b", "Matrix", 400), film("the-matrix", "The Matrix", votes)];
    const catalog = plainIndex(films);
    const answer = (q: string): string => { try { return resolveFilm(catalog, q).film.id; } catch (e) { return e instanceof AmbiguousError ? "ambiguous" : String(e); } };
    expect(answer("matrix")).toBe(expected);
    // One film of the exact title is that film, however popular the other (`show mask` opens Mask, not The Mask).
    expect(answer("the matrix")).toBe("the-matrix");
    expect(resolveFilm(plainIndex([films[0]!, films[2]!]), "matrix").film.id).toBe("matrix-a");
  });

  it.each([
    ["zzzzzz", []],
    ["king kong 1933", [kong2005, kong1976]],
  ])("says no film matches %j, with the near ones as suggestions", (query, suggestions) => {
    const error = thrown(query);
    expect(error).toBeInstanceOf(NoMatchError);
    expect((error as NoMatchError).fact).toEqual({ kind: "film", query, suggestions });
    expect((error as NoMatchError).message).toBe(`no film matches "${query}"`);
  });

  it("never opens a film from another year than the one typed", () => {
    expect(() => resolve("mask 2019")).toThrow(NoMatchError);
  });

  it("rejects an empty film name as a usage error", () => {
    expect(() => resolve("   ")).toThrow(UsageError);
    expect(thrown("   ")).toEqual(new EmptyQueryError("film"));
    expect((thrown("") as EmptyQueryError).kind).toBe("film");
  });
});
