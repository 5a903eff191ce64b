// Entry point of `npm run eval:library` (scripts/eval-library.mjs runs it): scores title search over an IMDb
// library made by scripts/gen-imdb.mjs with the bundled films planted (scripts/plant-bundled.mjs), so that
// each real title sits among generated distractors sharing its words. Planted film k is tt9000000 + k.
// Each query file is scored against the library alone and against the library with the bundled catalogue.
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openLibrary, unionWith } from "../catalog/library/libraryHome";
import { openCatalog } from "../catalog/openCatalog";
import type { FilmIndex } from "../search/filmIndex";
import type { Dataset } from "../films/film";
import { formatTconst } from "../imdb/imdbIds";
import { resolveFilm } from "../search/resolveFilm";
import { searchFilms } from "../search/searchFilms";
import type { QualityQuery } from "./evalSearch";

// The first tconst number gen-imdb.mjs gives planted films.
const PLANTED = 9_000_000;
// Foreign films planted under an English title, their catalogue title kept as the original (scripts/plant-bundled.mjs).
const ENGLISH_TITLES = JSON.parse(readFileSync(join(process.cwd(), "tests/search-quality/english-titles.json"), "utf8")) as Record<string, string>;

const home = process.argv[2];
if (home === undefined) {
  process.stderr.write("usage: node dist/eval-library.cjs <library folder> [query file...]\n");
  process.exit(2);
}
const root = process.cwd();
const dataset = JSON.parse(readFileSync(join(root, "data/films.json"), "utf8")) as Dataset;
const planted = new Map(dataset.films.map((f, k) => [f.id, formatTconst(PLANTED + k)]));
const library = openLibrary(home);
if (library === null) {
  process.stderr.write(`no library in ${home}\n`);
  process.exit(1);
}
const files = process.argv.length > 3 ? process.argv.slice(3) : ["holdout.json", "queries.json", "english-titles-queries.json"];
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
// Each arm opens its catalogues afresh for each query file, so that no arm's reads warm another's.
const openBundled = (): FilmIndex => openCatalog(join(root, "data/films.json"), { prebuilt: join(root, "dist/films.idx"), cacheDir: null, tempDir: tmpdir() });
const arms: Array<{ label: string; open: () => FilmIndex; meant: (q: QualityQuery) => string[] }> = [
  { label: "library alone", open: () => openLibrary(home)!, meant: (q) => [planted.get(q.expected)!] },
  // What users run: the bundled catalogue and the library together. A merged film answers with its
  // bundled id; a planted film that found no twin, with its tconst.
  { label: "with the bundled catalogue", open: () => unionWith(openBundled(), openLibrary(home)), meant: (q) => [q.expected, planted.get(q.expected)!] },
];
const lines = [`Library: ${library.size} films (${join(home, "library.idx")}); ${Object.keys(ENGLISH_TITLES).length} foreign films planted under an English title`, ""];
for (const file of files) {
  const queries = JSON.parse(readFileSync(join(root, "tests/search-quality", file), "utf8")) as QualityQuery[];
  for (const { label, open, meant } of arms) {
    const catalog = open();
    let top1 = 0;
    let reciprocal = 0;
    let opened = 0;
    const misses: string[] = [];
    const showMisses: string[] = [];
    const started = process.hrtime.bigint();
    for (const q of queries) {
      const expected = meant(q);
      const ranked = searchFilms(catalog, q.query).map((m) => catalog.ref(m.i).id);
      const position = ranked.findIndex((id) => expected.includes(id));
      if (position === 0) top1++;
      if (position >= 0) reciprocal += 1 / (position + 1);
      let got: string;
      try {
        got = resolveFilm(catalog, q.query).film.id ?? "";
      } catch (error) {
        got = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      }
      if (expected.includes(got)) opened++;
      else showMisses.push(`  show ${JSON.stringify(q.query)}: ${got}`);
      if (position !== 0) {
        const first = ranked[0] === undefined ? "nothing" : `${ranked[0]} ${JSON.stringify(catalog.ref(catalog.withId(ranked[0])[0]!).title)}`;
        misses.push(`  ${JSON.stringify(q.query)}: expected ${expected.join(" or ")} at rank ${position < 0 ? "none" : position + 1}; first ${first}`);
      }
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6 / queries.length;
    lines.push(
      `${file} (${label}): ${queries.length} queries: top-1 ${pct(top1 / queries.length)}, MRR ${(reciprocal / queries.length).toFixed(3)}, `
        + `show opens the film meant for ${pct(opened / queries.length)}; ${ms.toFixed(1)} ms a query (search and show, in process)`,
      ...misses, ...showMisses, "",
    );
  }
}
process.stdout.write(`${lines.join("\n")}\n`);
