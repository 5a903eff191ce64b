import { join } from "node:path";
import type { DiskCatalog } from "../catalog/diskCatalog";
import { libraryHomeFor, openLibrary, unionWith } from "../catalog/library/libraryHome";
import type { LibraryCatalog } from "../catalog/library/libraryCatalog";
import { openPagesCatalog } from "../catalog/pages/openPages";
import { cacheDirFor, openCatalog, tempDirFor, type IndexLocation } from "../catalog/openCatalog";
import type { FilmIndex } from "../search/filmIndex";
import { copyStdinDataset, STDIN_NAME, type ByteSource, type StdinDataset } from "../catalog/readDatasetFile";
import { DatasetError, ExitCode, OutputError, UsageError } from "../errors";
import { choosePager, runPager } from "../output/pager";
import { createWriter, standardStream, type OutStream, type Writer } from "../output/writer";
import { sanitize } from "../render/sanitize";
import type { CommandContext } from "./command";
import { COMMANDS } from "./commandList";
import { detectTerminal } from "./detectTerminal";
import { exitCodeFor, formatError } from "./formatError";
import { formatFor, formatOutput, type OutputSettings } from "./formatOutput";
import { GLOBAL_OPTIONS, SHARED_OPTIONS, type GlobalOptions } from "./options";
import { readPlainCommandLine } from "./plainCommandLine";

