import { describe, expect, it } from "vitest";
import { NoMatchError } from "../../../src/errors";
import { runMainFixture } from "../fakeProcess";
import { dataOf, runCommand } from "./runCommand";

type Person = { name: string; credits: Array<{ film: { id: string; title: string; year: number }; role: string; character: string | null; creditedAs: string | null }> };

describe("filmcli person", () => {
  it("lists a director's films", () => {
    const person = dataOf<Person>(runCommand(["person", "jackson"]));
    expect(person).toEqual({
      name: "Peter Jackson",
      credits: [{ film: { id: "king-kong-2005", title: "King Kong", year: 2005 }, role: "director", character: null, creditedAs: null }],
    });
  });

  it("lists cast credits with the on-screen credit, forgiving a typo", () => {
    const r = runCommand(["person", "kelly", "jo", "mintr"]);
    expect(dataOf<Person>(r).credits).toEqual([
      { film: { id: "mask-1985", title: "Mask", year: 1985 }, role: "cast", character: "Lorrie", creditedAs: "Kelly Minter" },
    ]);
    expect(r.stdout).toMatch(/│ 1985 │ Mask │ cast │ Lorrie \(as Kelly Minter\) │/);
    expect(r.exitCode).toBe(0);
  });

  it("prints the same data as JSON", () => {
    const r = runCommand(["person", "cher", "--json"]);
    expect(JSON.parse(r.stdout)).toEqual(dataOf(runCommand(["person", "cher"])));
  });

  // A name that resolves to nobody is an error (thrown), not an empty result.
  it("throws when nobody fits, and says so in one line, exit 1", async () => {
    expect(() => runCommand(["person", "zzzzzz"])).toThrow(NoMatchError);
    expect(await runMainFixture(["person", "zzzzzz"])).toEqual({ code: 1, stdout: "", stderr: 'filmcli: no person matches "zzzzzz"\n' });
  });
});
