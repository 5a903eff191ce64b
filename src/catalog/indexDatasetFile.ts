import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { DatasetScanner, ScanError } from "./scanDataset";
import { DatasetError } from "../errors";
import { IndexBuilder, indexFilms, type CatalogIndex, type IndexSource } from "./catalogIndex";
import { FILM_SHAPE } from "../films/datasetShape";
import type { Dataset, Film } from "../films/film";
import { MAX_DATASET_BYTES, parseDatasetText } from "./readDatasetFile";
import { checkShape, type Problem } from "../films/shape";
import { duplicateIdProblem, validateDataset } from "../films/validateDataset";

const CHUNK = 16 * 1024 * 1024;

/** An index, and the films themselves when they had to be parsed whole (their byte ranges unknown). */
export interface IndexedDataset {
  index: CatalogIndex;
  films?: Film[];
}

function invalid(file: string, problem: Problem): DatasetError {
  return new DatasetError({ problem: "invalid", file, path: problem.path, detail: problem.message });
}

/** Scans the file film by film, validating each, in bounded memory. Throws ScanError on malformed JSON. */
function scan(file: string, source: IndexSource): CatalogIndex {
  const builder = new IndexBuilder(source);
  const ids = new Map<string, number>();
  let count = 0;
  let version = false;
  const scanner = new DatasetScanner({
    film(bytes, start, end) {
      const i = count++;
      let film: unknown;
      try {
        film = JSON.parse(bytes.toString("utf8"));
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
      builder.add(film as Film, start, end - start);
    },
    member(key, json) {
      if (key !== "schemaVersion") throw invalid(file, { path: key, message: "is not a known field" });
      const value: unknown = JSON.parse(json);
      if (value !== 1) throw invalid(file, { path: key, message: `expected 1, got ${json.slice(0, 40)}` });
      version = true;
    },
  });
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, null)) > 0;) scanner.push(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  scanner.end();
  if (!version) throw invalid(file, { path: "schemaVersion", message: "is missing" });
  return builder.finish();
}

/**
 * Reads a dataset file into an index, validating every film; the first problem is a DatasetError
 * naming the file and the JSON path. Malformed JSON is re-read whole so that the error is JSON.parse's
 * own; should the scanner ever reject a file that does parse, the whole-file path indexes it instead.
 */
export function indexDatasetFile(file: string, source: IndexSource): IndexedDataset {
  try {
    return { index: scan(file, source) };
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    if (source.size > MAX_DATASET_BYTES) throw new DatasetError({ problem: "not-json", file, reason: error.message });
    const value = parseDatasetText(readFileSync(file, "utf8"), file);
    const [problem] = validateDataset(value, 1);
    if (problem) throw invalid(file, problem);
    const films = (value as Dataset).films;
    return { index: indexFilms(films), films };
  }
}
