/** The exit codes filmcli documents; scripts may rely on them. */
export const ExitCode = {
  ok: 0,
  noMatch: 1,
  usage: 2,
  dataset: 3,
  internal: 70,
  output: 74,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure filmcli expects and explains: one line on stderr, optional detail lines, an exit code. */
export abstract class FilmcliError extends Error {
  abstract readonly exitCode: ExitCode;
  constructor(message: string, readonly details: string[] = []) {
    super(message);
    this.name = new.target.name;
  }
}

/** No film (or other record) matches what was asked for. */
export class NoMatchError extends FilmcliError {
  readonly exitCode = ExitCode.noMatch;
}

/** Several films fit the query equally well; filmcli lists them instead of guessing. */
export class AmbiguousError extends FilmcliError {
  readonly exitCode = ExitCode.noMatch;
}

/** The command line itself is wrong: unknown command or option, missing or malformed argument. */
export class UsageError extends FilmcliError {
  readonly exitCode = ExitCode.usage;
}

/** The dataset cannot be read or is not a valid filmcli dataset. */
export class DatasetError extends FilmcliError {
  readonly exitCode = ExitCode.dataset;
}

/** The result could not be written (a full disk, a closed terminal); a closed pipe is not this. */
export class OutputError extends FilmcliError {
  readonly exitCode = ExitCode.output;
}
