// Bundles each entry point into one CommonJS file: one file loads far faster than many modules.
// Then writes the man page from the same command definitions as --help, and indexes the bundled data.
import { execFileSync } from "node:child_process";
import { build } from "esbuild";

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "warning", minifyWhitespace: true, minifySyntax: true };
await Promise.all([
  build({ ...common, entryPoints: ["src/main.ts"], outfile: "dist/filmcli.cjs" }),
  build({ ...common, entryPoints: ["src/data/buildData.ts"], outfile: "dist/build-data.cjs" }),
  build({ ...common, entryPoints: ["src/quality/runEval.ts"], outfile: "dist/eval.cjs" }),
  build({ ...common, entryPoints: ["src/manPage.ts"], outfile: "dist/man.cjs" }),
  build({ ...common, entryPoints: ["src/data/indexBundled.ts"], outfile: "dist/index-data.cjs" }),
]);
execFileSync(process.execPath, ["dist/man.cjs"], { stdio: "inherit" });
execFileSync(process.execPath, ["dist/index-data.cjs"], { stdio: "inherit" });
execFileSync(process.execPath, ["scripts/code-cache.cjs"], { stdio: "inherit" });
