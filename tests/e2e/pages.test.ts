import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, type Run } from "./runCli";

// Scraped film pages end to end (README, "Film pages"): the built program imports an IMDb library and
// a folder of pages of our own writing into a fresh FILMCLI_HOME, then every command shows their facts.

const PAGES = join(ROOT, "tests/fixtures/pages");
const scratch = mkdtempSync(join(tmpdir(), "filmcli-pages-e2e-"));
const json = <T = Record<string, unknown>>(run: Run): T => JSON.parse(run.stdout) as T;

describe("filmcli import pages, then every command", () => {
  const home = mkdtempSync(join(scratch, "home-"));
  const cli = (args: string[]): Run => runCli(args, { FILMCLI_HOME: home });
  let imported: Run;
  beforeAll(() => {
    expect(cli(["import", "imdb", join(ROOT, "tests/fixtures/imdb/library")]).code).toBe(0);
    imported = cli(["import", "pages", join(PAGES, "imdb"), join(PAGES, "batch"), "--json"]);
  });

  it("imports every page something identifies, and says why the other was skipped", () => {
    expect(imported.code).toBe(0);
    const report = json<{ pages: Array<{ file: string; status: string; film: { id: string } | null; matched: string | null; imdbId: string | null }> }>(imported);
    expect(report.pages.map((p) => [p.file.replace(/^.*\//, ""), p.status, p.film?.id ?? null, p.matched, p.imdbId])).toEqual([
      ["f6_5a3c11.txt", "imported", "seven-samurai-1954", "IMDb", "tt0047478"],
      ["a1_3f9e0c.txt", "imported", "volver-2006", "catalogue", null],
      ["b2_77a1d4.txt", "imported", "fargo-1996", "catalogue", null],
      ["c3_0b91e2.txt", "imported", "the-quiet-harbour-1992", "new", null],
      ["d4_c0ffee.txt", "skipped", null, null, null],
      ["e5_5308009d577d6288.txt", "imported", "mask-1985", "catalogue", null],
    ]);
  });

  it("show: the page's facts first, the catalogue's beneath, sources named", () => {
    const volver = json(cli(["show", "volver", "--json"]));
    expect(volver).toMatchObject({
      id: "volver-2006", directors: ["Pedro Almodóvar"], stars: ["Penélope Cruz", "Carmen Maura", "Lola Dueñas"],
      rating: { value: 7.6, scale: 10, votes: 98765 }, rottenTomatoes: 92, sources: ["page:a1_3f9e0c.txt", "vega-datasets:movies.json"],
      didYouKnow: [{ kind: "Soundtracks", text: "Volver - performed by Estrella Morente" }],
    });
    const card = cli(["show", "fargo"]).stdout;
    expect(card).toContain("Directors    Joel Coen, Ethan Coen");
    expect(card).toContain("Writers      Joel Coen, Ethan Coen");
    expect(card).toContain("Sources      page:b2_77a1d4.txt, vega-datasets:movies.json");
    expect(card).toMatch(/Crazy Credits\n {4}The opening title claims a true story/);
  });

  it("a page film that is an IMDb title is one film with it, under both ids, listed once", () => {
    const byId = json(cli(["show", "tt0047478", "--json"]));
    expect(byId).toMatchObject({ id: "seven-samurai-1954", logline: "Farmers hire seven masterless samurai to defend their village from bandits.", imdb: { id: "tt0047478", originalTitle: "Shichinin no samurai" } });
    expect(json(cli(["show", "seven-samurai-1954", "--json"]))).toEqual(byId);
    const hits = json<Array<{ id: string }>>(cli(["search", "seven samurai", "--json"])).map((h) => h.id);
    expect(hits.filter((id) => id === "seven-samurai-1954" || id === "tt0047478")).toEqual(["seven-samurai-1954"]);
    const listed = json<Array<{ id: string }>>(cli(["list", "--year", "1954", "--limit", "0", "--json"])).map((h) => h.id);
    expect(listed.filter((id) => id === "seven-samurai-1954" || id === "tt0047478")).toEqual(["seven-samurai-1954"]);
  });

  it("a new film answers to search, list and show", () => {
    expect(json<Array<{ id: string }>>(cli(["search", "quiet harbour", "--json"]))[0]!.id).toBe("the-quiet-harbour-1992");
    expect(json<Array<{ id: string }>>(cli(["list", "--director", "lindqvist", "--json"])).map((f) => f.id)).toEqual(["the-quiet-harbour-1992"]);
  });

  it("cast, trivia, quotes, goofs, reviews and person show the pages' records", () => {
    expect(json<Array<{ actor: string; character: string }>>(cli(["cast", "volver", "--json"])).map((c) => `${c.actor}: ${c.character}`))
      .toEqual(["Penélope Cruz: Raimunda", "Carmen Maura: Irene", "Lola Dueñas: Sole"]);
    expect(json<Array<{ film: { id: string } }>>(cli(["trivia", "lighthouse", "--json"])).map((t) => t.film.id)).toEqual(["the-quiet-harbour-1992"]);
    expect(json<Array<{ speaker: string; direction: string | null }>>(cli(["quotes", "fargo", "--json"])).map((q) => [q.speaker, q.direction]))
      .toEqual([["Marge Gunderson", null], ["Norm Gunderson", "chewing"], ["Marge Gunderson", null], ["Carl Showalter", "Poem"]]);
    expect(json<Array<{ category: string }>>(cli(["goofs", "volver", "--json"])).map((g) => g.category)).toEqual(["Factual errors", "Revealing mistakes"]);
    expect(json<Array<{ score: unknown }>>(cli(["reviews", "fargo", "--json"])).map((r) => r.score)).toEqual([{ value: 5, scale: 5 }, { value: 2, scale: 5 }]);
    const cruz = json<{ credits: Array<{ film: { id: string }; character: string | null }> }>(cli(["person", "penelope cruz", "--json"]));
    expect(cruz.credits.map((c) => [c.film.id, c.character])).toContainEqual(["volver-2006", "Raimunda"]);
    const mifune = json<{ credits: Array<{ film: { id: string } }> }>(cli(["person", "toshiro mifune", "--json"]));
    expect(mifune.credits.map((c) => c.film.id)).toContain("seven-samurai-1954");
  });

  it("importing the same pages again changes nothing; a newer page replaces the older", () => {
    const files = () => Object.fromEntries(readdirSync(home).map((n) => [n, readFileSync(join(home, n)).toString("base64")]));
    const before = files();
    const again = json<{ counts: unknown }>(cli(["import", "pages", join(PAGES, "imdb"), join(PAGES, "batch"), "--json"]));
    expect(again.counts).toEqual({ imported: 0, replaced: 0, unchanged: 5, skipped: 1 });
    expect(files()).toEqual(before);
    expect(cli(["import", "pages", join(PAGES, "newer")]).stderr).toContain("(replaces the older page)");
    expect(json(cli(["show", "the quiet harbour", "--json"]))).toMatchObject({ rating: { value: 7.1, scale: 10, votes: 2050 }, sources: ["page:c3_4d2f10.txt"] });
  });

  it("library says how many films the pages make, when they were imported and their size", () => {
    const info = json<{ present: boolean; pages: { path: string; films: number; importedAt: string; bytes: number } }>(cli(["library", "--json"]));
    expect(info).toMatchObject({ present: true, pages: { path: join(home, "pages.jsonl"), films: 5 } });
    expect(Date.parse(info.pages.importedAt)).toBeGreaterThan(Date.parse(info.pages.importedAt.slice(0, 10)) - 1);
    expect(info.pages.bytes).toBeGreaterThan(readFileSync(join(home, "pages.jsonl")).length);
    const text = cli(["library"]).stdout;
    expect(text).toContain(`film pages at ${join(home, "pages.jsonl")}`);
    expect(text).toContain(`  imported  ${info.pages.importedAt}\n`);
    expect(text).toContain("  films     5\n");
  });

  it("--data still means exactly that one dataset, without the pages", () => {
    const run = cli(["--data", join(ROOT, "tests/fixtures/films.json"), "show", "quiet harbour"]);
    expect(run.code).toBe(1);
  });
});

describe("filmcli library remove and the library folder's lock, with pages", () => {
  const fresh = (): { home: string; cli: (args: string[]) => Run } => {
    const dir = mkdtempSync(join(scratch, "home-"));
    return { home: dir, cli: (args) => runCli(args, { FILMCLI_HOME: dir }) };
  };

  it("library remove pages keeps the IMDb library; library remove deletes both and says so", () => {
    const { home, cli } = fresh();
    expect(cli(["import", "imdb", join(ROOT, "tests/fixtures/imdb/library")]).code).toBe(0);
    expect(cli(["import", "pages", join(PAGES, "batch", "c3_0b91e2.txt")]).code).toBe(0);
    const pagesOnly = cli(["library", "remove", "pages", "--json"]);
    expect([pagesOnly.code, pagesOnly.stderr]).toEqual([0, `filmcli: removed the imported film pages at ${join(home, "pages.jsonl")}\n`]);
    expect(json(pagesOnly)).toEqual({ home, removed: [{ part: "pages", path: join(home, "pages.jsonl"), removed: true }] });
    expect(readdirSync(home).filter((f) => f.startsWith("pages"))).toEqual([]);
    expect(json(cli(["library", "--json"]))).toMatchObject({ present: true, pages: null });
    expect(cli(["show", "quiet harbour"]).code).toBe(1);
    expect(cli(["import", "pages", join(PAGES, "batch", "c3_0b91e2.txt")]).code).toBe(0);
    const all = cli(["library", "remove"]);
    expect(all.stderr.split("\n")).toEqual([
      `filmcli: removed the IMDb library at ${join(home, "library.idx")}`,
      `filmcli: removed the imported film pages at ${join(home, "pages.jsonl")}`, "",
    ]);
    expect(readdirSync(home)).toEqual([]);
    expect(cli(["library", "remove", "posters"])).toMatchObject({ code: 2, stderr: 'filmcli: library remove takes imdb or pages (or nothing, for both), got "posters"\n' });
  });

  it("an import beside a live one stops at once, naming it, and changes nothing (exit 75)", () => {
    const { home, cli } = fresh();
    // This test's own process holds the lock, as a running import would.
    writeFileSync(join(home, "import.lock"), `${process.pid}\n`);
    for (const args of [["import", "pages", join(PAGES, "batch")], ["import", "imdb", join(ROOT, "tests/fixtures/imdb/library")], ["library", "remove"]]) {
      const run = cli(args);
      expect([run.code, run.stdout, run.stderr]).toEqual([75, "",
        `filmcli: ${join(home, "import.lock")}: another process is changing the library folder (pid ${process.pid}); wait for it to finish and run the command again (nothing was changed)\n`]);
    }
    expect(readdirSync(home)).toEqual(["import.lock"]);
  });

  it("takes over the lock of an import that died, and releases it when done", () => {
    const { home, cli } = fresh();
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeFileSync(join(home, "import.lock"), `${dead}\n`);
    expect(cli(["import", "pages", join(PAGES, "batch", "c3_0b91e2.txt")]).code).toBe(0);
    expect(readdirSync(home).sort()).toEqual(["pages-catalog.idx", "pages-catalog.json", "pages.jsonl"]);
  });
});
