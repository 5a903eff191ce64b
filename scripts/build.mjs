// Bundles each entry point into one CommonJS file: one file loads far faster than many modules.
import { build } from "esbuild";

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "warning" };
await Promise.all([
  build({ ...common, entryPoints: ["src/main.ts"], outfile: "dist/filmcli.cjs" }),
  build({ ...common, entryPoints: ["src/data/buildData.ts"], outfile: "dist/build-data.cjs" }),
  build({ ...common, entryPoints: ["src/quality/runEval.ts"], outfile: "dist/eval.cjs" }),
]);
