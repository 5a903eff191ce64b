import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMDB_FILES } from "../../src/imdb/imdbFiles";

const SCRIPT = join(__dirname, "../../scripts/gen-imdb.mjs");
// The headers the importer expects (src/imdb/imdbFiles.ts): the generator must write exactly these.
const HEADERS: Record<string, readonly string[]> = Object.fromEntries(IMDB_FILES.map((f) => [f.stem, f.columns]));
const TITLES = 5000; // more than one of the generator's blocks of 4096 titles, so that workers share the work
const PLANTS = [
  { title: "The Dark Knight", year: 2008, votes: 2_900_000, rating: 9.0, directors: ["Christopher Nolan"], cast: [{ name: "Christian Bale", character: "Bruce Wayne" }, { name: "Heath Ledger", character: "Joker" }] },
  { title: '"Swing it" magistern', year: 1940, votes: null, rating: null, directors: ["Schamyl Bauman"] },
  { title: "Amélie", year: 2001, votes: 800_000, rating: 8.3, kind: "movie", cast: [{ name: "Audrey Tautou", character: 'Amélie "Poulain"' }] },
];

const dir = mkdtempSync(join(tmpdir(), "filmcli-gen-imdb-"));
const plantFile = join(dir, "plant.json");
writeFileSync(plantFile, JSON.stringify(PLANTS));

/** Runs the generator (without blocking, so that several runs share the cores); returns its exit status and stderr. */
function gen(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], (err, _stdout, stderr) => resolve({ status: err ? (typeof err.code === "number" ? err.code : null) : 0, stderr }));
  });
}

/** Generates a data set into a new folder; returns the folder and what the generator printed. */
async function generate(name: string, extra: string[] = []): Promise<{ out: string; stderr: string }> {
  const out = join(dir, name);
  const r = await gen(["--out", out, "--titles", String(TITLES), "--plant", plantFile, ...extra]);
  if (r.status !== 0) throw new Error(`gen-imdb ${extra.join(" ")} failed: ${r.stderr}`);
  return { out, stderr: r.stderr };
}

const bytes = (out: string, stem: string) => readFileSync(join(out, `${stem}.tsv.gz`));
/** Computes a value once per key. */
const memo = <T>(compute: (out: string, stem: string) => T) => {
  const cache = new Map<string, T>();
  return (out: string, stem: string): T => {
    const key = join(out, stem);
    if (!cache.has(key)) cache.set(key, compute(out, stem));
    return cache.get(key)!;
  };
};
/** A file's text. */
const text = memo((out, stem) => gunzipSync(bytes(out, stem)).toString("utf8"));
/** A file's data rows, each split into fields (the header checked separately). */
const rows = memo((out, stem) => text(out, stem).split("\n").slice(1, -1).map((line) => line.split("\t")));

