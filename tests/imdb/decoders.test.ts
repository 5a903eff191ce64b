import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeAka } from "../../src/imdb/decodeAka";
import { decodeCrew } from "../../src/imdb/decodeCrew";
import { decodeEpisode } from "../../src/imdb/decodeEpisode";
import { decodeName } from "../../src/imdb/decodeName";
import { decodePrincipal } from "../../src/imdb/decodePrincipal";
import { decodeRating } from "../../src/imdb/decodeRating";
import { decodeTitleBasics } from "../../src/imdb/decodeTitleBasics";
import { isRowProblem } from "../../src/imdb/rowProblem";
import { splitTsvLine } from "../../src/imdb/splitTsvLine";

// Rows are written as IMDb writes them, tab-separated with \N, so the tables read like the files.
const row = (...fields: string[]): ReturnType<typeof splitTsvLine> => splitTsvLine(fields.join("\t"));
const N = "\\N";

describe("decodeTitleBasics", () => {
  it.each([
    [
      row("tt0000001", "short", "Carmencita", "Carmencita", "0", "1894", N, "1", "Documentary,Short"),
      {
        tconst: 1,
        titleType: "short",
        primaryTitle: "Carmencita",
        originalTitle: "Carmencita",
        isAdult: false,
        startYear: 1894,
        endYear: null,
        runtimeMinutes: 1,
        genres: ["Documentary", "Short"],
      },
    ],
    [
      row("tt0033136", "movie", '"Swing it" magistern', '"Swing it" magistern', "1", "1940", "1941", "92", "Comedy"),
      {
        tconst: 33136,
        titleType: "movie",
        primaryTitle: '"Swing it" magistern',
        originalTitle: '"Swing it" magistern',
        isAdult: true,
        startYear: 1940,
        endYear: 1941,
        runtimeMinutes: 92,
        genres: ["Comedy"],
      },
    ],
    [
      row("tt0000003", "movie", "七人の侍", N, "0", N, N, N, N),
      {
        tconst: 3,
        titleType: "movie",
        primaryTitle: "七人の侍",
        originalTitle: null,
        isAdult: false,
        startYear: null,
        endYear: null,
        runtimeMinutes: null,
        genres: [],
      },
    ],
    [row("tt0000003", "movie", "T", "", "0", "2000", N, "0", "Drama,,Music"), { originalTitle: null, runtimeMinutes: 0, genres: ["Drama", "Music"] }],
  ])("decodes %j", (fields, expected) => {
    expect(decodeTitleBasics(fields)).toMatchObject(expected);
  });

  it.each([
    [row("tt0000004", "movie", "Too Few", "Too Few", "0"), "too few fields (5 of 9)"],
    [row("tt0000005", "movie", "M", "M", "0", "2000", N, "90", "Drama", "extra"), "too many fields (10 of 9)"],
    [row("xx0000006", "movie", "M", "M", "0", "2000", N, "90", "Drama"), "bad tconst"],
    [row(N, "movie", "M", "M", "0", "2000", N, "90", "Drama"), "bad tconst"],
    [row("tt0000006", N, "M", "M", "0", "2000", N, "90", "Drama"), "titleType is missing"],
    [row("tt0000006", "movie", N, "M", "0", "2000", N, "90", "Drama"), "primaryTitle is missing"],
    [row("tt0000006", "movie", "", "M", "0", "2000", N, "90", "Drama"), "primaryTitle is missing"],
    [row("tt0000006", "movie", "M", "M", "2", "2000", N, "90", "Drama"), "isAdult is not 0 or 1"],
    [row("tt0000006", "movie", "M", "M", N, "2000", N, "90", "Drama"), "isAdult is not 0 or 1"],
    [row("tt0000006", "movie", "M", "M", "0", "19x5", N, "90", "Drama"), "startYear is not a year"],
    [row("tt0000006", "movie", "M", "M", "0", "20000", N, "90", "Drama"), "startYear is not a year"],
    [row("tt0000006", "movie", "M", "M", "0", "2000", "-1", "90", "Drama"), "endYear is not a year"],
    [row("tt0000006", "movie", "M", "M", "0", "2000", N, "1.5", "Drama"), "runtimeMinutes is not a whole number"],
    [row("tt0000006", "movie", "M", "M", "0", "2000", N, "", "Drama"), "runtimeMinutes is not a whole number"],
  ])("rejects %j: %s", (fields, reason) => {
    expect(decodeTitleBasics(fields)).toEqual({ reason });
  });
});

