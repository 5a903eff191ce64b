// Entry of the index build's worker threads (bundled as dist/film-worker.cjs): parses, validates and
// folds the films of each batch it is sent, and answers with what the index keeps of each, up to the
// first film it cannot vouch for. The main thread redoes that film and the rest of the batch itself,
// so that every problem is reported exactly as an index built on one thread reports it. Asked for
// its vocabulary, it answers with the text words of the films it made and how many held each.
import { workerData, type MessagePort } from "node:worker_threads";
import { compileShape } from "../films/compileShape";
import { FILM_SHAPE } from "../films/datasetShape";
import type { Film } from "../films/film";
import { indexedFilm, TextVocabulary, type Hashes, type IndexedFilm } from "./indexedFilm";
import type { WorkerRequest } from "./filmWorkers";
import { murmur3KeyHash } from "./store";

const isFilm = compileShape(FILM_SHAPE);
const { port, signal, slot, hashName } = workerData as { port: MessagePort; signal: Int32Array; slot: number; hashName: string };
const hash = murmur3KeyHash();
const vocabulary = new TextVocabulary(hash);

function read(bytes: Buffer): IndexedFilm | null {
  const text = bytes.toString("utf8");
  // Text that may hold repaired bytes, or that does not parse or validate, is the main thread's to report.
  if (text.includes("\ufffd")) return null;
  let film: unknown;
  try {
    film = JSON.parse(text);
  } catch {
    return null;
  }
  return isFilm(film) ? indexedFilm(film as Film, hash, vocabulary) : null;
}

function answer(request: WorkerRequest): unknown {
  if (request.kind === "vocabulary") return vocabulary.counts();
  const { bytes, ends } = request;
  const films: IndexedFilm[] = [];
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let j = 0, start = 0; j < ends.length; start = ends[j++]!) {
    const film = read(all.subarray(start, ends[j]));
    if (!film) break;
    films.push(film);
  }
  return packHashes(films);
}

/**
 * Moves the films' hash lists into one Uint32Array, each film keeping a view of it: the answer is
 * cloned once per batch for the buffer instead of once per number, and taken apart with no array per list.
 */
function packHashes(films: IndexedFilm[]): IndexedFilm[] {
  let total = 0;
  for (const film of films) total += film.titleGrams.length + film.titleWords.length + film.textTerms.length;
  const all = new Uint32Array(total);
  let at = 0;
  const view = (hashes: Hashes): Uint32Array => {
    all.set(hashes, at);
    return all.subarray(at, (at += hashes.length));
  };
  for (const film of films) {
    film.titleGrams = view(film.titleGrams);
    film.titleWords = view(film.titleWords);
    film.textTerms = view(film.textTerms);
  }
  return films;
}

port.on("message", (request: WorkerRequest) => {
  // A worker hashing otherwise than the builder would file every term under the wrong number.
  port.postMessage(hash.name === hashName ? answer(request) : { error: `the index worker hashes with ${hash.name}, not ${hashName}` });
  Atomics.add(signal, slot, 1);
  Atomics.notify(signal, slot);
});
