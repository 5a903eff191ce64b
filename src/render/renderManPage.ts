import type { OptionDoc, ProgramDoc } from "./commandDoc";

/** What the man page is generated from: the same definitions commander and --help use. */
export interface ManPageSpec extends ProgramDoc {
  version: string;
  date: string;
}

/** Escapes text for roff: backslashes, and a leading dot or quote that would read as a request. */
function roff(text: string): string {
  return text.replace(/\\/g, "\\e").replace(/-/g, "\\-").replace(/^([.'])/, "\\&$1");
}

function optionItems(options: readonly OptionDoc[]): string[] {
  return options.flatMap((o) => [".TP", `.B ${roff(o.flags)}`, roff(o.description)]);
}

/** The filmcli(1) man page in roff (man macros). */
export function renderManPage(spec: ManPageSpec): string {
  const commands = spec.commands.filter((c) => !c.hidden);
  return [
    `.TH FILMCLI 1 "${spec.date}" "filmcli ${spec.version}" "User Commands"`,
    ".SH NAME",
    "filmcli \\- look up films offline",
    ".SH SYNOPSIS",
    ".B filmcli",
    ".I command",
    "[\\fIoptions\\fR] [\\fIarguments\\fR]",
    ".SH DESCRIPTION",
    "filmcli answers questions about films from a catalogue bundled with it: summary cards, cast, trivia, quotes,",
    "goofs and reviews, browsing and people's credits. Results go to standard output as tables, or as JSON with",
    ".BR \\-\\-json ;",
    "messages and errors go to standard error.",
    ".SH COMMANDS",
    ...commands.flatMap((c) => [
      ".SS " + roff(`${c.name}${c.args ? ` ${c.args}` : ""}`),
      roff(c.summary) + (c.argsDescription ? `. ${roff(c.argsDescription)}.` : "."),
      ...(c.options.length ? [".RS", ...optionItems(c.options), ".RE"] : []),
      ...(c.examples.length ? [".PP", "Examples:", ".RS", ...c.examples.flatMap((e) => [".nf", roff(`$ ${e}`), ".fi"]), ".RE"] : []),
    ]),
    ".SH OPTIONS",
    "Every command accepts:",
    ...optionItems(spec.shared),
    ".PP",
    "and these, before or after the command:",
    ...optionItems(spec.global),
    ".TP",
    ".B \\-h, \\-\\-help",
    "show help for filmcli or a command",
    ".TP",
    ".B \\-V, \\-\\-version",
    "print the version",
    ".SH ENVIRONMENT",
    ".TP", ".B FILMCLI_DATA", "a dataset to read instead of the bundled one (\\-\\-data wins)",
    ".TP", ".B FILMCLI_CACHE_DIR", "where indexes of other datasets are kept (default: $XDG_CACHE_HOME/filmcli or ~/.cache/filmcli; empty for none)",
    ".TP", ".B NO_COLOR", "when set and not empty, never colour output",
    ".TP", ".B FORCE_COLOR", "colour output even when piped (0 turns colour off)",
    ".TP", ".B COLUMNS", "the width to fit output to",
    ".TP", ".B PAGER", "the pager for long output on a terminal (default: less \\-FRX; empty for none)",
    ".SH EXIT STATUS",
    ".TP", ".B 0", "success",
    ".TP", ".B 1", "nothing found, or several films fit equally",
    ".TP", ".B 2", "usage error",
    ".TP", ".B 3", "the dataset cannot be read or is not valid",
    ".TP", ".B 70", "an unexpected internal error",
    ".TP", ".B 74", "the output could not be written",
    ".SH SEE ALSO",
    "The README, which documents the JSON output of every command.",
    "",
  ].join("\n");
}
