// The data bench/run.mjs measures on: dataset sizes ("bundled", "10k", "2.5M", "20k@1M"), the
// generated files (scripts/gen-dataset.mjs, cached in bench/tmp/), facts counted from each file
// once (films and cast credits: the rows whole-dataset commands must print), and the SQLite peer's
// database built from the same file. Every derived file is rebuilt when its source is newer.
import { execFileSync, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { join } from "node:path";

// ---- Sizes -------------------------------------------------------------------------------------

/**
 * Parses "bundled", "<n>k" or "<n>M" (e.g. 10k, 2.5M), optionally "@<tier>": the size whose budgets
 * and defaults apply ("20k@1M" runs the 1M code path on 20,000 films, to test the harness quickly).
 */
export function parseSize(spec, tiers) {
  const [name, tierName] = spec.trim().split("@");
  const tier = tierName ?? name;
  if (tierName !== undefined && !tiers.includes(tierName)) throw new Error(`unknown tier "${tierName}" in --sizes (known: ${tiers.join(", ")})`);
  if (name === "bundled") return { name, label: name, count: 0, tier };
  const m = /^(\d+(?:\.\d+)?)([kM])$/.exec(name);
  if (!m) throw new Error(`--sizes: "${spec}" is not bundled, <n>k or <n>M (optionally @<tier>)`);
  const count = Math.round(Number(m[1]) * (m[2] === "k" ? 1e3 : 1e6));
  if (count < 10) throw new Error(`--sizes: "${spec}" is under 10 films`);
  return { name: tierName === undefined ? name : `${name}@${tierName}`, label: name, count, tier };
}

const newer = (file, than) => existsSync(file) && statSync(file).mtimeMs >= statSync(than).mtimeMs;

// ---- Generated datasets ------------------------------------------------------------------------

/** The dataset file of a size: data/films.json for "bundled", else generated once into tmp/. */
export function datasetFile(size, { root, tmp }) {
  if (size.count === 0) return join(root, "data", "films.json");
  const file = join(tmp, `films-${size.label}.json`);
  if (!existsSync(file)) {
    process.stderr.write(`bench: generating ${size.count.toLocaleString("en")} films into ${file}…\n`);
    // Written under another name first, so an interrupted run never leaves a truncated dataset behind.
    const partial = `${file}.partial-${process.pid}`;
    execFileSync(process.execPath, [join(root, "scripts", "gen-dataset.mjs"), String(size.count), partial], { stdio: "inherit" });
    renameSync(partial, file);
  }
  return file;
}

// ---- Facts and the SQLite peer's CSV -----------------------------------------------------------

/** filmcli's title key (src/search/normalizeTitle.ts): folded case, accents, punctuation; no leading article. */
export function normalizeTitle(title) {
  return title.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/&/g, " and ")
    .replace(/['’‘`]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(/^(?:the|a|an) (?=\S)/, "");
}

const csvField = (v) => (v === null || v === undefined ? "" : `"${String(v).replace(/"/g, '""')}"`);

/**
 * Reads a dataset (one film per line, like data/films.json and the generator's files) as a stream;
 * counts films and cast credits, and when `csvFile` is given writes films(id, title, norm_title,
 * year, votes) as CSV for sqlite3's .import.
 */
async function scanDataset(file, csvFile) {
  const csv = csvFile ? createWriteStream(csvFile) : null;
  const facts = { films: 0, credits: 0 };
  const lines = createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.trim().replace(/,$/, "");
    if (!line.startsWith("{\"")) continue;
    const film = JSON.parse(line);
    facts.films++;
    facts.credits += film.cast?.length ?? 0;
    if (csv && !csv.write(`${[film.id, film.title, normalizeTitle(film.title), film.year, film.rating?.votes].map(csvField).join(",")}\n`)) {
      await once(csv, "drain");
    }
  }
  if (csv) { csv.end(); await once(csv, "finish"); }
  return facts;
}

/** Films and cast credits in the file, counted once and cached next to the generated data. */
export async function datasetFacts(file, tag, { tmp }) {
  const cache = join(tmp, `${tag}.facts.json`);
  if (newer(cache, file)) return JSON.parse(readFileSync(cache, "utf8"));
  process.stderr.write(`bench: counting films and credits in ${file}…\n`);
  const facts = await scanDataset(file, null);
  // A file small enough to parse whole checks the one-film-per-line reading.
  if (statSync(file).size < 200 * 2 ** 20) {
    const films = JSON.parse(readFileSync(file, "utf8")).films;
    const credits = films.reduce((n, f) => n + (f.cast?.length ?? 0), 0);
    if (films.length !== facts.films || credits !== facts.credits) throw new Error(`${file}: not one film per line (counted ${facts.films} films, parsed ${films.length})`);
  }
  writeFileSync(`${cache}-${process.pid}`, JSON.stringify(facts));
  renameSync(`${cache}-${process.pid}`, cache);
  return facts;
}

// ---- SQLite peer database ----------------------------------------------------------------------

/**
 * Builds (once; again when the dataset is newer) a SQLite database of the dataset's films:
 * films(id, title, norm_title, year, votes) indexed on norm_title, and an FTS5 trigram table over
 * the titles. Returns its path, or null (said on stderr) without the sqlite3 CLI or FTS5.
 */
export async function sqliteDatabase(file, tag, { tmp }) {
  const db = join(tmp, `${tag}.sqlite`);
  if (newer(db, file)) return db;
  const csvFile = join(tmp, `${tag}.csv-${process.pid}`);
  const partial = `${db}.partial-${process.pid}`;
  process.stderr.write(`bench: building the SQLite peer's database ${db}…\n`);
  rmSync(partial, { force: true });
  await scanDataset(file, csvFile);
  const script = [
    "PRAGMA journal_mode=OFF;", "PRAGMA synchronous=OFF;",
    "CREATE TABLE films(id TEXT, title TEXT, norm_title TEXT, year INTEGER, votes INTEGER);",
    `.import --csv '${csvFile.replace(/'/g, "''")}' films`,
    "CREATE INDEX films_norm_title ON films(norm_title);",
    "CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, title, tokenize='trigram');",
    "INSERT INTO fts(id, title) SELECT id, title FROM films;",
    "ANALYZE;",
  ].join("\n");
  const r = spawnSync("sqlite3", ["-batch", "-bail", partial], { input: script, encoding: "utf8" });
  rmSync(csvFile, { force: true });
  if (r.status !== 0) {
    rmSync(partial, { force: true });
    process.stderr.write(`bench: building the SQLite database failed (exit ${r.status}); the sqlite3 peer is left out:\n${r.stderr.slice(0, 2000)}\n`);
    return null;
  }
  renameSync(partial, db);
  return db;
}
