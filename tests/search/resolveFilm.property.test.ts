import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixture, fixtureCatalog } from "../fixtures/fixtureCatalog";
import { resolveFilm } from "../../src/search/resolveFilm";
import { searchFilms } from "../../src/search/searchFilms";
import { searchTexts } from "../../src/search/searchTexts";
import { FilmcliError } from "../../src/errors";

const dataset = fixture;
const index = fixtureCatalog();
const query = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }));

describe("resolver and searches (property)", () => {
  it("resolveFilm returns a film or throws a FilmcliError, never anything else", () => {
    fc.assert(fc.property(query, (q) => {
      try {
        expect(dataset.films).toContainEqual(resolveFilm(index, q).film);
      } catch (error) {
        expect(error).toBeInstanceOf(FilmcliError);
      }
    }), { numRuns: 500 });
  });

  it("every film is found by its own title, id, and title with year", () => {
    for (const film of dataset.films.filter((f) => f.id !== "king-kong-1976" && f.id !== "king-kong-2005")) {
      expect(resolveFilm(index, film.title).film).toEqual(film);
      expect(resolveFilm(index, film.id).film).toEqual(film);
      expect(resolveFilm(index, `${film.title} (${film.year})`).film).toEqual(film);
    }
  });

  it("search scores are between 0 and 1 and sorted best first", () => {
    fc.assert(fc.property(query, (q) => {
      const scores = searchFilms(index, q).map((m) => m.score);
      for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
      for (const s of scores) expect(s).toBeLessThanOrEqual(1);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }), { numRuns: 300 });
  });

  it("text search never throws and only returns texts containing every matched word", () => {
    const texts = dataset.films.flatMap((f) => f.trivia);
    fc.assert(fc.property(query, (q) => {
      for (const hit of searchTexts(texts, (t) => t, q)) {
        for (const word of hit.matched) expect(hit.item).toContain(word);
      }
    }), { numRuns: 300 });
  });
});
