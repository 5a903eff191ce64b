// The IMDb import at scale (README, "All of IMDb"): generates IMDb-format files with
// scripts/gen-imdb.mjs, imports them with the built program under /usr/bin/time -v (wall time, CPU,
// peak RSS), then times lookups over the library against `node -e 0` run in turn (rounds of hyperfine,
// so that a noisy machine moves both alike), in a clean environment (PATH and FILMCLI_HOME only: no
// NODE_EXTRA_CA_CERTS), and measures each one's peak RSS.
//
//   node bench/imdb.mjs [--titles N] [--work DIR] [--files DIR] [--home DIR] [--no-import] [--rounds N] [--keep]
//
// Full scale is --titles 12300000 (about 9.5 GB uncompressed, 2.4 GB gzipped: a long run). --files reads
// files generated before; --home with --no-import times the commands over a library imported before.
// Not part of `npm test`. Needs /usr/bin/time and hyperfine; prints what it measured, and the budgets.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const titles = Number(option("--titles", "100000"));
const work = option("--work", join("/tmp", `filmcli-imdb-bench-${titles}`));
const files = option("--files", join(work, "files"));
const home = option("--home", join(work, "home"));
// Rounds of timing: each round runs every case three times beside three runs of node -e 0 (hyperfine -N).
const rounds = option("--rounds", "9");
const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin", "filmcli.js");
const clean = { PATH: process.env.PATH, FILMCLI_HOME: home };
const MiB = 2 ** 20;

/** Runs a command under /usr/bin/time -v in the clean environment: its output, wall and CPU seconds, peak RSS. */
function timed(command, options = {}) {
  const run = spawnSync("/usr/bin/time", ["-v", ...command], { env: clean, encoding: "utf8", maxBuffer: 256 << 20, ...options });
  if (run.status !== 0) throw new Error(`${command.join(" ")} failed (${run.status}):\n${run.stderr}`);
  const field = (label) => new RegExp(`${label}: (.*)`).exec(run.stderr)[1];
  const clock = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)").split(":").map(Number);
  return {
    stdout: run.stdout,
    wall: clock.reduce((total, part) => total * 60 + part, 0),
    cpu: Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)")),
    rss: Number(field("Maximum resident set size \\(kbytes\\)")) * 1024,
  };
}

if (!args.includes("--no-import")) {
  if (!existsSync(join(files, "title.basics.tsv.gz"))) {
    console.error(`generating ${titles} titles into ${files}`);
    execFileSync(process.execPath, [join(root, "scripts", "gen-imdb.mjs"), "--out", files, "--titles", String(titles)], { stdio: "inherit" });
  }
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const run = timed([process.execPath, bin, "import", "imdb", files, "--json"]);
  const report = JSON.parse(run.stdout);
  const size = statSync(join(home, "library.idx")).size;
  console.log(`import of ${files}: wall ${run.wall.toFixed(1)} s, CPU ${run.cpu.toFixed(1)} s, peak RSS ${(run.rss / MiB).toFixed(0)} MiB,`
    + ` library ${(size / MiB).toFixed(1)} MiB (${report.films} films, ${report.people} people); budgets at full scale: 10 min, 2 GiB, 6 GiB`);
  for (const file of report.files) console.log(`  ${file.file}: ${file.rows} rows, ${file.kept} kept, ${file.seconds.toFixed(1)} s`);
  console.log(`  writing the library: ${(report.seconds - report.files.reduce((s, f) => s + f.seconds, 0)).toFixed(1)} s`);
}

// Lookups: an exact title and id from the library's most voted films, a person, a fuzzy query, a list.
const json = (cmd) => JSON.parse(execFileSync(process.execPath, [bin, ...cmd, "--json"], { env: clean, encoding: "utf8" }));
// The most voted movie whose title and year name it alone (generated titles repeat, and an ambiguous
// title lists its films and exits 1: not the lookup being measured).
const named = (film) => spawnSync(process.execPath, [bin, "show", `${film.title} ${film.year}`], { env: clean, encoding: "utf8" }).status === 0;
const movies = json(["list", "--sort", "votes", "--kind", "movie", "--limit", "300"]);
const top = [...movies.filter((film) => film.title.length > 18), ...movies].find(named);
if (!top) throw new Error("none of the 300 most voted movies is named alone by its title and year");
const person = json(["cast", top.id])[0]?.actor ?? "nobody";
const fuzzy = top.title.toLowerCase().replace(/[aeiou]/, "").slice(0, 20);
const cases = [
  ["show by id", ["show", top.id]],
  ["show exact title", ["show", `${top.title} ${top.year}`]],
  ["cast <film>", ["cast", top.id]],
  ["person exact name", ["person", person]],
  ["search fuzzy", ["search", fuzzy]],
  ["list filter + sort, limit 20", ["list", "--genre", "drama", "--sort", "rating", "--limit", "20"]],
];
const budgets = { "search fuzzy": 2, "list filter + sort, limit 20": 1.5 };
const quote = (word) => (/^[\w./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);
// Each round times every case right after its own `node -e 0` with hyperfine -N (no shell, little
// overhead of its own: spawning from Node adds ~8 ms to both and flatters ratios), a few runs each; a
// case's ratio is the median of its rounds' ratios, so that a noisy machine moves both sides alike.
const ratios = cases.map(() => []);
const times = cases.map(() => []);
const bases = [];
const exported = join(work, "hyperfine.json");
mkdirSync(work, { recursive: true });
for (let round = 0; round < Number(rounds); round++) {
  cases.forEach(([label, cmd], k) => {
    const run = spawnSync("hyperfine", ["-N", "--warmup", "1", "--runs", "3", "--export-json", exported, "node -e 0",
      [process.execPath, bin, ...cmd].map(quote).join(" ")], { env: clean, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    if (run.status !== 0) throw new Error(`${label} failed:\n${run.stderr}`);
    const [base, ms] = JSON.parse(readFileSync(exported, "utf8")).results.map((r) => r.median * 1000);
    bases.push(base);
    times[k].push(ms);
    ratios[k].push(ms / base);
  });
}
// The middle value; of an even count, the mean of the two middle ones.
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`\ncommands over ${home} (clean environment, ${rounds} rounds of hyperfine -N, 3 runs each beside node -e 0: ${median(bases).toFixed(1)} ms median)`);
console.log("| case | command | median ms | ratio (min-max) | peak MiB | budget |\n| --- | --- | ---: | ---: | ---: | --- |");
cases.forEach(([label, cmd], k) => {
  const rss = timed([process.execPath, bin, ...cmd]).rss;
  const range = `${Math.min(...ratios[k]).toFixed(2)}-${Math.max(...ratios[k]).toFixed(2)}`;
  console.log(`| ${label} | \`filmcli ${cmd.map(quote).join(" ")}\` | ${median(times[k]).toFixed(1)} | ${median(ratios[k]).toFixed(2)}x (${range}) | ${(rss / MiB).toFixed(0)} | ≤ ${budgets[label] ?? 1.3}x, ≤ 100 MiB |`);
});
if (!args.includes("--keep") && !args.includes("--no-import")) rmSync(home, { recursive: true, force: true });
