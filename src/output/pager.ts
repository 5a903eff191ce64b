/** Where a pager decision is made from. */
export interface PagerInputs {
  env: Record<string, string | undefined>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** `--no-pager` makes this false. */
  pagerFlag: boolean;
}

export const DEFAULT_PAGER = "less -FRX";

/**
 * The pager to send long output through, or null: only when a person is at both ends (stdin and
 * stdout are terminals) of a terminal that can page (TERM set and not `dumb`: a pager there asks for
 * RETURN), and `--no-pager` was not given. PAGER chooses it; an empty PAGER means none.
 */
export function choosePager({ env, stdinIsTTY, stdoutIsTTY, pagerFlag }: PagerInputs): string | null {
  if (!pagerFlag || !stdinIsTTY || !stdoutIsTTY) return null;
  if (!env.TERM || env.TERM === "dumb") return null;
  const pager = env.PAGER ?? DEFAULT_PAGER;
  return pager.trim() === "" ? null : pager;
}

/** How a pager run ended. */
export type PagerResult =
  /** The pager ran and exited 0 (having shown the text, or been quit early by its reader). */
  | { kind: "shown" }
  /** The pager could not be started (no shell, or the command was not found): nothing was shown. */
  | { kind: "not-started" }
  /** The pager exited with a failure status or was killed: what it showed, if anything, is unknown. */
  | { kind: "failed"; status: number | null; signal: string | null };

/** Signals a person at the terminal sends to the whole foreground group: the pager handles them itself. */
const TERMINAL_SIGNALS = ["SIGINT", "SIGQUIT"] as const;
/** Signals that end filmcli: passed on to the pager, so it does not outlive filmcli holding the terminal. */
const ENDING_SIGNALS = ["SIGTERM", "SIGHUP"] as const;

const READER_STOPPED = new Set(["SIGINT", "SIGQUIT", "SIGPIPE"]);
const READER_STOPPED_STATUS = new Set([130, 131]);

/**
 * Pipes text through the pager command (run by the shell, like git does) and resolves when it exits.
 * While it runs, filmcli ignores Ctrl-C and Ctrl-\ (the pager gets them too, and quits or not as it
 * chooses; filmcli ending first would leave it reading the terminal), and passes SIGTERM and SIGHUP
 * on to it.
 */
export function runPager(command: string, text: string, env: Record<string, string | undefined>): Promise<PagerResult> {
  return new Promise((resolve) => {
    // Required here, not at the top: loading child_process costs every run, and few runs page.
    const { spawn } = require("node:child_process") as typeof import("node:child_process");
    const child = spawn("sh", ["-c", command], { stdio: ["pipe", "inherit", "inherit"], env: { LESS: "FRX", ...env } });
    const ignore = (): void => undefined;
    let ending: NodeJS.Signals | undefined;
    const forward = (signal: NodeJS.Signals): void => { ending = signal; child.kill(signal); };
    for (const signal of TERMINAL_SIGNALS) process.on(signal, ignore);
    for (const signal of ENDING_SIGNALS) process.on(signal, forward);
    const done = (result: PagerResult): void => {
      for (const signal of TERMINAL_SIGNALS) process.off(signal, ignore);
      for (const signal of ENDING_SIGNALS) process.off(signal, forward);
      // filmcli was told to end: now that the pager is gone, end as the signal would have.
      if (ending) process.kill(process.pid, ending);
      else resolve(result);
    };
    let started = true;
    child.on("error", () => { started = false; done({ kind: "not-started" }); });
    // A pager quit before reading everything (q in less) closes its stdin: that is not an error.
    child.stdin.on("error", () => undefined);
    child.on("close", (status, signal) => {
      if (!started) return;
      // 127: the shell found no such command.
      if (status === 127) done({ kind: "not-started" });
      // 0, or its reader ended it (Ctrl-C, Ctrl-\, or a pager that exits 128 + the signal).
      else if (status === 0 || READER_STOPPED.has(signal ?? "") || READER_STOPPED_STATUS.has(status ?? -1)) done({ kind: "shown" });
      else done({ kind: "failed", status, signal });
    });
    child.stdin.end(text);
  });
}
