import { existsSync } from "node:fs";
import { join } from "node:path";
import type { MessagePort, Worker } from "node:worker_threads";
import type { IndexedFilm } from "./indexedFilm";
import type { KeyHash } from "./store";

/** A batch of films' JSON for a worker: the bytes, and where each film ends in them. */
export interface FilmBatch {
  kind: "films";
  bytes: Uint8Array;
  ends: Uint32Array;
}

/** What a worker is asked: to make a batch of films, or for the text words of all it made. */
export type WorkerRequest = FilmBatch | { kind: "vocabulary" };

/** The worker's bundle, built by scripts/build.mjs beside the bundle that runs. */
const WORKER_FILE = "film-worker.cjs";

interface Lane {
  worker: Worker;
  port: MessagePort;
}

/**
 * Worker threads that parse, validate and fold films while the main thread builds the index. The
 * build is synchronous, so answers are taken synchronously: each worker bumps its slot of a shared
 * counter after answering, and the main thread sleeps on that slot until the answer is there.
 * Batches go to the workers in turn and answers are taken in the order the batches were sent.
 */
export class FilmWorkers {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4 * 8));
  private sent = 0;
  private received = 0;

  private constructor(
    private readonly lanes: Lane[],
    private readonly threads: typeof import("node:worker_threads"),
  ) {}

  /** Starts `count` workers, or returns null when the worker bundle is not there (running from source). */
  static start(count: number, hash: KeyHash): FilmWorkers | null {
    const file = join(__dirname, WORKER_FILE);
    if (!existsSync(file)) return null;
    // Loaded here, not at the top: worker_threads brings Node's streams with it, ~5 ms of every start.
    const threads = require("node:worker_threads") as typeof import("node:worker_threads");
    const pool = new FilmWorkers([], threads);
    try {
      for (let slot = 0; slot < count; slot++) {
        const { port1, port2 } = new threads.MessageChannel();
        const worker = new threads.Worker(file, { workerData: { port: port2, signal: pool.signal, slot, hashName: hash.name }, transferList: [port2] });
        worker.unref();
        pool.lanes.push({ worker, port: port1 });
      }
    } catch {
      // No threads to be had (resource limits): the build runs on this thread instead.
      pool.close();
      return null;
    }
    return pool;
  }

  /** Batches sent and not yet received. */
  get pending(): number {
    return this.sent - this.received;
  }

  /** Sends a batch to the next worker in turn. */
  send(batch: FilmBatch): void {
    this.lanes[this.sent++ % this.lanes.length]!.port.postMessage(batch);
  }

  /** The answer to the oldest batch not yet received: its films, up to the first the worker could not vouch for. */
  receive(): IndexedFilm[] {
    return this.take(this.received++ % this.lanes.length) as IndexedFilm[];
  }

  /** Every worker's text words with how many of its films held each; call once every batch is received. */
  vocabularies(): Array<Array<[string, number]>> {
    return this.lanes.map((lane, slot) => {
      lane.port.postMessage({ kind: "vocabulary" });
      return this.take(slot) as Array<[string, number]>;
    });
  }

  private take(slot: number): unknown {
    const lane = this.lanes[slot]!;
    for (;;) {
      const seen = Atomics.load(this.signal, slot);
      const answer = this.threads.receiveMessageOnPort(lane.port);
      if (answer) {
        const message = answer.message as { error?: string };
        if (typeof message.error === "string") throw new Error(message.error);
        return message;
      }
      // A worker that died (out of memory, killed) never answers: look again every second.
      if (Atomics.wait(this.signal, slot, seen, 1000) === "timed-out" && lane.worker.threadId < 0) {
        throw new Error("an index worker thread stopped");
      }
    }
  }

  /** Stops the workers. */
  close(): void {
    for (const lane of this.lanes) {
      lane.port.close();
      void lane.worker.terminate();
    }
  }
}
