import { join } from "node:path";
import { main, type Process } from "../../src/cli/main";
import type { OutStream } from "../../src/output/writer";

export const ROOT = join(__dirname, "..", "..");
export const FIXTURE = join(ROOT, "tests", "fixtures", "films.json");

/** A stream that records what is written, or throws like a bug deep in a write would. */
export function stream(options: { throwOnWrite?: Error } = {}): OutStream & { text: string } {
  const s = {
    text: "",
    write(chunk: string, callback?: (error?: Error | null) => void): boolean {
      if (options.throwOnWrite) throw options.throwOnWrite;
      s.text += chunk;
      callback?.();
      return true;
    },
    on: () => s,
  };
  return s;
}

export type FakeProcess = Process & { stdout: ReturnType<typeof stream>; stderr: ReturnType<typeof stream> };

/** A process for main: a pipe on stdout, the package's own root, and no index cache (nothing written). */
export const fakeProcess = (argv: string[], stdout = stream(), env: Record<string, string> = {}): FakeProcess => ({
  argv, env: { FILMCLI_CACHE_DIR: "", ...env }, stdout, stderr: stream(), root: ROOT,
});

/** What a run of main left behind, shaped like a finished process. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs filmcli in-process through main, as the executable would but without starting a process. */
export async function runMain(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  const proc = fakeProcess(argv, stream(), env);
  const code = await main(proc);
  return { code, stdout: proc.stdout.text, stderr: proc.stderr.text };
}

/** Runs filmcli in-process over the small fixture dataset. */
export const runMainFixture = (argv: string[], env: Record<string, string> = {}): Promise<Run> => runMain(["--data", FIXTURE, ...argv], env);
