import { imdbFile } from "./imdbFiles";
import { parseNconstList, parseTconst } from "./imdbIds";
import { fieldCountProblem, type Decoded } from "./rowProblem";
import type { TsvFields } from "./splitTsvLine";

/** One row of title.crew: the directors and writers of a title, as numeric nconsts. */
export interface Crew {
  readonly tconst: number;
  readonly directors: readonly number[];
  readonly writers: readonly number[];
}

const COLUMNS = imdbFile("title.crew").columns.length;

/** Decodes the fields of one title.crew row. */
export function decodeCrew(fields: TsvFields): Decoded<Crew> {
  if (fields.length !== COLUMNS) return fieldCountProblem(fields.length, COLUMNS);
  // The count is checked, so `?? null` never fires; it only tells the compiler what is known.
  const tconst = parseTconst(fields[0] ?? null);
  if (tconst === null) return { reason: "bad tconst" };
  const directors = parseNconstList(fields[1] ?? null);
  if (directors === null) return { reason: "directors has a bad nconst" };
  const writers = parseNconstList(fields[2] ?? null);
  if (writers === null) return { reason: "writers has a bad nconst" };
  return { tconst, directors, writers };
}
