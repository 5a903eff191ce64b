import { existsSync } from "node:fs";
import { ImportError, type ImportProblem } from "./importError";
import type { NameRowsParts } from "./nameRows";
import type { ImportProgress, TallyState } from "./readImdbSet";
import type { MessagePort } from "node:worker_threads";
import type { SpillOptions } from "../store";
import { Grouped, StringStore, type DiskLogHandle, type FinishedGroupedParts, type GroupedParts, type StringStoreParts } from "./stores";

/** A file for a worker thread to read: title.akas against the title rows and primary titles (shared), or name.basics into a lent log. */
export type ImportJob =
  | { kind: "akas"; path: string; rowOf: Int32Array; titles: StringStoreParts }
  | { kind: "names"; path: string; log: DiskLogHandle };

/**
 * The title keys (writeTitleKeys.ts) for a worker thread to write into an index file of their own at
 * `path`, while the main thread writes the rest of the library: films in order (their title rows),
 * tconsts and primary titles by row, alternative titles grouped by row (the titles shared).
 */
export interface TitleKeysJob {
  kind: "titleKeys";
  path: string;
  rowOfFilm: Uint32Array;
  tconst: Uint32Array;
  titles: StringStoreParts;
  alts: FinishedGroupedParts;
  altStrings: StringStoreParts;
  spill: SpillOptions;
}

/** What the main thread gives a worker writing title keys: the job, and where to answer (a port, and a counter bumped after each answer). */
export type TitleKeysWork = TitleKeysJob & { port: MessagePort; signal: Int32Array };

/** A worker writing the title keys. */
export interface TitleKeysRun {
  /** Waits (blocking this thread) until the index file is written; its path. */
  take(): string;
  stop(): void;
}

/**
 * Starts writing the title keys on a worker thread, or returns null when there is none: the caller
 * writes them itself. Taken synchronously: the library is written by synchronous code.
 */
export function writeTitleKeysOnWorker(workerFile: string | null, job: TitleKeysJob): TitleKeysRun | null {
  if (workerFile === null || !existsSync(workerFile)) return null;
  const { MessageChannel, receiveMessageOnPort, Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: import("node:worker_threads").Worker;
  try {
    worker = new Worker(workerFile, { workerData: { ...job, port: port2, signal } satisfies TitleKeysWork, transferList: [port2] });
  } catch {
    port1.close();
    return null;
  }
  let exited = false;
  worker.on("exit", () => { exited = true; });
  // Errors come as messages; the event only keeps an uncaught one from ending the process.
  worker.on("error", () => undefined);
  const stop = (): void => {
    port1.close();
    void worker.terminate();
  };
  return {
    take: () => {
      try {
        for (;;) {
          const seen = Atomics.load(signal, 0);
          const answer = receiveMessageOnPort(port1)?.message as JobMessage | undefined;
          if (answer?.kind === "titleKeys") return answer.path;
          if (answer?.kind === "crashed") throw new Error(`an import worker thread failed: ${answer.message}`);
          if (answer?.kind === "failed") throw new ImportError(answer.fact);
          // A worker that died (out of memory, killed) never answers: look again every second.
          if (Atomics.wait(signal, 0, seen, 1000) === "timed-out" && exited) throw new Error("an import worker thread stopped");
        }
      } finally {
        stop();
      }
    },
    stop,
  };
}

/** What a worker says: how far it is, what it read, or why it stopped. */
export type JobMessage =
  | { kind: "progress"; progress: ImportProgress }
  | { kind: "akas"; tally: TallyState; seconds: number; pairs: GroupedParts; strings: StringStoreParts }
  | { kind: "names"; tally: TallyState; seconds: number; rows: NameRowsParts }
  | { kind: "titleKeys"; path: string }
  | { kind: "failed"; fact: ImportProblem }
  | { kind: "crashed"; message: string };

/** What a worker read, by job: the alternative titles (AltTitles) or the people (NameRows), and the file's tally. */
export type JobResult<K extends ImportJob["kind"]> = { tally: TallyState; seconds: number } & (K extends "akas"
  ? { alts: Grouped; strings: StringStore }
  : { rows: NameRowsParts });

/** A file being read on a worker thread. */
export interface JobRun<K extends ImportJob["kind"]> {
  /** Settles with what was read, or with the ImportError that stopped the read. */
  readonly result: Promise<JobResult<K>>;
  /** Where the worker's progress goes from now on (none until it is set). */
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the worker (harmless once it has answered). */
  stop(): void;
}

/**
 * Starts reading a file on a worker thread (the bundle `workerFile`, built beside the program), or
 * returns null when there is none (running from source) or no thread can start: the caller reads it itself.
 */
export function runImportJob<K extends ImportJob["kind"]>(workerFile: string | null, job: ImportJob & { kind: K }): JobRun<K> | null {
  if (workerFile === null || !existsSync(workerFile)) return null;
  const { Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
  let worker: import("node:worker_threads").Worker;
  try {
    worker = new Worker(workerFile, { workerData: job });
  } catch {
    return null;
  }
  const run: JobRun<K> = {
    result: new Promise<JobResult<K>>((resolve, reject) => {
      let settled = false;
      const settle = (error: unknown, value?: JobResult<K>): void => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        if (value) resolve(value);
        else reject(error);
      };
      worker.on("message", (message: JobMessage) => {
        switch (message.kind) {
          case "progress": return run.onProgress?.(message.progress);
          case "akas": return settle(null, { alts: Grouped.from(message.pairs), strings: StringStore.from(message.strings), tally: message.tally, seconds: message.seconds } as unknown as JobResult<K>);
          case "names": return settle(null, { rows: message.rows, tally: message.tally, seconds: message.seconds } as unknown as JobResult<K>);
          case "titleKeys": return settle(new Error("an import worker thread answered out of turn"));
          case "failed": return settle(new ImportError(message.fact));
          case "crashed": return settle(new Error(`an import worker thread failed: ${message.message}`));
        }
      });
      worker.on("error", (error) => settle(error));
      worker.on("exit", (code) => settle(new Error(`an import worker thread stopped (exit code ${code})`)));
    }),
    stop: () => void worker.terminate(),
  };
  // A failure is taken when the result is awaited; until then it must not count as unhandled.
  run.result.catch(() => undefined);
  return run;
}
