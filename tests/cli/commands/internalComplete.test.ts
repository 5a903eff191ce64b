import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors";
import { runCommand } from "./runCommand";

describe("filmcli __complete", () => {
  it.each([
    [["king-kong"], "king-kong-1976\nking-kong-2005\n"],
    [["the", "dark", "kn"], "the-dark-knight-2008\n"],
    [["The Dark Kn"], "the-dark-knight-2008\n"],
    [["--describe", "mask-1"], "mask-1985\tMask (1985)\n"],
    [["--describe", "am"], "amelie-2001\tAmélie (2001)\n"],
  ])("offers film ids for %j", (words, stdout) => {
    const r = runCommand(["__complete", "films", ...words]);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([stdout, "", 0]);
  });

  it("offers every film for an empty prefix", () => {
    expect(runCommand(["__complete", "films"]).stdout.split("\n").filter(Boolean)).toHaveLength(7);
  });

  it("offers nothing, quietly, when nothing begins so: an empty menu, not a failed query", () => {
    const r = runCommand(["__complete", "films", "zzz"]);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(["", "", 0]);
  });

  it("knows only films", () => {
    expect(() => runCommand(["__complete", "people"])).toThrow(new UsageError('__complete knows only "films", got "people"'));
  });
});
