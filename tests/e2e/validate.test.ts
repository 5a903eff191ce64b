import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE, ROOT, runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "filmcli-validate-"));

describe("filmcli validate", () => {
  it("passes the bundled dataset with exit 0", () => {
    const r = runCli(["validate"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${join(ROOT, "data/films.json")}: valid \\(\\d{4} films\\)\n$`));
    expect(r.stderr).toBe("");
  });

  it("reports a clean file as JSON", () => {
    const r = runCli(["validate", FIXTURE, "--json"]);
    expect(JSON.parse(r.stdout)).toEqual({ file: FIXTURE, valid: true, films: 7, problems: [] });
  });

  it("lists every problem, duplicate ids included, with exit 3", () => {
    const path = join(dir, "bad.json");
    const film = (JSON.parse(readFileSync(FIXTURE, "utf8")) as { films: Array<Record<string, unknown>> }).films[0]!;
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, films: [{ ...film, year: "1985" }, film, { ...film, id: "other", cast: "none" }] }));
    const r = runCli(["validate", path]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/│ films\[0\]\.year +│ expected an integer from 1870 to 3000, got "1985" +│/);
    expect(r.stdout).toMatch(/│ films\[2\]\.cast +│ expected an array, got "none" +│/);
    expect(r.stdout).toMatch(/│ films\[1\]\.id +│ duplicates the id of films\[0\] \("mask-1985"\) +│/);
    expect(r.stderr).toBe(`filmcli: ${path}: 3 problem(s); fix them and run filmcli validate again\n`);
    const report = JSON.parse(runCli(["validate", path, "--json"]).stdout) as { valid: boolean; problems: unknown[] };
    expect(report.valid).toBe(false);
    expect(report.problems).toHaveLength(3);
  });

  it("reports unreadable files like every other command", () => {
    const r = runCli(["validate", join(dir, "none.json")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/none\.json: no such file/);
  });
});
