import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors";
import { dataOf, runCommand } from "./runCommand";

type Result = { id: string; title: string; year: number; directors: string[]; score: number };

describe("filmcli search", () => {
  it("ranks title matches, best first, in a table", () => {
    const r = runCommand(["search", "mask"]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/│ Title +│ Year │ Director +│ Rating +│ Gross +│ ID/);
    expect(r.stdout.indexOf("mask-1985")).toBeLessThan(r.stdout.indexOf("the-mask-1994"));
  });

  it("returns film summaries with a score, forgiving a typo", () => {
    const results = dataOf<Result[]>(runCommand(["search", "the", "dark", "knigt"]));
    expect(results[0]).toMatchObject({ id: "the-dark-knight-2008", title: "The Dark Knight", year: 2008, directors: ["Christopher Nolan"] });
    expect(results[0]!.score).toBeGreaterThan(0);
    expect(results[0]!.score).toBeLessThanOrEqual(1);
    expect(JSON.parse(runCommand(["search", "the", "dark", "knigt", "--json"]).stdout)).toEqual(results);
  });

  it("gives 1 for an exact title", () => {
    expect(dataOf<Result[]>(runCommand(["search", "amelie"]))[0]).toMatchObject({ id: "amelie-2001", score: 1 });
  });

  // A query that finds nothing is an empty result: [] in JSON, one line on stderr, exit 1.
  it("returns an empty result when nothing matches", () => {
    const human = runCommand(["search", "qqqqqq"]);
    expect([human.stdout, human.stderr, human.exitCode]).toEqual(["", 'filmcli: no film title matches "qqqqqq"\n', 1]);
    expect(runCommand(["search", "qqqqqq", "--json"]).stdout).toBe("[]\n");
  });

  it("refuses a blank query as a usage error", () => {
    expect(() => runCommand(["search", " "])).toThrow(new UsageError("search needs words to look for, e.g. filmcli search mask"));
  });
});

describe("filmcli search, a query past the title length", () => {
  it("says which words it left out", () => {
    const r = runCommand(["search", `mask ${"x".repeat(295)} zorro`]);
    expect(r.stderr.split("\n")[0]).toBe('filmcli: query cut to its first 300 characters: left out "zorro"');
  });
});

describe("filmcli search, a query cut inside a word", () => {
  it("names the whole word", () => {
    const r = runCommand(["search", `mask ${"x".repeat(296)} zorro`]);
    expect(r.stderr.split("\n")[0]).toBe(`filmcli: query cut to its first 300 characters: left out "${"x".repeat(296)}", "zorro"`);
  });
});
