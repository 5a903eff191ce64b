import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PagesImportReport } from "../../../src/catalog/pages/importPages";
import { main } from "../../../src/cli/main";
import { fakeProcess, ROOT, runMain } from "../fakeProcess";

const PAGES = join(ROOT, "tests/fixtures/pages");
const home = (): string => mkdtempSync(join(tmpdir(), "filmcli-pages-"));
const inHome = (dir: string) => (argv: string[]) => runMain(argv, { FILMCLI_HOME: dir });
const report = (stdout: string): PagesImportReport => JSON.parse(stdout) as PagesImportReport;

describe("filmcli import pages (in process)", () => {
  it("imports a folder: per page the film it became or why it was skipped, the summary on stderr", async () => {
    const run = await inHome(home())(["import", "pages", join(PAGES, "batch")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n");
    expect(lines[0]).toMatch(/^filmcli: 5 pages: 4 imported, 0 replaced, 0 unchanged, 1 skipped; the pages make 4 films in /);
    expect(lines).toContain("filmcli:   a1_3f9e0c.txt: Volver (2006), volver-2006: merged with the catalogue's film, identified by its facts");
    expect(lines).toContain("filmcli:   c3_0b91e2.txt: The Quiet Harbour (1992), the-quiet-harbour-1992: a new film, identified by its title line");
    expect(lines).toContain("filmcli:   e5_5308009d577d6288.txt: Mask (1985), mask-1985: merged with the catalogue's film, identified by its facts");
    expect(run.stderr).toMatch(/d4_c0ffee.txt: skipped: nothing names the film: no title line or field, its facts \(2003, Nobody Known, Someone Else\)/);
  });

  it("gives the report as JSON on stdout", async () => {
    const run = await inHome(home())(["import", "pages", join(PAGES, "batch", "c3_0b91e2.txt"), "--json"]);
    expect(run.code).toBe(0);
    const r = report(run.stdout);
    expect(Object.keys(r)).toEqual(["home", "pages", "counts", "films", "seconds"]);
    expect(r.counts).toEqual({ imported: 1, replaced: 0, unchanged: 0, skipped: 0 });
    expect(r.pages[0]).toMatchObject({
      status: "imported", film: { id: "the-quiet-harbour-1992", title: "The Quiet Harbour", year: 1992 },
      identifiedBy: "title line", matched: "new", imdbId: null, unplaced: [], reason: null,
    });
    expect(Object.keys(r.pages[0]!)).toEqual(["file", "hash", "status", "film", "identifiedBy", "matched", "imdbId", "unplaced", "problem", "reason"]);
  });

  it("changes nothing when the same pages come again, and a newer page for a film replaces the older", async () => {
    const dir = home();
    const cli = inHome(dir);
    await cli(["import", "pages", join(PAGES, "batch")]);
    const files = () => Object.fromEntries(readdirSync(dir).map((n) => [n, [statSync(join(dir, n)).mtimeMs, readFileSync(join(dir, n)).length]]));
    const before = files();
    const again = report((await cli(["import", "pages", join(PAGES, "batch"), "--json"])).stdout);
    expect(again.counts).toEqual({ imported: 0, replaced: 0, unchanged: 4, skipped: 1 });
    expect(files()).toEqual(before);
    const newer = report((await cli(["import", "pages", join(PAGES, "newer"), "--json"])).stdout);
    expect(newer.counts).toEqual({ imported: 0, replaced: 1, unchanged: 0, skipped: 0 });
    expect(newer.films).toBe(4);
    // The stored lines of the other films are carried over as they were; the replaced film's moves to the end.
    const lines = readFileSync(join(dir, "pages.jsonl"), "utf8").trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { source: string }).source)).toEqual(["a1_3f9e0c.txt", "b2_77a1d4.txt", "e5_5308009d577d6288.txt", "c3_4d2f10.txt"]);
    expect(readdirSync(dir).filter((n) => n.startsWith("."))).toEqual([]);
    const shown = JSON.parse((await cli(["show", "quiet harbour", "--json"])).stdout) as { rating: unknown; sources: string[] };
    expect(shown.rating).toEqual({ value: 7.1, scale: 10, votes: 2050 });
    expect(shown.sources).toEqual(["page:c3_4d2f10.txt"]);
  });

  it("keeps the newest of several pages of one film in one batch, and leaves no file of its own behind", async () => {
    const dir = home();
    const run = await inHome(dir)(["import", "pages", join(PAGES, "batch", "c3_0b91e2.txt"), join(PAGES, "newer"), "--json"]);
    expect(report(run.stdout).counts).toEqual({ imported: 1, replaced: 1, unchanged: 0, skipped: 0 });
    const lines = readFileSync(join(dir, "pages.jsonl"), "utf8").trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { source: string }).source)).toEqual(["c3_4d2f10.txt"]);
    expect(readdirSync(dir).sort()).toEqual(["pages-catalog.idx", "pages-catalog.json", "pages.jsonl"]);
  });

  it("names the film of one page with --title", async () => {
    const cli = inHome(home());
    const run = await cli(["import", "pages", join(PAGES, "batch", "d4_c0ffee.txt"), "--title", "Nobody's Film", "--json"]);
    expect(report(run.stdout).pages[0]).toMatchObject({ status: "imported", identifiedBy: "given title", film: { id: "nobodys-film-2003" }, matched: "new" });
    expect(JSON.parse((await cli(["show", "nobody's film", "--json"])).stdout)).toMatchObject({ directors: ["Nobody Known"], logline: "A film that no catalogue holds." });
  });

  it("exits 1 when no page could be placed, with the reason", async () => {
    const run = await inHome(home())(["import", "pages", join(PAGES, "batch", "d4_c0ffee.txt")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/skipped: nothing names the film/);
  });

  it.each([
    [["import", "pages"], 2, "filmcli: import pages needs page files or folders, e.g. filmcli import pages ~/pages\n"],
    [["import", "pages", join(PAGES, "batch"), "--title", "Mask"], 2, "filmcli: --title names the film of one page, but 5 pages were given; import that page on its own\n"],
    [["import", "pages", "/no/such/page.txt"], 3, "filmcli: /no/such/page.txt: no such file or folder\n"],
    [["import", "pages", join(PAGES, "batch"), "--kinds", "movie"], 2, "filmcli: --kinds, --download and --from are for import imdb\n"],
    [["import", "imdb", "x", "--title", "Mask"], 2, "filmcli: --title is for import pages\n"],
    [["--data", join(ROOT, "tests/fixtures/films.json"), "import", "pages", join(PAGES, "batch")], 2,
      "filmcli: import pages adds to the bundled catalogue; it cannot be used with --data or FILMCLI_DATA\n"],
  ])("refuses %j (exit %i)", async (argv, code, stderr) => {
    const run = await inHome(home())(argv);
    expect([run.code, run.stderr]).toEqual([code, stderr]);
  });

  it("reports a page that is not UTF-8 and goes on with the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "filmcli-pagesrc-"));
    cpSync(join(PAGES, "batch", "c3_0b91e2.txt"), join(dir, "a.txt"));
    writeFileSync(join(dir, "b.txt"), Buffer.from([0x52, 0xff, 0xfe]));
    const r = report((await inHome(home())(["import", "pages", dir, "--json"])).stdout);
    expect(r.pages.map((p) => [p.status, p.reason])).toEqual([["imported", null], ["skipped", "not UTF-8 text"]]);
  });

  it("makes the pages' catalogue again from the stored pages when it does not describe its dataset", async () => {
    const dir = home();
    const cli = inHome(dir);
    await cli(["import", "pages", join(PAGES, "batch", "c3_0b91e2.txt")]);
    writeFileSync(join(dir, "pages-catalog.json"), "{}");
    const shown = await cli(["show", "the quiet harbour", "--json"]);
    expect([shown.code, JSON.parse(shown.stdout).id]).toEqual([0, "the-quiet-harbour-1992"]);
    expect(readFileSync(join(dir, "pages-catalog.json"), "utf8")).toContain('"id":"the-quiet-harbour-1992"');
  });

  it("shows progress on stderr only when it is a terminal", async () => {
    const proc = fakeProcess(["import", "pages", join(PAGES, "batch")], undefined, { FILMCLI_HOME: home() });
    (proc.stderr as { isTTY?: boolean }).isTTY = true;
    expect(await main(proc)).toBe(0);
    expect(proc.stderr.text).toContain("\r\u001b[2Kpages: 2 of 5 (c3_0b91e2.txt)");
    const piped = await runMain(["import", "pages", join(PAGES, "batch")], { FILMCLI_HOME: home() });
    expect(piped.stderr).not.toContain("\r");
  });

  it("leaves a library folder without pages untouched by other commands", async () => {
    const dir = home();
    expect((await inHome(dir)(["show", "mask"])).code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
