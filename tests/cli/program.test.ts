import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/program";
import { UsageError } from "../../src/errors";
import { version } from "../../package.json";

const run = (argv: string[]) => {
  const invocation = parseCommandLine(argv);
  if (invocation.kind !== "run") throw new Error(`expected a command, got ${invocation.kind}`);
  return invocation;
};

describe("parseCommandLine", () => {
  it("returns the command to run, its words and its options, typed", () => {
    const invocation = run(["list", "--year", "1985", "--min-rating", "7.5", "--sort", "votes", "--limit", "0", "--director", "nolan"]);
    expect(invocation.command.name).toBe("list");
    expect(invocation.words).toEqual([]);
    expect(invocation.options).toEqual({
      year: 1985, from: undefined, to: undefined, director: "nolan", genre: undefined, minRating: 7.5, sort: "votes", limit: 0,
    });
  });

  it("fills defaults: list sorts by title, the pager is on, colour is undecided", () => {
    const invocation = run(["list"]);
    expect(invocation.options).toMatchObject({ sort: "title", limit: undefined });
    expect(invocation.global).toEqual({ data: undefined, color: undefined, width: undefined, pager: true, debug: false, json: false, plain: false });
  });

  it("takes the program's options before or after the command, and the shared ones after it", () => {
    const before = run(["--data", "x.json", "--width", "40", "--no-color", "show", "mask", "1985", "--json"]);
    const after = run(["show", "mask", "1985", "--json", "--data", "x.json", "--width", "40", "--no-color"]);
    for (const invocation of [before, after]) {
      expect(invocation.words).toEqual(["mask", "1985"]);
      expect(invocation.global).toEqual({ data: "x.json", color: false, width: 40, pager: true, debug: false, json: true, plain: false });
    }
    expect(run(["cast", "--color", "--no-pager", "--plain", "--debug"]).global)
      .toMatchObject({ color: true, pager: false, plain: true, debug: true });
  });

  it.each([
    ["a command's name as an option's value", ["--data", "list", "show", "mask"], "show", ["mask"], "list"],
    ["a command's name as a word", ["search", "show", "boat"], "search", ["show", "boat"], undefined],
    ["two commands' names as words", ["trivia", "list", "cast"], "trivia", ["list", "cast"], undefined],
  ])("runs the command the line names, whatever other words look like commands: %s", (_name, argv, command, words, data) => {
    const invocation = run(argv);
    expect([invocation.command.name, invocation.words, invocation.global.data]).toEqual([command, words, data]);
  });

  it.each([
    [["cast"], []],
    [["cast", "the", "mask"], ["the", "mask"]],
    [["validate", "a.json"], ["a.json"]],
    [["validate"], []],
    [["__complete", "films", "--describe", "king", "kong"], ["films", "king", "kong"]],
  ])("gives %j the words %j", (argv, words) => {
    expect(run(argv).words).toEqual(words);
  });

  it("returns commander's help and version text to print instead of printing it", () => {
    const help = parseCommandLine(["show", "--help"]);
    expect(help).toMatchObject({ kind: "print", stderr: "" });
    expect(help.kind === "print" && help.stdout).toContain("Usage: filmcli show [options] <film...>");
    expect(parseCommandLine(["--version"])).toEqual({ kind: "print", stdout: `${version}\n`, stderr: "" });
    expect(parseCommandLine(["help", "list"])).toMatchObject({ kind: "print", stdout: expect.stringContaining("--min-rating <rating>") });
  });

  it("returns the short usage for an empty command line", () => {
    expect(parseCommandLine([])).toMatchObject({ kind: "print", stdout: expect.stringMatching(/^filmcli: look up films offline\n/) });
  });

  it("returns help shown for a missing command together with the failure to report after it", () => {
    const invocation = parseCommandLine(["--no-color"]);
    expect(invocation).toMatchObject({ kind: "print", stdout: "", stderr: expect.stringContaining("Usage: filmcli [options] [command]") });
    expect(invocation.kind === "print" && invocation.failure).toBeInstanceOf(CommanderError);
  });

  it.each([
    [["shw"], CommanderError],
    [["show"], CommanderError],
    [["show", "mask", "--jsn"], CommanderError],
    [["list", "extra"], CommanderError],
    [["list", "--year", "0x7c1"], UsageError],
    [["show", "mask", "--width", ""], UsageError],
  ])("throws for %j", (argv, kind) => {
    expect(() => parseCommandLine(argv)).toThrow(kind);
  });
});
