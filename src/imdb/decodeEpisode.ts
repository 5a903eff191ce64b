import { parseWholeNumber } from "./fieldValues";
import { imdbFile } from "./imdbFiles";
import { parseTconst } from "./imdbIds";
import { fieldCountProblem, type Decoded } from "./rowProblem";
import type { TsvFields } from "./splitTsvLine";

/** One row of title.episode: which series an episode belongs to, and where in it. */
export interface Episode {
  readonly tconst: number;
  readonly parentTconst: number;
  readonly seasonNumber: number | null;
  readonly episodeNumber: number | null;
}

const COLUMNS = imdbFile("title.episode").columns.length;

/** Decodes the fields of one title.episode row. */
export function decodeEpisode(fields: TsvFields): Decoded<Episode> {
  if (fields.length !== COLUMNS) return fieldCountProblem(fields.length, COLUMNS);
  // The count is checked, so `?? null` never fires; it only tells the compiler what is known.
  const tconst = parseTconst(fields[0] ?? null);
  if (tconst === null) return { reason: "bad tconst" };
  const parentTconst = parseTconst(fields[1] ?? null);
  if (parentTconst === null) return { reason: "bad parentTconst" };
  const seasonNumber = parseWholeNumber(fields[2] ?? null);
  if (seasonNumber === undefined) return { reason: "seasonNumber is not a whole number" };
  const episodeNumber = parseWholeNumber(fields[3] ?? null);
  if (episodeNumber === undefined) return { reason: "episodeNumber is not a whole number" };
  return { tconst, parentTconst, seasonNumber, episodeNumber };
}
