import { Chalk, type ChalkInstance } from "chalk";

/** 0 is no colour; 1, 2 and 3 are 16 colours, 256 colours and truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** Every decision about how output looks, made once per run and passed to renderers. */
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

/** What the terminal decisions are made from; `main` gathers it from the process. */
export interface TerminalInputs {
  env: Record<string, string | undefined>;
  isTTY: boolean;
  ttyColumns?: number;
  ttyRows?: number;
  /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
  colorFlag?: boolean;
  /** `--width <n>`, when given. */
  widthFlag?: number;
  /** `--plain`, when given. */
  plainFlag?: boolean;
}

export const DEFAULT_WIDTH = 80;
export const DEFAULT_HEIGHT = 24;
const MIN_WIDTH = 20;

function forcedLevel(value: string): ColorLevel {
  if (value === "0" || value === "false") return 0;
  if (value === "2") return 2;
  if (value === "3") return 3;
  return 1;
}

/**
 * Colour: `--no-color`/`--color` first, then NO_COLOR (any non-empty value) turns it off, FORCE_COLOR
 * turns it on, TERM=dumb turns it off, and otherwise a TTY gets colour and a pipe does not.
 */
export function detectColor({ env, isTTY, colorFlag }: TerminalInputs): ColorLevel {
  if (colorFlag === false) return 0;
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (colorFlag === true) return 1;
  if (env.TERM === "dumb" || !isTTY) return 0;
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  return /256/.test(env.TERM ?? "") ? 2 : 1;
}

/** Width: `--width`, then COLUMNS, then the TTY's own width, then 80; never below 20. */
export function detectWidth({ env, ttyColumns, widthFlag, isTTY }: TerminalInputs): number {
  const columns = Number.parseInt(env.COLUMNS ?? "", 10);
  const width = widthFlag
    ?? (Number.isFinite(columns) && columns > 0 ? columns : undefined)
    ?? (isTTY && ttyColumns ? ttyColumns : DEFAULT_WIDTH);
  return Math.max(MIN_WIDTH, width);
}

/** Makes every output decision at once. */
export function detectTerminal(inputs: TerminalInputs): Terminal {
  const plain = inputs.plainFlag === true;
  const color = plain ? 0 : detectColor(inputs);
  const height = inputs.isTTY && inputs.ttyRows && inputs.ttyRows > 0 ? inputs.ttyRows : DEFAULT_HEIGHT;
  return withStyle({ color, width: detectWidth(inputs), interactive: inputs.isTTY, height, plain });
}

/** A fixed terminal for tests and for rendering outside a process (no colour unless asked). */
export function plainTerminal(width = DEFAULT_WIDTH, color: ColorLevel = 0): Terminal {
  return withStyle({ color, width, interactive: false, height: DEFAULT_HEIGHT, plain: false });
}

/**
 * Styling that styles nothing, for colour level 0: any chain of styles (`style.bold.yellow`) returns
 * the text unchanged, without loading chalk.
 */
const NO_STYLE: ChalkInstance = new Proxy(((text: unknown) => String(text)) as unknown as ChalkInstance, {
  get: (_target, property) => (property === "level" ? 0 : NO_STYLE),
});

/** Adds the styling for the colour level: chalk when there is colour to make. */
function withStyle(settings: Omit<Terminal, "style">): Terminal {
  return { ...settings, style: settings.color === 0 ? NO_STYLE : new Chalk({ level: settings.color }) };
}
