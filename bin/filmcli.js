#!/usr/bin/env node
"use strict";
// Starts the bundled program (one file: far faster to load than many modules) with the V8 code cache
// that the build made for it, so that each run reuses compiled code instead of compiling it again.
// A missing cache, or one V8 rejects (another Node version or V8 flags), only makes the program start
// slower. V8 checks a cache against the length of its source only, so the build deletes old caches first.
// Code that few runs need is in parts beside the program (dist/<part>.cjs, scripts/lazyParts.mjs),
// loaded the same way when a run first requires one.
const { closeSync, fstatSync, openSync, readSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");
const Module = require("node:module");

/** A part's file name: the program requires it as "./fuse.cjs" (scripts/lazyParts.mjs checks the names). */
const PART_FILE = /^[a-z-]+\.cjs$/;

/**
 * The bytes of a whole file, read into `scratch` when they fit (else a buffer of their own). One scratch
 * buffer serves a bundle and then its code cache: on this kind of machine each fresh page of memory
 * costs ~10 us to touch, and a bundle and its cache are ~60 pages each.
 */
function readWhole(file, scratch) {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const buffer = size <= scratch.length ? scratch : Buffer.allocUnsafeSlow(size);
    let done = 0;
    for (let n; done < size && (n = readSync(fd, buffer, done, size - done, done)) > 0;) done += n;
    return buffer.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

/** The first of these code caches that can be read, or undefined. */
function firstCache(cacheFiles, scratch) {
  for (const cacheFile of cacheFiles) {
    try {
      return readWhole(cacheFile, scratch);
    } catch {
      // None for this command, or none at all: the next, or compile without one.
    }
  }
  return undefined;
}

/**
 * Compiles and runs one bundle of the program as a CommonJS module, registered under its file name
 * (a part requires the program for the modules they share, and must get this one, not a copy).
 * `scripts` collects each bundle's compiled script, for the build to save its code cache.
 */
function load(file, cacheFiles, scripts) {
  const scratch = Buffer.allocUnsafeSlow(1 << 20);
  // The build wrote the file as Node's module wrapper makes it, in ASCII (scripts/build.mjs).
  const source = readWhole(file, scratch).latin1Slice();
  const script = new Script(source, { filename: file, cachedData: firstCache(cacheFiles, scratch) });
  scripts?.set(file, script);
  const loaded = new Module(file, module);
  loaded.filename = file;
  loaded.loaded = true;
  require.cache[file] = loaded;
  const dist = join(file, "..");
  const plain = Module.createRequire(file);
  const requirePart = (id) => {
    if (!id.startsWith("./") || !PART_FILE.test(id.slice(2))) return plain(id);
    const part = join(dist, id.slice(2));
    return require.cache[part]?.exports ?? load(part, [`${part}.cache`], scripts);
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
  const own = typeof command === "string" && /^[a-z]+$/.test(command) ? [`${file}.${command}.cache`] : [];
  return load(file, [...own, `${file}.cache`], scripts);
}

if (require.main === module) {
  const root = join(__dirname, "..");
  loadProgram(root, process.argv[2]).run(root);
} else {
  module.exports = { loadProgram, PART_FILE };
}
