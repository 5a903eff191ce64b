import { CommanderError } from "commander";
import {
  AmbiguousError, DatasetError, EmptyQueryError, ExitCode, FilmcliError, NoMatchError,
  type DatasetProblem, type FilmMention,
} from "../errors";
import { filmLabel } from "../films/filmLabel";

/** The exit code for anything thrown while running a command: the class of the error decides. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof FilmcliError) return error.exitCode;
  if (error instanceof CommanderError) return ExitCode.usage;
  return ExitCode.internal;
}

/** Commander's "error: unknown command 'shw'\n(Did you mean show?)" as one filmcli line. */
function commanderLine(error: CommanderError): string {
  const text = error.message.replace(/^error: /, "").replace(/\n\(Did you mean (.+)\?\)/, ' (did you mean "$1"?)');
  return `${text.split("\n")[0]}; see filmcli --help`;
}

// Equally good people beyond this many are counted in the message but not listed.
const MAX_PEOPLE_LISTED = 10;

/** "  mask-1985                    Mask (1985)": one film in a list of candidates. */
const filmLine = (film: FilmMention): string => `  ${film.id.padEnd(28)} ${filmLabel(film)}`;
const personLine = (name: string): string => `  ${name}`;
const didYouMean = (suggestions: readonly unknown[], otherwise = ""): string =>
  (suggestions.length > 0 ? "; did you mean one of these?" : otherwise);

/** What to do about a dataset problem, in filmcli's options and commands; "" when nothing helps. */
function datasetAdvice(fact: DatasetProblem): string {
  switch (fact.problem) {
    case "unreadable":
      if (fact.errno === "ENOENT") return "; pass an existing dataset with --data or FILMCLI_DATA";
      return fact.errno === "EACCES" || fact.errno === "EPERM" ? "; make the file readable or pass another with --data" : "";
    case "is-directory": return "; pass a dataset file with --data";
    case "not-a-file": return "; save the dataset to a file and pass that with --data";
    case "too-large": return `; validate reads files up to ${fact.limit / 2 ** 20} MiB (other commands read any size)`;
    case "invalid": return " (filmcli validate lists every problem)";
    case "empty": case "not-json": return "";
  }
}

/** A known failure as lines: its facts (the error's message), what to do about them, then the records it names. */
function knownFailureLines(error: FilmcliError): string[] {
  if (error instanceof NoMatchError) {
    const { fact } = error;
    return fact.kind === "film"
      ? [`${error.message}${didYouMean(fact.suggestions, "; try filmcli search <words>")}`, ...fact.suggestions.map(filmLine)]
      : [`${error.message}${didYouMean(fact.suggestions)}`, ...fact.suggestions.map(personLine)];
  }
  if (error instanceof AmbiguousError) {
    const { fact } = error;
    return fact.kind === "film"
      ? [`${error.message}; name one by id or add its year`, ...fact.candidates.map(filmLine)]
      : [`${error.message}; give more of the name`, ...fact.candidates.slice(0, MAX_PEOPLE_LISTED).map(personLine)];
  }
  if (error instanceof EmptyQueryError) {
    return [`${error.message}; ${error.kind === "film" ? "name one, e.g. filmcli show mask" : "e.g. filmcli person eric stoltz"}`];
  }
  if (error instanceof DatasetError) return [`${error.message}${datasetAdvice(error.fact)}`];
  // Raised by cli/ itself (usage, output), already in its words.
  return [error.message, ...error.details];
}

/** The stderr text for a failure: one line (plus detail lines for known failures), a stack only with --debug. */
export function formatError(error: unknown, debug: boolean): string {
  if (error instanceof FilmcliError) {
    const [line, ...details] = knownFailureLines(error);
    return [`filmcli: ${line}`, ...details].join("\n") + "\n";
  }
  if (error instanceof CommanderError) return `filmcli: ${commanderLine(error)}\n`;
  const message = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `${error.stack}\n` : "";
  return `filmcli: internal error: ${message}; run again with --debug for details\n${stack}`;
}
