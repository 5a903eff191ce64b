import { join } from "node:path";
import type { DiskCatalog } from "../catalog/diskCatalog";
import { cacheDirFor, openCatalog, tempDirFor, type IndexLocation } from "../catalog/openCatalog";
import { ExitCode, OutputError } from "../errors";
import { choosePager, runPager } from "../output/pager";
import { createWriter, type OutStream } from "../output/writer";
import { sanitize } from "../render/sanitize";
import type { CommandContext } from "./command";
import { COMMANDS } from "./commandList";
import { detectTerminal } from "./detectTerminal";
import { exitCodeFor, formatError } from "./formatError";
import { formatFor, formatOutput, type OutputSettings } from "./formatOutput";
import { GLOBAL_OPTIONS, SHARED_OPTIONS, type GlobalOptions } from "./options";
import { parseCommandLine } from "./program";

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

/** Every decision about how this run prints, made once from the parsed options and the process. */
function outputSettings(proc: Process, global: GlobalOptions): OutputSettings {
  const isTTY = proc.stdout.isTTY === true;
  return {
    format: formatFor(global),
    term: detectTerminal({
      env: proc.env, isTTY, ttyColumns: proc.stdout.columns, ttyRows: proc.stdout.rows,
      colorFlag: global.color, widthFlag: global.width, plainFlag: global.plain,
    }),
    pager: choosePager({ env: proc.env, stdinIsTTY: proc.stdinIsTTY === true, stdoutIsTTY: isTTY, pagerFlag: global.pager }),
  };
}

/** What a command needs besides its options: the terminal and lazy access to the dataset. */
function commandContext(proc: Process, global: GlobalOptions, settings: OutputSettings): CommandContext {
  const bundled = join(proc.root, "data", "films.json");
  const dataPath = global.data ?? proc.env.FILMCLI_DATA ?? bundled;
  // The bundled dataset's index is built with the program; other datasets' are cached on first use.
  const location: IndexLocation = {
    prebuilt: dataPath === bundled ? join(proc.root, "dist", "films.idx") : undefined, cacheDir: cacheDirFor(proc.env), tempDir: tempDirFor(proc.env),
  };
  let catalog: DiskCatalog | undefined;
  return {
    term: settings.term,
    dataPath,
    catalog: () => (catalog ??= openCatalog(dataPath, location)),
    program: { commands: COMMANDS, global: GLOBAL_OPTIONS, shared: SHARED_OPTIONS },
  };
}

/** Runs filmcli once and resolves to its exit code; nothing is thrown and nothing exits the process. */
export async function main(proc: Process): Promise<number> {
  const writer = createWriter(proc.stdout, proc.stderr);
  const debug = proc.argv.includes("--debug");
  try {
    const invocation = parseCommandLine(proc.argv);
    if (invocation.kind === "print") {
      await writer.out(invocation.stdout);
      await writer.err(invocation.stderr);
      if (invocation.failure) throw invocation.failure;
      return ExitCode.ok;
    }
    const settings = outputSettings(proc, invocation.global);
    const ctx = commandContext(proc, invocation.global, settings);
    const delivery = formatOutput(invocation.command.run(invocation.words, invocation.options, ctx), settings);
    const paged = delivery.pager !== null && await runPager(delivery.pager, delivery.stdout, proc.env);
    if (!paged) await writer.out(delivery.stdout);
    const failure = writer.failure();
    if (failure) throw new OutputError(`cannot write the output (${failure.code ?? failure.message})`);
    await writer.err(delivery.stderr);
    return delivery.exitCode;
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
