import { describe, expect, it } from "vitest";
import type { CommandOutput } from "../../src/cli/command";
import { formatFor, formatOutput, type Format } from "../../src/cli/formatOutput";
import { plainTerminal } from "../../src/render/terminal";

const term = plainTerminal(80);
const rows = (data: string[], outcome: "found" | "nothing" | "invalid" = "found", messages: string[] = []): CommandOutput =>
  ({ data, render: (d: string[]) => d.map((r) => `row ${r}\n`).join(""), messages, outcome });
const settings = (format: Format, pager: string | null = null, height = 24) => ({ format, term: { ...term, height, plain: format === "plain" }, pager });

describe("formatFor", () => {
  it.each([
    [{ json: false, plain: false }, "human"],
    [{ json: false, plain: true }, "plain"],
    [{ json: true, plain: false }, "json"],
    [{ json: true, plain: true }, "json"],
  ] as const)("%j is %s", (flags, format) => expect(formatFor(flags)).toBe(format));
});

describe("formatOutput", () => {
  it.each([
    ["human", rows(["a", "b"]), "row a\nrow b\n"],
    ["plain", rows(["a", "b"]), "row a\nrow b\n"],
    ["json", rows(["a", "b"]), '[\n  "a",\n  "b"\n]\n'],
    ["human", rows([], "nothing"), ""],
    ["plain", rows([], "nothing"), ""],
    ["json", rows([], "nothing"), "[]\n"],
    ["json", rows([]), "[]\n"],
    ["human", { text: "complete -F _filmcli filmcli\n" }, "complete -F _filmcli filmcli\n"],
    ["json", { text: "complete -F _filmcli filmcli\n" }, "complete -F _filmcli filmcli\n"],
  ] as const)("prints %s for %j", (format, output, stdout) => {
    expect(formatOutput(output, settings(format)).stdout).toBe(stdout);
  });

  it("writes JSON without raw controls a terminal would act on", () => {
    expect(formatOutput(rows(["\u202e\u0085"]), settings("json")).stdout).toBe('[\n  "\\u202e\\u0085"\n]\n');
  });

  it.each([
    ["found", 0],
    ["nothing", 1],
    ["invalid", 3],
  ] as const)("exits %s with %i", (outcome, code) => {
    expect(formatOutput(rows(["a"], outcome), settings("human")).exitCode()).toBe(code);
  });

  it("writes each message as one sanitized filmcli line", () => {
    const stderr = formatOutput(rows([], "nothing", ["no quote matches \"\u001b[2J\"", "second"]), settings("json")).stderr();
    expect(stderr).toBe('filmcli: no quote matches "\\x1b[2J"\nfilmcli: second\n');
  });

  it.each([
    ["human", 3, 2, "less"],
    ["human", 3, 3, null],
    ["plain", 3, 2, null],
    ["json", 3, 2, null],
  ] as const)("pages %s output of %i lines on a screen of %i rows: %s", (format, lines, height, pager) => {
    const output = rows(Array.from({ length: lines - 1 }, (_, i) => String(i)));
    expect(formatOutput(output, settings(format, "less", height)).pager).toBe(pager);
  });

  it("never pages when there is no pager to use", () => {
    expect(formatOutput(rows(["a", "b", "c"]), settings("human", null, 2)).pager).toBeNull();
  });
});
