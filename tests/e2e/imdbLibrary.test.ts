import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, FIXTURE, ROOT, runCli, type Run } from "./runCli";

// The IMDb library end to end (README, "All of IMDb"): the built program imports IMDb-format files of
// our own writing (tests/fixtures/imdb/library, every quirk of the real ones), then every command reads it.

const FILES = join(ROOT, "tests/fixtures/imdb/library");
const ATTRIBUTION = "Information courtesy of IMDb (https://www.imdb.com). Used with permission.";
const scratch = mkdtempSync(join(tmpdir(), "filmcli-imdb-e2e-"));

/** A fresh library folder. */
const home = (): string => mkdtempSync(join(scratch, "home-"));
const inHome = (dir: string) => (args: string[]): Run => runCli(args, { FILMCLI_HOME: dir });

/** The fixture files gzipped, as IMDb serves them, in a folder of their own. */
function gzippedFiles(): string {
  const dir = mkdtempSync(join(scratch, "gz-"));
  for (const name of readdirSync(FILES)) writeFileSync(join(dir, `${name}.gz`), gzipSync(readFileSync(join(FILES, name))));
  return dir;
}

describe("filmcli import imdb, then every command", () => {
  const lib = home();
  const cli = inHome(lib);
  let imported: Run;
  beforeAll(() => {
    imported = cli(["import", "imdb", gzippedFiles()]);
  });

  it("imports, with a summary on stderr naming every skipped row's reason and line", () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe("");
    expect(imported.stderr).toContain("imported 7 titles and 10 people");
    expect(imported.stderr).toContain("title.basics.tsv.gz: 11 rows read, 7 kept, 4 skipped");
    expect(imported.stderr).toContain("1 skipped: too few fields (5 of 9) (line 8)");
    expect(imported.stderr).toContain("1 skipped: characters is not a JSON array of strings (line 12)");
    expect(imported.stderr).toContain(ATTRIBUTION);
  });

  it("gives the report as JSON on stdout with --json", () => {
    const r = inHome(home())(["import", "imdb", FILES, "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ films: 7, people: 10, merged: 1 });
    expect(report.files.map((f: { file: string }) => f.file)).toContain("title.basics.tsv");
  });

  it("shows a bundled film with the page's facts and IMDb's, each with its source, under both ids", () => {
    const byTitle = cli(["show", "mask", "--width", "100"]);
    expect(byTitle.code).toBe(0);
    for (const text of ["Mask (1985)", "12,168 votes", "From IMDb (tt0089560)", "61,000 votes", "Writer       Anna Hamilton Phelan", "Eric Stoltz as Rocky Dennis", ATTRIBUTION]) {
      expect(byTitle.stdout).toContain(text);
    }
    const byId = cli(["show", "tt0089560", "--width", "100"]);
    expect(byId.stdout).toBe(byTitle.stdout);
    const json = JSON.parse(cli(["show", "tt0089560", "--json"]).stdout);
    expect(json).toMatchObject({ id: "mask-1985", title: "Mask", year: 1985, imdb: { id: "tt0089560", kind: "movie", akaCount: 1 } });
    expect(JSON.stringify(json)).not.toContain("courtesy");
  });

  it("shows an IMDb-only film by id, original or alternative title", () => {
    for (const words of [["tt0047478"], ["shichinin", "no", "samurai", "1954"], ["die", "sieben", "samurai"]]) {
      const r = cli(["show", ...words, "--width", "100"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Seven Samurai \(1954\)\n/);
      expect(r.stdout).toContain("Toshirô Mifune as Kikuchiyo / Masked Bandit / The \"Kid\"");
      expect(r.stdout).toContain("3 alternative titles");
    }
  });

  it("searches primary, original and alternative titles", () => {
    const r = cli(["search", "sieben", "samuray", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ id: "tt0047478", title: "Seven Samurai", year: 1954 });
    expect(cli(["search", "sieben", "samurai", "--width", "100"]).stdout).toContain("Seven Samurai");
  });

  it("lists a title's principals with all their characters", () => {
    const r = cli(["cast", "tt0047478", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toContainEqual(expect.objectContaining({ actor: "Toshirô Mifune", character: 'Kikuchiyo / Masked Bandit / The "Kid"' }));
    expect(cli(["cast", "tt0047478"]).stdout).toContain("Takashi Shimura");
  });

  it("gives a person's years, professions, known-for titles and credits by role", () => {
    const r = cli(["person", "akira", "kurosawa", "--json"]);
    expect(r.code).toBe(0);
    const person = JSON.parse(r.stdout);
    expect(person.imdb).toEqual({ id: "nm0041327", birthYear: 1910, deathYear: 1998, professions: ["director", "writer"], knownFor: [{ id: "tt0047478", title: "Seven Samurai", year: 1954 }] });
    expect(person.credits).toContainEqual({ film: { id: "tt0047478", title: "Seven Samurai", year: 1954 }, role: "writer", character: null, creditedAs: null });
    const human = cli(["person", "akira", "kurosawa", "--width", "100"]).stdout;
    expect(human).toContain("Akira Kurosawa (nm0041327), 1910–1998");
    expect(human).toContain(ATTRIBUTION);
  });

  it("lists by kind and votes, with IMDb's genres", () => {
    const series = JSON.parse(cli(["list", "--kind", "tvSeries", "--json"]).stdout);
    expect(series).toEqual([expect.objectContaining({ id: "tt0000009", title: "Long Show", genres: ["Comedy"] })]);
    const popular: Array<{ id: string; rating: { votes: number } }> = JSON.parse(cli(["list", "--min-votes", "1000", "--sort", "votes", "--limit", "0", "--json"]).stdout);
    const ids = popular.map((f) => f.id);
    expect(ids).toContain("tt0047478");
    expect(ids).toContain("mask-1985");
    expect(ids).not.toContain("tt0089560");
    expect(ids).not.toContain("tt0100001");
    const votes = popular.map((f) => f.rating.votes);
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
    expect(Math.min(...votes)).toBeGreaterThanOrEqual(1000);
    expect(cli(["list", "--kind", "tvSeries"]).stdout).toContain("Long Show");
    expect(cli(["list", "--kind", "videoGame"]).code).toBe(1);
  });

  it("says what the library holds, with the attribution, and JSON without it in rows", () => {
    const r = cli(["library", "--width", "100"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`IMDb library at ${join(lib, "library.idx")}`);
    expect(r.stdout).toContain(ATTRIBUTION);
    const json = JSON.parse(cli(["library", "--json"]).stdout);
    expect(json).toMatchObject({ present: true, films: 7, people: 10, kinds: { movie: 5, tvSeries: 1, short: 1 } });
  });

  it("leaves --data meaning exactly that one dataset", () => {
    const r = runCli(["--data", FIXTURE, "show", "tt0047478"], { FILMCLI_HOME: lib });
    expect(r.code).toBe(1);
  });
});

describe("a failed import leaves the previous library working", () => {
  const lib = home();
  const cli = inHome(lib);
  beforeAll(() => {
    expect(cli(["import", "imdb", FILES]).code).toBe(0);
  });
  const stillWorks = (): void => {
    const r = cli(["show", "tt0047478"]);
    expect([r.code, r.stdout.split("\n")[0]]).toEqual([0, "Seven Samurai (1954)"]);
  };

  it("stops at a file whose header is not its name's", () => {
    const dir = mkdtempSync(join(scratch, "wrong-"));
    cpSync(FILES, dir, { recursive: true });
    copyFileSync(join(FILES, "title.ratings.tsv"), join(dir, "title.crew.tsv"));
    const r = cli(["import", "imdb", dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^filmcli: .*title\.crew\.tsv: the header is not title\.crew\.tsv's \(expected tconst directors writers; got tconst averageRating numVotes\)/);
    expect(r.stderr.split("\n")).toHaveLength(2);
    stillWorks();
  });

  it("stops at a truncated gzip", () => {
    const dir = gzippedFiles();
    const basics = join(dir, "title.principals.tsv.gz");
    writeFileSync(basics, readFileSync(basics).subarray(0, 60));
    const r = cli(["import", "imdb", dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/title\.principals\.tsv\.gz: the gzip data is truncated after line \d+/);
    stillWorks();
  });

  it("survives an import killed halfway", async () => {
    const big = mkdtempSync(join(scratch, "big-"));
    spawnSync(process.execPath, [join(ROOT, "scripts/gen-imdb.mjs"), "--out", big, "--titles", "20000", "--jobs", "1"], { stdio: "ignore" });
    const child = spawn(process.execPath, [BIN, "import", "imdb", big], { env: { PATH: process.env.PATH ?? "", HOME: scratch, FILMCLI_HOME: lib }, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Killed while it writes the new library beside the old one (its temporary file is there), however fast the machine.
    const writing = (): boolean => readdirSync(lib).some((name) => name.startsWith(".library.idx.") && name.endsWith(".tmp"));
    for (let waited = 0; !writing() && child.exitCode === null && waited < 15_000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(writing()).toBe(true);
    child.kill("SIGKILL");
    await exited;
    stillWorks();
    expect(JSON.parse(cli(["library", "--json"]).stdout).films).toBe(7);
  });

  it("names the missing title.basics and the folder that lacks it", () => {
    const r = cli(["import", "imdb", scratch]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("title.basics.tsv.gz is not there");
  });

  it("removes the library with library remove", () => {
    const other = home();
    expect(inHome(other)(["import", "imdb", FILES]).code).toBe(0);
    const r = inHome(other)(["library", "remove"]);
    expect([r.code, r.stderr]).toEqual([0, `filmcli: removed the IMDb library at ${join(other, "library.idx")}\nfilmcli: no imported film pages at ${join(other, "pages.jsonl")}; nothing to remove\n`]);
    expect(existsSync(join(other, "library.idx"))).toBe(false);
    expect(JSON.parse(inHome(other)(["library", "--json"]).stdout).present).toBe(false);
  });
});

describe("filmcli import imdb --download", () => {
  const served = gzippedFiles();
  const requests: string[] = [];
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(`${request.url} ${request.headers.range ?? ""}`.trim());
      const path = join(served, (request.url ?? "").replace(/^\/imdb\//, ""));
      if (!existsSync(path)) { response.writeHead(404).end(); return; }
      const bytes = readFileSync(path);
      const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? "");
      if (range) {
        const from = Number(range[1]);
        response.writeHead(206, { "content-length": bytes.length - from, "content-range": `bytes ${from}-${bytes.length - 1}/${bytes.length}` }).end(bytes.subarray(from));
      } else {
        response.writeHead(200, { "content-length": bytes.length }).end(bytes);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/imdb`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Runs the CLI without blocking this process (whose server it talks to). */
  const runAsync = (args: string[], env: Record<string, string>): Promise<Run> => new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? "", HOME: scratch, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("close", (code) => resolve({ stdout, stderr, code }));
  });

  it("fetches the seven files from --from, resuming a partial one, then imports them", async () => {
    const lib = home();
    const into = mkdtempSync(join(scratch, "download-"));
    const partial = readFileSync(join(served, "title.akas.tsv.gz"));
    writeFileSync(join(into, "title.akas.tsv.gz.part"), partial.subarray(0, 40));
    const r = await runAsync(["import", "imdb", into, "--download", "--from", base, "--json"], { FILMCLI_HOME: lib });
    expect(r.stderr).toContain("imported 7 titles");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).downloaded).toContainEqual({ file: "title.akas.tsv.gz", bytes: partial.length, how: "resumed" });
    expect(requests).toContain("/imdb/title.akas.tsv.gz bytes=40-");
    expect(statSync(join(into, "title.akas.tsv.gz")).size).toBe(partial.length);
    expect(readFileSync(join(into, "title.akas.tsv.gz"))).toEqual(partial);
  });

  it("fails with exit 3 naming the URL when the server has no such file", async () => {
    const r = await runAsync(["import", "imdb", mkdtempSync(join(scratch, "download-")), "--download", "--from", `${base}/nowhere`], { FILMCLI_HOME: home() });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot download http:\/\/127\.0\.0\.1:\d+\/imdb\/nowhere\/title\.basics\.tsv\.gz \(HTTP 404\)/);
  });
});
