import { existsSync } from "node:fs";
import { ImportError, type ImportProblem } from "./importError";
import type { ImportProgress, TallyState } from "./readImdbSet";
import { Grouped, StringStore, type GroupedParts, type StringStoreParts } from "./stores";

/** What the worker is given: the file, the row of each tconst (-1: not imported) and the primary titles, shared. */
export interface AkaJob {
  path: string;
  rowOf: Int32Array;
  titles: StringStoreParts;
}

/** What the worker says: how far it is, what it read, or why it stopped. */
export type AkaMessage =
  | { kind: "progress"; progress: ImportProgress }
  | { kind: "done"; tally: TallyState; seconds: number; pairs: GroupedParts; strings: StringStoreParts }
  | { kind: "failed"; fact: ImportProblem }
  | { kind: "crashed"; message: string };

/** title.akas as the worker read it. */
export interface AkasRead {
  alts: Grouped;
  strings: StringStore;
  tally: TallyState;
  seconds: number;
}

/** A title.akas read under way on a worker thread. */
export interface AkaRead {
  /** Settles with what was read, or with the ImportError that stopped the read. */
  readonly result: Promise<AkasRead>;
  /** Where the worker's progress goes from now on (none until it is set). */
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the worker (harmless once it has answered). */
  stop(): void;
}

/**
 * Starts reading title.akas on a worker thread (the bundle `workerFile`, built beside the program), or
 * returns null when there is none (running from source) or no thread can start: the caller reads it itself.
 */
export function readAkasOnWorker(workerFile: string | null, job: AkaJob): AkaRead | null {
  if (workerFile === null || !existsSync(workerFile)) return null;
  const { Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
  let worker: import("node:worker_threads").Worker;
  try {
    worker = new Worker(workerFile, { workerData: job });
  } catch {
    return null;
  }
  const read: AkaRead = {
    result: new Promise<AkasRead>((resolve, reject) => {
      let settled = false;
      const settle = (error: unknown, value?: AkasRead): void => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        if (value) resolve(value);
        else reject(error);
      };
      worker.on("message", (message: AkaMessage) => {
        if (message.kind === "progress") read.onProgress?.(message.progress);
        else if (message.kind === "done") {
          settle(null, { alts: Grouped.from(message.pairs), strings: StringStore.from(message.strings), tally: message.tally, seconds: message.seconds });
        } else if (message.kind === "failed") settle(new ImportError(message.fact));
        else settle(new Error(`the title.akas worker thread failed: ${message.message}`));
      });
      worker.on("error", (error) => settle(error));
      worker.on("exit", (code) => settle(new Error(`the title.akas worker thread stopped (exit code ${code})`)));
    }),
    stop: () => void worker.terminate(),
  };
  // A failure is taken when the result is awaited; until then it must not count as unhandled.
  read.result.catch(() => undefined);
  return read;
}
