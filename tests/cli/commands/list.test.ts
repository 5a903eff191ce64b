import { describe, expect, it } from "vitest";
import { plainTerminal } from "../../../src/render/terminal";
import { dataOf, runCommand } from "./runCommand";

type Summary = { id: string; year: number; rating: { value: number } | null };
const ids = (argv: string[]): string[] => dataOf<Summary[]>(runCommand(["list", ...argv])).map((f) => f.id);

describe("filmcli list", () => {
  it("lists every film by title when a screenful holds them", () => {
    const r = runCommand(["list"]);
    expect(ids([])).toEqual(["amelie-2001", "dr-strangelove-1964", "king-kong-1976", "king-kong-2005", "mask-1985", "the-dark-knight-2008", "the-mask-1994"]);
    expect([r.stderr, r.exitCode]).toEqual(["", 0]);
    expect(r.stdout).toMatch(/│ Title +│ Year │ Director +│ Rating +│ Gross +│ ID/);
  });

  it.each([
    [["--sort", "year"], ["the-dark-knight-2008", "king-kong-2005", "amelie-2001", "the-mask-1994", "mask-1985", "king-kong-1976", "dr-strangelove-1964"]],
    [["--sort", "rating"], ["the-dark-knight-2008", "king-kong-2005", "mask-1985", "the-mask-1994", "amelie-2001", "dr-strangelove-1964", "king-kong-1976"]],
    [["--year", "1985"], ["mask-1985"]],
    [["--from", "1990", "--to", "2005", "--sort", "year"], ["king-kong-2005", "amelie-2001", "the-mask-1994"]],
    [["--director", "jackson"], ["king-kong-2005"]],
    [["--director", "chris nol"], ["the-dark-knight-2008"]],
    [["--min-rating", "7.1"], ["king-kong-2005", "the-dark-knight-2008"]],
    [["--sort", "year", "--limit", "2"], ["the-dark-knight-2008", "king-kong-2005"]],
    [["--limit", "0"], ["amelie-2001", "dr-strangelove-1964", "king-kong-1976", "king-kong-2005", "mask-1985", "the-dark-knight-2008", "the-mask-1994"]],
  ])("list %j", (argv, expected) => {
    expect(ids(argv)).toEqual(expected);
  });

  it("shows a screenful by default and says on stderr how many there are", () => {
    const short = { ...plainTerminal(80), height: 8 };
    const r = runCommand(["list", "--json"], short);
    expect(JSON.parse(r.stdout)).toHaveLength(5);
    expect([r.stderr, r.exitCode]).toEqual(["filmcli: showing 5 of 7 films; --limit 0 shows all\n", 0]);
  });

  it("says so when --limit cuts the list", () => {
    expect(runCommand(["list", "--limit", "3"]).stderr).toBe("filmcli: showing 3 of 7 films; --limit 0 shows all\n");
  });

  // A filter that finds nothing is an empty result: [] in JSON, one line on stderr, exit 1.
  it("returns an empty result when nothing passes the filters", () => {
    for (const argv of [["--year", "1871"], ["--from", "1990", "--to", "1980"], ["--genre", "western"]]) {
      const r = runCommand(["list", ...argv, "--json"]);
      expect([r.stdout, r.stderr, r.exitCode]).toEqual(["[]\n", "filmcli: no film passes these filters\n", 1]);
      expect(runCommand(["list", ...argv]).stdout).toBe("");
    }
  });

  it("prints one tab-separated film a line with --plain", () => {
    expect(runCommand(["list", "--year", "1985", "--plain"]).stdout).toBe("Mask\t1985\tPeter Bogdanovich\t7.0/10\t\tmask-1985\n");
  });
});
