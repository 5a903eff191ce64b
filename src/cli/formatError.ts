import type { CommanderError } from "commander";
import { isCommanderError } from "./isCommanderError";
import {
  AmbiguousError, DatasetError, EmptyQueryError, ExitCode, FilmcliError, NoMatchError,
  type DatasetProblem, type FilmMention,
} from "../errors";
import { filmLabel } from "../films/filmLabel";
import { ImportError, type ImportProblem } from "../catalog/library/importError";

/** The exit code for anything thrown while running a command: the class of the error decides. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof FilmcliError) return error.exitCode;
  if (isCommanderError(error)) return ExitCode.usage;
  return ExitCode.internal;
}

/**
 * Commander's "error: unknown command 'shw'\n(Did you mean show?)" as one filmcli line; its
 * "too many arguments for 'show'. Expected 0 arguments but got 2." as "…: expected 0 arguments but got 2".
 */
function commanderLine(error: CommanderError): string {
  const text = error.message.replace(/^error: /, "").replace(/\n\(Did you mean (.+)\?\)/, ' (did you mean "$1"?)');
  const line = text.split("\n")[0]!.replace(/\. Expected /, ": expected ").replace(/\.$/, "");
  const command = /for '([a-z-]+)'/.exec(line)?.[1];
  return `${line}; see filmcli ${command ? `${command} ` : ""}--help`;
}

// Equally good people beyond this many are counted in the message but not listed.
const MAX_PEOPLE_LISTED = 10;

/** "  mask-1985                    Mask (1985)": one film in a list of candidates. */
const filmLine = (film: FilmMention): string => `  ${film.id.padEnd(28)} ${filmLabel(film)}`;
const personLine = (name: string): string => `  ${name}`;
const didYouMean = (suggestions: readonly unknown[], otherwise = ""): string =>
  (suggestions.length > 0 ? "; did you mean one of these?" : otherwise);

/** Whether every candidate has the same year, so that adding it cannot tell them apart. */
const sameYear = (films: readonly FilmMention[]): boolean => films.every((f) => f.year === films[0]?.year);

/** What to do about a dataset problem, in filmcli's options and commands; "" when nothing helps. */
function datasetAdvice(fact: DatasetProblem): string {
  switch (fact.problem) {
    case "unreadable":
      if (fact.errno === "ENOENT") return "; pass an existing dataset with --data or FILMCLI_DATA";
      return fact.errno === "EACCES" || fact.errno === "EPERM" ? "; make the file readable or pass another with --data" : "";
    case "is-directory": return "; pass a dataset file with --data";
    case "not-a-file":
      return fact.kind === "pipe" ? "; pipe a dataset in with --data - instead" : "; save the dataset to a file and pass that with --data, or pipe it in with --data -";
    case "byte-order-mark": return "; save it as UTF-8 without a byte order mark";
    case "not-utf8": return "; save it as UTF-8";
    case "stdin-too-large": return `; --data - reads at most ${fact.limit / 2 ** 20} MiB: save the dataset to a file and pass that with --data`;
    case "stdin-is-terminal": return "; pipe a dataset in (filmcli --data - show mask < films.json) or pass a file with --data";
    case "too-large": return `; validate reads files up to ${fact.limit / 2 ** 20} MiB (other commands read any size)`;
    case "invalid": return " (filmcli validate lists every problem)";
    case "empty": case "not-json": return "";
  }
}

/** What to do about an import or library problem, in filmcli's options and commands. */
function importAdvice(fact: ImportProblem): string {
  switch (fact.problem) {
    case "no-folder": return "; pass the folder that holds the IMDb files, or fetch them with filmcli import imdb --download";
    case "no-basics": return "; fetch the files with filmcli import imdb --download (or from https://datasets.imdbws.com/)";
    case "wrong-header": case "unreadable-file": return "; download the file again (filmcli import imdb --download resumes and checks it)";
    case "download": return "; check the network (or the --from address) and run the command again: it resumes";
    case "unwritable": return "; make the folder writable, or set FILMCLI_HOME to a folder that is";
    case "no-page": return "";
    case "locked": return "; wait for it to finish and run the command again (nothing was changed)";
    case "bad-library": return "; import again (filmcli import imdb) or remove it (filmcli library remove)";
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
      ? [`${error.message}; ${sameYear(fact.candidates) ? "name one by id" : "name one by id or add its year"}`, ...fact.candidates.map(filmLine)]
      : [`${error.message}; give more of the name`, ...fact.candidates.slice(0, MAX_PEOPLE_LISTED).map(personLine)];
  }
  if (error instanceof EmptyQueryError) {
    return [`${error.message}; ${error.kind === "film" ? "name one, e.g. filmcli show mask" : "e.g. filmcli person eric stoltz"}`];
  }
  if (error instanceof DatasetError) return [`${error.message}${datasetAdvice(error.fact)}`];
  if (error instanceof ImportError) return [`${error.message}${importAdvice(error.fact)}`];
  // Raised by cli/ itself (usage, output), already in its words.
  return [error.message, ...error.details];
}

/**
 * A line break inside one line of a message (a film title, or file contents quoted by JSON.parse)
 * shown escaped, so that every line filmcli writes is one line of its own.
 */
const oneLine = (line: string): string => line.replace(/\r\n|[\n\r\u2028\u2029]/g, (c) => (c === "\n" ? "\\n" : c === "\r\n" ? "\\r\\n" : c === "\r" ? "\\r" : `\\u{${c.codePointAt(0)!.toString(16)}}`));

/** The stderr text for a failure: one line (plus detail lines for known failures), a stack only with --debug. */
export function formatError(error: unknown, debug: boolean): string {
  if (error instanceof FilmcliError) {
    const [line, ...details] = knownFailureLines(error);
    return [`filmcli: ${line}`, ...details].map(oneLine).join("\n") + "\n";
  }
  if (isCommanderError(error)) return `filmcli: ${oneLine(commanderLine(error))}\n`;
  const message = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `${error.stack}\n` : "";
  return `filmcli: internal error: ${oneLine(message)}; run again with --debug for details\n${stack}`;
}
