import type { CommandOutput, DataOutput } from "../../../src/cli/command";
import { formatFor, formatOutput, type Delivery } from "../../../src/cli/formatOutput";
import { parseCommandLine } from "../../../src/cli/program";
import { plainTerminal, type Terminal } from "../../../src/render/terminal";
import { fixtureContext } from "../../fixtures/fixtureCatalog";

/** A command's own result (its data, messages and outcome) and what the one output step makes of it, written out. */
export interface CommandRun {
  output: CommandOutput;
  stdout: string;
  stderr: string;
  exitCode: number;
  pager: Delivery["pager"];
}

/**
 * Runs a command line in-process over the fixture catalogue: parsed as the executable parses it, run
 * with a command context, and formatted by formatOutput; no process, no files, no pager.
 */
export function runCommand(argv: string[], term: Terminal = plainTerminal(80)): CommandRun {
  const invocation = parseCommandLine(argv);
  if (invocation.kind !== "run") throw new Error(`${argv.join(" ")} runs no command`);
  const { global } = invocation;
  const shown: Terminal = global.plain ? { ...term, plain: true, color: 0 } : term;
  const ran = invocation.command.run(invocation.words, invocation.options, fixtureContext(shown));
  // A streamed result's rows are made once, as they are printed: keep them for dataOf.
  const output: CommandOutput = "rows" in ran ? { ...ran, rows: recorded(ran.rows) } : ran;
  const delivery = formatOutput(output, { format: formatFor(global), term: shown, pager: null });
  const stdout = typeof delivery.stdout === "string" ? delivery.stdout : [...delivery.stdout].join("");
  return { output, stdout, stderr: delivery.stderr(), exitCode: delivery.exitCode(), pager: delivery.pager };
}

/** An iterable that remembers what it has given, in `seen`. */
function recorded<T>(rows: Iterable<T>): Iterable<T> & { seen: T[] } {
  const seen: T[] = [];
  return {
    seen,
    *[Symbol.iterator]() {
      for (const row of rows) {
        seen.push(row);
        yield row;
      }
    },
  };
}

/** The data a command returned (for commands that return data, not text): a streamed result's rows as an array. */
export function dataOf<T>(run: CommandRun): T {
  if ("text" in run.output) throw new Error("the command returned text, not data");
  if ("rows" in run.output) return (run.output.rows as unknown as { seen: T }).seen;
  return (run.output as DataOutput<T>).data;
}

/** A terminal a person would have: interactive, so hints are shown. */
export const personTerminal = (width = 80): Terminal => ({ ...plainTerminal(width), interactive: true });
