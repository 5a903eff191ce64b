import { readFileSync, statSync } from "node:fs";
import { DatasetError } from "../errors";

// V8 cannot hold a string much over 512 MiB: whole-file reads (validate) refuse larger files.
export const MAX_DATASET_BYTES = 512 * 1024 * 1024;

/** Parses dataset text, turning JSON syntax errors into one line that names the file. */
export function parseDatasetText(text: string, name: string): unknown {
  if (text.trim() === "") throw new DatasetError({ problem: "empty", file: name });
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetError({ problem: "not-json", file: name, reason });
  }
}

/** Reads and parses a dataset file without validating it; every failure is a DatasetError naming the file. */
export function readDatasetFile(file: string): unknown {
  let text: string;
  try {
    const { size } = statSync(file);
    if (size > MAX_DATASET_BYTES) {
      throw new DatasetError({ problem: "too-large", file, bytes: size, limit: MAX_DATASET_BYTES });
    }
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw DatasetError.unreadable(file, error);
  }
  return parseDatasetText(text, file);
}
