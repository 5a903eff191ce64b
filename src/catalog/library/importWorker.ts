// Entry of the import's worker threads (bundled as dist/import-worker.cjs): each reads one IMDb file
// while the main thread reads others, and answers with what it read (runImportJob.ts) and the file's
// tally. title.akas is read against the primary titles and title rows the main thread shares;
// name.basics before the credits say who is needed (NameRows).
import { parentPort, workerData } from "node:worker_threads";
import { imdbFile } from "../../imdb/imdbFiles";
import { AltTitles, leftOutRow } from "./altTitles";
import type { ImportJob, JobMessage, TitleKeysWork } from "./runImportJob";
import { ImportError } from "./importError";
import { NameRows } from "./nameRows";
import { FileTally, readImdbRows, type ImportProgress } from "./readImdbSet";
import { DiskLog, Grouped, StringStore } from "./stores";
import { formatTconst } from "../../imdb/imdbIds";
import { murmur3KeyHash, writeIndexFile } from "../store";
import { fastFoldTitle } from "./fastFold";
import { writeTitleKeys } from "./writeTitleKeys";

const job = workerData as ImportJob | TitleKeysWork;
const post = (message: JobMessage, transfer: ArrayBuffer[] = []): void => parentPort!.postMessage(message, transfer);
// What is moved to the main thread rather than copied; shared memory is shared anyway.
const buffers = (...views: ArrayBufferView[]): ArrayBuffer[] =>
  [...new Set(views.map((v) => v.buffer))].filter((b): b is ArrayBuffer => !(b instanceof SharedArrayBuffer));

/** Writes the title keys into an index file of their own (runImportJob.ts, TitleKeysJob). */
function titleKeys(work: TitleKeysWork): string {
  const titles = StringStore.from(work.titles);
  const alts = Grouped.fromFinished(work.alts);
  const altStrings = StringStore.from(work.altStrings);
  const { rowOfFilm, tconst } = work;
  // Each film's folded title, made once: every key and postings section reads it.
  const folded = new StringStore();
  for (let f = 0; f < rowOfFilm.length; f++) folded.add(fastFoldTitle(titles.get(rowOfFilm[f]!)));
  writeIndexFile(work.path, (writer) => {
    writeTitleKeys(writer, {
      films: rowOfFilm.length, id: (f) => formatTconst(tconst[rowOfFilm[f]!]!), folded: (f) => folded.get(f),
      alts: (f) => Array.from(alts.of(rowOfFilm[f]!), (a) => altStrings.get(a)),
    }, murmur3KeyHash(), work.spill);
    return null;
  });
  return work.path;
}

async function main(): Promise<void> {
  const started = Date.now();
  if (job.kind === "titleKeys") {
    const answer = (message: JobMessage): void => {
      job.port.postMessage(message);
      Atomics.add(job.signal, 0, 1);
      Atomics.notify(job.signal, 0);
    };
    try {
      answer({ kind: "titleKeys", path: titleKeys(job) });
    } catch (error) {
      answer({ kind: "crashed", message: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
    return;
  }
  const tally = new FileTally();
  const progress = (p: ImportProgress): void => post({ kind: "progress", progress: p });
  if (job.kind === "akas") {
    const titles = StringStore.from(job.titles);
    const rowOf = job.rowOf;
    const row = (tconst: number): number => (tconst < rowOf.length ? rowOf[tconst]! : -1);
    const alts = new AltTitles(row, (r) => titles.get(r));
    await readImdbRows(job.path, imdbFile("title.akas"), tally, (fields, line) => alts.add(fields, line, tally), progress,
      (bytes, start, end, number) => leftOutRow(bytes, start, end, number, tally, row));
    const pairs = alts.alts.parts();
    const strings = alts.strings.parts();
    post({ kind: "akas", tally: tally.state(), seconds: (Date.now() - started) / 1000, pairs, strings },
      buffers(pairs.groups, pairs.values, ...strings.chunks));
    return;
  }
  const rows = new NameRows(new DiskLog(job.log));
  await readImdbRows(job.path, imdbFile("name.basics"), tally, (fields, line) => rows.add(fields, line, tally), progress);
  const parts = rows.parts();
  post({ kind: "names", tally: tally.state(), seconds: (Date.now() - started) / 1000, rows: parts },
    buffers(parts.nconst, parts.line, parts.at, parts.repeats, ...parts.names.chunks));
}

main().catch((error: unknown) => {
  post(error instanceof ImportError ? { kind: "failed", fact: error.fact } : { kind: "crashed", message: error instanceof Error ? error.stack ?? error.message : String(error) });
});
