import { describe, expect, it } from "vitest";
import { IMDB_FILES, imdbFile } from "../../src/imdb/imdbFiles";

describe("IMDB_FILES", () => {
  it("lists the seven dataset files once each, named after their stem", () => {
    expect(IMDB_FILES.map((file) => file.stem).sort()).toEqual([
      "name.basics",
      "title.akas",
      "title.basics",
      "title.crew",
      "title.episode",
      "title.principals",
      "title.ratings",
    ]);
    for (const file of IMDB_FILES) expect(file.fileName).toBe(`${file.stem}.tsv.gz`);
  });

  it.each([
    ["title.basics", "tconst titleType primaryTitle originalTitle isAdult startYear endYear runtimeMinutes genres"],
    ["title.akas", "titleId ordering title region language types attributes isOriginalTitle"],
    ["title.crew", "tconst directors writers"],
    ["title.episode", "tconst parentTconst seasonNumber episodeNumber"],
    ["title.principals", "tconst ordering nconst category job characters"],
    ["title.ratings", "tconst averageRating numVotes"],
    ["name.basics", "nconst primaryName birthYear deathYear primaryProfession knownForTitles"],
  ] as const)("%s has IMDb's exact header", (stem, columns) => {
    expect(imdbFile(stem).columns).toEqual(columns.split(" "));
  });

  it("requires title.basics only, and says what each file adds", () => {
    expect(IMDB_FILES.filter((file) => file.required).map((file) => file.stem)).toEqual(["title.basics"]);
    for (const file of IMDB_FILES) expect(file.adds).toMatch(/^\S.*\S$/);
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(IMDB_FILES)).toBe(true);
    expect(Object.isFrozen(imdbFile("title.basics").columns)).toBe(true);
  });
});
