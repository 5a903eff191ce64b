import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { DatasetError } from "../errors";
import { FILM_SHAPE } from "../films/datasetShape";
import type { Film } from "../films/film";
import { checkShape, type Problem } from "../films/shape";
import { compileShape } from "../films/compileShape";
import { duplicateIdProblem, validateDataset } from "../films/validateDataset";
import { decodeUtf8, MAX_DATASET_BYTES, parseDatasetText } from "./readDatasetFile";
import { DatasetScanner, ScanError } from "./scanDataset";
import { FilmWorkers } from "./filmWorkers";
import { indexedFilm, mergeVocabularies, TextVocabulary, type IndexedFilm } from "./indexedFilm";
import type { KeyHash } from "./store";

const CHUNK = 16 * 1024 * 1024;

/** Receives each valid film of a dataset file with the byte range of its JSON, in file order. */
export type FilmHandler = (film: Film, offset: number, length: number) => void;

/** Receives what the index keeps of each valid film of a dataset file, with its byte range, in file order. */
export type IndexedFilmHandler = (film: IndexedFilm, offset: number, length: number) => void;

// The machines filmcli is measured on have two cores; the main thread builds the index meanwhile.
const WORKERS = 2;

function invalid(file: string, problem: Problem): DatasetError {
  return new DatasetError({ problem: "invalid", file, path: problem.path, detail: problem.message });
}

/** The film check (compiled by each scan, not when the program loads: most runs scan nothing). */
type FilmCheck = (film: unknown) => boolean;

/** Parses and validates one film's JSON (`i` its index, `start` its offset in the file), throwing its first problem. */
function parseFilm(bytes: Buffer, file: string, i: number, start: number, isFilm: FilmCheck): Film {
  let film: unknown;
  const text = decodeUtf8(bytes, file, start);
  try {
    film = JSON.parse(text);
  } catch {
    throw new ScanError(`films[${i}] is not valid JSON`);
  }
  if (!isFilm(film)) {
    const problems: Problem[] = [];
    checkShape(film, FILM_SHAPE, `films[${i}]`, problems, 1);
    if (problems[0]) throw invalid(file, problems[0]);
  }
  return film as Film;
}

/** Refuses an id seen before, naming the film that had it first. */
function idChecker(file: string): (id: string, i: number) => void {
  const ids = new Map<string, number>();
  return (id, i) => {
    const first = ids.get(id);
    if (first !== undefined) throw invalid(file, duplicateIdProblem(i, first, id));
    ids.set(id, i);
  };
}

/** Where the scanner's films go: `film` may hold films back, `drain` hands on every film held; both throw a film's problem. */
interface FilmStage {
  film(bytes: Buffer, start: number, end: number): void;
  drain(): void;
  /** Films received so far. */
  count: number;
}

/** Parses, validates and hands on each film at once, on this thread. */
function inThread(file: string, onFilm: FilmHandler): FilmStage {
  const checkId = idChecker(file);
  const isFilm = compileShape(FILM_SHAPE);
  return {
    count: 0,
    film(bytes, start, end) {
      const i = this.count++;
      const film = parseFilm(bytes, file, i, start, isFilm);
      checkId(film.id, i);
      onFilm(film, start, end - start);
    },
    drain() {},
  };
}

/** How many bytes of films go to a worker at a time, and how many batches may be out at once. */
const BATCH_BYTES = 1024 * 1024;
const BATCHES_OUT = 4;

interface SentBatch {
  first: number;
  bytes: Buffer;
  starts: number[];
  ends: Uint32Array;
}

/**
 * Sends films to worker threads in batches and hands on what they return in file order; a film a
 * worker cannot vouch for, and the rest of its batch, are read here as on one thread, so each problem
 * is the same, and a problem of a later film never overtakes one of an earlier film.
 */
