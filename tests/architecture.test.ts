import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The floor plan (README, "How the code is laid out"): folders say when code runs, and data flows one
// way. A folder may import from its own files and from folders of a lower rank, never upwards.
const RANK: Record<string, number> = {
  "errors.ts": 0,
  films: 1,
  search: 2,
  pages: 2,
  imdb: 2,
  render: 3,
  output: 3,
  catalog: 4,
  cli: 5,
  build: 6, // build-only: nothing at run time may reach it
};

const SRC = resolve(__dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []);
}

/** The top folder (or top-level file) of a source file: "search" for src/search/trigrams.ts. */
const area = (file: string): string => relative(SRC, file).split("/")[0]!;

/** The src files a file imports (static, type-only and dynamic imports, and require). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from|import|require)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s)).filter((p) => p.startsWith(SRC)).map((p) => (p.endsWith(".ts") ? p : `${p}.ts`));
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe("the floor plan", () => {
  it("puts every source file in a known folder", () => {
    expect(files.map(area).filter((a) => !(a in RANK))).toEqual([]);
  });

  it("has no import from a lower folder to a higher one, nor across folders of one rank", () => {
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        const from = area(file);
        const to = area(target);
        if (from !== to && RANK[to]! >= RANK[from]!) upward.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("has no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(" -> "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("keeps no module-level mutable state", () => {
    const lets = files.filter((f) => /^(?:export )?(?:let|var) /m.test(readFileSync(f, "utf8"))).map((f) => relative(SRC, f));
    expect(lets).toEqual([]);
  });

  it("keeps build-only code out of the run-time program", () => {
    const reached = new Set<string>();
    const walk = (file: string): void => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of graph.get(file) ?? []) walk(next);
    };
    walk(join(SRC, "cli", "main.ts"));
    expect([...reached].filter((f) => area(f) === "build").map((f) => relative(SRC, f))).toEqual([]);
  });
});
