import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/films/validateDataset";
import { datasetJsonSchema } from "../../src/build/datasetJsonSchema";

const read = (path: string): unknown => JSON.parse(readFileSync(join(__dirname, "../..", path), "utf8"));
const fixture = read("tests/fixtures/films.json") as { films: Array<Record<string, unknown>> };
const withFilm = (patch: Record<string, unknown>) => ({ ...fixture, films: [{ ...fixture.films[0], ...patch }] });
const ajv = new Ajv2020({ allErrors: true });
const schemaValid = ajv.compile(read("data/films.schema.json") as object);

describe("validateDataset", () => {
  it("accepts the bundled dataset and the fixture", () => {
    expect(validateDataset(read("data/films.json"))).toEqual([]);
    expect(validateDataset(fixture)).toEqual([]);
  });

  it.each([
    [withFilm({ year: "1985" }), 'films[0].year: expected an integer from 1870 to 3000, got "1985"'],
    [withFilm({ title: 42 }), "films[0].title: expected a non-empty string, got 42"],
    [withFilm({ title: null }), "films[0].title: expected a non-empty string, got null"],
    [withFilm({ cast: [{ actor: "A" }] }), "films[0].cast[0].character: is missing"],
    [withFilm({ releaseDate: "8 March 1985" }), 'films[0].releaseDate: expected an ISO date (YYYY-MM-DD), got "8 March 1985"'],
    [withFilm({ boxOffice: 5 }), "films[0].boxOffice: is not a known field"],
    [{ films: [] }, "schemaVersion: is missing"],
    [[], ": expected an object, got an array"],
    [{ ...fixture, films: [fixture.films[0], fixture.films[0]] }, 'films[1].id: duplicates the id of films[0] ("mask-1985")'],
  ])("reports the first problem by JSON path (%#)", (value, expected) => {
    const [problem] = validateDataset(value);
    expect(`${problem!.path}: ${problem!.message}`).toBe(expected);
  });

  it("lists every problem, not just the first", () => {
    const problems = validateDataset({ ...fixture, films: [{ ...fixture.films[0], year: "x", title: 1 }] });
    expect(problems.map((p) => p.path)).toEqual(["films[0].title", "films[0].year"]);
  });
});

describe("ranges, which live in the schema once", () => {
  const rating = (value: unknown, scale: unknown) => withFilm({ rating: { value, scale, votes: 10 } });
  const review = (score: unknown) => withFilm({ reviews: [{ title: "T", text: "x", score }] });
  it.each([
    ["a year past 3000", withFilm({ year: 99999 }), "films[0].year: expected an integer from 1870 to 3000, got 99999"],
    ["a year before films", withFilm({ year: 1200 }), "films[0].year: expected an integer from 1870 to 3000, got 1200"],
    ["a fractional year", withFilm({ year: 1985.5 }), "films[0].year: expected an integer from 1870 to 3000, got 1985.5"],
    ["a rating above its scale", rating(50, 10), "films[0].rating.value: expected at most 10 (the scale), got 50"],
    ["a review score above its scale", review({ value: 6, scale: 5 }), "films[0].reviews[0].score.value: expected at most 5 (the scale), got 6"],
    ["a negative rating", rating(-1, 10), "films[0].rating.value: expected a number from 0 to 100, got -1"],
    ["an unknown scale", rating(5, 7), "films[0].rating.scale: expected one of 4, 5, 10, 20, 100, got 7"],
    ["a Rotten Tomatoes score of 1000%", withFilm({ rottenTomatoes: 1000 }), "films[0].rottenTomatoes: expected an integer from 0 to 100, got 1000"],
    ["a runtime of 0 minutes", withFilm({ runtimes: [{ minutes: 0 }] }), "films[0].runtimes[0].minutes: expected an integer from 1 to 100000 or null, got 0"],
    ["a gross beyond exact numbers", withFilm({ grosses: [{ amount: 1e300, currency: "USD" }] }), "films[0].grosses[0].amount: expected a number from 0 to 9007199254740991, got 1e+300"],
    ["votes of -5", withFilm({ rating: { value: 5, scale: 10, votes: -5 } }), "films[0].rating.votes: expected an integer from 0 to 9007199254740991, got -5"],
    ["a 13th month", withFilm({ releaseDate: "1985-13-01" }), 'films[0].releaseDate: expected an ISO date (YYYY-MM-DD), got "1985-13-01"'],
  ])("refuses %s", (_name, value, expected) => {
    const problems = validateDataset(value);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([expected]);
    expect(schemaValid(value)).toBe(false);
  });

  it.each([
    ["a rating at its scale", rating(10, 10)],
    ["a review of 4.5 out of 5", review({ value: 4.5, scale: 5 })],
    ["a rating of 0", rating(0, 100)],
    ["years at both ends", withFilm({ year: 1870 })],
    ["a score of 100%", withFilm({ rottenTomatoes: 100 })],
  ])("accepts %s, as the schema file does", (_name, value) => {
    expect(validateDataset(value)).toEqual([]);
    expect(schemaValid(value)).toBe(true);
  });
});

describe("data/films.schema.json", () => {
  it("is the schema generated from the validator's description", () => {
    expect(read("data/films.schema.json")).toEqual(datasetJsonSchema());
  });

  it("agrees with the validator on valid and invalid datasets", () => {
    const cases = [read("data/films.json"), fixture, withFilm({ year: "1985" }), withFilm({ boxOffice: 1 }), withFilm({ runtimes: [{ minutes: 0 }] }), { films: [] }];
    for (const value of cases) expect(schemaValid(value)).toBe(validateDataset(value).length === 0);
  });
});
