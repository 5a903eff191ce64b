import { readFileSync } from "node:fs";
import { DatasetError } from "../errors";
import type { Dataset } from "./film";
import { validateDataset } from "./validateDataset";

/** Reads, parses and validates a dataset file; every failure is a DatasetError naming the file. */
export function loadDataset(file: string): Dataset {
  const name = file;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new DatasetError(`${name}: ${describeReadError(error)}`);
  }
  const value = parseDatasetText(text, name);
  const [problem] = validateDataset(value, 1);
  if (problem) {
    throw new DatasetError(`${name}: ${problem.path}: ${problem.message}`, [
      `check the file against data/films.schema.json, or run: filmcli validate ${file}`,
    ]);
  }
  return value as Dataset;
}

/** Parses dataset text, turning JSON syntax errors into one line that names the file. */
export function parseDatasetText(text: string, name: string): unknown {
  if (text.trim() === "") throw new DatasetError(`${name}: the file is empty; expected a JSON dataset`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetError(`${name}: not valid JSON (${reason})`);
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT": return "no such file; pass an existing dataset with --data or FILMCLI_DATA";
    case "EACCES": case "EPERM": return "permission denied; make the file readable or pass another with --data";
    case "EISDIR": return "is a directory; pass a dataset file with --data";
    default: return `cannot be read (${code ?? String(error)})`;
  }
}