describe("scripts/gen-imdb.mjs (IMDb-format data sets)", () => {
  let a = "", b = "", only = "", seeded = "", plain = "", printed = "";
  let basics: string[][] = [];
  let byId = new Map<string | undefined, string[]>();
  beforeAll(async () => {
    const runs = await Promise.all([
      generate("a", ["--jobs", "3"]), generate("b", ["--jobs", "1"]),
      generate("only", ["--only", "title.principals,name.basics", "--jobs", "1"]),
      generate("seeded", ["--seed", "7", "--only", "title.basics", "--jobs", "1"]),
      generate("plain", ["--no-gzip", "--only", "title.basics", "--jobs", "1"]),
    ]);
    [a, b, only, seeded, plain] = runs.map((run) => run.out) as [string, string, string, string, string];
    printed = runs[0]!.stderr;
    basics = rows(a, "title.basics");
    byId = new Map(basics.map((r) => [r[0], r]));
  }, 60_000); // five generator runs at once: give a loaded machine room
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes seven gzipped TSV files with IMDb's headers and a full row every line", () => {
    for (const [stem, header] of Object.entries(HEADERS)) {
      const lines = text(a, stem).split("\n");
      expect(lines[0], stem).toBe(header.join("\t"));
      expect(lines.at(-1), `${stem} ends with a newline`).toBe("");
      const bad = lines.slice(1, -1).filter((line) => line.split("\t").length !== header.length);
      expect(bad, stem).toEqual([]);
    }
  });

  it("scales every file from --titles with IMDb's ratios", () => {
    const count = (stem: string) => rows(a, stem).length;
    expect(basics.length).toBe(TITLES + PLANTS.length);
    expect(count("title.crew")).toBe(basics.length);
    expect(count("title.episode")).toBe(basics.filter((r) => r[1] === "tvEpisode").length);
    expect(count("title.principals") / TITLES).toBeGreaterThan(7);
    expect(count("title.principals") / TITLES).toBeLessThan(9);
    expect(count("title.akas") / TITLES).toBeGreaterThan(3.8);
    expect(count("title.akas") / TITLES).toBeLessThan(5.2);
    expect(count("name.basics") / TITLES).toBeCloseTo(1.23, 1);
    expect(count("title.ratings") / TITLES).toBeGreaterThan(0.1);
    expect(count("title.ratings") / TITLES).toBeLessThan(0.16);
  });

  it("uses IMDb's id shapes, sort orders and \\N for missing values", () => {
    expect(basics.every((r) => /^tt\d{7,}$/.test(r[0]!))).toBe(true);
    expect(rows(a, "name.basics").every((r) => /^nm\d{7,}$/.test(r[0]!))).toBe(true);
    const numbers = basics.map((r) => Number(r[0]!.slice(2)));
    expect(numbers.every((n, k) => k === 0 || n > numbers[k - 1]!)).toBe(true);
    const principals = rows(a, "title.principals").map((r) => [Number(r[0]!.slice(2)), Number(r[1])] as const);
    expect(principals.every(([t, o], k) => k === 0 || t > principals[k - 1]![0] || (t === principals[k - 1]![0] && o >= principals[k - 1]![1]))).toBe(true);
    // endYear only for series; some years, runtimes and genres unknown.
    expect(basics.filter((r) => r[6] !== "\\N").every((r) => r[1] === "tvSeries" || r[1] === "tvMiniSeries")).toBe(true);
    for (const column of [5, 7, 8]) expect(basics.some((r) => r[column] === "\\N"), `column ${column}`).toBe(true);
    expect(basics.every((r) => r[8] === "\\N" || r[8]!.split(",").length <= 3)).toBe(true);
    expect(rows(a, "title.crew").some((r) => r[2] === "\\N")).toBe(true);
    expect(rows(a, "name.basics").filter((r) => r[2] === "\\N").length).toBeGreaterThan(TITLES / 2);
    expect(rows(a, "title.ratings").every((r) => /^(10|[1-9])\.\d$/.test(r[1]!) && Number(r[1]) >= 1 && Number(r[1]) <= 10)).toBe(true);
  });

  it("writes characters as JSON arrays for cast and \\N for crew", () => {
    const principals = rows(a, "title.principals");
    const isCharacters = (field: string) => {
      const characters: unknown = JSON.parse(field);
      return Array.isArray(characters) && characters.length >= 1 && characters.length <= 3 && characters.every((c) => typeof c === "string");
    };
    expect(principals.filter((r) => r[5] !== "\\N" && !isCharacters(r[5]!))).toEqual([]);
    expect(principals.filter((r) => r[3] === "director").every((r) => r[5] === "\\N")).toBe(true);
    expect(principals.some((r) => r[5]!.includes('\\"'))).toBe(true);
  });

  it("links episodes to series that exist, and akas, crew and principals to titles that exist", () => {
    const orphans = rows(a, "title.episode").filter(([, parent]) => !["tvSeries", "tvMiniSeries"].includes(byId.get(parent)?.[1] ?? ""));
    expect(orphans).toEqual([]);
    for (const stem of ["title.akas", "title.crew", "title.principals", "title.ratings"]) {
      expect(rows(a, stem).every((r) => byId.has(r[0]!)), stem).toBe(true);
    }
  });

  it("has the untidy parts of the real files: duplicate rows, quotes, other scripts, foreign original titles", () => {
    for (const stem of ["title.principals", "title.akas"]) {
      const lines = text(a, stem).split("\n");
      expect(new Set(lines).size, stem).toBeLessThan(lines.length);
    }
    const titles = basics.map((r) => r[2]!).join("\n");
    expect(titles).toMatch(/"/);
    expect(titles).toMatch(/'/);
    expect(titles).toMatch(/[éèüöñ]/);
    expect(titles).toMatch(/[\u0400-\u04ff]/); // Cyrillic
    expect(titles).toMatch(/[\u3040-\u30ff]/); // kana
    expect(titles).toMatch(/[\u4e00-\u9fff]/); // CJK
    expect(basics.some((r) => r[2] !== r[3])).toBe(true);
    const regions = new Set(rows(a, "title.akas").map((r) => r[3]));
    for (const region of ["US", "GB", "FR", "DE", "JP", "RU", "\\N"]) expect(regions).toContain(region);
  });

  it("plants the given films in the reserved range, with their votes, directors and cast", () => {
    expect(byId.get("tt9000000")?.slice(1, 6)).toEqual(["movie", "The Dark Knight", "The Dark Knight", "0", "2008"]);
    expect(byId.get("tt9000001")?.[2]).toBe('"Swing it" magistern');
    expect(byId.get("tt9000002")?.[2]).toBe("Amélie");
    const ratings = new Map(rows(a, "title.ratings").map((r) => [r[0], r]));
    expect(ratings.get("tt9000000")).toEqual(["tt9000000", "9.0", "2900000"]);
    expect(ratings.get("tt9000002")).toEqual(["tt9000002", "8.3", "800000"]);
    expect(ratings.has("tt9000001")).toBe(false);
    const people = new Map(rows(a, "name.basics").map((r) => [r[1], r]));
    const nolan = people.get("Christopher Nolan")!;
    expect(nolan[0]).toMatch(/^nm900000\d$/);
    expect(nolan[5]).toBe("tt9000000");
    expect(rows(a, "title.crew").find((r) => r[0] === "tt9000000")?.[1]).toBe(nolan[0]);
    const credits = rows(a, "title.principals").filter((r) => r[0] === "tt9000002");
    expect(credits).toEqual([["tt9000002", "1", people.get("Audrey Tautou")![0], "actor", "\\N", '["Amélie \\"Poulain\\""]']]);
    expect(JSON.parse(credits[0]![5]!)).toEqual(['Amélie "Poulain"']);
    // Generated distractors share the planted titles' words.
    expect(basics.some((r) => !r[0]!.startsWith("tt9") && /Magistern|Amélie|Swing/.test(r[2]!))).toBe(true);
  });

  it("prints the planted range and a summary on stderr", () => {
    expect(printed).toMatch(/planted 3 titles as tt9000000-tt9000002, 5 people as nm9000000-nm9000004/);
    expect(printed).toMatch(/title\.basics\.tsv\.gz\s+5,003 rows/);
    expect(printed).toMatch(/title\.principals\.tsv\.gz\s+[\d,]+ rows\s+[\d,]+ bytes/);
  });

  it("writes the same bytes every time, with any --jobs, and the same files with --only", () => {
    for (const stem of Object.keys(HEADERS)) expect(bytes(b, stem).equals(bytes(a, stem)), stem).toBe(true);
    expect(bytes(only, "title.principals").equals(bytes(a, "title.principals"))).toBe(true);
    expect(bytes(only, "name.basics").equals(bytes(a, "name.basics"))).toBe(true);
    expect(bytes(seeded, "title.basics").equals(bytes(a, "title.basics"))).toBe(false);
  });

  it("writes plain TSV with --no-gzip", () => {
    expect(readFileSync(join(plain, "title.basics.tsv"), "utf8")).toBe(text(a, "title.basics"));
  });

  it("rejects unknown flags, a missing --out and a bad plant file with one line and exit status 2", async () => {
    const badPlant = join(dir, "bad-plant.json");
    writeFileSync(badPlant, JSON.stringify([{ year: 2000 }]));
    const out = join(dir, "rejected");
    const cases = [["--out", out, "--titles", "5", "--bogus"], ["--titles", "5"], ["--out", out, "--titles", "0"], ["--out", out, "--titles", "5", "--only", "title.nope"], ["--out", out, "--titles", "5", "--plant", badPlant]];
    const results = await Promise.all(cases.map(gen));
    cases.forEach((args, k) => {
      expect(results[k]!.status, args.join(" ")).toBe(2);
      expect(results[k]!.stderr.trimEnd().split("\n"), args.join(" ")).toHaveLength(1);
    });
  });
});
