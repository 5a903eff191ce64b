import { optionalText, parseYear, splitList } from "./fieldValues";
import { imdbFile } from "./imdbFiles";
import { parseNconst, parseTconstList } from "./imdbIds";
import { fieldCountProblem, type Decoded } from "./rowProblem";
import type { TsvFields } from "./splitTsvLine";

/** One row of name.basics: a person; keys are IMDb's column names, values decoded. */
export interface Name {
  readonly nconst: number;
  readonly primaryName: string;
  readonly birthYear: number | null;
  readonly deathYear: number | null;
  readonly primaryProfession: readonly string[];
  readonly knownForTitles: readonly number[];
}

const COLUMNS = imdbFile("name.basics").columns.length;

/** Decodes the fields of one name.basics row. */
export function decodeName(fields: TsvFields): Decoded<Name> {
  if (fields.length !== COLUMNS) return fieldCountProblem(fields.length, COLUMNS);
  // The count is checked, so `?? null` never fires; it only tells the compiler what is known.
  const nconst = parseNconst(fields[0] ?? null);
  if (nconst === null) return { reason: "bad nconst" };
  const primaryName = optionalText(fields[1] ?? null);
  if (primaryName === null) return { reason: "primaryName is missing" };
  const birthYear = parseYear(fields[2] ?? null);
  if (birthYear === undefined) return { reason: "birthYear is not a year" };
  const deathYear = parseYear(fields[3] ?? null);
  if (deathYear === undefined) return { reason: "deathYear is not a year" };
  const knownForTitles = parseTconstList(fields[5] ?? null);
  if (knownForTitles === null) return { reason: "knownForTitles has a bad tconst" };
  return { nconst, primaryName, birthYear, deathYear, primaryProfession: splitList(fields[4] ?? null, ","), knownForTitles };
}
