
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
 * stdout are terminals) and `--no-pager` was not given. PAGER chooses it; an empty PAGER means none.
 */
export function choosePager({ env, stdinIsTTY, stdoutIsTTY, pagerFlag }: PagerInputs): string | null {
  if (!pagerFlag || !stdinIsTTY || !stdoutIsTTY) return null;
  const pager = env.PAGER ?? DEFAULT_PAGER;
  return pager.trim() === "" ? null : pager;
}

/**
 * Pipes text through the pager command (run by the shell, like git does) and resolves when it exits.
 * Resolves false when the pager could not be started, so the caller writes the text itself.
 */
export function runPager(command: string, text: string, env: Record<string, string | undefined>): Promise<boolean> {
  return new Promise((resolve) => {
    // Required here, not at the top: loading child_process costs every run, and few runs page.
    const { spawn } = require("node:child_process") as typeof import("node:child_process");
    const child = spawn("sh", ["-c", command], { stdio: ["pipe", "inherit", "inherit"], env: { LESS: "FRX", ...env } });
    let started = true;
    child.on("error", () => { started = false; resolve(false); });
    // A pager quit before reading everything (q in less) closes its stdin: that is not an error.
    child.stdin.on("error", () => undefined);
    child.on("close", (code) => { if (started) resolve(code !== 127); });
    child.stdin.end(text);
  });
}
