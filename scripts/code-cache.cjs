// Build step: makes dist/filmcli.cjs.cache, V8's code cache for the bundle. The bundle is compiled
// the way bin/filmcli.js compiles it, run on typical commands (so that the functions they call are
// compiled too), and its code is then saved.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");
const Module = require("node:module");

const root = join(__dirname, "..");
const file = join(root, "dist", "filmcli.cjs");
const script = new Script(Module.wrap(readFileSync(file, "utf8")), { filename: file });
// As bin/filmcli.js does: the program's parts require it by its file name.
const program = new Module(file, module);
program.filename = file;
program.loaded = true;
require.cache[file] = program;
script.runInThisContext()(program.exports, Module.createRequire(file), program, file, join(root, "dist"));

const sink = { write: (_chunk, callback) => { if (callback) callback(); return true; }, on: () => sink };
const commands = [["show", "mask"], ["show", "maks"], ["search", "dark", "knight"], ["trivia", "makup"], ["cast", "mask", "--json"], ["list", "--sort", "rating"]];
(async () => {
  for (const argv of commands) {
    await program.exports.main({ argv, env: { FILMCLI_CACHE_DIR: "" }, stdout: sink, stderr: sink, root });
  }
  writeFileSync(`${file}.cache`, script.createCachedData());
})();
