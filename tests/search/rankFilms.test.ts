import { describe, expect, it } from "vitest";
import { AmbiguousError } from "../../src/errors";
import type { Film } from "../../src/films/film";
import type { FilmIndex } from "../../src/search/filmIndex";
import { resolveFilm } from "../../src/search/resolveFilm";
import { rankOf, searchFilms } from "../../src/search/searchFilms";
import { fixture } from "../fixtures/fixtureCatalog";
import { plainIndex } from "../fixtures/plainIndex";

const base = fixture.films[0]!;
const film = (id: string, title: string, votes: number | null): Film =>
  ({ ...base, id, title, year: 2000, rating: votes === null ? undefined : { value: 7, scale: 10, votes } });

/** An index of films with IMDb kinds, as the library gives them. */
function indexOf(films: Array<[Film, string]>): FilmIndex {
  const plain = plainIndex(films.map(([f]) => f));
  const kind = (i: number): string => films[i]![1];
  return { ...plain, kind, votesAndKinds: (is) => ({ ...plain.votesAndKinds(is), kinds: Array.from(is, kind) }) };
}

const ids = (index: FilmIndex, query: string): string[] => searchFilms(index, query).map((m) => index.ref(m.i).id);

describe("search ranking", () => {
  it("puts films before TV films, series, shorts and episodes of the same title and votes", () => {
    const index = indexOf([
      [film("episode", "Night Watch", 500), "tvEpisode"], [film("short", "Night Watch", 500), "short"],
      [film("series", "Night Watch", 500), "tvSeries"], [film("movie", "Night Watch", 500), "movie"], [film("tv", "Night Watch", 500), "tvMovie"],
    ]);
    expect(ids(index, "night watch")).toEqual(["movie", "tv", "series", "short", "episode"]);
  });

  it("lets the query ask for a kind", () => {
    const index = indexOf([[film("movie", "Night Watch", 500), "movie"], [film("series", "Night Watch", 900), "tvSeries"]]);
    expect(ids(index, "night watch")[0]).toBe("movie");
    expect(ids(index, "night watch series")[0]).toBe("series");
  });

  it("prefers the famous film among titles that fit alike, and an obscure exact title does not bury it", () => {
    const index = indexOf([
      [film("goblet", "Harry Potter and the Goblet of Fire", 900), "movie"],
      [film("stone", "Harry Potter and the Sorcerer's Stone", 600_000), "movie"],
      [film("doc", "Harry Potter", 12), "video"],
    ]);
    expect(ids(index, "harry potter")).toEqual(["stone", "doc", "goblet"]);
  });

  it("keeps an exact title first among comparable films", () => {
    const index = indexOf([[film("mask", "Mask", 12_000), "movie"], [film("the-mask", "The Mask", 300_000), "movie"]]);
    expect(ids(index, "mask")).toEqual(["mask", "the-mask"]);
    expect(ids(index, "the mask")).toEqual(["the-mask", "mask"]);
  });

  it("scores every title that begins with a series' name alike, so that popularity and not the rest's length picks", () => {
    const index = indexOf([
      [film("towers", "The Lord of the Rings: The Two Towers", 327_000), "movie"],
      [film("fellowship", "The Lord of the Rings: The Fellowship of the Ring", 387_000), "movie"],
      [film("king", "The Lord of the Rings: The Return of the King", 364_000), "movie"],
      [film("kings", "The Kings of Appletown", 300), "movie"],
    ]);
    const matches = searchFilms(index, "lord of the rings");
    expect(matches.map((m) => index.ref(m.i).id)).toEqual(["fellowship", "king", "towers", "kings"]);
    expect(matches.slice(0, 3).map((m) => m.score)).toEqual([0.85, 0.85, 0.85]);
    // One word is no series' name: "star" is not every Star film.
    expect(searchFilms(index, "lord").every((m) => m.score !== 0.85)).toBe(true);
  });

  it.each([
    // [score, missing, kind weight, votes, most votes] -> rank, 0 to 1
    [1, 0, 1, 10_000_000, 10_000_000, 1],
    [1, 0, 1, 0, 0, 1 / 2.2 / 1.15],
    [0.5, 0, 1, 0, 0, (0.25 * 0.75) / 2.2 / 1.15],
    [1, 1, 0.6, 0, 0, (0.75 * 0.6) / 2.2 / 1.15],
  ])("ranks score %d, %d missing, kind %d, %d votes of %d at %d", (score, missing, kind, votes, most, rank) => {
    expect(rankOf(score, missing, kind, votes, most)).toBeCloseTo(rank, 6);
  });
});

describe("resolving a film that several fit", () => {
  const index = indexOf([
    [film("chamber", "Harry Potter and the Chamber of Secrets", 120_000), "movie"],
    [film("goblet", "Harry Potter and the Goblet of Fire", 112_000), "movie"],
  ]);

  it("lists films ranked within a small margin of each other instead of guessing", () => {
    expect(() => resolveFilm(index, "harry potter")).toThrow(AmbiguousError);
  });

  it("takes the best with first", () => {
    expect(resolveFilm(index, "harry potter", { first: true }).film.id).toBe(ids(index, "harry potter")[0]);
  });

  it("lists a series whose films' votes are unknown rather than open its one rated film (show star wars)", () => {
    const starWars = indexOf([
      [film("clone-wars", "Star Wars: The Clone Wars", 17_513), "movie"],
      [film("new-hope", "Star Wars Ep. IV: A New Hope", null), "movie"],
      [film("empire", "Star Wars Ep. V: The Empire Strikes Back", null), "movie"],
    ]);
    expect(() => resolveFilm(starWars, "star wars")).toThrow(AmbiguousError);
  });

  it("opens the film when the others are well behind", () => {
    expect(resolveFilm(index, "harry potter goblet").film.id).toBe("goblet");
  });
});
