import type { FilmTest } from "./filmFilter";
import type { FilmIndex } from "./filmIndex";

// Films whose values are read together: one read per column tested for each range.
const RANGE = 4096;

/** Which films pass a filter (1 for each that does) and how many, found by scanning the tested columns in film order. */
export function passingFilms(catalog: FilmIndex, test: FilmTest): { passes: Uint8Array; count: number } {
  const passes = new Uint8Array(catalog.size);
  let count = 0;
  for (let start = 0; start < catalog.size; start += RANGE) {
    const values = catalog.listValuesRange(start, Math.min(RANGE, catalog.size - start));
    for (let k = 0; k < values.length; k++) {
      if (test(values.at(k))) {
        passes[start + k] = 1;
        count++;
      }
    }
  }
  return { passes, count };
}
