// Build step: the program's bundle without the code that few runs need. A module that src loads with
// `await import("./x")` and that is named in `parts` becomes a bundle of its own (dist/<name>), which the
// program requires only when a run gets there. Modules that a part shares with the program are not
// copied into the part: the part takes them from the program (its exports' `__shared`), so that there is
// one of each class and constant in a run (an error thrown in a part is still `instanceof` the program's).
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { build } from "esbuild";

const RELATIVE = /^\.\.?\//;
/** The names the loader takes for parts (bin/filmcli.js). */
const { PART_FILE } = createRequire(import.meta.url)("../bin/filmcli.js");

/** `path` resolved by esbuild itself, skipping the plugin that asks (marked by pluginData). */
async function resolved(b, args) {
  const r = await b.resolve(args.path, { resolveDir: args.resolveDir, importer: args.importer, kind: args.kind, pluginData: { inner: true } });
  return r.errors.length > 0 ? undefined : r.path;
}

/**
 * In the program: `import("./x")` of a part becomes `require("./<part file>")`, left outside the bundle;
 * so does `require("<package>")` of a package that is a part.
 */
const partsOutside = (parts, cwd) => ({
  name: "parts-outside",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.kind === "require-call" && parts[args.path] !== undefined ? { path: `./${parts[args.path]}`, external: true } : undefined));
    b.onResolve({ filter: RELATIVE }, async (args) => {
      if (args.kind !== "dynamic-import" || args.pluginData?.inner) return undefined;
      const part = parts[relative(cwd, (await resolved(b, args)) ?? "")];
      return part === undefined ? undefined : { path: `./${part}`, external: true };
    });
  },
});

/** In a part: a module the program has is taken from the program's `__shared`; `used` collects them. */
const sharedFromProgram = (programFile, inProgram, used, cwd) => ({
  name: "shared-from-program",
  setup(b) {
    b.onResolve({ filter: RELATIVE }, async (args) => {
      if (args.pluginData?.inner || args.namespace === "shared") return undefined;
      const file = relative(cwd, (await resolved(b, args)) ?? "");
      if (!inProgram.has(file)) return undefined;
      used.add(file);
      return { path: file, namespace: "shared" };
    });
    b.onResolve({ filter: /.*/, namespace: "shared" }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "shared" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`./${programFile}`)}).__shared[${JSON.stringify(args.path)}];`,
      loader: "js",
    }));
  },
});

/**
 * Bundles `entry` into `outfile` (in dist/) and each of `parts` (a src file or a package -> a file name
 * beside the program) into a bundle of its own. Three passes: the program's modules, then the parts (taking those modules from
 * the program), then the program again with the namespaces the parts take exported as `__shared`.
 */
export async function buildWithParts(options, entry, outfile, parts) {
  const cwd = process.cwd();
  const plugins = [...(options.plugins ?? []), partsOutside(parts, cwd)];
  // The program's own calls of import() become require() of the part's file, not a dynamic ESM import.
  const programOptions = { ...options, plugins, supported: { "dynamic-import": false } };
  const first = await build({ ...programOptions, entryPoints: [entry], outfile, metafile: true, write: false });
  const inProgram = new Set(Object.keys(first.metafile.inputs));
  const programFile = outfile.split("/").pop();
  const used = new Set();
  const outdir = outfile.slice(0, outfile.length - programFile.length);
  const packageFile = createRequire(join(cwd, "package.json")).resolve;
  for (const [source, name] of Object.entries(parts)) {
    // bin/filmcli.js loads a part only by such a name; a part the program also imports would be two copies.
    if (!PART_FILE.test(name)) throw new Error(`lazyParts: bin/filmcli.js loads no part named ${name} (${PART_FILE})`);
    if (inProgram.has(source)) throw new Error(`lazyParts: ${source} is a part, yet the program imports it too (statically)`);
    const entryPoint = source.startsWith("src/") ? source : packageFile(source);
    await build({ ...options, plugins: [...(options.plugins ?? []), sharedFromProgram(programFile, inProgram, used, cwd)], entryPoints: [entryPoint], outfile: `${outdir}${name}` });
  }
  const shared = [...used].sort();
  const contents = [
    `export * from ${JSON.stringify(`./${entry}`)};`,
    ...shared.map((file, i) => `import * as shared${i} from ${JSON.stringify(`./${file}`)};`),
    `export const __shared = {${shared.map((file, i) => `${JSON.stringify(file)}: shared${i}`).join(", ")}};`,
  ].join("\n");
  await build({ ...programOptions, stdin: { contents, resolveDir: cwd, sourcefile: "program-with-parts.ts", loader: "ts" }, outfile });
}