function pooled(file: string, workers: FilmWorkers, hash: KeyHash, vocabulary: TextVocabulary, onFilm: IndexedFilmHandler): FilmStage {
  const checkId = idChecker(file);
  const isFilm = compileShape(FILM_SHAPE);
  const out: SentBatch[] = [];
  let buffer = Buffer.allocUnsafe(BATCH_BYTES);
  let used = 0;
  let starts: number[] = [];
  let ends: number[] = [];
  let first = 0;
  const send = (): void => {
    if (starts.length === 0) return;
    const batch = { first, bytes: buffer.subarray(0, used), starts, ends: Uint32Array.from(ends) };
    workers.send({ kind: "films", bytes: batch.bytes, ends: batch.ends });
    out.push(batch);
    first += starts.length;
    buffer = Buffer.allocUnsafe(BATCH_BYTES);
    used = 0;
    starts = [];
    ends = [];
  };
  const settle = (): void => {
    const batch = out.shift()!;
    const films = workers.receive();
    for (let j = 0; j < batch.starts.length; j++) {
      const i = batch.first + j;
      const from = j === 0 ? 0 : batch.ends[j - 1]!;
      const start = batch.starts[j]!;
      const length = batch.ends[j]! - from;
      const film = j < films.length ? films[j]! : indexedFilm(parseFilm(batch.bytes.subarray(from, batch.ends[j]), file, i, start, isFilm), hash, vocabulary);
      checkId(film.id, i);
      onFilm(film, start, length);
    }
  };
  return {
    count: 0,
    film(bytes, start) {
      this.count++;
      if (used + bytes.length > buffer.length) {
        send();
        if (bytes.length > buffer.length) buffer = Buffer.allocUnsafe(bytes.length);
      }
      bytes.copy(buffer, used);
      used += bytes.length;
      starts.push(start);
      ends.push(used);
      if (used === buffer.length) send();
      while (workers.pending > BATCHES_OUT) settle();
    },
    drain() {
      send();
      while (out.length > 0) settle();
    },
  };
}

/** Scans the file film by film, validating each, in memory bounded by its largest film (and the batches out). Throws ScanError on malformed JSON. */
function scan(file: string, stage: FilmStage): number {
  let version = false;
  let stageFailed = false;
  const scanner = new DatasetScanner({
    film(bytes, start, end) {
      try {
        stage.film(bytes, start, end);
      } catch (error) {
        stageFailed = true;
        throw error;
      }
    },
    member(key, json) {
      if (key !== "schemaVersion") throw invalid(file, { path: key, message: "is not a known field" });
      const value: unknown = JSON.parse(json);
      if (value !== 1) throw invalid(file, { path: key, message: `expected 1, got ${json.slice(0, 40)}` });
      version = true;
    },
  });
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    throw DatasetError.unreadable(file, error);
  }
  try {
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (let n; (n = readSync(fd, buffer, 0, CHUNK, null)) > 0;) scanner.push(buffer.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    scanner.end();
  } catch (error) {
    // The films before the point of failure come first: one of them may have a problem of its own.
    if (!stageFailed) stage.drain();
    throw error;
  }
  stage.drain();
  if (!version) throw invalid(file, { path: "schemaVersion", message: "is missing" });
  return stage.count;
}

// Datasets smaller than this are read on one thread (the bundled catalogue is 2 MiB; tests/e2e/indexWorkers.test.ts uses 5 MiB).
const WORKERS_FROM_BYTES = 4 * 2 ** 20;

/**
 * Reads a dataset file film by film, validating every film; the first problem is a DatasetError naming
 * the file and the JSON path. Malformed JSON is re-read whole (within the size a string can hold) so
 * that the error is JSON.parse's own. Returns how many films there are.
 */
export function scanDatasetFile(file: string, size: number, onFilm: FilmHandler): number {
  return scanOrExplain(file, size, () => inThread(file, onFilm));
}

/**
 * Like scanDatasetFile, but hands on only what the index keeps of each film (hashed with `hash`),
 * and does the parsing, validating and folding on worker threads when their bundle is there (same
 * films, same problems). Returns how many films there are and the text words' vocabulary.
 */
export function indexDatasetFile(file: string, size: number, hash: KeyHash, onFilm: IndexedFilmHandler): { films: number; vocabulary: Map<string, number> } {
  const vocabulary = new TextVocabulary(hash);
  // Starting a worker costs a tenth of a second or more: worth it only when there is much to parse.
  const workers = size >= WORKERS_FROM_BYTES ? FilmWorkers.start(WORKERS, hash) : null;
  if (!workers) {
    const films = scanDatasetFile(file, size, (film, offset, length) => onFilm(indexedFilm(film, hash, vocabulary), offset, length));
    return { films, vocabulary: mergeVocabularies([vocabulary.counts()]) };
  }
  try {
    const films = scanOrExplain(file, size, () => pooled(file, workers, hash, vocabulary, onFilm));
    return { films, vocabulary: mergeVocabularies([vocabulary.counts(), ...workers.vocabularies()]) };
  } finally {
    workers.close();
  }
}

function scanOrExplain(file: string, size: number, stage: () => FilmStage): number {
  try {
    return scan(file, stage());
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    if (size > MAX_DATASET_BYTES) throw new DatasetError({ problem: "not-json", file, reason: error.message });
    const value = parseDatasetText(decodeUtf8(readFileSync(file), file), file);
    const [problem] = validateDataset(value, 1);
    if (problem) throw invalid(file, problem);
    // The whole file parses and validates, yet the scanner refused it: a bug of the scanner's.
    throw new Error(`${file}: the dataset scanner refused valid JSON (${error.message})`);
  }
}
