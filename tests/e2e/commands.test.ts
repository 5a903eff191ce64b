import { describe, expect, it } from "vitest";
import { runCli, runFixture } from "./runCli";

// What only a process shows: the built program over the bundled data, its exit codes and its pipes.
// What each command does is tested in-process, faster, in tests/cli/commands/.

describe("each command as a process over the bundled data", () => {
  it.each([
    [["show", "mask"], /^Mask \(1985\)\n/],
    [["search", "godfather", "--width", "100"], /│ The Godfather +│ 1972 │ Francis Ford/],
    [["list", "--year", "1985", "--sort", "votes", "--limit", "0", "--width", "160"], /│ Back to the Future +│ 1985 │ Robert Zemeckis +│ 8\.4\/10 │/],
    [["person", "eric", "stolz"], /│ 1985 │ Mask +│ cast +│ Roy L.'Rocky' Dennis │/],
    [["cast", "mask"], /│ Eric Stoltz +│ Roy L.'Rocky' Dennis +│ +│/],
    [["trivia", "makup"], /│ Mask \(1985\) │ Eric Stoltz spent so much time under heavy makeup/],
    [["quotes", "mask"], /│ Rocky Dennis │ \[Poem\] These things are good: ice cream and cake/],
    [["goofs", "mask"], /│ Anachronisms │ When Rocky and Ben are trading baseball cards/],
    [["reviews", "mask"], /│ 4\.5\/5 +│ Hard to Watch at Times, But/],
    [["validate"], /: valid \(\d{4} films\)\n$/],
  ])("%j exits 0 with its result on stdout and on stderr nothing but the close-titles hint", (args, stdout) => {
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^(filmcli: showing Mask \(1985\); also close: [^\n]*\n)?$/);
    expect(r.stdout).toMatch(stdout);
  });

  it("prints the Mask card from the bundled dataset", () => {
    const r = runCli(["show", "mask"]);
    for (const text of ["7.0/10 · 12,168 votes", "Peter Bogdanovich", "Cher, Eric Stoltz, Sam Elliott", "1985-03-08",
      "length not given (USA, director's cut)", "$42,400,000 (USA)", "Sometimes the most unlikely people become heroes.",
      "Azusa, California, USA", "15 cast credits", "filmcli cast mask-1985"]) {
      expect(r.stdout).toContain(text);
    }
    expect(r.stdout).not.toContain("\u001b");
  });

  it("writes the whole of a long result to a pipe", () => {
    const r = runCli(["cast"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Film +│ Actor +│ Character +│ Credited as/);
    expect(r.stdout).toMatch(/Mask \(1985\) │ Kelly Jo Minter +│ Lorrie +│ Kelly Minter/);
    expect(r.stdout).toMatch(/┘\n$/);
  });

  it("prints parsable JSON", () => {
    const rows = JSON.parse(runCli(["cast", "mask", "--json"]).stdout) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(15);
    expect(rows[13]).toEqual({ film: { id: "mask-1985", title: "Mask", year: 1985 }, actor: "Kelly Jo Minter", character: "Lorrie", creditedAs: "Kelly Minter" });
  });
});

describe("exit codes of finding nothing", () => {
  // An argument that names nothing is an error; a query or filter that finds nothing is an empty
  // result; a film without records of the kind is found, with an empty list (README, "Exit codes").
  it.each([
    [["show", "king", "kong"], 1, ""],
    [["show", "king", "kong", "1933"], 1, ""],
    [["cast", "zzzzzz"], 1, ""],
    [["search", "qqqqqq", "--json"], 1, "[]\n"],
    [["list", "--year", "1871", "--json"], 1, "[]\n"],
    [["trivia", "zebra", "--json"], 1, "[]\n"],
    [["quotes", "--search", "zebra", "--json"], 1, "[]\n"],
    [["cast", "amelie", "--json"], 0, "[]\n"],
    [["quotes", "amelie"], 0, ""],
  ])("%j exits %i", (args, code, stdout) => {
    const r = runFixture(args);
    expect([r.code, r.stdout]).toEqual([code, stdout]);
    expect(r.stderr).toMatch(/^filmcli: .+\n/);
  });
});
