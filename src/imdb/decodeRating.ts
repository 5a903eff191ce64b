import { parseRating, parseWholeNumber } from "./fieldValues";
import { imdbFile } from "./imdbFiles";
import { parseTconst } from "./imdbIds";
import { fieldCountProblem, type Decoded } from "./rowProblem";
import type { TsvFields } from "./splitTsvLine";

/** One row of title.ratings. */
export interface Rating {
  readonly tconst: number;
  /** 0 to 10 with one decimal, exactly as the number literal IMDb wrote (7.3, not 7.300000001). */
  readonly averageRating: number;
  readonly numVotes: number;
}

const COLUMNS = imdbFile("title.ratings").columns.length;

/** Decodes the fields of one title.ratings row. */
export function decodeRating(fields: TsvFields): Decoded<Rating> {
  if (fields.length !== COLUMNS) return fieldCountProblem(fields.length, COLUMNS);
  // The count is checked, so `?? null` never fires; it only tells the compiler what is known.
  const tconst = parseTconst(fields[0] ?? null);
  if (tconst === null) return { reason: "bad tconst" };
  const averageRating = parseRating(fields[1] ?? null);
  if (averageRating === undefined || averageRating === null) {
    return { reason: "averageRating is not a rating from 0 to 10 with one decimal" };
  }
  const numVotes = parseWholeNumber(fields[2] ?? null);
  if (numVotes === undefined || numVotes === null) return { reason: "numVotes is not a whole number" };
  return { tconst, averageRating, numVotes };
}
