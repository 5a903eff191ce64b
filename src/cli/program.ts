import { Command, Option } from "commander";
import { COMMANDS } from "./commandList";
import type { CommandResult, CommandSpec } from "./command";
import { GLOBAL_OPTIONS, SHARED_OPTIONS } from "./options";

/** Runs a command once commander has parsed its arguments and merged the global options. */
export type Runner = (spec: CommandSpec, words: string[], options: Record<string, unknown>) => CommandResult;

function exampleText(spec: CommandSpec): string {
  return `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join("\n")}\n`;
}

/** Where commander's own help and version text goes. */
export interface HelpOutput {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
}

/**
 * Wires the commands into commander. Nothing here reads data or prints: `run` does the work.
 * Parse errors are thrown (exitOverride) for the caller to report in filmcli's own format.
 */
export function buildProgram(version: string, run: Runner, onResult: (result: CommandResult) => void, output: HelpOutput): Command {
  const program = new Command("filmcli")
    // Set before the subcommands are added: commander copies these settings into each of them.
    .exitOverride()
    .configureOutput({ ...output, outputError: () => undefined })
    .description("Look up films offline: summary cards, cast, trivia, quotes, goofs and reviews.")
    .version(version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .addHelpText("after", "\nExamples:\n  $ filmcli show mask\n  $ filmcli cast mask\n  $ filmcli trivia makeup\n  $ filmcli quotes mask --json | jq .\n");
  for (const option of GLOBAL_OPTIONS) program.addOption(new Option(option.flags, option.description));
  for (const spec of COMMANDS) {
    const command = program.command(spec.name, { hidden: spec.hidden === true }).description(spec.summary);
    if (spec.args) command.argument(spec.args, spec.argsDescription);
    for (const option of [...spec.options, ...(spec.hidden ? [] : SHARED_OPTIONS)]) command.addOption(new Option(option.flags, option.description));
    command.addHelpText("after", exampleText(spec));
    command.action((...params: unknown[]) => {
      // Commander passes the declared argument (if any), the options, then the command itself.
      // Variadic arguments arrive as an array, a single optional one as a string or undefined.
      const cmd = params[params.length - 1] as Command;
      const args = spec.args ? params[0] as string[] | string | undefined : undefined;
      const words = Array.isArray(args) ? args : args === undefined ? [] : [args];
      onResult(run(spec, words, cmd.optsWithGlobals()));
    });
  }
  return program;
}
