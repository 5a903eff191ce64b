import type { LibraryAccess } from "../catalog/library/libraryAccess";
import type { FilmIndex } from "../search/filmIndex";
import type { CommandDoc, ProgramDoc } from "../render/commandDoc";
import type { TableColumns } from "../render/renderTable";
import type { Terminal } from "../render/terminal";
import type { OptionSpec, ParsedOptions } from "./optionSpec";

/** What a command gets from the wiring besides its words and options: the terminal and lazy access to the data. */
export interface CommandContext {
  term: Terminal;
  /** The dataset file in use: --data, FILMCLI_DATA, or the bundled one. */
  dataPath: string;
  /** The dataset as messages name it: its path, or "stdin" for a dataset piped in (`--data -`). */
  dataName?: string;
  /** Opens the dataset on first call; commands that need no data never pay for it. */
  catalog: () => FilmIndex;
  /** Every command and option, for the commands that describe the program (completion). */
  program: ProgramDoc;
  /** The IMDb library's folder and the catalogues beside it (README, "All of IMDb"); absent in tests that need none. */
  library?: LibraryAccess;
}

/**
 * What a run found, which picks the exit code (in cli/formatOutput.ts, the one place that does).
 * The rule (README, "Exit codes"): an argument that names nothing (a film or person that does not
 * resolve) is thrown as an error; a query or filter that finds nothing is an empty result here.
 */
export type Outcome =
  /** Exit 0. A film with no records of the kind asked for is found too: its list is empty. */
  | "found"
  /** Exit 1: a query or filter matched nothing; the data is empty ([] in JSON) and a message says so. */
  | "nothing"
  /** Exit 3: validate found problems in the dataset. */
  | "invalid";

/** A command's result as data: cli/formatOutput.ts prints it as a table, plain lines or JSON. */
export interface DataOutput<T> {
  data: T;
  /** The human view of the data (also --plain, through term.plain); JSON is always `data` itself. */
  render(data: T, term: Terminal): string;
  /** Lines for stderr: hints, "showing 19 of 3201 films", "no quote matches …". */
  messages: string[];
  outcome: Outcome;
}

/** Text for a shell (a completion script, completion candidates): the same in every format. */
export interface TextOutput {
  text: string;
}

/**
 * A result too large to hold (every credit of a dataset, every film): rows made one at a time and
 * printed as they come, as a table, plain lines or a JSON array, the same data either way. Messages
 * and the outcome are known once the rows have been made, so they are asked for afterwards.
 */
export interface RowsOutput<R> {
  rows: Iterable<R>;
  /** How a row reads in a table: its headers, its cells, and the columns never broken. */
  table: (term: Terminal) => TableColumns<R>;
  messages: () => string[];
  outcome: () => Outcome;
}

export type CommandOutput = DataOutput<unknown> | TextOutput | RowsOutput<unknown>;

/** A command's definition: its docs, its options as data, and what it does with them parsed. */
export interface CommandSpec<O extends readonly OptionSpec[] = readonly OptionSpec[]> extends CommandDoc {
  readonly options: O;
  run(words: string[], options: ParsedOptions<O>, ctx: CommandContext): CommandOutput;
  /** For a command that streams files or the network (`import`): run instead of `run`, and awaited. */
  runAsync?(words: string[], options: ParsedOptions<O>, ctx: CommandContext): Promise<CommandOutput>;
}

/** Declares a command: its `run` receives its own options, parsed and typed. */
export function defineCommand<const O extends readonly OptionSpec[]>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/** A result that was found: exit 0. */
export function found<T>(data: T, render: (data: T, term: Terminal) => string, messages: string[] = []): DataOutput<T> {
  return { data, render, messages, outcome: "found" };
}
