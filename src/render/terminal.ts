import type { ChalkInstance } from "chalk";

/** 0 is no colour; 1, 2 and 3 are 16 colours, 256 colours and truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * Every decision about how output looks, made once per run (by cli/detectTerminal.ts, from the
 * environment and the flags) and passed to renderers, which never look at the process themselves.
 */
export interface Terminal {
  color: ColorLevel;
  width: number;
  style: ChalkInstance;
  /** Whether stdout is an interactive terminal (hints that only help people are shown then). */
  interactive: boolean;
  /** Rows on screen (the TTY's, else 24): what "a screenful" means. */
  height: number;
  /** `--plain`: one record per line, tab-separated, no colour, borders or wrapping. */
  plain: boolean;
}

export const DEFAULT_WIDTH = 80;
export const DEFAULT_HEIGHT = 24;

/**
 * Styling that styles nothing, for colour level 0: any chain of styles (`style.bold.yellow`) returns
 * the text unchanged, without loading chalk.
 */
const NO_STYLE: ChalkInstance = new Proxy(((text: unknown) => String(text)) as unknown as ChalkInstance, {
  get: (_target, property) => (property === "level" ? 0 : NO_STYLE),
});

/** A terminal from its decisions, with the styling for its colour level: chalk when there is colour to make. */
export function styledTerminal(settings: Omit<Terminal, "style">): Terminal {
  if (settings.color === 0) return { ...settings, style: NO_STYLE };
  // Required here, not imported: the bundle then sets chalk up (about 1 ms) only for a run with colour.
  const { Chalk } = require("chalk") as typeof import("chalk");
  return { ...settings, style: new Chalk({ level: settings.color }) };
}

/** A fixed terminal for tests and for rendering outside a process (no colour unless asked). */
export function plainTerminal(width = DEFAULT_WIDTH, color: ColorLevel = 0): Terminal {
  return styledTerminal({ color, width, interactive: false, height: DEFAULT_HEIGHT, plain: false });
}
