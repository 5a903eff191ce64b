import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDirFor, openCatalog } from "../../src/catalog/openCatalog";
import { DatasetError } from "../../src/errors";
import { fixture } from "../fixtures/fixtureCatalog";

const dir = mkdtempSync(join(tmpdir(), "filmcli-open-"));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const messageOf = (path: string): string => {
  try { openCatalog(path, { cacheDir: null }); } catch (e) { expect(e).toBeInstanceOf(DatasetError); return (e as Error).message; }
  throw new Error("expected a DatasetError");
};

describe("openCatalog", () => {
  it("reads any layout of JSON, and each film by its byte range", () => {
    for (const [name, text] of [["pretty.json", JSON.stringify(fixture, null, 2)], ["compact.json", JSON.stringify(fixture)],
      ["reordered.json", JSON.stringify({ films: fixture.films, schemaVersion: 1 })]]) {
      const catalog = openCatalog(file(name!, text!), { cacheDir: null });
      expect(catalog.size).toBe(7);
      expect(catalog.films()).toEqual(fixture.films);
    }
  });

  it("keeps strings with brackets, quotes and escapes intact", () => {
    const tricky = { ...fixture.films[0]!, title: 'Brackets ] } [ { and "quotes" \\ and \u00e9', id: "tricky-1985" };
    const catalog = openCatalog(file("tricky.json", JSON.stringify({ schemaVersion: 1, films: [tricky] })), { cacheDir: null });
    expect(catalog.film(0)).toEqual(tricky);
  });

  it("caches the index and rebuilds it when the dataset changes", () => {
    const cacheDir = join(dir, "cache");
    const path = file("cached.json", JSON.stringify(fixture));
    expect(openCatalog(path, { cacheDir }).size).toBe(7);
    expect(readdirSync(cacheDir).map((f) => f.replace(/^\w+\./, "")).sort()).toEqual(["core.json", "details.json", "text.json"]);
    expect(openCatalog(path, { cacheDir }).film(6)).toEqual(fixture.films[6]);
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, films: fixture.films.slice(0, 2) }));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(openCatalog(path, { cacheDir }).size).toBe(2);
  });

  it("works without any cache folder", () => {
    expect(cacheDirFor({ FILMCLI_CACHE_DIR: "" })).toBeNull();
    expect(cacheDirFor({ XDG_CACHE_HOME: "/x" })).toBe("/x/filmcli");
    expect(cacheDirFor({ HOME: "/home/u" })).toBe("/home/u/.cache/filmcli");
  });

  it("names a missing file", () => expect(messageOf(join(dir, "nope.json"))).toMatch(/nope\.json: no such file$/));
  it("names a directory", () => expect(messageOf(dir)).toMatch(/is a directory/));
  it("names an empty file", () => expect(messageOf(file("empty.json", " \n"))).toMatch(/empty\.json: the file is empty/));
  it("names bad JSON with JSON.parse's own words", () => expect(messageOf(file("bad.json", '{"schemaVersion":1,"films":[{'))).toMatch(/bad\.json: not valid JSON \(/));
  it("names the path of the first problem", () => {
    expect(messageOf(file("data.json", JSON.stringify({ schemaVersion: 1, films: [{ id: "x" }] }))))
      .toBe(`${join(dir, "data.json")}: films[0].title: is missing`);
    expect(messageOf(file("dup.json", JSON.stringify({ schemaVersion: 1, films: [fixture.films[0], fixture.films[0]] }))))
      .toMatch(/films\[1\]\.id: duplicates the id of films\[0\] \("mask-1985"\)/);
    expect(messageOf(file("nover.json", JSON.stringify({ films: [] })))).toMatch(/schemaVersion: is missing/);
    expect(messageOf(file("extra.json", JSON.stringify({ schemaVersion: 1, films: [], __proto__x: 1 })))).toMatch(/__proto__x: is not a known field/);
  });
});

describe("Catalog.textCandidates", () => {
  it("narrows a text search to the films whose trivia or quotes may match", () => {
    const catalog = openCatalog(file("text.json", JSON.stringify(fixture)), { cacheDir: null });
    const ids = (words: string[]) => catalog.textCandidates(words).map((i) => catalog.ref(i).id);
    expect(ids(["makup"])).toEqual(["mask-1985", "the-mask-1994"]);
    expect(ids(["makeup", "security"])).toEqual(["mask-1985"]);
    expect(ids(["audrey"])).toEqual(["amelie-2001"]);
    expect(ids(["zebra"])).toEqual([]);
  });
});