/** The process a run happens in; tests pass fakes. */
export interface Process {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: OutStream;
  stderr: OutStream;
  /** Whether stdin is a terminal: a pager is only used with a person at both ends. */
  stdinIsTTY?: boolean;
  /** stdin's bytes, read only for a dataset piped in (`--data -`); none when absent. */
  stdin?: ByteSource;
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
function commandContext(proc: Process, global: GlobalOptions, settings: OutputSettings, stdin?: StdinDataset): CommandContext {
  const bundled = join(proc.root, "data", "films.json");
  const dataPath = stdin?.path ?? global.data ?? (proc.env.FILMCLI_DATA || bundled);
  // The bundled dataset's index is built with the program; other datasets' are cached on first use.
  const location: IndexLocation = {
    prebuilt: dataPath === bundled ? join(proc.root, "dist", "films.idx") : undefined,
    cacheDir: stdin ? null : cacheDirFor(proc.env), tempDir: tempDirFor(proc.env),
  };
  let catalog: FilmIndex | undefined;
  // The bundled catalogue and the IMDb library answer together; --data (or FILMCLI_DATA) names exactly one dataset.
  const home = libraryHomeFor(proc.env);
  const withLibrary = dataPath === bundled;
  let dataset: DiskCatalog | undefined;
  let library: LibraryCatalog | null | undefined;
  let pageTwins: ReadonlyMap<string, string> = new Map();
  // With pages imported, the bundled catalogue is read with their films merged in (README, "Film pages").
  const openDataset = (): DiskCatalog => {
    if (dataset) return dataset;
    const pages = withLibrary ? openPagesCatalog(home, bundled) : null;
    if (pages) pageTwins = pages.pageTwins;
    return (dataset = pages?.catalog ?? openCatalog(dataPath, location));
  };
  const openLibrary_ = (): LibraryCatalog | null => (library === undefined ? (library = openLibrary(home)) : library);
  return {
    term: settings.term,
    dataPath,
    dataName: stdin ? STDIN_NAME : dataPath,
    catalog: () => (catalog ??= withLibrary ? unionWith(openDataset(), openLibrary_(), pageTwins) : openDataset()),
    program: { commands: COMMANDS, global: GLOBAL_OPTIONS, shared: SHARED_OPTIONS },
    library: {
      home,
      env: proc.env,
      // Progress is for a person watching stderr; piped, it would only clutter a log.
      // A getter: asking whether stderr is a terminal makes Node's stderr stream, which only an import needs.
      get progress() {
        return proc.stderr.isTTY === true ? (text: string) => { proc.stderr.write(text); } : null;
      },
      open: openLibrary_,
      bundled: () => (withLibrary ? openDataset() : null),
      bundledFile: withLibrary ? bundled : null,
      pageTwins: () => pageTwins,
      close: () => {
        library?.close();
        library = undefined;
        dataset?.close();
        dataset = undefined;
        catalog = undefined;
      },
    },
  };
}

/** The dataset file named "-" (stdin), by --data, FILMCLI_DATA, or validate's argument. */
const STDIN_PATH = "-";

/** Whether this run reads its dataset from stdin. An empty --data is a usage error, an empty FILMCLI_DATA means unset. */
function wantsStdin(proc: Process, global: GlobalOptions, command: string, words: readonly string[]): boolean {
  if (global.data === "") throw new UsageError('--data needs a dataset file, got ""; use --data - to read one from stdin');
  if (command === "validate" && words[0] !== undefined) {
    if (words[0] === "") throw new UsageError('validate needs a dataset file, got ""');
    return words[0] === STDIN_PATH;
  }
  return (global.data ?? (proc.env.FILMCLI_DATA || undefined)) === STDIN_PATH;
}

/** Copies a dataset piped to stdin to a private temporary file (removed when the run ends). */
async function readStdinDataset(proc: Process): Promise<StdinDataset> {
  if (proc.stdinIsTTY === true || !proc.stdin) throw new DatasetError({ problem: "stdin-is-terminal", file: STDIN_NAME });
  return copyStdinDataset(proc.stdin, tempDirFor(proc.env));
}

/** An error about the private copy of stdin, told in terms of stdin. */
function aboutStdin(error: unknown, stdin: StdinDataset | undefined): unknown {
  return stdin && error instanceof DatasetError && error.fact.file === stdin.path ? new DatasetError({ ...error.fact, file: STDIN_NAME }) : error;
}

/** "ENOSPC", or in words when the code says little: "stdout is closed". */
const writeFailure = (failure: NodeJS.ErrnoException): string => (failure.code === "EBADF" ? "stdout is closed" : failure.code ?? failure.message);

/** Fails the run when stdout did not take what was written (a full disk, a closed stdout); a closed pipe is no failure. */
function checkWritten(writer: Writer): void {
  const failure = writer.failure();
  if (failure) throw new OutputError(`cannot write the output (${writeFailure(failure)})`);
}

/** Runs filmcli once and resolves to its exit code; nothing is thrown and nothing exits the process. */
export async function main(proc: Process): Promise<number> {
  const writer = createWriter(proc.stdout, proc.stderr);
  const debug = proc.argv.includes("--debug");
  let stdin: StdinDataset | undefined;
  try {
    // Commander (with the help it writes) is loaded only for the lines the plain reader leaves to it.
    const invocation = readPlainCommandLine(proc.argv, COMMANDS) ?? (await import("./program")).parseUnplainLine(proc.argv);
    if (invocation.kind === "print") {
      await writer.out(invocation.stdout);
      checkWritten(writer);
      await writer.err(invocation.stderr);
      if (invocation.failure) throw invocation.failure;
      return ExitCode.ok;
    }
    const settings = outputSettings(proc, invocation.global);
    if (wantsStdin(proc, invocation.global, invocation.command.name, invocation.words)) stdin = await readStdinDataset(proc);
    const ctx = commandContext(proc, invocation.global, settings, stdin);
    const words = stdin && invocation.command.name === "validate" ? [] : invocation.words;
    const { command } = invocation;
    const output = command.runAsync ? await command.runAsync(words, invocation.options, ctx) : command.run(words, invocation.options, ctx);
    const delivery = formatOutput(output, settings);
    // Only a whole text is ever paged (formatOutput gathers a stream when it may be); a stream is written piece by piece.
    const { stdout } = delivery;
    const paged = delivery.pager === null || typeof stdout !== "string" ? { kind: "not-started" as const } : await runPager(delivery.pager, stdout, proc.env);
    if (paged.kind !== "shown") {
      for (const chunk of typeof stdout === "string" ? [stdout] : stdout) {
        await writer.out(chunk);
        // `filmcli cast | head`: once the reader is gone, making the rest of a stream is wasted work.
        if (writer.outClosed()) break;
      }
    }
    checkWritten(writer);
    if (paged.kind === "failed") {
      const how = paged.signal ? `was ended by ${paged.signal}` : `exited with status ${paged.status}`;
      await writer.err(sanitize(`filmcli: the pager (${delivery.pager}) ${how}, so the output was written directly; set PAGER or use --no-pager\n`));
    }
    await writer.err(delivery.stderr());
    return delivery.exitCode();
  } catch (caught) {
    const error = aboutStdin(caught, stdin);
    await writer.err(sanitize(formatError(error, debug)));
    return exitCodeFor(error);
  } finally {
    stdin?.dispose();
  }
}

/** Whether stdin is a terminal; asked only when stdout is one (a pager needs both), as tty is slow to load. */
function stdinIsTTY(stdout: OutStream): boolean {
  return stdout.isTTY === true && (require("node:tty") as typeof import("node:tty")).isatty(0);
}

/** The executable's entry point: runs main against the real process and sets its exit code. */
export function run(root: string): void {
  // A stdout closed before the start (`filmcli >&-`) is /dev/null to Node: writes would vanish unreported.
  // Node's streams are made only for a terminal (or a descriptor left non-blocking): they cost several ms a run.
  const stdout = standardStream(1, () => process.stdout);
  const stderr = standardStream(2, () => process.stderr);
  // stdin is touched only when a dataset is piped in: opening it costs every run.
  const stdin: ByteSource = {
    [Symbol.asyncIterator]: () => {
      if ((require("node:tty") as typeof import("node:tty")).isatty(0)) throw new DatasetError({ problem: "stdin-is-terminal", file: STDIN_NAME });
      return (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    },
  };
  void main({ argv: process.argv.slice(2), env: process.env, stdout, stderr, stdinIsTTY: stdinIsTTY(stdout), stdin, root })
    .then((code) => { process.exitCode = code; });
}
