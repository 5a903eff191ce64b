// npm run bench: whole-process timings of real filmcli commands, each as a ratio to `node -e 0`
// measured in turn (interleaved) in the same run, so that a noisy machine moves both alike. Reports
// medians with min-max, peak memory, and jq answering the same lookup on the same file as a peer.
// Writes bench/RESULTS.md.   Options: --sizes bundled,10k,100k,1M   --runs N (per case, small sizes)
//   --envs machine,clean   --out FILE (instead of bench/RESULTS.md)
import { execFileSync, spawnSync } from "node:child_process";
import { cpus, totalmem, release } from "node:os";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tmp = join(root, "bench", "tmp");
const bin = join(root, "bin", "filmcli.js");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = [
  { name: "bundled", count: 0, runs: 21 },
  { name: "10k", count: 10_000, runs: 21 },
  { name: "100k", count: 100_000, runs: 7 },
  { name: "1M", count: 1_000_000, runs: 3 },
].filter((s) => arg("sizes", "bundled,10k,100k,1M").split(",").includes(s.name));
const smallRuns = Number(arg("runs", "21"));

const CASES = [
  { name: "show exact", args: ["show", "mask"], budget: { bundled: 1.25, "10k": 1.6 } },
  { name: "show typo", args: ["show", "maks"], budget: { "10k": 1.6 } },
  { name: "search", args: ["search", "dark", "knight"], budget: { bundled: 1.4, "10k": 1.6 } },
  { name: "trivia fuzzy", args: ["trivia", "makup"], budget: { bundled: 1.4, "10k": 1.6 } },
  { name: "cast --json", args: ["cast", "mask", "--json"], budget: { "10k": 1.6 } },
  { name: "list --sort rating", args: ["list", "--sort", "rating"], budget: { "10k": 1.6 } },
  // Hostile queries (issue 5): fuzzy work must stay bounded whatever is typed.
  { name: "show, 10,000-char query", args: ["show", "x".repeat(10_000)], budget: {} },
  { name: "trivia, 10,000-char query", args: ["trivia", "y".repeat(10_000)], budget: {} },
];

