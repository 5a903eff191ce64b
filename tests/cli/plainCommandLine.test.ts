import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commandList";
import { readPlainCommandLine } from "../../src/cli/plainCommandLine";
import { parseWithCommander } from "../../src/cli/program";

/** What commander makes of a command line: the invocation, or the error it throws. */
function commander(argv: string[]): unknown {
  try {
    return parseWithCommander(argv);
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

/** What the plain reader makes of it, in the same terms; undefined when it leaves the line to commander. */
function plain(argv: string[]): unknown {
  try {
    return readPlainCommandLine(argv, COMMANDS);
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

describe("readPlainCommandLine", () => {
  it.each([
    [["show", "mask"]],
    [["show", "mask", "1985", "--json"]],
    [["cast", "--json", "the", "dark", "knight", "--first"]],
    [["cast"]],
    [["search", "dark", "knight", "--width", "80", "--no-color", "--no-pager"]],
    [["list", "--year=1985", "--sort", "votes", "--limit", "0", "--data", "x.json", "--color"]],
    [["list", "--min-rating", "7.5", "--director", "nolan", "--plain", "--debug"]],
    [["trivia", "-f", "mask", "makeup"]],
    [["trivia", "--film=mask", "makeup"]],
    [["quotes", "mask", "-s", "poem"]],
    [["person", "eric", "stoltz", "--json"]],
    [["show", ""]],
  ])("reads %j as commander does", (argv) => {
    const read = plain(argv);
    expect(read).not.toBeUndefined();
    expect(read).toEqual(commander(argv));
  });

  it.each([
    [["--data", "x.json", "show", "mask"], "a program option before the command"],
    [["show", "mask", "--help"], "help"],
    [["show", "--version"], "the version"],
    [["help", "show"], "the help command"],
    [["show"], "a missing film"],
    [["list", "mask"], "a word list does not take"],
    [["show", "mask", "--bogus"], "an unknown option"],
    [["show", "mask", "--json", "--json"], "a repeated option"],
    [["show", "mask", "--color", "--no-color"], "two settings of one option"],
    [["list", "--year"], "a missing value"],
    [["list", "--year", "--json"], "a value that looks like an option"],
    [["show", "--", "-mask"], "--"],
    [["show", "-mask"], "a word starting with -"],
    [["show", "mask", "--json=yes"], "a value given to a flag"],
    [["shwo", "mask"], "an unknown command"],
    [["__complete", "film", "ma"], "a hidden command"],
  ])("leaves %j to commander (%s)", (argv) => {
    expect(readPlainCommandLine(argv, COMMANDS)).toBeUndefined();
  });

  it("throws the same usage error as commander for a malformed value", () => {
    const argv = ["list", "--year", "19x5"];
    expect(plain(argv)).toEqual({ threw: expect.stringContaining("--year must be a whole number") });
    expect(plain(argv)).toEqual(commander(argv));
  });

  it("agrees with commander on every command line it reads", () => {
    const names = COMMANDS.map((c) => c.name);
    const flags = [...new Set(COMMANDS.flatMap((c) => c.options.flatMap((o) => o.flags.split(/[ ,]+/).filter((f) => f.startsWith("-")))))];
    const token = fc.oneof(
      fc.constantFrom(...names, ...flags, "--json", "--plain", "--data", "--width", "--color", "--no-color", "--no-pager", "--debug", "--", "-", "--help"),
      fc.constantFrom("mask", "1985", "0", "7.5", "votes", "title", "x.json", "-3", "--year=1985", "--limit=5", "--json=1", ""),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(fc.property(fc.constantFrom(...names), fc.array(token, { maxLength: 7 }), (name, rest) => {
      const argv = [name, ...rest];
      const read = plain(argv);
      if (read !== undefined) expect(read).toEqual(commander(argv));
    }), { numRuns: 3000 });
  });
});
