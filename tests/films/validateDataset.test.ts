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
    [withFilm({ year: "1985" }), 'films[0].year: expected an integer, got "1985"'],
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

describe("data/films.schema.json", () => {
  it("is the schema generated from the validator's description", () => {
    expect(read("data/films.schema.json")).toEqual(datasetJsonSchema());
  });

  it("agrees with the validator on valid and invalid datasets", () => {
    const cases = [read("data/films.json"), fixture, withFilm({ year: "1985" }), withFilm({ boxOffice: 1 }), withFilm({ runtimes: [{ minutes: 0 }] }), { films: [] }];
    for (const value of cases) expect(schemaValid(value)).toBe(validateDataset(value).length === 0);
  });
});
