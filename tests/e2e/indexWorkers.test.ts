import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE, ROOT } from "./runCli";

// The built program parses, validates and folds films on worker threads (dist/film-worker.cjs); a copy
// of the program without that bundle does it all on one thread. Both must build the same index and
// report the same first problem, also when films span many of the workers' batches (1 MiB each).
const dir = mkdtempSync(join(tmpdir(), "filmcli-workers-"));
const alone = join(dir, "alone");
mkdirSync(join(alone, "dist"), { recursive: true });
cpSync(join(ROOT, "bin"), join(alone, "bin"), { recursive: true });
for (const file of readdirSync(join(ROOT, "dist")).filter((f) => f !== "film-worker.cjs")) cpSync(join(ROOT, "dist", file), join(alone, "dist", file));

const base = (JSON.parse(readFileSync(FIXTURE, "utf8")) as { films: Array<Record<string, unknown>> }).films[0]!;
// About 4 KiB a film (most of it a plot, which costs little to check): 1,500 films (5.4 MiB) fill several batches, and a
// dataset under 4 MiB is not worth the workers (scanDatasetFile.ts).
const film = (i: number, patch: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...base, id: `film-${i}`, title: `Film ${i} ${"word ".repeat(i % 7)}`, trivia: [`trivia ${i} more words here`], plot: "plot ".repeat(600), ...patch,
});
const films = (patches: Record<number, Record<string, unknown>> = {}): Array<Record<string, unknown>> =>
  Array.from({ length: 1500 }, (_, i) => film(i, patches[i]));
const dataset = (list: unknown[], extra = ""): string => `{"schemaVersion": 1, "films": [\n${list.map((f) => JSON.stringify(f)).join(",\n")}\n]${extra}}`;

function run(root: string, data: string): { stdout: string; stderr: string; code: number | null; index: Buffer[] } {
  const cache = mkdtempSync(join(dir, "cache-"));
  const r = spawnSync(process.execPath, [join(root, "bin/filmcli.js"), "--data", data, "show", "film-5"], {
    env: { PATH: process.env.PATH ?? "", HOME: dir, FILMCLI_CACHE_DIR: cache }, encoding: "utf8",
  });
  const index = readdirSync(cache).map((name) => readFileSync(join(cache, name)));
  rmSync(cache, { recursive: true, force: true });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status, index };
}

describe("the index build's worker threads", () => {
  it.each([
    ["valid films", dataset(films()), /^$/],
    ["a bad year late in the file", dataset(films({ 1100: { year: "1985" } })), /films\[1100\]\.year/],
    ["two bad films: the first wins", dataset(films({ 900: { title: "" }, 1150: { year: 1 } })), /films\[900\]\.title/],
    ["an id repeated across batches", dataset(films({ 1000: { id: "film-3" } })), /films\[1000\]\.id/],
    ["a bad film before a repeated id", dataset(films({ 700: { genres: 3 }, 1000: { id: "film-3" } })), /films\[700\]\.genres/],
    ["a bad film before a file cut short", dataset(films({ 800: { cast: {} } })).slice(0, -200), /films\[800\]\.cast/],
    ["a bad film before an unknown member", dataset(films({ 1000: { extra: 1 } }), ', "more": 1'), /films\[1000\]\.extra/],
    ["JSON broken inside a late film", dataset(films()).replace('"id":"film-1111"', '"id":"film-1111",,'), /JSON/],
    ["a bad film before broken JSON", dataset(films({ 300: { year: 99 } })).replace('"id":"film-1111"', '"id":"film-1111",,'), /films\[300\]\.year/],
    ["a genuine replacement character", dataset(films({ 600: { title: "Film \ufffd" } })), /^$/],
  ])("builds the same index and reports the same problem as one thread: %s", (_, text, problem) => {
    const data = join(dir, "films.json");
    writeFileSync(data, text);
    const withWorkers = run(ROOT, data);
    expect(withWorkers.stderr).toMatch(problem);
    expect(withWorkers.index.length).toBe(withWorkers.code === 0 ? 1 : 0);
    expect(withWorkers).toEqual(run(alone, data));
  });

  it("reports invalid UTF-8 late in the file at the same offset", () => {
    const data = join(dir, "bytes.json");
    const text = Buffer.from(dataset(films()));
    const at = text.indexOf('"film-1111"');
    text[at + 2] = 0xff;
    writeFileSync(data, text);
    const withWorkers = run(ROOT, data);
    expect(withWorkers.code).toBe(3);
    expect(withWorkers).toEqual(run(alone, data));
  });
});
