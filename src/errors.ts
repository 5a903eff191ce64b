/** The exit codes filmcli documents; scripts may rely on them. */
export const ExitCode = {
  ok: 0,
  noMatch: 1,
  usage: 2,
  dataset: 3,
  internal: 70,
  output: 74,
  /** The library folder is being changed by another import: try again when it is done. */
  busy: 75,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

// The failures below carry facts (what was asked, what was found, which file, which errno) and a
// message stating those facts. What to do about them names filmcli's commands and options, so only
// cli/ words it (cli/formatError.ts); the exit code follows from the class alone.

/** A failure filmcli expects and explains: one line on stderr, optional detail lines, an exit code. */
export abstract class FilmcliError extends Error {
  abstract readonly exitCode: ExitCode;
  constructor(message: string, readonly details: string[] = []) {
    super(message);
    this.name = new.target.name;
  }
}

/** A film as an error names it: the fields of films/FilmRef (this file ranks below films/ and cannot import it). */
export interface FilmMention {
  readonly id: string;
  readonly title: string;
  readonly year: number;
}

/** What was looked for and not found, with the nearest records, best first (possibly none). */
export type NoMatch =
  | { kind: "film"; query: string; suggestions: readonly FilmMention[] }
  | { kind: "person"; query: string; suggestions: readonly string[] };

/** No film (or person) matches what was asked for. */
export class NoMatchError extends FilmcliError {
  readonly exitCode = ExitCode.noMatch;
  constructor(readonly fact: NoMatch) {
    super(`no ${fact.kind} matches "${fact.query}"`);
  }
}

/** What was looked for, and every record that fits it equally well. */
export type Ambiguity =
  | { kind: "film"; query: string; candidates: readonly FilmMention[] }
  | { kind: "person"; query: string; candidates: readonly string[] };

/** Several films (or people) fit the query equally well; filmcli lists them instead of guessing. */
export class AmbiguousError extends FilmcliError {
  readonly exitCode = ExitCode.noMatch;
  constructor(readonly fact: Ambiguity) {
    super(`"${fact.query}" matches ${fact.candidates.length} ${fact.kind === "film" ? "films" : "people"}`);
  }
}

/** The command line itself is wrong: unknown command or option, missing or malformed argument. */
export class UsageError extends FilmcliError {
  readonly exitCode = ExitCode.usage;
}

/** A film or a person was to be named, and the words given hold nothing to look for. */
export class EmptyQueryError extends UsageError {
  constructor(readonly kind: "film" | "person") {
    super(kind === "film" ? "no film given" : "no name given");
  }
}

/** Why a dataset file cannot be used. */
export type DatasetProblem =
  /** `errno` is the code fs gave (ENOENT, EACCES …), or the error's text when it gave none. */
  | { problem: "unreadable"; file: string; errno: string }
  | { problem: "is-directory"; file: string }
  /** A device, pipe or socket: nothing that can be indexed by byte range (`kind` says which). */
  | { problem: "not-a-file"; file: string; kind: string }
  | { problem: "empty"; file: string }
  /** `reason` is JSON.parse's own (or the scanner's) description. */
  | { problem: "not-json"; file: string; reason: string }
  /** The file is larger than what is read whole (`limit` bytes). */
  | { problem: "too-large"; file: string; bytes: number; limit: number }
  /** The first problem found: its JSON path ("" for the top level) and what is wrong there. */
  | { problem: "invalid"; file: string; path: string; detail: string }
  /** The file starts with a UTF-8 byte order mark, which JSON does not allow. */
  | { problem: "byte-order-mark"; file: string }
  /** The bytes at `offset` are not UTF-8. */
  | { problem: "not-utf8"; file: string; offset: number }
  /** A dataset piped to stdin (`--data -`) is larger than what is copied (`limit` bytes). */
  | { problem: "stdin-too-large"; file: string; limit: number }
  /** `--data -` was given while stdin is a terminal: there is nothing piped to read. */
  | { problem: "stdin-is-terminal"; file: string };

const MIB = 2 ** 20;

/** The facts of a dataset problem as one line naming the file. */
function describeDatasetProblem(fact: DatasetProblem): string {
  switch (fact.problem) {
    case "unreadable":
      switch (fact.errno) {
        case "ENOENT": return `${fact.file}: no such file`;
        case "EACCES": case "EPERM": return `${fact.file}: permission denied`;
        default: return `${fact.file}: cannot be read (${fact.errno})`;
      }
    case "is-directory": return `${fact.file}: is a directory`;
    case "not-a-file": return `${fact.file}: is a ${fact.kind}, not a regular file`;
    case "empty": return `${fact.file}: the file is empty; expected a JSON dataset`;
    case "not-json": return `${fact.file}: not valid JSON (${fact.reason})`;
    case "too-large": return `${fact.file}: is ${Math.round(fact.bytes / MIB)} MiB`;
    case "invalid": return `${fact.file}: ${fact.path || "(top level)"}: ${fact.detail}`;
    case "byte-order-mark": return `${fact.file}: begins with a byte order mark (U+FEFF), which JSON does not allow`;
    case "not-utf8": return `${fact.file}: is not valid UTF-8 (byte ${fact.offset})`;
    case "stdin-too-large": return `${fact.file}: holds more than ${Math.round(fact.limit / MIB)} MiB`;
    case "stdin-is-terminal": return `${fact.file}: is a terminal, not a piped dataset`;
  }
}

/** The dataset cannot be read or is not a valid filmcli dataset. */
export class DatasetError extends FilmcliError {
  readonly exitCode = ExitCode.dataset;
  constructor(readonly fact: DatasetProblem) {
    super(describeDatasetProblem(fact));
  }

  /** The DatasetError for what fs threw while reading `file`. */
  static unreadable(file: string, error: unknown): DatasetError {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    return new DatasetError(code === "EISDIR" ? { problem: "is-directory", file } : { problem: "unreadable", file, errno: code ?? String(error) });
  }
}

/** The result could not be written (a full disk, a closed terminal); a closed pipe is not this. */
export class OutputError extends FilmcliError {
  readonly exitCode = ExitCode.output;
}
