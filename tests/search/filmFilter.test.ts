import { describe, expect, it } from "vitest";
import { filmFilter, type ListFilter } from "../../src/search/filmFilter";
import type { ListValues } from "../../src/search/filmIndex";

const film: ListValues = {
  year: 1985, directors: ["Peter Bogdanovich", "Ann Other"], genres: ["Drama", "Biography"],
  rating: { value: 7, scale: 10, votes: 12168 }, votes: 12168, kind: "movie",
};

describe("filmFilter", () => {
  it("is null when no filter is given", () => expect(filmFilter({})).toBeNull());

  it.each<[ListFilter, boolean]>([
    [{ year: 1985 }, true],
    [{ year: 1986 }, false],
    [{ from: 1985, to: 1985 }, true],
    [{ from: 1986 }, false],
    [{ to: 1984 }, false],
    [{ director: "bogdanovich" }, true],
    [{ director: "pete bog" }, true],
    [{ director: "peter other" }, false],
    [{ director: "ann" }, true],
    [{ genre: "dra" }, true],
    [{ genre: "DRAMA" }, true],
    [{ genre: "comedy" }, false],
    [{ minRating: 7 }, true],
    [{ minRating: 7.1 }, false],
    [{ minVotes: 12168 }, true],
    [{ minVotes: 12169 }, false],
    [{ kinds: ["tvSeries", "Movie"] }, true],
    [{ kinds: ["short"] }, false],
    [{ year: 1985, director: "nolan" }, false],
    [{ year: 1985, genre: "bio", minRating: 5, kinds: ["movie"], minVotes: 10 }, true],
  ])("%j passes the film: %s", (filter, passes) => expect(filmFilter(filter)!(film)).toBe(passes));

  it("treats a film with no rating or votes as failing a minimum", () => {
    const unrated = { ...film, rating: null, votes: null };
    expect([filmFilter({ minRating: 0 })!(unrated), filmFilter({ minVotes: 0 })!(unrated), filmFilter({ minVotes: 1 })!(unrated)]).toEqual([false, true, false]);
  });

  it("reads only the values its filters test", () => {
    const read: string[] = [];
    const watched = new Proxy(film, { get: (target, key) => { read.push(String(key)); return target[key as keyof ListValues]; } });
    filmFilter({ genre: "drama" })!(watched);
    expect(read).toEqual(["genres"]);
  });
});
