import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../../../src/errors";
import { fixture, FIXTURE_PATH } from "../../fixtures/fixtureCatalog";
import { dataOf, runCommand } from "./runCommand";

const dir = mkdtempSync(join(tmpdir(), "filmcli-validate-"));

describe("filmcli validate", () => {
  it("passes a clean file, exit 0", () => {
    const r = runCommand(["validate", FIXTURE_PATH]);
    expect(dataOf(r)).toEqual({ file: FIXTURE_PATH, valid: true, films: 7, problems: [] });
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([`${FIXTURE_PATH}: valid (7 films)\n`, "", 0]);
  });

  it("checks the dataset in use when no file is named", () => {
    expect(dataOf<{ file: string }>(runCommand(["validate"])).file).toBe(FIXTURE_PATH);
  });

  it("lists every problem, duplicate ids included, with exit 3", () => {
    const path = join(dir, "bad.json");
    const film = fixture.films[0]!;
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, films: [{ ...film, year: "1985" }, film, { ...film, id: "other", cast: "none" }] }));
    const r = runCommand(["validate", path]);
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toMatch(/│ films\[0\]\.year +│ expected an integer from 1870 to 3000, got "1985" +│/);
    expect(r.stdout).toMatch(/│ films\[2\]\.cast +│ expected an array, got "none" +│/);
    expect(r.stdout).toMatch(/│ films\[1\]\.id +│ duplicates the id of films\[0\] \("mask-1985"\) +│/);
    expect(r.stderr).toBe(`filmcli: ${path}: 3 problem(s); fix them and run filmcli validate again\n`);
    const report = JSON.parse(runCommand(["validate", path, "--json"]).stdout) as { valid: boolean; films: null; problems: unknown[] };
    expect([report.valid, report.films, report.problems.length]).toEqual([false, null, 3]);
  });

  it("throws for a file it cannot read, like every other command", () => {
    expect(() => runCommand(["validate", join(dir, "none.json")])).toThrow(DatasetError);
  });
});
