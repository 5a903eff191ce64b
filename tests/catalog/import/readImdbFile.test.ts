import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { readImdbFile } from "../../../src/catalog/import/readImdbFile";
import { ImdbHeaderError } from "../../../src/imdb/checkHeader";
import { decodeAka } from "../../../src/imdb/decodeAka";
import { decodeCrew } from "../../../src/imdb/decodeCrew";
import { decodeEpisode } from "../../../src/imdb/decodeEpisode";
import { decodeName } from "../../../src/imdb/decodeName";
import { decodePrincipal } from "../../../src/imdb/decodePrincipal";
import { decodeRating } from "../../../src/imdb/decodeRating";
import { decodeTitleBasics } from "../../../src/imdb/decodeTitleBasics";
import { imdbFile, type ImdbStem } from "../../../src/imdb/imdbFiles";
import { isRowProblem, type Decoded } from "../../../src/imdb/rowProblem";
import type { TsvFields } from "../../../src/imdb/splitTsvLine";

const fixtures = join(__dirname, "../../fixtures/imdb");
const dir = mkdtempSync(join(tmpdir(), "filmcli-imdb-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Gzips a plain fixture into the temp dir under its real IMDb name, as a download would be. */
function gzFixture(stem: ImdbStem, fixture: string = stem): string {
  const path = join(dir, `${stem}.tsv.gz`);
  writeFileSync(path, gzipSync(readFileSync(join(fixtures, `${fixture}.tsv`))));
  return path;
}

async function decodeFixture<T extends object>(stem: ImdbStem, decode: (fields: TsvFields) => Decoded<T>) {
  const records: [number, T][] = [];
  const problems: [number, string][] = [];
  const summary = await readImdbFile(gzFixture(stem), imdbFile(stem), (fields, lineNumber) => {
    const decoded = decode(fields);
    if (isRowProblem(decoded)) problems.push([lineNumber, decoded.reason]);
    else records.push([lineNumber, decoded]);
  });
  return { records, problems, summary };
}

describe("readImdbFile on the fixtures", () => {
  it("title.basics: quotes, nulls, duplicates, bad rows, non-Latin titles, an empty last line", async () => {
    const { records, problems, summary } = await decodeFixture("title.basics", decodeTitleBasics);
    expect(problems).toEqual([
      [6, "too few fields (5 of 9)"],
      [7, "too many fields (10 of 9)"],
      [8, "bad tconst"],
      [12, "startYear is not a year"],
    ]);
    expect(records.map(([line, r]) => [line, r.tconst, r.primaryTitle])).toEqual([
      [2, 1, "Carmencita"],
      [3, 33136, '"Swing it" magistern'],
      [4, 3, "Nulls Everywhere"],
      [5, 33136, '"Swing it" magistern'],
      [9, 7, "Броненосец «Потёмкин»"],
      [10, 8, "Seven Samurai"],
      [11, 9, "Long Show"],
      [13, 10000011, "Eight Digits"],
    ]);
    expect(records[2]![1]).toEqual({
      tconst: 3,
      titleType: "movie",
      primaryTitle: "Nulls Everywhere",
      originalTitle: null,
      isAdult: false,
      startYear: null,
      endYear: null,
      runtimeMinutes: null,
      genres: [],
    });
    expect(records[5]![1]).toMatchObject({ originalTitle: "七人の侍", runtimeMinutes: 207, genres: ["Action", "Drama"] });
    expect(records[6]![1]).toMatchObject({ titleType: "tvSeries", startYear: 1990, endYear: 1995 });
    expect(records[7]![1]).toMatchObject({ isAdult: true });
    expect(summary.lines).toBe(14);
  });

  it("title.akas: \\x02-separated arrays, null flags, duplicates", async () => {
    const { records, problems } = await decodeFixture("title.akas", decodeAka);
    expect(problems).toEqual([
      [7, "too few fields (3 of 8)"],
      [8, "bad titleId"],
    ]);
    expect(records.map(([, r]) => r.title)).toEqual(["Карменсита", "Carmencita", "Seven Samurai", "七人の侍", '"Swing it" magistern', "Карменсита"]);
    expect(records[2]![1]).toMatchObject({ types: ["imdbDisplay", "alternative"], attributes: ["literal English title", "new title"] });
    expect(records[3]![1]).toMatchObject({ region: "JP", language: "ja", types: [], attributes: [], isOriginalTitle: null });
  });

  it("title.crew", async () => {
    const { records, problems } = await decodeFixture("title.crew", decodeCrew);
    expect(problems).toEqual([
      [5, "directors has a bad nconst"],
      [7, "too many fields (4 of 3)"],
    ]);
    expect(records.map(([, r]) => r)).toEqual([
      { tconst: 1, directors: [5690], writers: [] },
      { tconst: 8, directors: [41327], writers: [41327, 442119, 643011] },
      { tconst: 9, directors: [], writers: [] },
      { tconst: 1, directors: [5690], writers: [] },
    ]);
  });

  it("title.episode", async () => {
    const { records, problems } = await decodeFixture("title.episode", decodeEpisode);
    expect(problems).toEqual([
      [4, "bad parentTconst"],
      [5, "seasonNumber is not a whole number"],
    ]);
    expect(records.map(([, r]) => r)).toEqual([
      { tconst: 11, parentTconst: 9, seasonNumber: 1, episodeNumber: 1 },
      { tconst: 12, parentTconst: 9, seasonNumber: null, episodeNumber: null },
      { tconst: 11, parentTconst: 9, seasonNumber: 1, episodeNumber: 1 },
    ]);
  });

  it("title.principals: characters arrays of one to three names, an escaped quote, a broken array", async () => {
    const { records, problems } = await decodeFixture("title.principals", decodePrincipal);
    expect(problems).toEqual([
      [9, "characters is not a JSON array of strings"],
      [11, "too many fields (7 of 6)"],
      [12, "too few fields (3 of 6)"],
    ]);
    expect(records.map(([, r]) => r.characters)).toEqual([
      ["Self"],
      [],
      ["Kambei Shimada"],
      ["Kikuchiyo", "Masked Bandit", "Roy Walker"],
      ["Shino", 'The "Kid"'],
      [],
      ["Вакулинчук", "水兵"],
      ["Kambei Shimada"],
    ]);
    expect(records[5]![1]).toMatchObject({ category: "writer", job: "screenplay" });
  });

  it("title.ratings with CRLF line ends", async () => {
    const { records, problems } = await decodeFixture("title.ratings", decodeRating);
    expect(problems).toEqual([
      [5, "averageRating is not a rating from 0 to 10 with one decimal"],
      [6, "numVotes is not a whole number"],
    ]);
    expect(records.map(([, r]) => r)).toEqual([
      { tconst: 1, averageRating: 5.7, numVotes: 2100 },
      { tconst: 8, averageRating: 8.6, numVotes: 380000 },
      { tconst: 9, averageRating: 10, numVotes: 5 },
    ]);
  });

  it("name.basics", async () => {
    const { records, problems } = await decodeFixture("name.basics", decodeName);
    expect(problems).toEqual([
      [5, "knownForTitles has a bad tconst"],
      [6, "bad nconst"],
    ]);
    expect(records.map(([, r]) => r.primaryName)).toEqual(["Toshirô Mifune", "山田 太郎", '"Kid" Shelleen', "Иван Петров"]);
    expect(records[0]![1]).toEqual({
      nconst: 123,
      primaryName: "Toshirô Mifune",
      birthYear: 1920,
      deathYear: 1997,
      primaryProfession: ["actor", "producer"],
      knownForTitles: [8, 7],
    });
  });
});

describe("readImdbFile header check", () => {
  it("stops at a file that is not what its name says, before any row", async () => {
    const path = gzFixture("title.basics", "title.ratings");
    let rows = 0;
    const error = await readImdbFile(path, imdbFile("title.basics"), () => rows++).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImdbHeaderError);
    expect(error).toMatchObject({
      file: "title.basics.tsv.gz",
      expected: imdbFile("title.basics").columns,
      got: ["tconst", "averageRating", "numVotes"],
    });
    expect(rows).toBe(0);
  });

  it("stops at an empty file", async () => {
    const path = join(dir, "empty.tsv.gz");
    writeFileSync(path, gzipSync(""));
    const error = await readImdbFile(path, imdbFile("title.crew"), () => undefined).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ImdbHeaderError", got: [] });
  });
});