describe("decodeAka", () => {
  it.each([
    [
      row("tt0000001", "1", "Карменсита", "RU", N, "imdbDisplay", N, "0"),
      { titleId: 1, ordering: 1, title: "Карменсита", region: "RU", language: null, types: ["imdbDisplay"], attributes: [], isOriginalTitle: false },
    ],
    [
      row("tt0000008", "12", "Seven Samurai", "US", "en", "imdbDisplay\u0002alternative", "literal English title\u0002new title", "1"),
      {
        titleId: 8,
        ordering: 12,
        title: "Seven Samurai",
        region: "US",
        language: "en",
        types: ["imdbDisplay", "alternative"],
        attributes: ["literal English title", "new title"],
        isOriginalTitle: true,
      },
    ],
    [
      row("tt0000008", "2", '"Swing it", magistern', N, N, N, N, N),
      { titleId: 8, ordering: 2, title: '"Swing it", magistern', region: null, language: null, types: [], attributes: [], isOriginalTitle: null },
    ],
  ])("decodes %j", (fields, expected) => {
    expect(decodeAka(fields)).toEqual(expected);
  });

  it.each([
    [row("tt0000008", "3", "Too Few"), "too few fields (3 of 8)"],
    [row("tt12", "1", "T", N, N, N, N, "0"), "bad titleId"],
    [row("tt0000008", N, "T", N, N, N, N, "0"), "ordering is not a whole number"],
    [row("tt0000008", "x", "T", N, N, N, N, "0"), "ordering is not a whole number"],
    [row("tt0000008", "1", N, N, N, N, N, "0"), "title is missing"],
    [row("tt0000008", "1", "T", N, N, N, N, "yes"), "isOriginalTitle is not 0 or 1"],
  ])("rejects %j: %s", (fields, reason) => {
    expect(decodeAka(fields)).toEqual({ reason });
  });
});

describe("decodeCrew", () => {
  it.each([
    [row("tt0000001", "nm0005690", N), { tconst: 1, directors: [5690], writers: [] }],
    [
      row("tt0000008", "nm0041327", "nm0041327,nm0442119,nm0643011"),
      { tconst: 8, directors: [41327], writers: [41327, 442119, 643011] },
    ],
    [row("tt0000009", N, N), { tconst: 9, directors: [], writers: [] }],
  ])("decodes %j", (fields, expected) => {
    expect(decodeCrew(fields)).toEqual(expected);
  });

  it.each([
    [row("tt0000010", "nm12x", N), "directors has a bad nconst"],
    [row("tt0000010", N, "nm0000001,tt0000002"), "writers has a bad nconst"],
    [row("t0000010", N, N), "bad tconst"],
    [row("tt0000011", "nm0000001", "nm0000002", N), "too many fields (4 of 3)"],
  ])("rejects %j: %s", (fields, reason) => {
    expect(decodeCrew(fields)).toEqual({ reason });
  });
});

describe("decodeEpisode", () => {
  it.each([
    [row("tt0000011", "tt0000009", "1", "1"), { tconst: 11, parentTconst: 9, seasonNumber: 1, episodeNumber: 1 }],
    [row("tt0000012", "tt0000009", N, N), { tconst: 12, parentTconst: 9, seasonNumber: null, episodeNumber: null }],
    [row("tt0000012", "tt0000009", "2023", "1045"), { tconst: 12, parentTconst: 9, seasonNumber: 2023, episodeNumber: 1045 }],
  ])("decodes %j", (fields, expected) => {
    expect(decodeEpisode(fields)).toEqual(expected);
  });

  it.each([
    [row("tt0000013", N, "1", "2"), "bad parentTconst"],
    [row("tt0000014", "tt0000009", "one", "2"), "seasonNumber is not a whole number"],
    [row("tt0000014", "tt0000009", "1", "-2"), "episodeNumber is not a whole number"],
    [row("tt0000014"), "too few fields (1 of 4)"],
  ])("rejects %j: %s", (fields, reason) => {
    expect(decodeEpisode(fields)).toEqual({ reason });
  });
});

