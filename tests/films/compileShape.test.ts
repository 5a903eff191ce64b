import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileShape } from "../../src/films/compileShape";
import { DATASET_SHAPE, FILM_SHAPE } from "../../src/films/datasetShape";
import { checkShape, type Problem } from "../../src/films/shape";

const read = (path: string): unknown => JSON.parse(readFileSync(join(__dirname, "../..", path), "utf8"));
const fixture = read("tests/fixtures/films.json") as { films: Array<Record<string, unknown>> };
const film = fixture.films[0]!;
const withFilm = (patch: Record<string, unknown>): Record<string, unknown> => ({ ...film, ...patch });
const without = (key: string): Record<string, unknown> => Object.fromEntries(Object.entries(film).filter(([k]) => k !== key));
const checkFinds = (value: unknown): boolean => {
  const problems: Problem[] = [];
  checkShape(value, FILM_SHAPE, "films[0]", problems, 1);
  return problems.length > 0;
};
const isFilm = compileShape(FILM_SHAPE);

describe("compileShape", () => {
  it("accepts every film of the bundled dataset and the fixture, as checkShape does", () => {
    const films = [...(read("data/films.json") as typeof fixture).films, ...fixture.films];
    expect(films.filter((f) => !isFilm(f))).toEqual([]);
    expect(compileShape(DATASET_SHAPE)(fixture)).toBe(true);
  });

  it.each([
    [withFilm({ year: "1985" }), false],
    [withFilm({ year: 1869 }), false],
    [withFilm({ year: 3001 }), false],
    [withFilm({ year: 1985.5 }), false],
    [withFilm({ title: 42 }), false],
    [withFilm({ title: " " }), false],
    [withFilm({ title: null }), false],
    [withFilm({ id: "Mask-1985" }), false],
    [withFilm({ releaseDate: "8 March 1985" }), false],
    [withFilm({ releaseDate: "1985-03-08" }), true],
    [withFilm({ boxOffice: 5 }), false],
    [withFilm({ ["__proto__"]: 5 }), false],
    [without("title"), false],
    [without("logline"), true],
    [withFilm({ cast: [{ actor: "A" }] }), false],
    [withFilm({ cast: [{ actor: "A", character: "" }] }), true],
    [withFilm({ cast: {} }), false],
    [withFilm({ rating: { value: 11, scale: 10 } }), false],
    [withFilm({ rating: { value: 4, scale: 4 } }), true],
    [withFilm({ rating: { value: 4, scale: 6 } }), false],
    [withFilm({ rating: { value: 4, scale: 10, votes: -1 } }), false],
    [withFilm({ rating: { value: 4, scale: 10, votes: 12 } }), true],
    [withFilm({ runtimes: [{ minutes: null }] }), true],
    [withFilm({ runtimes: [{ minutes: 0 }] }), false],
    [withFilm({ runtimes: [{ minutes: "90" }] }), false],
    [withFilm({ grosses: [{ amount: 1, currency: "usd" }] }), false],
    [withFilm({ grosses: [{ amount: Number.POSITIVE_INFINITY, currency: "USD" }] }), false],
    [withFilm({ grosses: [{ amount: 1, currency: "USD", region: "US" }] }), true],
    [withFilm({ trivia: [""] }), false],
    [[], false],
    [null, false],
    ["film", false],
  ])("agrees with checkShape (%#: valid %s)", (value, valid) => {
    expect(isFilm(value)).toBe(valid);
    expect(checkFinds(value)).toBe(!valid);
  });
});
