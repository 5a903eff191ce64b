import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ImdbTables } from "../../../src/catalog/library/imdbTables";
import { FileTally } from "../../../src/catalog/library/readImdbSet";
import { splitTsvLine } from "../../../src/imdb/splitTsvLine";

const BASICS = ["tt0000001\tmovie\tOne\tOne\t0\t1990\t\\N\t90\tDrama", "tt0000002\tmovie\tTwo\tTwo\t0\t1991\t\\N\t95\tComedy"];

// Rows are numbered in title.basics order: tt0000001 is row 0, tt0000002 row 1.
function tables(principals: string[], names: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "filmcli-tables-"));
  const t = new ImdbTables(() => true, dir);
  const tally = new FileTally();
  BASICS.forEach((line, i) => t.addBasics(splitTsvLine(line), i + 2, tally));
  t.titlesDone();
  principals.forEach((line, i) => t.addPrincipal(splitTsvLine(line), i + 2, tally));
  names.forEach((line, i) => t.addName(splitTsvLine(line), i + 2, tally));
  t.finish();
  return { t, dir, tally };
}

describe("ImdbTables keeps principals and people on disk", () => {
  it("reads back a title's principals in file order, also when its rows come apart in the file", () => {
    const { t } = tables([
      'tt0000001\t1\tnm0000001\tactor\t\\N\t["A","B"]',
      "tt0000002\t1\tnm0000002\tdirector\t\\N\t\\N",
      "tt0000001\t2\tnm0000003\twriter\tscreenplay\t\\N",
      'tt0000001\t3\tnm0000004\tactress\t\\N\t["\\"Kid\\""]',
    ]);
    const actor = t.categories.code("actor"), director = t.categories.code("director"), writer = t.categories.code("writer"), actress = t.categories.code("actress");
    expect(t.principalsOf(0)).toEqual([[1, actor, "", "A", "B"], [3, writer, "screenplay"], [4, actress, "", '"Kid"']]);
    expect(t.principalsOf(1)).toEqual([[2, director, ""]]);
    expect(t.principals).toBe(4);
    t.dispose();
  });

  it("gives a title without principals none, and each person's record as JSON", () => {
    const { t } = tables(["tt0000002\t1\tnm0000002\tactor\t\\N\t\\N"], ["nm0000002\tAnn Lee\t1950\t\\N\tactress,producer\ttt0000002,tt0000001"]);
    expect(t.principalsOf(0)).toEqual([]);
    expect(JSON.parse(t.personRecordBytes(t.nameRowOf.get(2)).toString("utf8"))).toEqual([1950, 0, "actress,producer", [2, 1]]);
    t.dispose();
  });

  it("leaves no temporary file behind", () => {
    const { t, dir } = tables(["tt0000001\t1\tnm0000001\tactor\t\\N\t\\N"]);
    t.dispose();
    expect(readdirSync(dir)).toEqual([]);
  });
});
