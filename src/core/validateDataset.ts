import type { Dataset } from "./film";
import { DATASET_SHAPE } from "./datasetShape";
import { checkShape, type Problem } from "./shape";

/** Lists up to `limit` problems that keep `value` from being a dataset; empty when it is one. */
export function validateDataset(value: unknown, limit = Infinity): Problem[] {
  const problems: Problem[] = [];
  checkShape(value, DATASET_SHAPE, "", problems, limit);
  if (problems.length > 0 || limit <= 0) return problems;
  // Ids are how scripts address films; two records with one id would make lookups lie.
  const seen = new Map<string, number>();
  (value as Dataset).films.forEach((film, i) => {
    const first = seen.get(film.id);
    if (first === undefined) seen.set(film.id, i);
    else if (problems.length < limit) {
      problems.push({ path: `films[${i}].id`, message: `duplicates the id of films[${first}] ("${film.id}")` });
    }
  });
  return problems;
}

/** Narrows a parsed value to a dataset once it has no problems. */
export function isDataset(value: unknown): value is Dataset {
  return validateDataset(value, 1).length === 0;
}