describe("decodePrincipal", () => {
  it.each([
    [row("tt0000001", "1", "nm1588970", "self", N, '["Self"]'), { tconst: 1, ordering: 1, nconst: 1588970, category: "self", job: null, characters: ["Self"] }],
    [row("tt0000008", "1", "nm0041327", "director", N, N), { tconst: 8, ordering: 1, nconst: 41327, category: "director", job: null, characters: [] }],
    [
      row("tt0000008", "3", "nm0000124", "actor", N, '["Kikuchiyo","Masked Bandit","Roy Walker"]'),
      { tconst: 8, ordering: 3, nconst: 124, category: "actor", job: null, characters: ["Kikuchiyo", "Masked Bandit", "Roy Walker"] },
    ],
    [
      row("tt0000008", "4", "nm0000125", "actress", N, '["Shino","The \\"Kid\\""]'),
      { tconst: 8, ordering: 4, nconst: 125, category: "actress", job: null, characters: ["Shino", 'The "Kid"'] },
    ],
    [
      row("tt0000008", "5", "nm0000126", "writer", 'novel "Der Prozess"', N),
      { tconst: 8, ordering: 5, nconst: 126, category: "writer", job: 'novel "Der Prozess"', characters: [] },
    ],
    [
      row("tt0000007", "1", "nm0000127", "actor", N, '["Вакулинчук","水兵"]'),
      { tconst: 7, ordering: 1, nconst: 127, category: "actor", job: null, characters: ["Вакулинчук", "水兵"] },
    ],
  ])("decodes %j", (fields, expected) => {
    expect(decodePrincipal(fields)).toEqual(expected);
  });

  it.each([
    [row("tt0000007", "2", "nm0000128", "actor", N, "[Roy Walker]"), "characters is not a JSON array of strings"],
    [row("tt0000007", "2", "nm0000128", "actor", N, '"Roy Walker"'), "characters is not a JSON array of strings"],
    [row("tt0000007", "2", "nm0000128", "actor", N, "[1,2]"), "characters is not a JSON array of strings"],
    [row("tt0000007", "2", "nm12", "actor", N, N), "bad nconst"],
    [row("tt0000007", "0x2", "nm0000128", "actor", N, N), "ordering is not a whole number"],
    [row("tt0000007", "2", "nm0000128", N, N, N), "category is missing"],
    [row("tt0000007", "3", "nm0000129", "actor", N, '["A"]', "extra"), "too many fields (7 of 6)"],
  ])("rejects %j: %s", (fields, reason) => {
    expect(decodePrincipal(fields)).toEqual({ reason });
  });
});

