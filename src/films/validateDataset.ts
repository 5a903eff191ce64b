import { DATASET_SHAPE } from "./datasetShape";
import { checkShape, type Problem } from "./shape";

/** The problem of film i reusing the id of film `first`; one wording wherever datasets are checked. */
export function duplicateIdProblem(i: number, first: number, id: string): Problem {
  return { path: `films[${i}].id`, message: `duplicates the id of films[${first}] ("${id}")` };
}

/** Reports films that reuse an earlier film's id; ids are how scripts address films. */
function duplicateIds(value: unknown, problems: Problem[], limit: number): void {
  const films = (value as { films?: unknown } | null)?.films;
  if (!Array.isArray(films)) return;
  const seen = new Map<string, number>();
  films.forEach((film: unknown, i) => {
    const id = (film as { id?: unknown } | null)?.id;
    if (typeof id !== "string" || problems.length >= limit) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else problems.push(duplicateIdProblem(i, first, id));
  });
}

/** Lists up to `limit` problems that keep `value` from being a dataset; empty when it is one. */
export function validateDataset(value: unknown, limit = Infinity): Problem[] {
  const problems: Problem[] = [];
  checkShape(value, DATASET_SHAPE, "", problems, limit);
  duplicateIds(value, problems, limit);
  return problems;
}
