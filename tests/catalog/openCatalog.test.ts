import { copyFileSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import v8 from "node:v8";
import { describe, expect, it, vi } from "vitest";
import { cacheDirFor, openCatalog } from "../../src/catalog/openCatalog";
import { DatasetError } from "../../src/errors";
import { fixture } from "../fixtures/fixtureCatalog";
import { normalizeTitle } from "../../src/search/normalizeTitle";
import { titleQuery } from "../../src/search/searchFilms";
import { trigrams } from "../../src/search/trigrams";

const dir = mkdtempSync(join(tmpdir(), "filmcli-open-"));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const uncached = { cacheDir: null, tempDir: dir };
const messageOf = (path: string): string => {
  try { openCatalog(path, uncached); } catch (e) { expect(e).toBeInstanceOf(DatasetError); return (e as Error).message; }
  throw new Error("expected a DatasetError");
};

describe("openCatalog", () => {
  it("reads any layout of JSON, and each film by its byte range", () => {
    for (const [name, text] of [["pretty.json", JSON.stringify(fixture, null, 2)], ["compact.json", JSON.stringify(fixture)],
      ["reordered.json", JSON.stringify({ films: fixture.films, schemaVersion: 1 })]]) {
      const catalog = openCatalog(file(name!, text!), uncached);
      expect(catalog.size).toBe(7);
      expect(Array.from({ length: catalog.size }, (_, i) => catalog.film(i))).toEqual(fixture.films);
    }
  });

  it("keeps strings with brackets, quotes and escapes intact", () => {
    const tricky = { ...fixture.films[0]!, title: 'Brackets ] } [ { and "quotes" \\ and \u00e9', id: "tricky-1985" };
    const catalog = openCatalog(file("tricky.json", JSON.stringify({ schemaVersion: 1, films: [tricky] })), uncached);
    expect(catalog.film(0)).toEqual(tricky);
  });

  it("caches the index and rebuilds it when the dataset changes", () => {
    const cacheDir = join(dir, "cache");
    const path = file("cached.json", JSON.stringify(fixture));
    expect(openCatalog(path, { cacheDir, tempDir: dir }).size).toBe(7);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".idx"))).toHaveLength(1);
    expect(openCatalog(path, { cacheDir, tempDir: dir }).film(6)).toEqual(fixture.films[6]);
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, films: fixture.films.slice(0, 2) }));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(openCatalog(path, { cacheDir, tempDir: dir }).size).toBe(2);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  describe("never serves a cached index that does not describe the dataset", () => {
    const setUp = (name: string) => {
      const cacheDir = mkdtempSync(join(dir, "cache-"));
      const path = file(name, JSON.stringify(fixture));
      openCatalog(path, { cacheDir, tempDir: dir });
      const [index] = readdirSync(cacheDir).filter((f) => f.endsWith(".idx"));
      return { cacheDir, path, index: join(cacheDir, index!), open: () => openCatalog(path, { cacheDir, tempDir: dir }) };
    };
    const sameSize = (films: typeof fixture.films) => {
      // Another film first, same byte count: the edit keeps the size, and the mtime is put back below.
      const text = JSON.stringify({ ...fixture, films });
      return text;
    };

    it("rebuilds after an edit that keeps the size and restores the mtime (the ctime moved)", async () => {
      const path = file("restored.json", JSON.stringify(fixture));
      // A whole second, so that putting the mtime back restores it exactly.
      utimesSync(path, 1_700_000_000, 1_700_000_000);
      const cacheDir = mkdtempSync(join(dir, "cache-"));
      const open = () => openCatalog(path, { cacheDir, tempDir: dir });
      expect(open().ref(0).id).toBe(fixture.films[0]!.id);
      const before = statSync(path);
      const swapped = sameSize([fixture.films[1]!, fixture.films[0]!, ...fixture.films.slice(2)]);
      expect(swapped.length).toBe(readFileSync(path, "utf8").length);
      await new Promise((r) => setTimeout(r, 20));
      writeFileSync(path, swapped);
      utimesSync(path, 1_700_000_000, 1_700_000_000);
      expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
      expect(open().ref(0).id).toBe(fixture.films[1]!.id);
    });

    it("rebuilds a truncated index", () => {
      const { index, open } = setUp("truncated.json");
      truncateSync(index, statSync(index).size - 100);
      expect(open().film(6)).toEqual(fixture.films[6]);
      expect(statSync(index).size).toBeGreaterThan(0);
    });

    it("rebuilds a well-formed index of another dataset put in its place", () => {
      const { index, open } = setUp("replaced.json");
      const other = setUp("other.json");
      writeFileSync(other.path, JSON.stringify({ schemaVersion: 1, films: fixture.films.slice(0, 3) }));
      utimesSync(other.path, new Date(), new Date(Date.now() + 5000));
      expect(other.open().size).toBe(3);
      copyFileSync(other.index, index);
      expect(open().size).toBe(7);
    });

    it("rebuilds an index whose header bytes were garbled", () => {
      const { index, open } = setUp("garbled.json");
      const bytes = readFileSync(index);
      bytes[60] = bytes[60]! ^ 0xff;
      writeFileSync(index, bytes);
      expect(open().ref(0).id).toBe(fixture.films[0]!.id);
    });

    it("replaces a symlink planted at the cache path instead of writing through it", () => {
      const cacheDir = mkdtempSync(join(dir, "cache-"));
      const path = file("planted.json", JSON.stringify(fixture));
      openCatalog(path, { cacheDir, tempDir: dir });
      const [name] = readdirSync(cacheDir);
      const victim = file("victim.txt", "precious");
      const planted = join(cacheDir, name!);
      writeFileSync(path, JSON.stringify({ schemaVersion: 1, films: fixture.films.slice(0, 1) }));
      utimesSync(path, new Date(), new Date(Date.now() + 9000));
      const { rmSync } = require("node:fs") as typeof import("node:fs");
      rmSync(planted);
      symlinkSync(victim, planted);
      expect(openCatalog(path, { cacheDir, tempDir: dir }).size).toBe(1);
      expect(readFileSync(victim, "utf8")).toBe("precious");
      expect(lstatSync(planted).isSymbolicLink()).toBe(false);
    });
  });

  it("works without any cache folder", () => {
    expect(cacheDirFor({ FILMCLI_CACHE_DIR: "" })).toBeNull();
    expect(cacheDirFor({ XDG_CACHE_HOME: "/x" })).toBe("/x/filmcli");
    expect(cacheDirFor({ HOME: "/home/u" })).toBe("/home/u/.cache/filmcli");
  });

  it("names a missing file", () => expect(messageOf(join(dir, "nope.json"))).toMatch(/nope\.json: no such file$/));
  it("names a directory", () => expect(messageOf(dir)).toMatch(/is a directory/));
  it.each([["/dev/zero", "character device"], ["/dev/null", "character device"]])("refuses %s, a %s", (path, kind) =>
    expect(messageOf(path)).toBe(`${path}: is a ${kind}, not a regular file`));
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

