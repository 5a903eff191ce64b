import { describe, expect, it } from "vitest";
import { plainTerminal } from "../../../src/render/terminal";
import { dataOf, runCommand } from "./runCommand";

type Row = { film: { id: string }; text: string; score?: number; matched?: string[] };

describe("filmcli trivia", () => {
  it("finds trivia despite a typo, naming the film", () => {
    const r = runCommand(["trivia", "makup"]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/│ Mask \(1985\) +│ Eric Stoltz spent so much time under heavy makeup/);
  });

  it("ranks best first and reports scores and matched words", () => {
    const rows = JSON.parse(runCommand(["trivia", "makeup", "--json"]).stdout) as Row[];
    expect(rows.map((r) => r.film.id)).toEqual(["mask-1985", "the-mask-1994"]);
    expect(rows[0]!.score).toBeGreaterThanOrEqual(rows[1]!.score!);
    expect(rows[0]!.matched).toEqual(["makeup"]);
  });

  it("highlights the matched words on a colour terminal", () => {
    expect(runCommand(["trivia", "makup"], plainTerminal(80, 1)).stdout).toContain("\u001b[1m\u001b[33mmakeup\u001b[39m\u001b[22m");
  });

  it("narrows to one film with --film, still naming the film on each row", () => {
    const r = runCommand(["trivia", "makeup", "--film", "the mask"]);
    expect(dataOf<Row[]>(r).map((row) => row.film.id)).toEqual(["the-mask-1994"]);
    expect(r.stdout).toMatch(/│ Film +│ Trivia +│/);
  });

  it("lists all trivia without a query, and one film's with --film alone", () => {
    expect(dataOf<Row[]>(runCommand(["trivia"]))).toHaveLength(3);
    expect(dataOf<Row[]>(runCommand(["trivia", "--film", "amelie"])).map((row) => row.text)).toEqual(["Audrey Tautou was not the first choice for the role."]);
  });

  // A query that finds nothing is an empty result: [] in JSON, one line on stderr, exit 1.
  it.each([
    [["trivia", "zebra"], 'filmcli: no trivia matches "zebra" in the dataset\n'],
    [["trivia", "zebra", "--film", "mask"], 'filmcli: showing Mask (1985); also close: The Mask (1994)\nfilmcli: no trivia matches "zebra" for Mask (1985)\n'],
  ])("returns an empty result for %j", (argv, stderr) => {
    const r = runCommand([...argv, "--json"]);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(["[]\n", stderr, 1]);
    expect(runCommand(argv).stdout).toBe("");
  });

  it("says so for a film without trivia, exit 0", () => {
    const r = runCommand(["trivia", "--film", "king kong 2005", "--json"]);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(["[]\n", "filmcli: no trivia recorded for King Kong (2005)\n", 0]);
  });

  it("says which words it left out when a query is cut to bound the work", () => {
    const r = runCommand(["trivia", "eric", "stoltz", "spent", "so", "much", "time", "under", "heavy", "zebra"]);
    expect(r.stderr.split("\n")[0]).toBe('filmcli: query cut to 8 words and 200 characters: left out "zebra"');
  });
});
