import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { DatasetError } from "../errors";
import { FILM_SHAPE } from "../films/datasetShape";
import type { Film } from "../films/film";
import { checkShape, type Problem } from "../films/shape";
import { duplicateIdProblem, validateDataset } from "../films/validateDataset";
import { decodeUtf8, MAX_DATASET_BYTES, parseDatasetText } from "./readDatasetFile";
import { DatasetScanner, ScanError } from "./scanDataset";

const CHUNK = 16 * 1024 * 1024;

/** Receives each valid film of a dataset file with the byte range of its JSON, in file order. */
export type FilmHandler = (film: Film, offset: number, length: number) => void;

function invalid(file: string, problem: Problem): DatasetError {
  return new DatasetError({ problem: "invalid", file, path: problem.path, detail: problem.message });
}

/** Scans the file film by film, validating each, in memory bounded by its largest film. Throws ScanError on malformed JSON. */
function scan(file: string, onFilm: FilmHandler): number {
  const ids = new Map<string, number>();
  let count = 0;
  let version = false;
  const scanner = new DatasetScanner({
    film(bytes, start, end) {
      const i = count++;
      let film: unknown;
      const text = decodeUtf8(bytes, file, start);
      try {
        film = JSON.parse(text);
      } catch {
        throw new ScanError(`films[${i}] is not valid JSON`);
      }
      const problems: Problem[] = [];
      checkShape(film, FILM_SHAPE, `films[${i}]`, problems, 1);
      if (problems[0]) throw invalid(file, problems[0]);
      const { id } = film as Film;
      const first = ids.get(id);
      if (first !== undefined) throw invalid(file, duplicateIdProblem(i, first, id));
      ids.set(id, i);
      onFilm(film as Film, start, end - start);
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
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, null)) > 0;) scanner.push(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  scanner.end();
  if (!version) throw invalid(file, { path: "schemaVersion", message: "is missing" });
  return count;
}

/**
 * Reads a dataset file film by film, validating every film; the first problem is a DatasetError naming
 * the file and the JSON path. Malformed JSON is re-read whole (within the size a string can hold) so
 * that the error is JSON.parse's own. Returns how many films there are.
 */
export function scanDatasetFile(file: string, size: number, onFilm: FilmHandler): number {
  try {
    return scan(file, onFilm);
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
