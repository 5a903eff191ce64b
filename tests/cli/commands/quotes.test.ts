import { describe, expect, it } from "vitest";
import { dataOf, runCommand } from "./runCommand";

describe("filmcli quotes", () => {
  it("prints quotes as speaker | line with the stage direction", () => {
    const r = runCommand(["quotes", "mask"]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/│ Speaker +│ Line +│/);
    expect(r.stdout).toMatch(/│ Rocky Dennis │ \[Poem\] These things are good: ice cream and cake\. +│/);
  });

  it("returns rows with speaker, direction and text", () => {
    expect(JSON.parse(runCommand(["quotes", "mask", "--json"]).stdout)).toEqual([
      { film: { id: "mask-1985", title: "Mask", year: 1985 }, speaker: "Rocky Dennis", direction: "Poem", text: "These things are good: ice cream and cake." },
    ]);
  });

  it("searches speakers and lines, typos allowed, naming the film when none was", () => {
    const r = runCommand(["quotes", "--search", "ice creem"]);
    expect(dataOf<unknown[]>(r)).toHaveLength(1);
    expect(r.stdout).toMatch(/│ Film +│ Speaker +│ Line +│/);
    expect(dataOf<unknown[]>(runCommand(["quotes", "-s", "rocky"]))).toHaveLength(1);
  });

  // A search that finds nothing is an empty result: [] in JSON, one line on stderr, exit 1.
  it.each([
    [["quotes", "--search", "zebra"], 'filmcli: no quote matches "zebra" in the dataset\n'],
    [["quotes", "mask", "--search", "zebra"], 'filmcli: showing Mask (1985); also close: The Mask (1994)\nfilmcli: no quote matches "zebra" for Mask (1985)\n'],
    [["quotes", "amelie", "--search", "zebra"], "filmcli: no quotes recorded for Amélie (2001)\n"],
  ])("returns an empty result for %j", (argv, stderr) => {
    const r = runCommand([...argv, "--json"]);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(["[]\n", stderr, 1]);
  });

  it("says so for a film without quotes, exit 0", () => {
    const r = runCommand(["quotes", "amelie"]);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(["", "filmcli: no quotes recorded for Amélie (2001)\n", 0]);
  });
});
