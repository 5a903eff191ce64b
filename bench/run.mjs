// npm run bench: whole-process timings of real filmcli commands, each as a ratio to `node -e 0`
// measured in turn (interleaved) in the same run, so that a noisy machine moves both alike. Reports
// medians with min-max, peak memory, budget verdicts, the cost per printed row of whole-dataset
// commands, the first index of a dataset, and peers (sqlite3, jq) answering the same lookups on the
// same data. Writes bench/RESULTS.md (or --out FILE), with bench/NOTES.md appended.
//
// Options: --sizes bundled,10k,100k,1M  any of bundled, <n>k, <n>M; "<size>@<tier>" judges a size by
//                                       a tier's budgets, jq rule included ("20k@1M": the 1M code path
//                                       on 20,000 films, to try the harness quickly)
//          --runs N                     interleaved pairs per case (default 21 up to 20k films, 7 up to
//                                       200k, 3 past that)
//          --envs machine,clean         the environments (budgets are judged in "clean")
//          --cases a,b                  only cases whose name contains one of these substrings
//          --out FILE                   the report (default bench/RESULTS.md)
//          --timeout S                  seconds before a run is killed and counted as failed
//                                       (default 120 up to 200k films, 900 past that)
//          --jq-1m                      time jq at 1M films too (left out: it needed > 12 GiB)
//          --bin FILE                   the program to measure (default bin/filmcli.js)
// The helpers live next to this file: measure.mjs (one process: time, exit, memory), datasets.mjs
// (sizes, generated files, row counts, the SQLite database) and report.mjs (the markdown).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { datasetFacts, datasetFile, parseSize, sqliteDatabase } from "./datasets.mjs";
import { hasPython, median, peakMemory, runProcess } from "./measure.mjs";
import { render } from "./report.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tmp = join(root, "bench", "tmp");

// ---- Options -----------------------------------------------------------------------------------

const DEFAULTS = { sizes: "bundled,10k,100k,1M", runs: "", envs: "machine,clean", cases: "", out: join(root, "bench", "RESULTS.md"), timeout: "", "jq-1m": false, bin: join(root, "bin", "filmcli.js") };

/** --name value pairs (and the bare flag --jq-1m) over DEFAULTS; unknown options are an error. */
function parseOptions(argv) {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, "");
    if (argv[i] === "--help" || argv[i] === "-h") {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\nimport ")[0].replace(/^\/\/ ?/gm, "") + "\n");
      process.exit(0);
    }
    if (!argv[i].startsWith("--") || !(name in DEFAULTS)) fail(`unknown option ${argv[i]} (see --help)`);
    if (typeof DEFAULTS[name] === "boolean") {
      options[name] = !/^(no|false|0)$/.test(argv[i + 1] ?? "");
      if (/^(yes|no|true|false|1|0)$/.test(argv[i + 1] ?? "")) i++;
    } else {
      if (argv[i + 1] === undefined) fail(`${argv[i]} needs a value`);
      options[name] = argv[++i];
    }
  }
  for (const name of ["runs", "timeout"]) {
    if (options[name] && !(Number(options[name]) > 0)) fail(`--${name} needs a positive number`);
  }
  if (options.runs && !Number.isInteger(Number(options.runs))) fail("--runs needs a whole number");
  return options;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

// ---- Cases and budgets -------------------------------------------------------------------------

// Budgets by tier (a size's name unless "@tier" says otherwise), judged in the clean environment:
// ratio = median ratio to `node -e 0`, mib = peak resident memory, perRow = time per printed row
// over the same at 10k films (whole-dataset commands), s = seconds.
const TIERS = ["bundled", "10k", "100k", "1M"];
const JUDGED_IN = "clean";
const REFERENCE = "10k"; // the size whole-dataset commands' cost per row is compared with
const FIRST_INDEX_BUDGET = { "1M": { s: 60, mib: 1024 } };
const exact = (bundled) => ({ ...(bundled ? { bundled: { ratio: bundled } } : {}), "1M": { ratio: 1.3, mib: 80 } });
const fuzzy = (bundled) => ({ ...(bundled ? { bundled: { ratio: bundled } } : {}), "1M": { ratio: 1.6, mib: 80 } });
const whole = { "1M": { mib: 150, perRow: 1 } };

