// Entry point of `npm run eval`: scores title search on the held-out query set (tests/search-quality/holdout.json)
// and, apart, on the tuning set the ranking was adjusted on (queries.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openCatalog } from "../catalog/openCatalog";
import type { Dataset } from "../films/film";
import { evalSearch, type QualityQuery, type RankerScore } from "./evalSearch";

const root = process.cwd();
const dataset = JSON.parse(readFileSync(join(root, "data/films.json"), "utf8")) as Dataset;
const read = (name: string): QualityQuery[] => JSON.parse(readFileSync(join(root, "tests/search-quality", name), "utf8")) as QualityQuery[];
const index = openCatalog(join(root, "data/films.json"), { prebuilt: join(root, "dist/films.idx"), cacheDir: null, tempDir: "/tmp" });
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const row = (name: string, s: RankerScore): string => `| ${name} | ${pct(s.top1)} | ${s.mrr.toFixed(3)} |`;

function describe(name: string, queries: QualityQuery[]): string[] {
  const report = evalSearch(index, dataset.films, queries);
  return [
    `${name}: search quality over ${report.queries} queries and ${dataset.films.length} films`,
    "",
    "| ranker | top-1 | MRR |",
    "| --- | ---: | ---: |",
    row("filmcli", report.filmcli),
    row("fuse.js defaults over titles", report.fuseDefaults),
    "",
    `filmcli show opens the expected film for ${pct(report.resolveAccuracy)} of the queries.`,
    "",
    "filmcli misses:",
    ...report.filmcli.misses.map((m) => `  ${JSON.stringify(m.query)}: expected ${m.expected} at rank ${m.rank ?? "none"}`),
    "filmcli show misses:",
    ...report.resolveMisses.map((m) => `  ${JSON.stringify(m.query)}: expected ${m.expected}, got ${m.got}`),
    "",
  ];
}

const lines = [...describe("Held-out set (holdout.json)", read("holdout.json")), ...describe("Tuning set (queries.json)", read("queries.json"))];
process.stdout.write(`${lines.join("\n")}\n`);
