import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE, ROOT, runCli, runCliAt } from "./runCli";

// Start-up is most of a lookup's time: a Node module loaded at the top of the bundle costs every run.
// Node's streams (loaded by worker_threads, net, tty, readline...) cost ~5 ms; zlib and crypto a few.
const HEAVY = ["stream", "worker_threads", "net", "tty", "readline", "zlib", "crypto", "child_process", "string_decoder", "http", "https"];

function modulesLoadedBy(args: string[]): string[] {
  const file = join(mkdtempSync(join(tmpdir(), "filmcli-modules-")), "modules.txt");
  const r = runCli(args, { NODE_OPTIONS: `--require ${join(ROOT, "tests/fixtures/recordModules.cjs")}`, FILMCLI_TEST_MODULES: file });
  expect(r.code).toBe(0);
  return readFileSync(file, "utf8").split("\n").filter((line) => line.startsWith("NativeModule ")).map((line) => line.slice(13));
}

describe("what a lookup loads of Node", () => {
  it.each([[["show", "mask"]], [["search", "dark", "knight"]], [["show", "mask", "--json"]], [["trivia", "makup"]]])(
    "%j to a pipe loads none of the heavy modules", (args) => {
      const loaded = modulesLoadedBy(args);
      expect(loaded).toContain("fs");
      expect(loaded.filter((name) => HEAVY.includes(name))).toEqual([]);
    });

  it("a lookup in another dataset, once its index is cached, loads none of them either", () => {
    // The first run builds the index (workers, a random temporary name); the cache file's name is a plain hash.
    expect(runCli(["show", "mask", "--data", FIXTURE]).code).toBe(0);
    const loaded = modulesLoadedBy(["show", "mask", "--data", FIXTURE]);
    expect(loaded.filter((name) => HEAVY.includes(name))).toEqual([]);
  });
});

describe("the program's parts (scripts/lazyParts.mjs)", () => {
  // A copy of the program without its parts: a lookup must not need them; help and an import must.
  const copy = mkdtempSync(join(tmpdir(), "filmcli-parts-"));
  cpSync(join(ROOT, "bin"), join(copy, "bin"), { recursive: true });
  cpSync(join(ROOT, "data"), join(copy, "data"), { recursive: true });
  const PARTS = ["commander-program.cjs", "import-run.cjs", "fuse.cjs", "string-width.cjs"];
  for (const file of readdirSync(join(ROOT, "dist")).filter((f) => !PARTS.includes(f))) cpSync(join(ROOT, "dist", file), join(copy, "dist", file), { recursive: true });
  const env = { FILMCLI_HOME: join(copy, "home"), FILMCLI_CACHE_DIR: "" };
  const runCopy = (args: string[]) => runCliAt(copy, args, env);

  it.each([[["show", "mask"]], [["search", "dark", "knight", "--json"]], [["cast", "mask"]], [["list", "--sort", "rating", "--limit", "5"]]])(
    "%j answers without them, as the whole program does", (args) => {
      const whole = runCli(args, env);
      expect(whole.code).toBe(0);
      expect(runCopy(args)).toEqual(whole);
    });

  it.each([[["show", "--help"], "commander-program.cjs"], [["import", "imdb", "/nowhere"], "import-run.cjs"], [["trivia", "makup"], "fuse.cjs"]])(
    "%j loads its part (%s)", (args, part) => {
      const whole = runCli(args, env);
      expect(whole.stderr).not.toContain(part);
      expect(whole.code).toBe(args[0] === "import" ? 3 : 0);
      const stripped = runCopy(args);
      expect(stripped.code).toBe(70);
      expect(stripped.stderr).toContain(`no such file or directory, open '${join(copy, "dist", part)}'`);
    });

  it("runs without any code cache (only slower), and with only the all-commands one", () => {
    const bare = mkdtempSync(join(tmpdir(), "filmcli-nocache-"));
    cpSync(copy, bare, { recursive: true });
    for (const file of PARTS) cpSync(join(ROOT, "dist", file), join(bare, "dist", file));
    const caches = readdirSync(join(bare, "dist")).filter((f) => f.endsWith(".cache"));
    expect(caches).toContain("filmcli.cjs.show.cache");
    const whole = runCli(["show", "mask"], env);
    for (const keep of [["filmcli.cjs.cache"], []]) {
      for (const file of readdirSync(join(bare, "dist")).filter((f) => f.endsWith(".cache") && !keep.includes(f))) rmSync(join(bare, "dist", file));
      expect(runCliAt(bare, ["show", "mask"], env)).toEqual({ ...whole, code: 0 });
      expect(runCliAt(bare, ["trivia", "makup"], env).code).toBe(0);
    }
  });
});
