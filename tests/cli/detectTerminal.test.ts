import { describe, expect, it } from "vitest";
import { detectColor, detectWidth, type TerminalInputs } from "../../src/cli/detectTerminal";

const tty = (env: Record<string, string>, extra: Partial<TerminalInputs> = {}): TerminalInputs => ({ env, isTTY: true, ...extra });
const pipe = (env: Record<string, string>, extra: Partial<TerminalInputs> = {}): TerminalInputs => ({ env, isTTY: false, ...extra });

describe("detectColor", () => {
  it.each([
    ["a TTY", tty({ TERM: "xterm" }), 1],
    ["a 256-colour TTY", tty({ TERM: "xterm-256color" }), 2],
    ["a truecolor TTY", tty({ TERM: "xterm", COLORTERM: "truecolor" }), 3],
    ["a pipe", pipe({ TERM: "xterm" }), 0],
    ["NO_COLOR on a TTY", tty({ NO_COLOR: "1" }), 0],
    ["an empty NO_COLOR (ignored, per no-color.org)", tty({ NO_COLOR: "" }), 1],
    ["TERM=dumb on a TTY", tty({ TERM: "dumb" }), 0],
    ["FORCE_COLOR on a pipe", pipe({ FORCE_COLOR: "1" }), 1],
    ["FORCE_COLOR=3 on a pipe", pipe({ FORCE_COLOR: "3" }), 3],
    ["FORCE_COLOR=0 on a TTY", tty({ FORCE_COLOR: "0" }), 0],
    ["FORCE_COLOR with TERM=dumb", pipe({ FORCE_COLOR: "1", TERM: "dumb" }), 1],
    ["NO_COLOR beating FORCE_COLOR", pipe({ FORCE_COLOR: "1", NO_COLOR: "1" }), 0],
    ["--no-color beating FORCE_COLOR", pipe({ FORCE_COLOR: "1" }, { colorFlag: false }), 0],
    ["--color on a pipe", pipe({}, { colorFlag: true }), 1],
  ])("%s gives level %i", (_name, inputs, level) => expect(detectColor(inputs)).toBe(level));
});

describe("detectWidth", () => {
  it.each([
    ["--width first", tty({ COLUMNS: "100" }, { widthFlag: 60, ttyColumns: 120 }), 60],
    ["then COLUMNS", tty({ COLUMNS: "100" }, { ttyColumns: 120 }), 100],
    ["then the TTY", tty({}, { ttyColumns: 120 }), 120],
    ["80 on a pipe", pipe({}), 80],
    ["a nonsense COLUMNS is ignored", pipe({ COLUMNS: "wide" }), 80],
    ["never below 20", pipe({ COLUMNS: "5" }), 20],
  ])("%s", (_name, inputs, width) => expect(detectWidth(inputs)).toBe(width));
});
