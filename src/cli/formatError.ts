import { CommanderError } from "commander";
import { ExitCode, FilmcliError } from "../errors";

/** The exit code for anything thrown while running a command. */
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

/** The stderr text for a failure: one line (plus detail lines for known failures), a stack only with --debug. */
export function formatError(error: unknown, debug: boolean): string {
  if (error instanceof FilmcliError) {
    return [`filmcli: ${error.message}`, ...error.details].join("\n") + "\n";
  }
  if (error instanceof CommanderError) return `filmcli: ${commanderLine(error)}\n`;
  const message = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `${error.stack}\n` : "";
  return `filmcli: internal error: ${message}; run again with --debug for details\n${stack}`;
}
