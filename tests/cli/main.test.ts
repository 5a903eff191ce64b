import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { fakeProcess, runMain, runMainFixture, stream } from "./fakeProcess";

describe("main", () => {
  it("runs a command and returns its exit code without exiting the process", async () => {
    const p = fakeProcess(["show", "mask", "--json"]);
    expect(await main(p)).toBe(0);
    expect(JSON.parse(p.stdout.text)).toMatchObject({ id: "mask-1985" });
    expect(p.stderr.text).toBe("filmcli: showing Mask (1985); also close: The Mask (1994)\n");
  });

  it("prints usage with no arguments", async () => {
    const p = fakeProcess([]);
    expect(await main(p)).toBe(0);
    expect(p.stdout.text).toMatch(/^filmcli: look up films offline\n\nUsage: filmcli <command> \[options\]/);
  });

  it("prints help and the version on stdout, exit 0", async () => {
    const help = await runMain(["list", "--help"]);
    expect([help.code, help.stderr]).toEqual([0, ""]);
    expect(help.stdout).toContain("--min-rating <rating>");
    expect((await runMain(["-V"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("shows help on stderr, then the failure, when only options are given", async () => {
    const r = await runMain(["--no-color"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Usage: filmcli \[options\] \[command\]\n[\s\S]*\nfilmcli: .+; see filmcli --help\n$/);
  });

  it("turns an unexpected error into one line and exit 70", async () => {
    const p = fakeProcess(["show", "mask"], stream({ throwOnWrite: new TypeError("cannot read properties of undefined") }));
    expect(await main(p)).toBe(70);
    expect(p.stderr.text).toBe("filmcli: internal error: cannot read properties of undefined; run again with --debug for details\n");
  });

  it("shows the stack of an unexpected error with --debug", async () => {
    const p = fakeProcess(["show", "mask", "--debug"], stream({ throwOnWrite: new TypeError("boom") }));
    expect(await main(p)).toBe(70);
    expect(p.stderr.text).toMatch(/^filmcli: internal error: boom; run again with --debug for details\nTypeError: boom\n\s+at /);
  });
});

describe("option values on the command line", () => {
  // Every numeric option goes through one strict parser: decimal digits only, within the option's range.
  it.each([
    [["list", "--year", "0x7c1"], 'filmcli: --year must be a whole number from 1870 to 3000, got "0x7c1"\n'],
    [["list", "--year", "+1985"], 'filmcli: --year must be a whole number from 1870 to 3000, got "+1985"\n'],
    [["list", "--year", "1985.0"], 'filmcli: --year must be a whole number from 1870 to 3000, got "1985.0"\n'],
    [["list", "--year", "1869"], 'filmcli: --year must be a whole number from 1870 to 3000, got "1869"\n'],
    [["list", "--from", ""], 'filmcli: --from must be a whole number from 1870 to 3000, got ""\n'],
    [["list", "--to", "2e3"], 'filmcli: --to must be a whole number from 1870 to 3000, got "2e3"\n'],
    [["list", "--limit", ""], 'filmcli: --limit must be a whole number of at least 0, got ""\n'],
    [["list", "--limit", "0x10"], 'filmcli: --limit must be a whole number of at least 0, got "0x10"\n'],
    [["list", "--limit", "-1"], 'filmcli: --limit must be a whole number of at least 0, got "-1"\n'],
    [["list", "--limit", " 3"], 'filmcli: --limit must be a whole number of at least 0, got " 3"\n'],
    [["list", "--limit", "1e1"], 'filmcli: --limit must be a whole number of at least 0, got "1e1"\n'],
    [["list", "--min-rating", ""], 'filmcli: --min-rating must be a decimal number from 0 to 10, got ""\n'],
    [["list", "--min-rating", "7e0"], 'filmcli: --min-rating must be a decimal number from 0 to 10, got "7e0"\n'],
    [["list", "--min-rating", "0x7"], 'filmcli: --min-rating must be a decimal number from 0 to 10, got "0x7"\n'],
    [["list", "--min-rating", "11"], 'filmcli: --min-rating must be a decimal number from 0 to 10, got "11"\n'],
    [["list", "--sort", "length"], 'filmcli: --sort must be one of title, year, rating, votes, gross, got "length"\n'],
    [["show", "mask", "--width", ""], 'filmcli: --width must be a whole number of at least 1, got ""\n'],
    [["show", "mask", "--width", "0"], 'filmcli: --width must be a whole number of at least 1, got "0"\n'],
    [["show", "mask", "--width", "0x28"], 'filmcli: --width must be a whole number of at least 1, got "0x28"\n'],
    [["--width", "abc", "cast"], 'filmcli: --width must be a whole number of at least 1, got "abc"\n'],
  ])("refuses %j: one line, exit 2", async (argv, stderr) => {
    expect(await runMainFixture(argv)).toEqual({ code: 2, stdout: "", stderr });
  });

  it.each([
    [["list", "--year", "1994", "--json"], ["the-mask-1994"]],
    [["list", "--year", "01994", "--json"], ["the-mask-1994"]],
    [["list", "--from", "2001", "--to", "2005", "--sort", "year", "--json"], ["king-kong-2005", "amelie-2001"]],
    [["list", "--min-rating", "7.1", "--sort", "rating", "--limit", "0", "--json"], ["the-dark-knight-2008", "king-kong-2005"]],
    [["list", "--min-rating", "7.0", "--sort", "rating", "--limit", "0", "--json"], ["the-dark-knight-2008", "king-kong-2005", "mask-1985"]],
    [["list", "--min-rating", "7", "--sort", "rating", "--limit", "0", "--json"], ["the-dark-knight-2008", "king-kong-2005", "mask-1985"]],
    [["list", "--sort", "year", "--limit", "2", "--json"], ["the-dark-knight-2008", "king-kong-2005"]],
  ])("accepts %j", async (argv, ids) => {
    const r = await runMainFixture(argv);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ id: string }>).map((f) => f.id)).toEqual(ids);
  });

  it("fits output to --width, in digits", async () => {
    const r = await runMainFixture(["cast", "mask", "--width", "30"]);
    expect(r.code).toBe(0);
    expect(Math.max(...r.stdout.trimEnd().split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(30);
  });
});