// `expect` checks the first run's stdout; `rows` names the fact a whole-dataset command prints one
// row per (checked on every run: `marker` counted in stdout must equal it, else at least that many
// lines); `exit` is the expected exit code (hostile queries find nothing: 1).
const PERSON = "Eric Stoltz"; // in Mask (1985), which every size holds once
const CASES = [
  { name: "show mask", args: ["show", "mask"], expect: /Mask/, budget: exact(1.25) },
  { name: "show mask --json", args: ["show", "mask", "--json"], expect: /"mask-1985"/, budget: exact() },
  { name: "cast mask", args: ["cast", "mask"], expect: /Stoltz/, budget: exact() },
  { name: `person ${PERSON}`, args: ["person", ...PERSON.split(" ")], expect: /Mask/, budget: exact() },
  { name: "list --sort rating --limit 20", args: ["list", "--sort", "rating", "--limit", "20"], expect: /\S/, budget: exact() },
  { name: "show maks (typo)", args: ["show", "maks"], expect: /Mask/, budget: fuzzy() },
  { name: "search dark knight", args: ["search", "dark", "knight"], expect: /Dark[\s\S]*Knight/i, budget: fuzzy(1.4) }, // a table may wrap the title
  { name: "trivia makup", args: ["trivia", "makup"], expect: /\S/, budget: fuzzy(1.4) },
  // Whole-dataset commands: every row, drained through a pipe.
  { name: "cast (every credit)", args: ["cast"], rows: "credits", budget: whole },
  { name: "list --limit 0 --json", args: ["list", "--limit", "0", "--json"], rows: "films", marker: "\n  {", budget: whole },
  // Hostile queries (issue 5): fuzzy work must stay bounded whatever is typed.
  { name: "show <10,000-char query>", args: ["show", "x".repeat(10_000)], exit: 1 },
  { name: "trivia <10,000-char query>", args: ["trivia", "y".repeat(10_000)], exit: 1 },
];

/** The peers on this size's data, where installed (checked once by checkTools). */
async function peerCases(size, file, tag, notes) {
  const peers = [];
  if (tools.sqlite3) {
    const db = await sqliteDatabase(file, tag, { tmp });
    if (db) {
      peers.push({ name: "sqlite3: exact norm_title lookup", command: "sqlite3", args: [db, "select id from films where norm_title='mask'"], expect: /mask-1985/ });
      peers.push({ name: "sqlite3: FTS5 trigram 'dark knight'", command: "sqlite3", args: [db, "select id from fts where fts match 'dark knight' order by bm25(fts) limit 10"], expect: /the-dark-knight-2008/ });
    }
  }
  // jq parses the whole file for every lookup: at 1M films it needed more than 12 GiB (the cap set below).
  const jqAllowed = size.tier !== "1M" || options["jq-1m"];
  if (!jqAllowed && tools.jq) notes.push("jq is left out at this size (it needed more than 12 GiB at 1M films; --jq-1m includes it).");
  if (jqAllowed && tools.jq) {
    peers.push({ name: "jq: same title lookup", command: "jq", args: ["-c", '.films[] | select(.title == "Mask") | .id', file], expect: /mask-1985/, memoryCap: 12 * 2 ** 30 });
  }
  return peers.map((p) => ({ ...p, peer: true }));
}

/** The version of each optional tool, or null (said on stderr: its peer or column is left out). */
function checkTools() {
  const version = (tool, args, missing) => {
    const r = spawnSync(tool, args, { encoding: "utf8" });
    if (r.status === 0) return r.stdout.trim().split(/\s+/).slice(0, 2).join(" ");
    process.stderr.write(`bench: ${tool} not found; ${missing}\n`);
    return null;
  };
  return {
    sqlite3: version("sqlite3", ["-version"], "the sqlite3 peer is left out (apt-get install sqlite3)"),
    jq: version("jq", ["--version"], "the jq peer is left out (apt-get install jq)"),
    python3: hasPython() ? "present" : null,
  };
}

// ---- Environments ------------------------------------------------------------------------------

// Two environments: the machine's own (what its users and CI run with; here it sets NODE_EXTRA_CA_CERTS,
// which makes every Node start load certificates) and a clean one (PATH only), where `node -e 0` is
// fastest and any cost of filmcli's own shows most. The budgets hold in the clean one.
// The index cache is this run's own (removed at the end), so that two benchmarks never share one.
const cacheDir = join(tmp, `cache-${process.pid}`);
const ours = { HOME: tmp, FILMCLI_CACHE_DIR: cacheDir, COLUMNS: "80", NO_COLOR: "1" };
const removeCache = () => rmSync(cacheDir, { recursive: true, force: true });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => { removeCache(); process.exit(130); });
const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("FILMCLI_")));
const ENVS = {
  machine: { ...inherited, ...ours },
  clean: { PATH: process.env.PATH, ...ours },
};

// ---- Checking runs -----------------------------------------------------------------------------

