import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./runCli";

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
});
