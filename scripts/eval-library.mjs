// `npm run eval:library -- [--titles N] [--work DIR]`: search quality over a generated IMDb library with
// the bundled films planted among distractors that share their words. Plants the bundled films
// (scripts/plant-bundled.mjs), generates IMDb-format files (scripts/gen-imdb.mjs --plant), imports them
// with every kind (--kinds all: episodes too), then scores the query sets (src/build/evalLibrary.ts).
// Files and library are kept in the work folder and reused by the next run. Not part of `npm test`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const titles = Number(option("--titles", "1000000"));
const work = option("--work", join("/tmp", `filmcli-eval-library-${titles}`));
const root = new URL("..", import.meta.url).pathname;
const files = join(work, "files");
const home = join(work, "home");
const run = (script, argv, env = process.env) => execFileSync(process.execPath, [join(root, script), ...argv], { stdio: "inherit", env, cwd: root });

mkdirSync(home, { recursive: true });
if (!existsSync(join(files, "title.basics.tsv.gz"))) {
  run("scripts/plant-bundled.mjs", [join(work, "plant.json")]);
  run("scripts/gen-imdb.mjs", ["--out", files, "--titles", String(titles), "--plant", join(work, "plant.json")]);
}
if (!existsSync(join(home, "library.idx"))) run("bin/filmcli.js", ["import", "imdb", files, "--kinds", "all"], { ...process.env, FILMCLI_HOME: home });
run("dist/eval-library.cjs", [home]);