describe("DiskCatalog.textCandidates", () => {
  it("narrows a text search to the films whose trivia or quotes may match", () => {
    const catalog = openCatalog(file("text.json", JSON.stringify(fixture)), uncached);
    const ids = (words: string[]) => Array.from(catalog.textCandidates(words), (i) => catalog.ref(i).id);
    expect(ids(["makup"])).toEqual(["mask-1985", "the-mask-1994"]);
    expect(ids(["makeup", "security"])).toEqual(["mask-1985"]);
    expect(ids(["audrey"])).toEqual(["amelie-2001"]);
    expect(ids(["zebra"])).toEqual([]);
  });
});

describe("DiskCatalog.titleCandidates", () => {
  it("in a small catalogue, offers every film sharing a trigram or a word with the query, and no other", () => {
    const catalog = openCatalog(file("titles.json", JSON.stringify(fixture)), uncached);
    const ids = (query: string) => Array.from(catalog.titleCandidates(titleQuery(query)), (i) => catalog.ref(i).id);
    const sharing = (query: string) => {
      const grams = [...trigrams(normalizeTitle(query))];
      return fixture.films.filter((f) => grams.some((g) => ` ${normalizeTitle(f.title)} `.includes(g))).map((f) => f.id).sort();
    };
    for (const query of ["maks", "dark knigth", "kong", "strangelove", "zzzz"]) expect(ids(query).sort()).toEqual(sharing(query));
    expect(ids("zzzz")).toEqual([]);
  });

  it("bounded by `most`, offers at most that many, those sharing the most of the query among the uncut ones", () => {
    const catalog = openCatalog(file("titles.json", JSON.stringify(fixture)), uncached);
    for (const query of ["maks", "dark knigth", "the"]) {
      const all = Array.from(catalog.titleCandidates(titleQuery(query)));
      const two = Array.from(catalog.titleCandidates(titleQuery(query), 2));
      expect(two.length).toBe(Math.min(2, all.length));
      expect(two.every((i) => all.includes(i))).toBe(true);
    }
  });

  it("asks V8 to optimize later for a bounded search (short, hot work), not for a small catalogue's whole list", () => {
    const catalog = openCatalog(file("titles.json", JSON.stringify(fixture)), uncached);
    const flags = vi.spyOn(v8, "setFlagsFromString").mockImplementation(() => undefined);
    try {
      catalog.titleCandidates(titleQuery("dark knigth"));
      expect(flags).not.toHaveBeenCalled();
      catalog.titleCandidates(titleQuery("dark knigth"), 2);
      expect(flags.mock.calls).toEqual([["--interrupt-budget=300000"]]);
    } finally {
      flags.mockRestore();
    }
  });
});