// Two environments: the machine's own (what its users and CI run with; here it sets NODE_EXTRA_CA_CERTS,
// which makes every Node start load certificates) and a clean one (PATH only), where `node -e 0` is
// fastest and any cost of filmcli's own shows most.
const ours = { HOME: tmp, FILMCLI_CACHE_DIR: join(tmp, "cache"), COLUMNS: "80", NO_COLOR: "1" };
const ENVS = {
  machine: { ...process.env, ...ours },
  clean: { PATH: process.env.PATH, ...ours },
};
let env = ENVS.machine;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of one whole process, in ms. */
function time(command, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { env, stdio: "ignore", maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Peak resident memory of one process, in MiB (python3's getrusage of its child; n/a without python3). */
function peakMemory(command, args, limitKb) {
  const wrapper = "import resource,subprocess,sys\n"
    + (limitKb ? `resource.setrlimit(resource.RLIMIT_AS, (${limitKb * 1024}, ${limitKb * 1024}))\n` : "")
    + "r=subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    + "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)";
  const r = spawnSync("python3", ["-c", wrapper, command, ...args], { env, encoding: "utf8" });
  if (r.status !== 0) return { mib: null, code: null };
  const [code, kb] = r.stdout.trim().split(" ").map(Number);
  return { mib: kb / 1024, code };
}

function dataset(size) {
  if (size.count === 0) return null;
  const file = join(tmp, `films-${size.name}.json`);
  if (!existsSync(file)) {
    process.stderr.write(`bench: generating ${size.name} films…\n`);
    execFileSync(process.execPath, [join(root, "scripts", "gen-dataset.mjs"), String(size.count), file], { stdio: "inherit" });
  }
  return file;
}

function benchSize(size, envName) {
  env = ENVS[envName];
  const file = dataset(size);
  const data = file ? ["--data", file] : [];
  const runs = size.count <= 10_000 ? smallRuns : size.runs;
  const result = { size, envName, file, bytes: file ? statSync(file).size : statSync(join(root, "data", "films.json")).size, rows: [] };
  // The first run indexes the dataset (and caches the index); it is reported, not counted.
  spawnSync("rm", ["-rf", env.FILMCLI_CACHE_DIR]);
  result.coldMs = time(process.execPath, [bin, ...data, "show", "mask"]);
  result.coldMemory = null;
  if (file) {
    spawnSync("rm", ["-rf", env.FILMCLI_CACHE_DIR]);
    result.coldMemory = peakMemory(process.execPath, [bin, ...data, "show", "mask"]).mib;
  }
  const hasJq = spawnSync("jq", ["--version"]).status === 0;
  if (!hasJq && file) process.stderr.write("bench: jq not found; the peer is left out (apt-get install jq)\n");
  const peers = file && hasJq ? [{ name: "jq: same title lookup", command: "jq", args: ["-c", '.films[] | select(.title == "Mask") | .id', file], peer: true }] : [];
  for (const c of [...CASES.map((x) => ({ ...x, command: process.execPath, args: [bin, ...data, ...x.args] })), ...peers]) {
    if (c.peer && size.count >= 1_000_000 && arg("jq-1m", "yes") === "no") continue;
    process.stderr.write(`bench: ${size.name}: ${c.name}\n`);
    time(c.command, c.args); // warm the file cache
    const ratios = [];
    const times = [];
    const base = [];
    for (let r = 0; r < runs; r++) {
      const b = time(process.execPath, ["-e", "0"]);
      const t = time(c.command, c.args);
      base.push(b);
      times.push(t);
      ratios.push(t / b);
    }
    // jq on a multi-gigabyte file can take more memory than the machine has: cap it at 12 GiB.
    const memory = peakMemory(c.command, c.args, c.peer ? 12 * 1024 * 1024 : undefined);
    result.rows.push({ ...c, ratio: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), ms: median(times), baseMs: median(base), memory });
  }
  result.baseMemory = peakMemory(process.execPath, ["-e", "0"]).mib;
  return result;
}

function render(results) {
  const f = (x, d = 2) => (x === null || x === undefined ? "n/a" : x.toFixed(d));
  const lines = [
    "# Benchmark results",
    "",
    `Produced by \`npm run bench\` (\`node bench/run.mjs${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(" ")}` : ""}\`) on ${new Date().toISOString().slice(0, 10)}.`,
    "",
    `Machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB memory, Linux ${release()}, Node ${process.version}.`,
    "",
    "Each case runs as a whole process, interleaved with `node -e 0` (the baseline) in the same run;",
    "a ratio is the case's wall time over the baseline's in that pair. Medians with min-max over the runs;",
    "peak memory is the process's maximum resident set. Output goes to /dev/null.",
    "",
  ];
  for (const r of results) {
    lines.push(`## ${r.size.name === "bundled" ? "Bundled dataset" : `${r.size.name} films`} (${(r.bytes / 2 ** 20).toFixed(1)} MiB), ${r.envName} environment`, "");
    lines.push(`Baseline \`node -e 0\`: ${f(r.rows[0]?.baseMs, 1)} ms median, ${f(r.baseMemory, 0)} MiB. `
      + `First run, indexing the dataset: ${f(r.coldMs, 0)} ms${r.coldMemory ? `, ${f(r.coldMemory, 0)} MiB` : ""}.`, "");
    lines.push("| case | ratio (median) | min-max | median ms | peak MiB | budget |", "| --- | ---: | ---: | ---: | ---: | --- |");
    for (const row of r.rows) {
      const budget = row.budget?.[r.size.name];
      const verdict = budget === undefined ? "" : row.ratio <= budget ? `≤ ${budget}x: met` : `≤ ${budget}x: **not met**`;
      lines.push(`| ${row.name} | ${f(row.ratio)}x | ${f(row.min)}-${f(row.max)} | ${f(row.ms, 0)} | ${f(row.memory.mib, 0)} | ${verdict} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

mkdirSync(tmp, { recursive: true });
execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
// Both environments for the sizes with budgets; the machine's own for the large ones, which take minutes.
const envsFor = (size) => arg("envs", size.count <= 10_000 ? "machine,clean" : "machine").split(",");
const results = SIZES.flatMap((size) => envsFor(size).map((name) => benchSize(size, name)));
const report = render(results);
const notes = join(root, "bench", "NOTES.md");
writeFileSync(arg("out", join(root, "bench", "RESULTS.md")), `${report}\n${existsSync(notes) ? `\n${execFileSync("cat", [notes], { encoding: "utf8" })}` : ""}`);
process.stdout.write(`${report}\n`);
