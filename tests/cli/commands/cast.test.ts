import { describe, expect, it } from "vitest";
import { NoMatchError } from "../../../src/errors";
import { dataOf, runCommand } from "./runCommand";

describe("filmcli cast", () => {
  it("lists every credit with its film when no film is named", () => {
    const r = runCommand(["cast"]);
    expect(dataOf<unknown[]>(r)).toHaveLength(3);
    expect(r.stdout).toMatch(/│ Film +│ Actor +│ Character +│ Credited as +│/);
    expect(r.stdout).toMatch(/│ Mask \(1985\) +│ Kelly Jo Minter +│ Lorrie +│ Kelly Minter +│/);
    expect(r.exitCode).toBe(0);
  });

  it("lists one film's cast as actor | character | credited as", () => {
    const r = runCommand(["cast", "mask"]);
    expect(r.stdout).toMatch(/^┌[─┬]+┐\n│ Actor +│ Character +│ Credited as +│/);
    expect(r.stdout).toMatch(/│ Cher +│ Florence 'Rusty' Dennis +│ +│/);
  });

  it("returns rows naming their film, null for a missing credit", () => {
    const rows = JSON.parse(runCommand(["cast", "mask", "--json"]).stdout) as Array<Record<string, unknown>>;
    expect(rows).toEqual([
      { film: { id: "mask-1985", title: "Mask", year: 1985 }, actor: "Cher", character: "Florence 'Rusty' Dennis", creditedAs: null },
      { film: { id: "mask-1985", title: "Mask", year: 1985 }, actor: "Kelly Jo Minter", character: "Lorrie", creditedAs: "Kelly Minter" },
    ]);
  });

  it("prints one tab-separated credit a line with --plain", () => {
    expect(runCommand(["cast", "mask", "--plain"]).stdout).toBe("Cher\tFlorence 'Rusty' Dennis\t\nKelly Jo Minter\tLorrie\tKelly Minter\n");
  });

  // A named film with no cast is found: its list is empty. Not a failed query: exit 0.
  it("says so on stderr for a film without cast, [] with --json, exit 0", () => {
    const human = runCommand(["cast", "amelie"]);
    expect([human.stdout, human.stderr, human.exitCode]).toEqual(["", "filmcli: no cast recorded for Amélie (2001)\n", 0]);
    expect(runCommand(["cast", "amelie", "--json"]).stdout).toBe("[]\n");
  });

  it("throws for a film that is not there", () => {
    expect(() => runCommand(["cast", "nothingzzz"])).toThrow(NoMatchError);
  });
});
