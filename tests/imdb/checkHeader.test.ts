import { describe, expect, it } from "vitest";
import { checkHeader, ImdbHeaderError } from "../../src/imdb/checkHeader";
import { imdbFile } from "../../src/imdb/imdbFiles";

const ratings = imdbFile("title.ratings");

describe("checkHeader", () => {
  it.each(["tconst\taverageRating\tnumVotes", "tconst\taverageRating\tnumVotes\r", "\ufefftconst\taverageRating\tnumVotes"])(
    "accepts %j",
    (line) => expect(() => checkHeader(ratings, line)).not.toThrow(),
  );

  it.each([
    ["tconst\ttitleType\tprimaryTitle", ["tconst", "titleType", "primaryTitle"]],
    ["tconst\taverageRating", ["tconst", "averageRating"]],
    ["tconst\taverageRating\tnumVotes\textra", ["tconst", "averageRating", "numVotes", "extra"]],
    ["tconst\tnumVotes\taverageRating", ["tconst", "numVotes", "averageRating"]],
    ["tconst averageRating numVotes", ["tconst averageRating numVotes"]],
    ["Tconst\taverageRating\tnumVotes", ["Tconst", "averageRating", "numVotes"]],
    ["tt0000001\t5.7\t2100", ["tt0000001", "5.7", "2100"]],
  ])("rejects %j with the facts", (line, got) => {
    let error: unknown;
    try {
      checkHeader(ratings, line);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImdbHeaderError);
    expect(error).toMatchObject({ file: "title.ratings.tsv.gz", expected: ["tconst", "averageRating", "numVotes"], got });
  });

  it("rejects a file without a first line", () => {
    expect(() => checkHeader(ratings, null)).toThrow(expect.objectContaining({ name: "ImdbHeaderError", got: [] }));
  });
});
