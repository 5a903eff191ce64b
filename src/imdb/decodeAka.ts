import { optionalText, parseFlag, parseWholeNumber, splitList } from "./fieldValues";
import { imdbFile } from "./imdbFiles";
import { parseTconst } from "./imdbIds";
import { fieldCountProblem, type Decoded } from "./rowProblem";
import type { TsvFields } from "./splitTsvLine";

/** One row of title.akas: an alternative title; keys are IMDb's column names, values decoded. */
export interface Aka {
  readonly titleId: number;
  readonly ordering: number;
  readonly title: string;
  readonly region: string | null;
  readonly language: string | null;
  readonly types: readonly string[];
  readonly attributes: readonly string[];
  readonly isOriginalTitle: boolean | null;
}

const COLUMNS = imdbFile("title.akas").columns.length;
// IMDb separates the entries of the akas array columns with the control character 0x02, not a comma.
const ARRAY_SEPARATOR = "\u0002";

/** Decodes the fields of one title.akas row. */
export function decodeAka(fields: TsvFields): Decoded<Aka> {
  if (fields.length !== COLUMNS) return fieldCountProblem(fields.length, COLUMNS);
  // The count is checked, so `?? null` never fires; it only tells the compiler what is known.
  const titleId = parseTconst(fields[0] ?? null);
  if (titleId === null) return { reason: "bad titleId" };
  const ordering = parseWholeNumber(fields[1] ?? null);
  if (ordering === undefined || ordering === null) return { reason: "ordering is not a whole number" };
  const title = optionalText(fields[2] ?? null);
  if (title === null) return { reason: "title is missing" };
  const isOriginalTitle = parseFlag(fields[7] ?? null);
  if (isOriginalTitle === undefined) return { reason: "isOriginalTitle is not 0 or 1" };
  return {
    titleId,
    ordering,
    title,
    region: optionalText(fields[3] ?? null),
    language: optionalText(fields[4] ?? null),
    types: splitList(fields[5] ?? null, ARRAY_SEPARATOR),
    attributes: splitList(fields[6] ?? null, ARRAY_SEPARATOR),
    isOriginalTitle,
  };
}
