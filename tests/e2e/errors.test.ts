import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE, runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "filmcli-e2e-"));

describe("usage errors (exit 2)", () => {
  it.each([
    [["shw", "mask"], /^filmcli: unknown command 'shw' \(did you mean "show"\?\); see filmcli --help\n$/],
    [["show", "mask", "--jsn"], /^filmcli: unknown option '--jsn' \(did you mean "--json"\?\); see filmcli --help\n$/],
    [["show"], /^filmcli: missing required argument 'film'; see filmcli --help\n$/],
    [["search", " "], /^filmcli: search needs words to look for/],
    [["show", "mask", "--width", "abc"], /^filmcli: --width must be a whole number of at least 1, got "abc"\n$/],
    [["list", "--limit", "0x10"], /^filmcli: --limit must be a whole number of at least 0, got "0x10"\n$/],
  ])("%j", (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});

describe("dataset errors (exit 3)", () => {
  const bad = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ["a missing file", join(dir, "missing.json"), /missing\.json: no such file; pass an existing dataset with --data or FILMCLI_DATA\n$/],
    ["a file that is not JSON", bad("notjson.json", "films!"), /notjson\.json: not valid JSON/],
    ["a dataset of the wrong shape", bad("shape.json", '{"schemaVersion":1,"films":[{"id":"x","title":"X","year":"1985"}]}'), /shape\.json: films\[0\]\.year: expected an integer from 1870 to 3000, got "1985" \(filmcli validate lists every problem\)\n/],
  ])("%s", (_name, path, message) => {
    const r = runCli(["show", "mask", "--data", path]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("reads FILMCLI_DATA when --data is not given", () => {
    const r = runCli(["show", "king", "kong", "2005", "--json"], { FILMCLI_DATA: FIXTURE });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: "king-kong-2005" });
  });
});

describe("output conventions", () => {
  it("colours only when asked or on a TTY", () => {
    expect(runCli(["show", "mask"]).stdout).not.toContain("\u001b");
    expect(runCli(["show", "mask"], { FORCE_COLOR: "1" }).stdout).toContain("\u001b[1mMask (1985)");
    expect(runCli(["show", "mask", "--color"]).stdout).toContain("\u001b[");
    expect(runCli(["show", "mask", "--no-color"], { FORCE_COLOR: "1" }).stdout).not.toContain("\u001b");
    expect(runCli(["show", "mask"], { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toContain("\u001b");
  });

  it("never colours JSON", () => {
    expect(runCli(["cast", "mask", "--json"], { FORCE_COLOR: "1" }).stdout).not.toContain("\u001b");
  });

  it("fits tables to COLUMNS and --width", () => {
    for (const [args, env, width] of [[["cast"], { COLUMNS: "50" }, 50], [["trivia", "--width", "40"], {}, 40]] as const) {
      const lines = runCli([...args], env).stdout.trimEnd().split("\n");
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(width);
    }
  });

  it("prints help with examples and the version", () => {
    const help = runCli(["show", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: filmcli show [options] <film...>");
    expect(help.stdout).toContain("$ filmcli show mask");
    expect(runCli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
