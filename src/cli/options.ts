import type { OptionSpec } from "./command";

/** Options every command accepts, kept as data like each command's own. */
export const SHARED_OPTIONS: readonly OptionSpec[] = [
  { flags: "--json", description: "print JSON for scripts (same data as the table; see README)" },
  { flags: "--plain", description: "one record per line, tab-separated, no colour, borders or wrapping" },
];

/** Options of the program itself; they may be given before or after the command. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flags: "--data <file>", description: "read this dataset instead of the bundled one (env: FILMCLI_DATA)" },
  // --color comes first so that commander leaves the value undefined when neither flag is given.
  { flags: "--color", description: "colour output even when piped (also: FORCE_COLOR=1)" },
  { flags: "--no-color", description: "never colour output (also: NO_COLOR=1, TERM=dumb)" },
  { flags: "--width <columns>", description: "wrap to this many columns instead of the terminal's width" },
  { flags: "--no-pager", description: "never page long output (default: $PAGER or less -FRX on a terminal)" },
  { flags: "--debug", description: "show a stack trace for unexpected errors" },
];

/** The long flag of an option spec: "--min-rating" for "--min-rating <rating>". */
export function longFlag(option: OptionSpec): string {
  return /--[\w-]+/.exec(option.flags)![0];
}

/** Whether an option spec takes a value ("--year <year>"). */
export function takesValue(option: OptionSpec): boolean {
  return /[<[]/.test(option.flags);
}
