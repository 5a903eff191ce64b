import { join } from "node:path";
import { CommanderError } from "commander";
import { buildProgram } from "./program";
import type { CommandContext, CommandResult, CommandSpec } from "./command";
import type { Catalog } from "../catalog/catalog";
import { cacheDirFor, openCatalog } from "../catalog/openCatalog";
import { ExitCode, OutputError, UsageError } from "../errors";
import { exitCodeFor, formatError } from "./formatError";
import { detectTerminal } from "../output/terminal";
import { choosePager, runPager } from "../output/pager";
import { createWriter, type OutStream } from "../output/writer";
import { renderUsage } from "../render/renderUsage";
import { sanitize } from "../render/sanitize";
import { COMMANDS } from "./commandList";
import { version } from "../../package.json";

/** The process a run happens in; tests pass fakes. */
export interface Process {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: OutStream;
  stderr: OutStream;
  /** Whether stdin is a terminal: a pager is only used with a person at both ends. */
  stdinIsTTY?: boolean;
  /** Where the package lives: the bundled dataset is `<root>/data/films.json`. */
  root: string;
}

function parseWidth(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const width = Number(value);
  if (!Number.isInteger(width) || width <= 0) throw new UsageError(`--width must be a positive whole number, got "${String(value)}"`);
  return width;
}

/** Builds what a command needs from the parsed options: output decisions and lazy data access. */
function commandContext(proc: Process, options: Record<string, unknown>): CommandContext {
  const term = detectTerminal({
    env: proc.env,
    isTTY: proc.stdout.isTTY === true,
    ttyColumns: proc.stdout.columns,
    ttyRows: proc.stdout.rows,
    colorFlag: options.color as boolean | undefined,
    widthFlag: parseWidth(options.width),
    plainFlag: options.plain === true,
  });
  const bundled = join(proc.root, "data", "films.json");
  const dataPath = (options.data as string | undefined) ?? proc.env.FILMCLI_DATA ?? bundled;
  // The bundled dataset's index is built with the program; other datasets' are cached on first use.
  const location = { prebuilt: dataPath === bundled ? join(proc.root, "dist", "films.idx") : undefined, cacheDir: cacheDirFor(proc.env) };
  let catalog: Catalog | undefined;
  return {
    term,
    format: options.json ? "json" : "human",
    dataPath,
    catalog: () => (catalog ??= openCatalog(dataPath, location)),
  };
}

/** Stderr lines for messages; dataset text can reach them, so they are sanitized like tables. */
const messageLines = (messages: string[]): string => messages.map((m) => `filmcli: ${sanitize(m)}\n`).join("");

/** Runs filmcli once and resolves to its exit code; nothing is thrown and nothing exits the process. */
export async function main(proc: Process): Promise<number> {
  const writer = createWriter(proc.stdout, proc.stderr);
  const debug = proc.argv.includes("--debug");
  let result: CommandResult | undefined;
  let ctx: CommandContext | undefined;
  let pager: string | null = null;
  try {
    const run = (spec: CommandSpec, words: string[], options: Record<string, unknown>): CommandResult => {
      ctx = commandContext(proc, options);
      pager = choosePager({ env: proc.env, stdinIsTTY: proc.stdinIsTTY === true, stdoutIsTTY: proc.stdout.isTTY === true, pagerFlag: options.pager !== false });
      return spec.run(words, options, ctx);
    };
    const program = buildProgram(version, run, (r) => { result = r; }, {
      writeOut: (text) => void writer.out(text),
      writeErr: (text) => void writer.err(text),
    });
    if (proc.argv.length === 0) {
      await writer.out(renderUsage(COMMANDS));
      return ExitCode.ok;
    }
    try {
      await program.parseAsync(proc.argv, { from: "user" });
    } catch (error) {
      if (error instanceof CommanderError && error.exitCode === 0) return ExitCode.ok;
      throw error;
    }
    if (!result) return ExitCode.ok;
    const longer = ctx !== undefined && ctx.format === "human" && !ctx.term.plain && result.stdout.split("\n").length > ctx.term.height;
    const paged = pager !== null && longer && await runPager(pager, result.stdout, proc.env);
    if (!paged) await writer.out(result.stdout);
    const failure = writer.failure();
    if (failure) throw new OutputError(`cannot write the output (${failure.code ?? failure.message})`);
    await writer.err(messageLines(result.messages));
    return result.exitCode;
  } catch (error) {
    await writer.err(sanitize(formatError(error, debug)));
    return exitCodeFor(error);
  }
}

/** Whether stdin is a terminal; asked only when stdout is one (a pager needs both), as tty is slow to load. */
function stdinIsTTY(): boolean {
  return process.stdout.isTTY === true && (require("node:tty") as typeof import("node:tty")).isatty(0);
}

/** The executable's entry point: runs main against the real process and sets its exit code. */
export function run(root: string): void {
  void main({ argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr, stdinIsTTY: stdinIsTTY(), root })
    .then((code) => { process.exitCode = code; });
}
