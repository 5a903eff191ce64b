import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { AmbiguousError, DatasetError, ExitCode, NoMatchError, OutputError, UsageError } from "../../src/errors";
import { exitCodeFor, formatError } from "../../src/cli/formatError";

describe("exitCodeFor", () => {
  it.each([
    [new NoMatchError("x"), ExitCode.noMatch],
    [new AmbiguousError("x"), ExitCode.noMatch],
    [new UsageError("x"), ExitCode.usage],
    [new DatasetError("x"), ExitCode.dataset],
    [new OutputError("x"), ExitCode.output],
    [new CommanderError(1, "commander.unknownOption", "error: unknown option '--x'"), ExitCode.usage],
    [new TypeError("bug"), ExitCode.internal],
    ["a thrown string", ExitCode.internal],
  ])("%s exits %i", (error, code) => expect(exitCodeFor(error)).toBe(code));
});

describe("formatError", () => {
  it("prints a known failure as one line plus its details", () => {
    expect(formatError(new AmbiguousError("two fit", ["  a", "  b"]), false)).toBe("filmcli: two fit\n  a\n  b\n");
  });

  it("prints an unexpected error as one line that points at --debug, without a stack", () => {
    expect(formatError(new TypeError("x is undefined"), false))
      .toBe("filmcli: internal error: x is undefined; run again with --debug for details\n");
  });

  it("adds the stack with --debug", () => {
    const out = formatError(new TypeError("x is undefined"), true);
    expect(out.split("\n")[0]).toBe("filmcli: internal error: x is undefined; run again with --debug for details");
    expect(out).toMatch(/\n\s+at /);
  });
});
