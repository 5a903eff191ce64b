#!/usr/bin/env node
"use strict";
// Starts the bundled program (one file: far faster to load than many modules) with the V8 code cache
// that the build made for it, so that each run reuses compiled code instead of compiling it again.
// A missing or stale cache (another Node version) is ignored by V8: the program only starts slower.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");
const Module = require("node:module");

const root = join(__dirname, "..");
const file = join(root, "dist", "filmcli.cjs");
let cachedData;
try {
  cachedData = readFileSync(`${file}.cache`);
} catch {
  cachedData = undefined;
}
const script = new Script(Module.wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
// Registered as a loaded module: the parts of the program that only some runs load (dist/commander-program.cjs,
// dist/import-run.cjs) require it for the modules they share with it, and must get this one, not a second copy.
const program = new Module(file, module);
program.filename = file;
program.loaded = true;
require.cache[file] = program;
script.runInThisContext()(program.exports, Module.createRequire(file), program, file, join(root, "dist"));
program.exports.run(root);