const STACK_TRACE = /^\s+at .*(:\d+:\d+\)?|\(native\))$/m;

/** Why a run did not work (a string), or null: timeouts, signals, exit codes, wrong or short output. */
function problemOf(run, c, facts, { checkOutput }) {
  if (run.spawnError) return `could not run: ${run.spawnError}`;
  if (run.timedOut) return `timed out (killed after ${Math.round(run.timeoutMs / 1000)} s)`;
  if (run.signal) return `killed by ${run.signal}`;
  const expected = c.exit ?? 0;
  if (run.code !== expected) return `exit ${run.code}${expected ? ` (expected ${expected})` : ""}`;
  // An uncaught exception exits 1 too, like "no match": a stack trace tells them apart.
  if (STACK_TRACE.test(run.stderr)) return `crashed: a stack trace on stderr (exit ${run.code})`;
  if (checkOutput && c.expect && !c.expect.test(run.stdout)) return `unexpected output (no match for ${c.expect})`;
  if (c.rows && facts) {
    const want = facts[c.rows];
    if (c.marker && run.markers !== null && run.markers !== want) return `printed ${run.markers} rows, expected ${want}`;
    if (run.lines < want) return `printed ${run.lines} lines, expected at least ${want} rows`;
  }
  return null;
}

/** Says loudly on stderr that a run failed, with the head of its stderr. */
function shout(label, problem, run) {
  const stderr = (run?.stderr ?? "").trim();
  process.stderr.write(`bench: FAILED: ${label}: ${problem}\n${stderr ? `${stderr.slice(0, 2000)}${stderr.length > 2000 ? "…" : ""}\n` : "(nothing on stderr)\n"}`);
}

// ---- Measuring ---------------------------------------------------------------------------------

const options = parseOptions(process.argv.slice(2));
/** How long one run may take before it is killed and counted as failed. */
const timeoutFor = (size) => 1000 * (options.timeout ? Number(options.timeout) : size.count <= 200_000 ? 120 : 900);
const bin = resolve(options.bin);
const baselineArgs = ["-e", "0"];

/**
 * One case in one environment: a first run (warms the file cache, checks the answer), `runs`
 * interleaved pairs of baseline and case, then a memory run. Any run that fails ends the case: it
 * is reported as failed, never timed.
 */
async function benchCase(c, ctx) {
  const label = `${ctx.size.name} ${ctx.envName}: ${c.name}`;
  process.stderr.write(`bench: ${label}\n`);
  const { timeoutMs } = ctx;
  const run = async (command, args) => ({ ...await runProcess(command, args, { env: ctx.env, timeoutMs, marker: c.marker }), timeoutMs });
  const failed = (problem, r, which) => { shout(`${label} (${which})`, problem, r); return { ...c, failure: `${problem} (${which})`, stderr: r?.stderr ?? "" }; };

  const first = await run(c.command, c.args);
  let problem = problemOf(first, c, ctx.facts, { checkOutput: true });
  if (problem) return failed(problem, first, "first run");
  const ratios = [];
  const times = [];
  const base = [];
  for (let r = 0; r < ctx.runs; r++) {
    const b = await run(process.execPath, baselineArgs);
    if (problemOf(b, { exit: 0 }, null, {})) throw new Error(`the baseline node -e 0 failed: ${problemOf(b, { exit: 0 }, null, {})}`);
    const t = await run(c.command, c.args);
    problem = problemOf(t, c, ctx.facts, { checkOutput: false });
    if (problem) return failed(problem, t, `run ${r + 1} of ${ctx.runs}`);
    base.push(b.ms);
    ctx.baseMs.push(b.ms);
    times.push(t.ms);
    ratios.push(t.ms / b.ms);
  }
  const memory = peakMemory(c.command, c.args, { env: ctx.env, timeoutMs, limitBytes: c.memoryCap ?? 0 });
  if (memory) {
    memory.timeoutMs = timeoutMs;
    problem = problemOf({ ...memory, markers: null }, c, ctx.facts, { checkOutput: false });
    if (problem) return failed(problem, memory, "memory run");
  }
  const ms = median(times);
  return { ...c, ratio: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), ms, baseMs: median(base), mib: memory?.mib ?? null, bytes: first.bytes, lines: first.lines };
}

