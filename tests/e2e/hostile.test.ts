import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "./runCli";

const HOSTILE = join(ROOT, "tests/fixtures/hostile.json");
const hostile = (args: string[], env: Record<string, string> = {}) => runCli(["--data", HOSTILE, ...args], env);
// Raw terminal controls: C0 (except newline), DEL, C1, and bidi overrides/isolates.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const dir = mkdtempSync(join(tmpdir(), "filmcli-hostile-"));
const sh = (script: string) => spawnSync("sh", ["-c", script], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });

describe("untrusted dataset text", () => {
  it.each([["cast"], ["trivia"], ["quotes"], ["show", "evil-2000"], ["search", "evil"]])("%j writes no raw control characters", (...args) => {
    for (const env of [{}, { FORCE_COLOR: "1" }] as Array<Record<string, string>>) {
      const r = hostile(args, env);
      expect(r.code).toBe(0);
      const withoutOwnStyling = r.stdout.replace(/\u001b\[\d+(?:;\d+)*m/g, "");
      expect(withoutOwnStyling).not.toMatch(RAW_CONTROL);
    }
    expect(hostile(args).stdout).toContain("\\x1b[2J");
  });

  it("escapes controls in JSON, which still parses to the original text", () => {
    const r = hostile(["cast", "--json"]);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const rows = JSON.parse(r.stdout) as Array<{ film: { title: string }; actor: string }>;
    expect(rows[0]!.film.title).toBe("Evil\u001b[2J\u001b]0;pwned\u0007 Title\u202e");
    expect(rows[0]!.actor).toBe("Back\bspace");
  });

  it("escapes dataset text that reaches stderr", () => {
    const r = hostile(["show", "title"]);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe("width", () => {
  it.each([["cast"], ["trivia"], ["show", "eiga-2001"], ["show", "amelie"], ["trivia", "--film", "arabic-2002"]])("%j fits 40 columns with wide and combining characters", (...args) => {
    const r = hostile(args, { COLUMNS: "40" });
    expect(r.code).toBe(0);
    for (const line of r.stdout.split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(40);
  });

  it("stacks records on a very narrow terminal", () => {
    const r = runCli(["cast", "mask"], { COLUMNS: "24" });
    expect(r.stdout).toContain("Actor:\n  Cher\nCharacter:\n  Florence 'Rusty'\n  Dennis\n");
    for (const line of r.stdout.split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(24);
  });
});

describe("hostile queries", () => {
  it.each([
    ["an empty film", ["show", ""], [2]],
    ["a whitespace film", ["show", "   "], [2]],
    ["a 10,000-character film", ["show", "x".repeat(10_000)], [1]],
    ["a 5,000-word search", ["search", "x ".repeat(5_000)], [0, 1]],
    ["a 10,000-character trivia query", ["trivia", "y".repeat(10_000)], [1]],
    ["regex metacharacters in a film", ["show", "(.*"], [1]],
    ["regex metacharacters in a search", ["search", "[a-z]+$"], [0, 1]],
    ["fuse.js extended-search operators", ["trivia", "'makeup", "|", "^heavy", "!zebra"], [1]],
    ["emoji", ["show", "🎬🎬"], [1]],
    ["right-to-left text", ["show", "مرحبا"], [1]],
    ["CJK text", ["trivia", "日本語"], [1]],
  ])("%s: a result or a clear one-line message", (_name, args, codes) => {
    const r = runCli(args as string[]);
    expect(codes).toContain(r.code);
    if (r.code === 0) expect(r.stdout).not.toBe("");
    // A query cut to bound the work says so first, in a line of its own.
    else expect(r.stderr).toMatch(/^(filmcli: query cut to [^\n]*\n)?filmcli: [^\n]*\n(  .*\n)*$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("matches across accents typed as combining marks", () => {
    const r = hostile(["show", "Ame\u0301lie", "--json"]);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: "amelie-2001" });
    expect(JSON.parse(hostile(["show", "amelie", "--json"]).stdout)).toMatchObject({ id: "amelie-2001" });
  });

  it("finds text in mixed scripts", () => {
    const rows = JSON.parse(hostile(["trivia", "english", "--json"]).stdout) as Array<{ film: { id: string } }>;
    expect(rows.map((r) => r.film.id)).toEqual(["arabic-2002"]);
  });
});

describe("pipes and output", () => {
  it("exits quietly when the reader goes away", () => {
    for (const pipeline of [`node ${BIN} cast | head -1`, `node ${BIN} cast --json | head -c 10`]) {
      const r = sh(`${pipeline} >/dev/null; echo "status=\${PIPESTATUS:-$?}"`);
      expect(r.stderr).toBe("");
    }
    const r = spawnSync("bash", ["-c", `set -o pipefail; node ${BIN} cast | head -1`], { encoding: "utf8" });
    expect(r.stdout.split("\n")[0]).toMatch(/^┌/);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("delivers large output whole to a slow pipe", () => {
    const films = Array.from({ length: 400 }, (_, i) => ({
      id: `film-${i}`, title: `Film ${i}`, year: 2000, directors: [], stars: [], taglines: [], filmingLocations: [],
      grosses: [], genres: [], runtimes: [], trivia: [], goofs: [], quotes: [], reviews: [], sources: ["test"],
      cast: Array.from({ length: 40 }, (_, j) => ({ actor: `Actor ${i}-${j}`, character: `Character ${j} `.repeat(5) })),
    }));
    const data = join(dir, "big.json");
    writeFileSync(data, JSON.stringify({ schemaVersion: 1, films }));
    const direct = runCli(["--data", data, "cast", "--json"]).stdout;
    expect(direct.length).toBeGreaterThan(2_000_000);
    const slow = sh(`node ${BIN} --data ${data} cast --json | (sleep 1; wc -c)`);
    expect(Number(slow.stdout.trim())).toBe(Buffer.byteLength(direct));
  });

  it("reports a failed write (a full disk) in one line with exit 74", () => {
    const r = sh(`node ${BIN} cast > /dev/full`);
    expect(r.status).toBe(74);
    expect(r.stderr).toBe("filmcli: cannot write the output (ENOSPC)\n");
  });
});

describe("hostile datasets", () => {
  it("reads a huge file in chunks, and stops at its first wrong byte", () => {
    const path = join(dir, "huge.json");
    const fd = openSync(path, "w");
    ftruncateSync(fd, 600 * 1024 * 1024); // sparse: costs no disk
    closeSync(fd);
    const r = runCli(["show", "mask", "--data", path]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`filmcli: ${path}: not valid JSON (the dataset is not a JSON object)\n`);
  });

  it("treats __proto__, constructor and prototype keys as unknown fields of that record only", () => {
    const path = join(dir, "proto.json");
    writeFileSync(path, '{"schemaVersion":1,"films":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    const r = runCli(["validate", path, "--json"]);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as { problems: Array<{ path: string }> };
    expect(report.problems.map((p) => p.path)).toEqual(["__proto__", "constructor"]);
  });
});
