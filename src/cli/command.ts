import type { Catalog } from "../catalog/catalog";
import type { ExitCode } from "../errors";
import type { Terminal } from "../output/terminal";

/** The two output formats; every command renders its one data value in both. */
export type Format = "human" | "json";

/** What a command gets from the wiring: output decisions and lazy access to the dataset. */
export interface CommandContext {
  term: Terminal;
  format: Format;
  /** The dataset file in use: --data, FILMCLI_DATA, or the bundled one. */
  dataPath: string;
  /** Opens the dataset on first call; commands that need no data never pay for it. */
  catalog: () => Catalog;
}

/** What a command hands back: the result for stdout, messages for stderr, and the exit code. */
export interface CommandResult {
  stdout: string;
  messages: string[];
  exitCode: ExitCode;
}

/** One option of a command, kept as data so help, docs and completion share it. */
export interface OptionSpec {
  flags: string;
  description: string;
}

/** A command's definition: its name, arguments, options, examples and action. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** Commander argument syntax, e.g. "[film...]". */
  args: string;
  argsDescription: string;
  options: OptionSpec[];
  examples: string[];
  /** Left out of help, docs and completion (internal commands such as __complete). */
  hidden?: boolean;
  /** The argument names films, so completion offers film ids for it. */
  filmArgument?: boolean;
  run: (words: string[], options: Record<string, unknown>, ctx: CommandContext) => CommandResult;
}

/** The output of a command that ran normally. */
export function ok(stdout: string, messages: string[] = []): CommandResult {
  return { stdout, messages, exitCode: 0 };
}
