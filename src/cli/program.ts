import type { Command } from "commander";
import { UsageError } from "../errors";
import { renderUsage } from "../render/renderUsage";
import { editDistance } from "../search/editDistance";
import type { CommandSpec } from "./command";
import { COMMANDS } from "./commandList";
import { isCommanderError } from "./isCommanderError";
import { GLOBAL_OPTIONS, SHARED_OPTIONS } from "./options";
import type { Invocation } from "./invocation";
import { parseOptions } from "./optionSpec";
import { readPlainCommandLine } from "./plainCommandLine";
import { version } from "../../package.json";

function exampleText(spec: CommandSpec): string {
  return `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join("\n")}\n`;
}

/** Where commander's own help and version text goes. */
interface HelpOutput {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
}

/**
 * The commands and options wired into commander, for parsing and help only: no command has an
 * action, so parsing runs nothing. Parse errors are thrown (exitOverride) for filmcli to report.
 */
function buildProgram(output: HelpOutput, commands: readonly CommandSpec[]): Command {
  // Loaded here, not at the top: most command lines are read without it (readPlainCommandLine).
  const { Command, Option } = require("commander") as typeof import("commander");
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
  for (const spec of commands) {
    const command = program.command(spec.name, { hidden: spec.hidden === true }).description(spec.summary);
    if (spec.args) command.argument(spec.args, spec.argsDescription);
    for (const option of [...spec.options, ...(spec.hidden ? [] : SHARED_OPTIONS)]) command.addOption(new Option(option.flags, option.description));
    command.addHelpText("after", exampleText(spec));
  }
  return program;
}

/** `help <topic>` for a topic that is no command: a usage error naming it, with the nearest command. */
function unknownHelpTopic(topic: string): UsageError {
  const near = COMMANDS.filter((c) => !c.hidden)
    .map((c) => ({ name: c.name, distance: editDistance(topic.toLowerCase(), c.name, 2) }))
    .filter((c) => c.distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0];
  return new UsageError(`unknown command '${topic}'${near ? ` (did you mean "${near.name}"?)` : ""}; see filmcli --help`);
}

/** A command's words: a variadic argument arrives as an array, a single optional one as a string or undefined. */
function wordsOf(command: Command): string[] {
  const args = command.processedArgs[0] as string[] | string | undefined;
  return Array.isArray(args) ? args : args === undefined ? [] : [args];
}

/**
 * Reads a command line (without the program name) into what to run: the command, its words, and
 * every option parsed once into typed values. Nothing is run or written here. A wrong command line
 * throws: commander's errors (unknown command or option, missing argument) or a UsageError for a
 * malformed option value.
 */
export function parseCommandLine(argv: readonly string[]): Invocation {
  return readPlainCommandLine(argv, COMMANDS) ?? parseUnplainLine(argv);
}

/** parseCommandLine for a line readPlainCommandLine left (cli/main.ts loads this file only for those). */
export function parseUnplainLine(argv: readonly string[]): Invocation {
  if (argv.length === 0) return { kind: "print", stdout: renderUsage(COMMANDS), stderr: "" };
  return parseWithCommander(argv);
}

/** parseCommandLine by commander alone, for every form of command line: what readPlainCommandLine must agree with. */
export function parseWithCommander(argv: readonly string[]): Invocation {
  // Wiring every command into commander costs a run about a millisecond: first try with only the
  // command the line seems to name. That parse is kept only if it ran that command; anything else
  // (help, an error, a word that was an option's value) is parsed again with every command.
  const word = argv.find((w) => COMMANDS.some((c) => c.name === w));
  const named = COMMANDS.find((c) => c.name === word);
  if (named) {
    try {
      const invocation = parseWith(argv, [named]);
      if (invocation?.kind === "run" && invocation.command === named) return invocation;
    } catch {
      // Reported by the parse with every command below, as it would be without this shortcut.
    }
  }
  return parseWith(argv, COMMANDS) ?? parseWithCommander(["help"]);
}

/** parseCommandLine with these commands wired; undefined for `help help`, which is plain `help`. */
function parseWith(argv: readonly string[], commands: readonly CommandSpec[]): Invocation | undefined {
  // Commander prints help and the version itself, through these, then ends the parse by throwing.
  const printed = { stdout: "", stderr: "" };
  const program = buildProgram({ writeOut: (t) => { printed.stdout += t; }, writeErr: (t) => { printed.stderr += t; } }, commands);
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (!isCommanderError(error)) throw error;
    // `help bogus`: commander prints the whole help without naming what is unknown.
    const [first, topic] = program.args;
    if (first === "help" && topic === "help") return undefined;
    if (first === "help" && topic !== undefined && !COMMANDS.some((c) => c.name === topic && !c.hidden)) throw unknownHelpTopic(topic);
    if (error.exitCode === 0) return { kind: "print", ...printed };
    if (printed.stdout || printed.stderr) return { kind: "print", ...printed, failure: error };
    throw error;
  }
  // The parse got past commander's checks, so it dispatched to the command named by the first operand.
  const name = program.args[0];
  const command = program.commands.find((c) => c.name() === name)!;
  const spec = COMMANDS.find((c) => c.name === name)!;
  const global = { ...parseOptions(GLOBAL_OPTIONS, program.opts()), ...parseOptions(SHARED_OPTIONS, command.opts()) };
  return { kind: "run", command: spec, words: wordsOf(command), options: parseOptions(spec.options, command.opts()), global };
}
