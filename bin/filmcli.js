#!/usr/bin/env node
"use strict";
// Starts the bundled program (one file: far faster to load than many modules) with the V8 code cache
// that the build made for it, so that each run reuses compiled code instead of compiling it again.
// A missing cache, or one V8 rejects (another Node version or V8 flags), only makes the program start
// slower. V8 checks a cache against the length of its source only, so the build deletes old caches first.
// Code that few runs need is in parts beside the program (dist/<part>.cjs, scripts/lazyParts.mjs),
// loaded the same way when a run first requires one.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");
const Module = require("node:module");

/** How the program names a part of itself: require("./fuse.cjs"). */
const PART = /^\.\/[a-z-]+\.cjs$/;

/** The file's code cache, or undefined when there is none. */
function cacheOf(cacheFile) {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/**
 * Compiles and runs one bundle of the program as a CommonJS module, registered under its file name
 * (a part requires the program for the modules they share, and must get this one, not a copy).
 * `scripts` collects each bundle's compiled script, for the build to save its code cache.
 */
function load(file, cachedData, scripts) {
  // The build wrote the file as Node's module wrapper makes it, in ASCII (scripts/build.mjs).
  const script = new Script(readFileSync(file, "latin1"), { filename: file, cachedData });
  scripts?.set(file, script);
  const loaded = new Module(file, module);
  loaded.filename = file;
  loaded.loaded = true;
  require.cache[file] = loaded;
  const dist = join(file, "..");
  const plain = Module.createRequire(file);
  const requirePart = (id) => {
    if (!PART.test(id)) return plain(id);
    const part = join(dist, id.slice(2));
    return require.cache[part]?.exports ?? load(part, cacheOf(`${part}.cache`), scripts);
  };
  try {
    script.runInThisContext()(loaded.exports, Object.assign(requirePart, plain), loaded, file, dist);
  } catch (error) {
    // As Node's loader does: a module whose top level threw is not left half made for the next require.
    delete require.cache[file];
    throw error;
  }
  return loaded.exports;
}

/**
 * The program, compiled with the code cache made for runs of `command` (smaller, so faster to read,
 * than the cache for all commands), else with that one.
 */
function loadProgram(root, command, scripts) {
  const file = join(root, "dist", "filmcli.cjs");
  const own = typeof command === "string" && /^[a-z]+$/.test(command) ? cacheOf(`${file}.${command}.cache`) : undefined;
  return load(file, own ?? cacheOf(`${file}.cache`), scripts);
}

if (require.main === module) {
  const root = join(__dirname, "..");
  loadProgram(root, process.argv[2]).run(root);
} else {
  module.exports = { loadProgram };
}
