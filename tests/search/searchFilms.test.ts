import { describe, expect, it } from "vitest";
import { fixture, fixtureCatalog } from "../fixtures/fixtureCatalog";
import { plainIndex } from "../fixtures/plainIndex";
import type { FilmIndex, ListValues, ListValuesRange } from "../../src/search/filmIndex";
import { listFilms } from "../../src/search/listFilms";
import { resolveFilm } from "../../src/search/resolveFilm";
import { searchFilms } from "../../src/search/searchFilms";

const catalog = fixtureCatalog();

/** What a search finds: [id, score to six places, missing words], best first. */
const found = (index: FilmIndex, query: string): Array<[string, number, number]> =>
  searchFilms(index, query, 0.1).map((m) => [index.ref(m.i).id, Math.round(m.score * 1e6) / 1e6, m.missing]);

// Recorded from the version that passed each title's missing words through a module variable:
// the per-search scratch object must not change a score, an order or a count.
const RESULTS: Array<[string, Array<[string, number, number]>]> = [
  ["terminator 2", []],
  ["city of ghosts", []],
  ["mask of zorro", [["the-mask-1994", 0.273202, 2], ["mask-1985", 0.273202, 2]]],
  ["dark mask", [["the-mask-1994", 0.452308, 1], ["mask-1985", 0.452308, 1], ["the-dark-knight-2008", 0.37632, 1]]],
  ["mask", [["mask-1985", 1, 0], ["the-mask-1994", 0.99, 0]]],
  ["maks", [["mask-1985", 0.931, 0], ["the-mask-1994", 0.79135, 0]]],
  ["the mask", [["the-mask-1994", 1, 0], ["mask-1985", 0.99, 0]]],
  ["dark knight", [["the-dark-knight-2008", 0.99, 0]]],
  ["the drak knight", [["the-dark-knight-2008", 0.931, 0]]],
  ["king kong 1933", [["king-kong-2005", 0.8, 0], ["king-kong-1976", 0.8, 0], ["dr-strangelove-1964", 0.108987, 2]]],
  ["king kong", [["king-kong-2005", 1, 0], ["king-kong-1976", 1, 0], ["dr-strangelove-1964", 0.136233, 2]]],
  ["strangelove", [["dr-strangelove-1964", 0.7, 0]]],
  ["amelie 2001", [["amelie-2001", 1, 0]]],
  ["city of god", []],
  ["zzzzzz", []],
  // Neither fits the year: the more popular film leads.
  ["mask 2019", [["the-mask-1994", 0.792, 0], ["mask-1985", 0.8, 0]]],
  ["kong", [["king-kong-2005", 0.829231, 0], ["king-kong-1976", 0.829231, 0], ["dr-strangelove-1964", 0.14238, 1]]],
  ["night", [["the-dark-knight-2008", 0.7448, 0]]],
  ["the", [["dr-strangelove-1964", 0.673185, 0]]],
  ["", []],
];

describe("searchFilms", () => {
  it.each(RESULTS)("%j finds %j", (query, results) => expect(found(catalog, query)).toEqual(results));

  it("answers the same whatever was searched before", () => {
    const backwards = [...RESULTS].reverse().map(([query]) => found(catalog, query)).reverse();
    expect(backwards).toEqual(RESULTS.map(([, results]) => results));
  });
});

describe("the on-disk index agrees with a plain one in memory", () => {
  const plain = plainIndex(fixture.films);

  it.each(RESULTS)("searchFilms(%j) agrees with the catalogue's", (query) => expect(found(plain, query)).toEqual(found(catalog, query)));

  it.each(["mask", "maks 1985", "king kong 2005", "strangelove", "mask-1985"])("resolveFilm(%j) agrees with the catalogue's", (query) => {
    expect(resolveFilm(plain, query).film).toEqual(resolveFilm(catalog, query).film);
  });

  it.each(["title", "year", "rating", "votes", "gross"] as const)("listFilms sorted by %s agrees with the catalogue's", (sort) => {
    expect(listFilms(plain, {}, sort)).toEqual(listFilms(catalog, {}, sort));
    expect(listFilms(plain, { from: 1990, minRating: 7 }, sort)).toEqual(listFilms(catalog, { from: 1990, minRating: 7 }, sort));
    expect(listFilms(plain, { genre: "dra" }, sort, 2)).toEqual(listFilms(catalog, { genre: "dra" }, sort, 2));
    for (const filter of [{ director: "peter" }, { minVotes: 400000 }, { kinds: ["movie"], to: 1990 }, { kinds: ["short"] }]) {
      expect(listFilms(catalog, filter, sort)).toEqual(listFilms(plain, filter, sort));
      expect(listFilms(catalog, filter, sort, 1)).toEqual(listFilms(plain, filter, sort, 1));
    }
  });

  it("reads the list values of a range as it reads them one film at a time", () => {
    const all = (range: ListValuesRange) => Array.from({ length: range.length }, (_, k) => fields(range.at(k)));
    const fields = (v: ListValues) => ({ year: v.year, directors: v.directors, genres: v.genres, rating: v.rating, votes: v.votes, kind: v.kind });
    const one = Array.from({ length: catalog.size }, (_, i) => fields(catalog.listValues(i)));
    expect(one).toEqual(Array.from({ length: catalog.size }, (_, i) => fields(plain.listValues(i))));
    expect(all(catalog.listValuesRange(0, catalog.size))).toEqual(one);
    expect(all(catalog.listValuesRange(2, 3))).toEqual(one.slice(2, 5));
    expect(catalog.listValuesRange(catalog.size, 0).length).toBe(0);
  });
});

describe("summaries read together", () => {
  it("are the summaries read one by one, in any order and with repeats", () => {
    const films = [6, 0, 3, 3, 1];
    expect(catalog.summaries(films)).toEqual(films.map((i) => catalog.summary(i)));
    expect(catalog.summaries([])).toEqual([]);
  });
});
