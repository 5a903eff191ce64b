// Bundles each entry point into one CommonJS file (one file loads far faster than many modules); the
// program's code that few runs need goes into parts beside it (scripts/lazyParts.mjs). Then writes the
// man page from the same command definitions as --help, indexes the bundled data, and makes the V8 code
// caches for the program and its parts (scripts/code-cache.cjs).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { buildWithParts } from "./lazyParts.mjs";

const require = createRequire(import.meta.url);

// V8 checks a code cache against its source's length only: a build that fails after bundling must not
// leave the last build's caches beside new bundles (runs would execute the old code).
for (const file of existsSync("dist") ? readdirSync("dist").filter((f) => f.endsWith(".cache")) : []) unlinkSync(join("dist", file));

// Start-up trims. Two libraries load Node modules at start-up that filmcli never uses (~3 ms a run):
// chalk's terminal detection loads os and tty (filmcli detects colour itself and always passes a
// level), and commander loads child_process (for executable subcommands, which filmcli has none of).
const startupTrims = {
  name: "startup-trims",
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({
      path: join(dirname(require.resolve("chalk")), "vendor", "supports-color", "browser.js"),
    }));
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${"node_modules"}/commander/`) ? { path: "lazy-child-process", namespace: "trim" } : undefined);
    // string-width without its emoji regex for text in scripts of one width per character (see the shim).
    const shim = join(dirname(new URL(import.meta.url).pathname), "shims", "string-width.cjs");
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === shim ? undefined : { path: shim }));
    b.onLoad({ filter: /.*/, namespace: "trim" }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: "js",
    }));
  },
};

const common = {
  bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "warning",
  minifyWhitespace: true, minifySyntax: true, plugins: [startupTrims],
};
// Code that few runs need, bundled apart so that the others neither read nor compile it (scripts/lazyParts.mjs).
const PARTS = {
  "src/cli/program.ts": "commander-program.cjs", // commander, for help, the version, and lines the plain reader leaves
  "src/cli/commands/runImport.ts": "import-run.cjs", // the IMDb and film page importers
  "fuse.js": "fuse.cjs", // text search, for trivia, quotes, goofs and reviews
  "string-width": "string-width.cjs", // widths of text the shim does not know (scripts/shims/string-width.cjs)
};
// The program and its parts are written as the function Node's module wrapper would make of them, so
// that bin/filmcli.js compiles the file's text as read: wrapping it there made a second copy of the
// whole text (and ~220 KB more for the first garbage collection of a run to face).
const WRAPPED = { banner: { js: "(function (exports, require, module, __filename, __dirname) {" }, footer: { js: "})" } };
await Promise.all([
  buildWithParts({ ...common, ...WRAPPED }, "src/cli/main.ts", "dist/filmcli.cjs", PARTS),
  // The index build's worker threads (src/catalog/filmWorkers.ts looks for it beside the bundle that runs).
  build({ ...common, entryPoints: ["src/catalog/filmWorker.ts"], outfile: "dist/film-worker.cjs" }),
  // The IMDb import's worker thread, reading title.akas (src/catalog/library/importImdb.ts looks for it beside the bundle).
  build({ ...common, entryPoints: ["src/catalog/library/akaWorker.ts"], outfile: "dist/aka-worker.cjs" }),
  build({ ...common, entryPoints: ["src/build/buildData.ts"], outfile: "dist/build-data.cjs" }),
  build({ ...common, entryPoints: ["src/build/runEval.ts"], outfile: "dist/eval.cjs" }),
  build({ ...common, entryPoints: ["src/build/evalLibrary.ts"], outfile: "dist/eval-library.cjs" }),
  build({ ...common, entryPoints: ["src/build/manPage.ts"], outfile: "dist/man.cjs" }),
  build({ ...common, entryPoints: ["src/build/indexBundled.ts"], outfile: "dist/index-data.cjs" }),
]);
// The program's bundles must be ASCII: bin/filmcli.js reads them as one-byte (latin1) strings, 3 ms faster
// a run than the two-byte string a single other character makes of all of it. esbuild escapes strings but
// not regular expression literals: those spell such characters as \u escapes in the source.
for (const file of ["dist/filmcli.cjs", ...Object.values(PARTS).map((name) => `dist/${name}`)]) {
  const bundle = readFileSync(file, "latin1");
  const outside = /[^\x00-\x7f]/.exec(bundle);
  if (outside) {
    const line = bundle.slice(0, outside.index).split("\n").length;
    const around = Buffer.from(bundle.slice(Math.max(0, outside.index - 40), outside.index + 20), "latin1").toString("utf8");
    console.error(`build: ${file} line ${line} is not ASCII (write the character as a \\u escape): ${around}`);
    process.exit(1);
  }
}
execFileSync(process.execPath, ["dist/man.cjs"], { stdio: "inherit" });
execFileSync(process.execPath, ["dist/index-data.cjs"], { stdio: "inherit" });
execFileSync(process.execPath, ["scripts/code-cache.cjs"], { stdio: "inherit" });
