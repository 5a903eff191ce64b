import type { CommandOutput, DataOutput } from "../../../src/cli/command";
import { formatFor, formatOutput, type Delivery } from "../../../src/cli/formatOutput";
import { parseCommandLine } from "../../../src/cli/program";
import { plainTerminal, type Terminal } from "../../../src/render/terminal";
import { fixtureContext } from "../../fixtures/fixtureCatalog";

/** A command's own result (its data, messages and outcome) and what the one output step makes of it. */
export type CommandRun = Delivery & { output: CommandOutput };

/**
 * Runs a command line in-process over the fixture catalogue: parsed as the executable parses it, run
 * with a command context, and formatted by formatOutput; no process, no files, no pager.
 */
export function runCommand(argv: string[], term: Terminal = plainTerminal(80)): CommandRun {
  const invocation = parseCommandLine(argv);
  if (invocation.kind !== "run") throw new Error(`${argv.join(" ")} runs no command`);
  const { global } = invocation;
  const shown: Terminal = global.plain ? { ...term, plain: true, color: 0 } : term;
  const output = invocation.command.run(invocation.words, invocation.options, fixtureContext(shown));
  return { output, ...formatOutput(output, { format: formatFor(global), term: shown, pager: null }) };
}

/** The data a command returned (for commands that return data, not text). */
export function dataOf<T>(run: CommandRun): T {
  if ("text" in run.output) throw new Error("the command returned text, not data");
  return (run.output as DataOutput<T>).data;
}

/** A terminal a person would have: interactive, so hints are shown. */
export const personTerminal = (width = 80): Terminal => ({ ...plainTerminal(width), interactive: true });
