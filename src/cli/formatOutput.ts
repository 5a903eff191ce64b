import { ExitCode } from "../errors";
import { sanitize } from "../render/sanitize";
import type { Terminal } from "../render/terminal";
import { toJson } from "../render/toJson";
import type { CommandOutput, Outcome } from "./command";

/** How results are printed: tables and cards, one tab-separated record a line (--plain), or JSON (--json, which wins). */
export type Format = "human" | "plain" | "json";

/** The format the flags ask for: `--json` wins over `--plain`. */
export function formatFor(flags: { json: boolean; plain: boolean }): Format {
  return flags.json ? "json" : flags.plain ? "plain" : "human";
}

/** What a run writes, and how. */
export interface Delivery {
  stdout: string;
  /** Messages for stderr, one `filmcli: …` line each. */
  stderr: string;
  /** The pager to send stdout through, or null to write it directly. */
  pager: string | null;
  exitCode: ExitCode;
}

/** How a run prints: decided once from the flags and the process (cli/main.ts). */
export interface OutputSettings {
  format: Format;
  term: Terminal;
  /** The pager a person at a terminal gets (null when piped, --no-pager or PAGER=""). */
  pager: string | null;
}

const EXIT_CODES = { found: ExitCode.ok, nothing: ExitCode.noMatch, invalid: ExitCode.dataset } satisfies Record<Outcome, ExitCode>;

const isEmptyList = (data: unknown): boolean => Array.isArray(data) && data.length === 0;

/** Stderr lines for messages; dataset text can reach them, so they are sanitized like tables. */
const messageLines = (messages: readonly string[]): string => messages.map((m) => `filmcli: ${sanitize(m)}\n`).join("");

/**
 * The one place a command's result becomes output: the data in the chosen format (JSON is the same
 * data the human view shows; an empty list is `[]` in JSON and nothing at all for people), the
 * messages for stderr, whether to page, and the exit code.
 */
export function formatOutput(output: CommandOutput, { format, term, pager }: OutputSettings): Delivery {
  const isText = "text" in output;
  const stdout = isText ? output.text
    : format === "json" ? toJson(output.data)
      : isEmptyList(output.data) ? "" : output.render(output.data, term);
  // Only a person reading tables and cards is helped by a pager; JSON and --plain are for programs.
  const longer = format === "human" && stdout.split("\n").length > term.height;
  return {
    stdout,
    stderr: isText ? "" : messageLines(output.messages),
    pager: longer ? pager : null,
    exitCode: isText ? ExitCode.ok : EXIT_CODES[output.outcome],
  };
}
