import { optionalText, parseFlag, parseWholeNumber, parseYear, splitList } from "./fieldValues";
import { imdbFile } from "./imdbFiles";
import { parseTconst } from "./imdbIds";
import { fieldCountProblem, type Decoded } from "./rowProblem";
import type { TsvFields } from "./splitTsvLine";

/** One row of title.basics; keys are IMDb's column names, values decoded. */
export interface TitleBasics {
  readonly tconst: number;
  readonly titleType: string;
  readonly primaryTitle: string;
  /** Null when IMDb gives none; callers fall back to primaryTitle if they need one. */
  readonly originalTitle: string | null;
  readonly isAdult: boolean;
  readonly startYear: number | null;
  readonly endYear: number | null;
  readonly runtimeMinutes: number | null;
  readonly genres: readonly string[];
}

const COLUMNS = imdbFile("title.basics").columns.length;

/** Decodes the fields of one title.basics row. */
export function decodeTitleBasics(fields: TsvFields): Decoded<TitleBasics> {
  if (fields.length !== COLUMNS) return fieldCountProblem(fields.length, COLUMNS);
  // The count is checked, so `?? null` never fires; it only tells the compiler what is known.
  const tconst = parseTconst(fields[0] ?? null);
  if (tconst === null) return { reason: "bad tconst" };
  const titleType = optionalText(fields[1] ?? null);
  if (titleType === null) return { reason: "titleType is missing" };
  const primaryTitle = optionalText(fields[2] ?? null);
  if (primaryTitle === null) return { reason: "primaryTitle is missing" };
  const isAdult = parseFlag(fields[4] ?? null);
  if (isAdult === undefined || isAdult === null) return { reason: "isAdult is not 0 or 1" };
  const startYear = parseYear(fields[5] ?? null);
  if (startYear === undefined) return { reason: "startYear is not a year" };
  const endYear = parseYear(fields[6] ?? null);
  if (endYear === undefined) return { reason: "endYear is not a year" };
  const runtimeMinutes = parseWholeNumber(fields[7] ?? null);
  if (runtimeMinutes === undefined) return { reason: "runtimeMinutes is not a whole number" };
  return {
    tconst,
    titleType,
    primaryTitle,
    originalTitle: optionalText(fields[3] ?? null),
    isAdult,
    startYear,
    endYear,
    runtimeMinutes,
    genres: splitList(fields[8] ?? null, ","),
  };
}