/** The first run on a dataset after its cache is cleared: it indexes the file. Time and peak memory. */
async function firstIndex(ctx, data) {
  rmSync(ctx.env.FILMCLI_CACHE_DIR, { recursive: true, force: true });
  const args = [bin, ...data, "show", "mask"];
  const c = { name: "first index (show mask, empty cache)" };
  process.stderr.write(`bench: ${ctx.size.name} ${ctx.envName}: ${c.name}\n`);
  const { timeoutMs } = ctx;
  const r = hasPython() ? peakMemory(process.execPath, args, { env: ctx.env, timeoutMs }) : await runProcess(process.execPath, args, { env: ctx.env, timeoutMs });
  r.timeoutMs = timeoutMs;
  const problem = problemOf(r, c, null, { checkOutput: false });
  if (problem) shout(`${ctx.size.name} ${ctx.envName}: ${c.name}`, problem, r);
  return { ms: r.ms, mib: r.mib ?? null, failure: problem, stderr: r.stderr };
}

const defaultRuns = (size) => (size.count <= 20_000 ? 21 : size.count <= 200_000 ? 7 : 3);
const matchesFilter = (c) => !options.cases || options.cases.split(",").some((s) => c.name.includes(s));

/** Every case on one size in one environment. */
async function benchSize(size, envName) {
  const file = datasetFile(size, { root, tmp });
  const tag = `films-${size.label}`;
  const facts = await datasetFacts(file, tag, { tmp });
  const data = size.count ? ["--data", file] : [];
  const env = ENVS[envName];
  const ctx = { size, envName, env, facts, runs: options.runs ? Number(options.runs) : defaultRuns(size), timeoutMs: timeoutFor(size), baseMs: [] };
  const result = { size, envName, facts, bytes: statSync(file).size, runs: ctx.runs, timeoutMs: ctx.timeoutMs, rows: [], notes: [] };
  // The bundled dataset's index is built with the package; others are indexed by their first run.
  if (size.count) result.firstIndex = await firstIndex(ctx, data);
  const ourCases = CASES.map((c) => ({ ...c, command: process.execPath, args: [bin, ...data, ...c.args] }));
  for (const c of [...ourCases, ...await peerCases(size, file, tag, result.notes)].filter(matchesFilter)) {
    result.rows.push(await benchCase(c, ctx));
  }
  result.baseMs = ctx.baseMs.length ? median(ctx.baseMs) : null;
  result.baseRange = ctx.baseMs.length ? [Math.min(...ctx.baseMs), Math.max(...ctx.baseMs)] : null;
  result.baseMemory = peakMemory(process.execPath, baselineArgs, { env, timeoutMs: ctx.timeoutMs })?.mib ?? null;
  return result;
}

// ---- Main --------------------------------------------------------------------------------------

let sizes;
try {
  sizes = options.sizes.split(",").map((s) => parseSize(s, TIERS));
} catch (e) {
  fail(e.message);
}
// Whole-dataset commands at 1M are judged against 10k in the same run: add 10k when it is missing.
if (sizes.some((s) => s.tier === "1M") && !sizes.some((s) => s.name === REFERENCE)) {
  process.stderr.write(`bench: adding ${REFERENCE}: the cost per row at 1M is compared with it\n`);
  sizes.unshift(parseSize(REFERENCE, TIERS));
}
const envNames = options.envs.split(",");
for (const e of envNames) if (!ENVS[e]) fail(`unknown environment "${e}" (machine, clean)`);
if (!envNames.includes(JUDGED_IN)) process.stderr.write(`bench: budgets are judged in the ${JUDGED_IN} environment, which this run leaves out\n`);

mkdirSync(tmp, { recursive: true });
execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
const tools = checkTools();
const results = [];
for (const size of sizes) for (const envName of envNames) results.push(await benchSize(size, envName));
removeCache();

const report = render(results, {
  argv: process.argv.slice(2), judgedIn: JUDGED_IN, reference: REFERENCE, firstIndexBudget: FIRST_INDEX_BUDGET,
  tools,
  memoryFloor: peakMemory("true", [], { env: ENVS.clean, timeoutMs: 60_000 })?.mib ?? null,
});
const notes = join(root, "bench", "NOTES.md");
writeFileSync(options.out, `${report}\n${existsSync(notes) ? `\n${readFileSync(notes, "utf8")}` : ""}`);
process.stdout.write(`${report}\n`);
process.stderr.write(`bench: wrote ${options.out}\n`);
const failures = results.flatMap((r) => [
  ...(r.firstIndex?.failure ? [`${r.size.name} ${r.envName}: first index`] : []),
  ...r.rows.filter((row) => row.failure).map((row) => `${r.size.name} ${r.envName}: ${row.name}`),
]);
if (failures.length) {
  process.stderr.write(`bench: ${failures.length} case(s) FAILED:\n  ${failures.join("\n  ")}\n`);
  process.exitCode = 1;
}
