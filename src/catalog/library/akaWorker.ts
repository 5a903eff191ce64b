// Entry of the import's worker thread (bundled as dist/aka-worker.cjs): reads title.akas while the
// main thread reads the files of credits, against the primary titles and title rows the main thread
// shares with it, and answers with the alternative titles (AltTitles) and the file's tally.
import { parentPort, workerData } from "node:worker_threads";
import { imdbFile } from "../../imdb/imdbFiles";
import { AltTitles, leftOutRow } from "./altTitles";
import { ImportError } from "./importError";
import { FileTally, readImdbRows } from "./readImdbSet";
import type { AkaJob, AkaMessage } from "./readAkasOnWorker";
import { StringStore } from "./stores";

const { path, rowOf, titles } = workerData as AkaJob;
const post = (message: AkaMessage, transfer: ArrayBuffer[] = []): void => parentPort!.postMessage(message, transfer);

async function main(): Promise<void> {
  const started = Date.now();
  const titleStore = StringStore.from(titles);
  const row = (tconst: number): number => (tconst < rowOf.length ? rowOf[tconst]! : -1);
  const alts = new AltTitles(row, (r) => titleStore.get(r));
  const tally = new FileTally();
  await readImdbRows(path, imdbFile("title.akas"), tally, (fields, line) => alts.add(fields, line, tally),
    (progress) => post({ kind: "progress", progress }), (bytes, start, end, number) => leftOutRow(bytes, start, end, number, tally, row));
  const pairs = alts.alts.parts();
  const strings = alts.strings.parts();
  post({ kind: "done", tally: tally.state(), seconds: (Date.now() - started) / 1000, pairs, strings },
    [pairs.groups.buffer as ArrayBuffer, pairs.values.buffer as ArrayBuffer, ...strings.chunks.map((c) => c.buffer as ArrayBuffer)]);
}

main().catch((error: unknown) => {
  post(error instanceof ImportError ? { kind: "failed", fact: error.fact } : { kind: "crashed", message: error instanceof Error ? error.stack ?? error.message : String(error) });
});
