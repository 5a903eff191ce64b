import { flag, negated, text, toggle, whole, type ParsedOptions } from "./optionSpec";

/** Options every visible command accepts, kept as data like each command's own. */
export const SHARED_OPTIONS = [
  flag("json", "--json", "print JSON for scripts (same data as the table; see README)"),
  flag("plain", "--plain", "one record per line, tab-separated, no colour, borders or wrapping"),
] as const;

/** `--first`, for every command that takes a film argument: scripts that want an answer, not a question. */
export const FIRST = flag("first", "--first", "when several films fit the title, take the best instead of listing them");

/** Options of the program itself; they may be given before or after the command. */
export const GLOBAL_OPTIONS = [
  text("data", "--data <file>", "read this dataset instead of the bundled one (env: FILMCLI_DATA)"),
  // --color comes first so that commander leaves the value undefined when neither flag is given.
  toggle("color", "--color", "colour output even when piped (also: FORCE_COLOR=1)"),
  toggle("color", "--no-color", "never colour output (also: NO_COLOR=1, TERM=dumb)"),
  whole("width", "--width <columns>", "wrap to this many columns instead of the terminal's width", { min: 1 }),
  negated("pager", "--no-pager", "never page long output (default: $PAGER or less -FRX on a terminal)"),
  flag("debug", "--debug", "show a stack trace for unexpected errors"),
] as const;

/** The program's options and the shared ones, parsed: how every run looks and where its data is. */
export type GlobalOptions = ParsedOptions<typeof GLOBAL_OPTIONS> & ParsedOptions<typeof SHARED_OPTIONS>;
