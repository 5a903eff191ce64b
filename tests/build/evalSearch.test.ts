import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tmpdir } from "node:os";
import { openCatalog } from "../../src/catalog/openCatalog";
import type { Dataset } from "../../src/films/film";
import { evalSearch, type QualityQuery } from "../../src/build/evalSearch";

const root = join(__dirname, "../..");
const dataset = JSON.parse(readFileSync(join(root, "data/films.json"), "utf8")) as Dataset;
const read = (name: string): QualityQuery[] => JSON.parse(readFileSync(join(root, "tests/search-quality", name), "utf8")) as QualityQuery[];
const queries = read("queries.json");
const holdout = read("holdout.json");

describe("search quality on the bundled catalogue (npm run eval prints the details)", () => {
  const index = openCatalog(join(root, "data/films.json"), { prebuilt: join(root, "dist/films.idx"), cacheDir: null, tempDir: tmpdir() });
  const report = evalSearch(index, dataset.films, queries);

  it("has at least 60 real queries, each naming a film in the dataset", () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(dataset.films.map((f) => f.id));
    expect(queries.filter((q) => !ids.has(q.expected))).toEqual([]);
  });

  it("keeps its floor: MRR and top-1 at least 0.95, show right at least 95% of the time", () => {
    expect(report.filmcli.mrr).toBeGreaterThanOrEqual(0.95);
    expect(report.filmcli.top1).toBeGreaterThanOrEqual(0.95);
    expect(report.resolveAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("beats fuse.js at its defaults over titles", () => {
    expect(report.filmcli.mrr).toBeGreaterThan(report.fuseDefaults.mrr);
  });

  it("never opens a wrong film: a miss is an error with suggestions, not a guess", () => {
    for (const miss of report.resolveMisses) expect(miss.got).toMatch(/^(no film matches|".*" matches \d+ films)/);
  });
});

describe("search quality on the held-out queries (kept apart from the tuning set above)", () => {
  const index = openCatalog(join(root, "data/films.json"), { prebuilt: join(root, "dist/films.idx"), cacheDir: null, tempDir: tmpdir() });
  const report = evalSearch(index, dataset.films, holdout);

  it("has at least 200 queries, none of them in the tuning set, each naming a film in the dataset", () => {
    expect(holdout.length).toBeGreaterThanOrEqual(200);
    const tuning = new Set(queries.map((q) => q.query.toLowerCase()));
    expect(holdout.filter((q) => tuning.has(q.query.toLowerCase()))).toEqual([]);
    const ids = new Set(dataset.films.map((f) => f.id));
    expect(holdout.filter((q) => !ids.has(q.expected))).toEqual([]);
  });

  it("meets the targets: MRR at least 0.98, top-1 at least 96%", () => {
    expect(report.filmcli.mrr).toBeGreaterThanOrEqual(0.98);
    expect(report.filmcli.top1).toBeGreaterThanOrEqual(0.96);
  });

  it("opens a wrong film for at most 1% of the queries (\"amelie\" opens Amelia, whose title is one letter off)", () => {
    const wrong = report.resolveMisses.filter((miss) => !/^(no film matches|".*" matches \d+ films)/.test(miss.got));
    expect(wrong.length).toBeLessThanOrEqual(holdout.length / 100);
  });
});
