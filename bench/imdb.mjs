// The IMDb import at scale (README, "All of IMDb"): generates IMDb-format files with
// scripts/gen-imdb.mjs, imports them with the built program under /usr/bin/time -v (wall time, peak
// RSS), then times lookups over the library against `node -e 0` with hyperfine.
//
//   node bench/imdb.mjs [--titles N] [--work DIR] [--keep]
//
// Full scale is --titles 12300000 (about 9.5 GB uncompressed, ~2.5 GB gzipped: a long run). Not part
// of `npm test`. Needs /usr/bin/time and hyperfine; reports what it measured, and the budgets.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const titles = Number(option("--titles", "100000"));
const work = option("--work", join("/tmp", `filmcli-imdb-bench-${titles}`));
const files = join(work, "files");
const home = join(work, "home");
const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin", "filmcli.js");

if (!existsSync(join(files, "title.basics.tsv.gz"))) {
  console.error(`generating ${titles} titles into ${files}`);
  execFileSync(process.execPath, [join(root, "scripts", "gen-imdb.mjs"), "--out", files, "--titles", String(titles)], { stdio: "inherit" });
}
rmSync(home, { recursive: true, force: true });
mkdirSync(home, { recursive: true });

const timed = spawnSync("/usr/bin/time", ["-v", process.execPath, bin, "import", "imdb", files, "--json"], {
  env: { ...process.env, FILMCLI_HOME: home }, encoding: "utf8", maxBuffer: 64 << 20,
});
if (timed.status !== 0) {
  console.error(timed.stderr);
  process.exit(1);
}
const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)/.exec(timed.stderr)[1];
const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(timed.stderr)[1]) * 1024;
const report = JSON.parse(timed.stdout);
const size = statSync(join(home, "library.idx")).size;
console.log(`import of ${titles} titles: wall ${wall}, peak RSS ${(rss / 2 ** 20).toFixed(0)} MiB, library ${(size / 2 ** 20).toFixed(1)} MiB`
  + ` (${report.films} films, ${report.people} people); budgets at 12.3M titles: 10 min, 2 GiB, 6 GiB`);

// Lookups: an exact title and id from the library's most voted films, a person, a fuzzy query, a list.
const env = { ...process.env, FILMCLI_HOME: home };
const json = (cmd) => JSON.parse(execFileSync(process.execPath, [bin, ...cmd, "--json"], { env, encoding: "utf8" }));
const top = json(["list", "--sort", "votes", "--kind", "movie", "--limit", "1"])[0];
const person = json(["cast", top.id])[0]?.actor ?? "nobody";
const fuzzy = top.title.toLowerCase().replace(/[aeiou]/, "").slice(0, 20);
const commands = [
  `show ${top.id}`, `show '${top.title.replace(/'/g, "")} ${top.year}'`, `cast ${top.id}`, `person '${person.replace(/'/g, "")}'`,
  `search '${fuzzy}'`, "list --genre drama --sort rating --limit 20",
];
const hyperfine = spawnSync("hyperfine", ["-N", "--warmup", "3", "--runs", "20", "--export-json", join(work, "hyperfine.json"), "node -e 0",
  ...commands.map((c) => `${process.execPath} ${bin} ${c}`)], { env: { ...env, NODE_EXTRA_CA_CERTS: "" }, stdio: "inherit" });
if (hyperfine.status !== 0) process.exit(1);
if (!args.includes("--keep")) rmSync(home, { recursive: true, force: true });
