import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");
export const BIN = join(ROOT, "bin/filmcli.js");
export const FIXTURE = join(ROOT, "tests/fixtures/films.json");
const CACHE = mkdtempSync(join(tmpdir(), "filmcli-cache-"));

/** What a finished filmcli process left behind. */
export interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs the built filmcli as a real process, with a clean, colourless environment unless told otherwise. */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string): Run {
  return runCliAt(ROOT, args, env, input);
}

/** runCli for a copy of the package at `root` (a test that takes parts of the built program away). */
export function runCliAt(root: string, args: string[], env: Record<string, string> = {}, input?: string): Run {
  // A cache folder of the test run's own, so that no test reads or leaves indexes in the user's cache.
  const base: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", TERM: "xterm", FILMCLI_CACHE_DIR: CACHE };
  const result = spawnSync(process.execPath, [join(root, "bin/filmcli.js"), ...args], { env: { ...base, ...env }, encoding: "utf8", input, maxBuffer: 256 * 1024 * 1024 });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** Runs filmcli against the small fixture dataset. */
export function runFixture(args: string[], env: Record<string, string> = {}): Run {
  return runCli(["--data", FIXTURE, ...args], env);
}
