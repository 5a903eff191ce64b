import { Command, Option } from "commander";
import { COMMANDS } from "./commands/index";
import type { CommandResult, CommandSpec, OptionSpec } from "./commands/command";

/** Options every command accepts, kept as data like each command's own. */
export const SHARED_OPTIONS: readonly OptionSpec[] = [
  { flags: "--json", description: "print JSON for scripts (same data as the table; see README)" },
];

/** Options of the program itself; they may be given before or after the command. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flags: "--data <file>", description: "read this dataset instead of the bundled one (env: FILMCLI_DATA)" },
  // --color comes first so that commander leaves the value undefined when neither flag is given.
  { flags: "--color", description: "colour output even when piped (also: FORCE_COLOR=1)" },
  { flags: "--no-color", description: "never colour output (also: NO_COLOR=1, TERM=dumb)" },
  { flags: "--width <columns>", description: "wrap to this many columns instead of the terminal's width" },
  { flags: "--debug", description: "show a stack trace for unexpected errors" },
];

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
    const command = program.command(spec.name).description(spec.summary);
    if (spec.args) command.argument(spec.args, spec.argsDescription);
    for (const option of [...spec.options, ...SHARED_OPTIONS]) command.addOption(new Option(option.flags, option.description));
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
