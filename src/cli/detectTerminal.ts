import { DEFAULT_HEIGHT, DEFAULT_WIDTH, styledTerminal, type ColorLevel, type Terminal } from "../render/terminal";

/** What the terminal decisions are made from; `main` gathers it from the process and the parsed options. */
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

/** Makes every output decision at once: the cli decides, renderers only follow. */
export function detectTerminal(inputs: TerminalInputs): Terminal {
  const plain = inputs.plainFlag === true;
  const color = plain ? 0 : detectColor(inputs);
  const height = inputs.isTTY && inputs.ttyRows && inputs.ttyRows > 0 ? inputs.ttyRows : DEFAULT_HEIGHT;
  return styledTerminal({ color, width: detectWidth(inputs), interactive: inputs.isTTY, height, plain });
}
