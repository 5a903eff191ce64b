import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { importImdb } from "../../../src/catalog/library/importImdb";
import { libraryFilms, listLibrary } from "../../../src/catalog/library/listLibrary";
import { openLibrary } from "../../../src/catalog/library/libraryHome";
import { UnionCatalog } from "../../../src/catalog/library/unionCatalog";
import { listCommand } from "../../../src/cli/commands/list";
import type { RowsOutput } from "../../../src/cli/command";
import type { FilmSummary } from "../../../src/films/filmSummary";
import { searchFilms } from "../../../src/search/searchFilms";
import { SORTS, type SortKey } from "../../../src/search/sortOrder";
import { filmFilter, type ListFilter } from "../../../src/search/filmFilter";
import type { ListValues, ListValuesRange } from "../../../src/search/filmIndex";
import { plainTerminal } from "../../../src/render/terminal";
import { fixtureCatalog, fixtureContext } from "../../fixtures/fixtureCatalog";

const FILES = join(__dirname, "../../fixtures/imdb/library");

/** The fixture catalogue and the fixture IMDb library as one (a fresh one each call: orders are merged lazily). */
async function union(): Promise<() => UnionCatalog> {
  const home = mkdtempSync(join(tmpdir(), "filmcli-union-"));
  const bundled = fixtureCatalog();
  await importImdb({ dir: FILES, home, bundled: Array.from({ length: bundled.size }, (_, i) => ({ ...bundled.ref(i), directors: bundled.listValues(i).directors })) });
  return () => new UnionCatalog(fixtureCatalog(), openLibrary(home)!);
}

describe("UnionCatalog.order", () => {
  it.each(Object.keys(SORTS) as SortKey[])("gives the same %s order read whole, a chunk at a time forward, or going back", async (sort) => {
    const make = await union();
    const whole = Array.from(make().order(sort, 0, 10_000));
    expect(whole.length).toBeGreaterThan(10);
    const catalog = make();
    const chunks: number[] = [];
    for (let start = 0; start < whole.length; start += 3) chunks.push(...Array.from(catalog.order(sort, start, 3)));
    expect(chunks).toEqual(whole);
    // Skipping ahead, then going back to the start.
    expect(Array.from(catalog.order(sort, 7, 4))).toEqual(whole.slice(7, 11));
    expect(Array.from(catalog.order(sort, 0, 5))).toEqual(whole.slice(0, 5));
    expect(Array.from(catalog.order(sort, whole.length, 5))).toEqual([]);
  });
});

