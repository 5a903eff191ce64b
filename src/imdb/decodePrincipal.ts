import { optionalText, parseWholeNumber } from "./fieldValues";
import { imdbFile } from "./imdbFiles";
import { parseNconst, parseTconst } from "./imdbIds";
import { parseCharacters } from "./parseCharacters";
import { fieldCountProblem, type Decoded } from "./rowProblem";
import type { TsvFields } from "./splitTsvLine";

/** One row of title.principals: one person's credit on a title. */
export interface Principal {
  readonly tconst: number;
  readonly ordering: number;
  readonly nconst: number;
  readonly category: string;
  readonly job: string | null;
  /** The characters played; empty for `\N` and for crew. */
  readonly characters: readonly string[];
}

const COLUMNS = imdbFile("title.principals").columns.length;

/** Decodes the fields of one title.principals row. */
export function decodePrincipal(fields: TsvFields): Decoded<Principal> {
  if (fields.length !== COLUMNS) return fieldCountProblem(fields.length, COLUMNS);
  // The count is checked, so `?? null` never fires; it only tells the compiler what is known.
  const tconst = parseTconst(fields[0] ?? null);
  if (tconst === null) return { reason: "bad tconst" };
  const ordering = parseWholeNumber(fields[1] ?? null);
  if (ordering === undefined || ordering === null) return { reason: "ordering is not a whole number" };
  const nconst = parseNconst(fields[2] ?? null);
  if (nconst === null) return { reason: "bad nconst" };
  const category = optionalText(fields[3] ?? null);
  if (category === null) return { reason: "category is missing" };
  const charactersText = fields[5] ?? null;
  const characters = charactersText === null ? [] : parseCharacters(charactersText);
  if (characters === null) return { reason: "characters is not a JSON array of strings" };
  return { tconst, ordering, nconst, category, job: optionalText(fields[4] ?? null), characters };
}