describe("decodeRating", () => {
  it.each([
    [row("tt0000001", "5.7", "2100"), { tconst: 1, averageRating: 5.7, numVotes: 2100 }],
    [row("tt0000009", "10.0", "5"), { tconst: 9, averageRating: 10, numVotes: 5 }],
    [row("tt0000009", "0.0", "0"), { tconst: 9, averageRating: 0, numVotes: 0 }],
    [row("tt0000009", "8", "12"), { tconst: 9, averageRating: 8, numVotes: 12 }],
    [row("tt0000009", "7.3", "3012345"), { tconst: 9, averageRating: 7.3, numVotes: 3012345 }],
  ])("decodes %j", (fields, expected) => {
    expect(decodeRating(fields)).toEqual(expected);
  });

  it.each([
    [row("tt0000010", "11.2", "5"), "averageRating is not a rating from 0 to 10 with one decimal"],
    [row("tt0000010", "10.1", "5"), "averageRating is not a rating from 0 to 10 with one decimal"],
    [row("tt0000010", "7.25", "5"), "averageRating is not a rating from 0 to 10 with one decimal"],
    [row("tt0000010", "7.", "5"), "averageRating is not a rating from 0 to 10 with one decimal"],
    [row("tt0000010", ".5", "5"), "averageRating is not a rating from 0 to 10 with one decimal"],
    [row("tt0000010", "-1.0", "5"), "averageRating is not a rating from 0 to 10 with one decimal"],
    [row("tt0000010", N, "5"), "averageRating is not a rating from 0 to 10 with one decimal"],
    [row("tt0000011", "7.1", N), "numVotes is not a whole number"],
    [row("tt0000011", "7.1", "1e3"), "numVotes is not a whole number"],
    [row("tt0000011", "7.1"), "too few fields (2 of 3)"],
  ])("rejects %j: %s", (fields, reason) => {
    expect(decodeRating(fields)).toEqual({ reason });
  });

  it("gives every one-decimal rating as the number its text reads", () => {
    for (let tenths = 0; tenths <= 100; tenths++) {
      const text = (tenths / 10).toFixed(1);
      expect(decodeRating(row("tt0000001", text, "1"))).toMatchObject({ averageRating: Number(text) });
    }
  });
});

describe("decodeName", () => {
  it.each([
    [
      row("nm0000123", "Toshirô Mifune", "1920", "1997", "actor,producer", "tt0000008,tt0000007"),
      { nconst: 123, primaryName: "Toshirô Mifune", birthYear: 1920, deathYear: 1997, primaryProfession: ["actor", "producer"], knownForTitles: [8, 7] },
    ],
    [row("nm0000124", "山田 太郎", N, N, N, N), { nconst: 124, primaryName: "山田 太郎", birthYear: null, deathYear: null, primaryProfession: [], knownForTitles: [] }],
    [row("nm0000125", '"Kid" Shelleen', "460", N, "actress", "tt0000008"), { primaryName: '"Kid" Shelleen', birthYear: 460, knownForTitles: [8] }],
  ])("decodes %j", (fields, expected) => {
    expect(decodeName(fields)).toMatchObject(expected);
  });

  it.each([
    [row("nm0000126", "W", "1910", "1980", "writer", "tt0000008,bad"), "knownForTitles has a bad tconst"],
    [row("nm123", "Short Id", N, N, N, N), "bad nconst"],
    [row("nm0000126", N, N, N, N, N), "primaryName is missing"],
    [row("nm0000126", "W", "c.1910", N, N, N), "birthYear is not a year"],
    [row("nm0000126", "W", N, "19800", N, N), "deathYear is not a year"],
    [row("nm0000126", "W", N, N, N), "too few fields (5 of 6)"],
  ])("rejects %j: %s", (fields, reason) => {
    expect(decodeName(fields)).toEqual({ reason });
  });
});

describe("every decoder", () => {
  const decoders = [decodeTitleBasics, decodeAka, decodeCrew, decodeEpisode, decodePrincipal, decodeRating, decodeName];
  // Characters that steer the parsers down their edge paths, mixed with arbitrary ones.
  const unit = fc.oneof(
    fc.constantFrom("t", "n", "m", "0", "1", "9", ".", ",", "\\", "N", '"', "[", "]", "\u0002", "é", "\t"),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
  );
  const field = fc.oneof(fc.constant(null), fc.string({ unit, maxLength: 20 }), fc.constantFrom("tt0000001", "nm0000001", '["a","b"]'));

  it("never throws on arbitrary fields, and answers a record or a reason", () => {
    fc.assert(
      fc.property(fc.array(field, { maxLength: 12 }), (fields) => {
        for (const decode of decoders) {
          const decoded = decode(fields);
          if (isRowProblem(decoded)) expect(decoded.reason).toMatch(/^[a-z]/i);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary lines", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), (line) => {
        for (const decode of decoders) decode(splitTsvLine(line));
      }),
      { numRuns: 2000 },
    );
  });
});