describe("listing every film with the IMDb library", () => {
  it("yields the films a page would list, in the same order, one at a time", async () => {
    const make = await union();
    const filter = { from: 1980 };
    const page = listLibrary(make(), filter, "year", 0);
    expect(page.films.length).toBeGreaterThan(3);
    expect([...libraryFilms(make(), filter, "year")]).toEqual(page.films);
  });

  it.each<[string, ListFilter, boolean]>([
    ["a year range", { from: 1980 }, true],
    ["a kind", { kinds: ["tvSeries", "short"] }, true],
    ["votes", { minVotes: 100 }, true],
    ["a director", { director: "peter" }, true],
    ["a genre and a rating", { genre: "drama", minRating: 5 }, true],
    ["nothing that passes", { year: 1801 }, false],
  ])("gives the same films for %s whether the filter's columns are scanned early, late or never", async (_, filter, some) => {
    const make = await union();
    for (const sort of Object.keys(SORTS) as SortKey[]) {
      const oneByOne = [...libraryFilms(make(), filter, sort, Infinity)];
      const plain = Array.from(make().order(sort, 0, 10_000)).filter((i) => {
        const catalog = make();
        return filmFilter(filter)!(catalog.listValues(i));
      });
      expect(oneByOne).toEqual(plain);
      expect(oneByOne.length > 0).toBe(some);
      for (const walk of [0, 1, 3]) expect([...libraryFilms(make(), filter, sort, walk)]).toEqual(oneByOne);
    }
  });

  it("reads the list values of a range across both sides as it reads them one film at a time", async () => {
    const catalog = (await union())();
    const all = (range: ListValuesRange) => Array.from({ length: range.length }, (_, k) => fields(range.at(k)));
    const fields = (v: ListValues) => ({ year: v.year, directors: v.directors, genres: v.genres, rating: v.rating, votes: v.votes, kind: v.kind });
    const one = Array.from({ length: catalog.size }, (_, i) => fields(catalog.listValues(i)));
    expect(one.map((v) => [v.votes, v.kind])).toEqual(Array.from({ length: catalog.size }, (_, i) => [catalog.votes(i), catalog.kind(i)]));
    expect(all(catalog.listValuesRange(0, catalog.size))).toEqual(one);
    const a = catalog.bundled.size;
    expect(all(catalog.listValuesRange(a - 2, 4))).toEqual(one.slice(a - 2, a + 2));
  });

  it("streams `list --limit 0` as rows, and says so when no film passes", async () => {
    const make = await union();
    const ctx = { ...fixtureContext(plainTerminal(100)), catalog: make };
    const options = { sort: "title", limit: 0, year: undefined, from: undefined, to: undefined, director: undefined, genre: undefined, minRating: undefined, kind: undefined, minVotes: undefined } as const;
    const all = listCommand.run([], options, ctx) as RowsOutput<FilmSummary>;
    const titles = [...all.rows].map((f) => f.title);
    expect(titles).toEqual(listLibrary(make(), {}, "title", 0).films.map((i) => make().ref(i).title));
    expect([all.outcome(), all.messages()]).toEqual(["found", []]);
    const none = listCommand.run([], { ...options, year: 1801 }, ctx) as RowsOutput<FilmSummary>;
    expect([...none.rows]).toEqual([]);
    expect([none.outcome(), none.messages()]).toEqual(["nothing", ["no film passes these filters"]]);
  });
});

describe("LibraryCatalog twins", () => {
  it("name the bundled film each merged film is, as the twin key table does, and no other film", async () => {
    const library = (await union())().library;
    const films = Array.from({ length: library.size }, (_, l) => l);
    const twins = films.filter((l) => library.twinId(l) !== "");
    expect(twins.length).toBeGreaterThan(0);
    expect(twins.map((l) => library.twinOf(library.twinId(l)))).toEqual(twins);
    expect(library.twinOf("no-such-film")).toBeUndefined();
  });
});

describe("UnionCatalog.votesAndKinds", () => {
  it("reads together what votes() and kind() give film by film, a merged film's from IMDb", async () => {
    const catalog = (await union())();
    const films = Array.from({ length: catalog.size }, (_, i) => i).reverse();
    const read = catalog.votesAndKinds(films);
    expect(read).toEqual({ votes: films.map((i) => catalog.votes(i)), kinds: films.map((i) => catalog.kind(i)) });
    expect(new Set(read.kinds).size).toBeGreaterThan(1);
  });
});

describe("UnionCatalog search", () => {
  it("finds a merged film by IMDb's alternative title, under the catalogue's id", async () => {
    const catalog = (await union())();
    // Mask (1985) is "Máscara" in Spain: only IMDb knows it by that title.
    expect(catalog.bundled.withFolded("mascara")).toEqual([]);
    expect(searchFilms(catalog, "mascara").map((m) => catalog.ref(m.i).id)[0]).toBe("mask-1985");
    expect(searchFilms(catalog, "mascra").map((m) => catalog.ref(m.i).id)[0]).toBe("mask-1985");
  });
});

describe("UnionCatalog exact titles", () => {
  it("answers a title the catalogue has without looking it up among IMDb's titles, and one it lacks from the library", async () => {
    const make = await union();
    const catalog = make();
    const lookups = vi.spyOn(catalog.library, "withFolded");
    const mask = catalog.withFolded("mask");
    expect(mask.map((i) => catalog.ref(i).id)).toEqual(["mask-1985"]);
    expect(lookups).not.toHaveBeenCalled();
    const imdbOnly = catalog.library.ref(catalog.library.withId("tt0047478")[0]!);
    expect(catalog.bundled.withFolded("seven samurai")).toEqual([]);
    expect(catalog.withFolded("7 samurai").map((i) => catalog.ref(i).id)).toContain(imdbOnly.id);
    expect(lookups).toHaveBeenCalled();
  });
});
