// Build step: makes V8's code caches for the program. The program is loaded as bin/filmcli.js loads
// it, run on typical commands (so that the functions they call are compiled too), and its code saved:
// - dist/filmcli.cjs.<command>.cache for each command below, trained on that command alone in a
//   process of its own: a run reads only what its command compiled (a smaller cache reads faster);
// - dist/filmcli.cjs.cache, trained on all of them, for every other command line;
// - dist/<part>.cjs.cache for each part of the program those runs loaded (fuse for trivia, commander for help).
"use strict";
const { execFileSync } = require("node:child_process");
const { readdirSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const TRAINING = {
  show: [["show", "mask"], ["show", "maks"], ["show", "mask", "--json"]],
  search: [["search", "dark", "knight"], ["search", "dark", "knight", "--json"]],
  trivia: [["trivia", "makup"]],
  quotes: [["quotes", "mask"]],
  cast: [["cast", "mask"], ["cast", "mask", "--json"]],
  person: [["person", "eric", "stolz"]],
  list: [["list", "--sort", "rating"], ["list", "--genre", "drama", "--sort", "rating", "--limit", "20"]],
};
const ALL = [...Object.values(TRAINING).flat(), ["show", "--help"]];

/** Runs the command lines in this process and writes the caches: the program's to `cacheFile`, and the parts' when asked. */
async function train(lines, cacheFile, withParts) {
  const scripts = new Map();
  const program = require("../bin/filmcli.js").loadProgram(root, undefined, scripts);
  const sink = { write: (_chunk, callback) => { if (callback) callback(); return true; }, on: () => sink };
  for (const argv of lines) {
    await program.main({ argv, env: { FILMCLI_CACHE_DIR: "", FILMCLI_HOME: join(root, "dist", "no-library") }, stdout: sink, stderr: sink, root });
  }
  for (const [file, script] of scripts) {
    if (file.endsWith("filmcli.cjs")) writeFileSync(cacheFile, script.createCachedData());
    else if (withParts) writeFileSync(`${file}.cache`, script.createCachedData());
  }
}

/**
 * Fails the build if V8 would reject a cache, each checked in a fresh process: V8 silently recompiles
 * everything then (about 15 ms a run). Training that changes a V8 flag makes such a cache: the flags
 * are part of a cache's identity, and optimizeLater (src/catalog/optimizeLater.ts) sets one.
 */
function checkAccepted() {
  const dist = join(root, "dist");
  const check = "const [f, c] = process.argv.slice(1); const fs = require('node:fs');"
    + " process.exitCode = new (require('node:vm').Script)(fs.readFileSync(f, 'latin1'), { filename: f, cachedData: fs.readFileSync(c) }).cachedDataRejected ? 1 : 0;";
  for (const cache of readdirSync(dist).filter((f) => f.endsWith(".cache"))) {
    const bundle = join(dist, cache.replace(/(\.cjs)(\.[a-z]+)?\.cache$/, "$1"));
    try {
      execFileSync(process.execPath, ["-e", check, bundle, join(dist, cache)]);
    } catch {
      console.error(`build: V8 rejects dist/${cache} (was a V8 flag changed while training it?)`);
      process.exitCode = 1;
    }
  }
}

const [command] = process.argv.slice(2);
const program = join(root, "dist", "filmcli.cjs");
if (command === undefined) {
  for (const name of Object.keys(TRAINING)) execFileSync(process.execPath, [__filename, name], { stdio: "inherit" });
  void train(ALL, `${program}.cache`, true).then(checkAccepted);
} else {
  void train(TRAINING[command], `${program}.${command}.cache`, false);
}
