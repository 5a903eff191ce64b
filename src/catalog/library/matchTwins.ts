import { withoutArticle } from "../../search/normalizeTitle";
import { fastFold, fastFoldTitle } from "./fastFold";
import type { ImdbTables } from "./imdbTables";

/** What matching needs of a bundled film. */
export interface BundledFilm {
  id: string;
  title: string;
  year: number;
  directors: readonly string[];
}

const foldedKey = (folded: string, year: number): string => `${withoutArticle(folded)}\u0000${year}`;
const key = (title: string, year: number): string => foldedKey(fastFoldTitle(title), year);

/**
 * Which library title (by row) is the same film as each bundled film: one whose primary, original or
 * alternative title normalizes to the bundled title, of the same year; when several do, the one
 * sharing a director; when that leaves none or several, no match ("no match, no merge").
 * Returns row -> bundled id. `folded` gives a row's primary title folded (the writer has them all).
 */
export function matchTwins(
  bundled: readonly BundledFilm[], t: ImdbTables, nameOf: (nconst: number) => string, folded: (row: number) => string,
): Map<number, string> {
  const wanted = new Map<string, BundledFilm[]>();
  for (const film of bundled) {
    const k = key(film.title, film.year);
    wanted.set(k, [...(wanted.get(k) ?? []), film]);
  }
  const candidates = new Map<string, Set<number>>();
  const years = new Set(bundled.map((film) => film.year));
  // Takes a title already folded: the primary title is folded once for the whole library, and akas are stored folded.
  const offer = (title: string, year: number, row: number): void => {
    const films = wanted.get(foldedKey(title, year));
    if (!films) return;
    for (const film of films) {
      let rows = candidates.get(film.id);
      if (!rows) candidates.set(film.id, (rows = new Set()));
      rows.add(row);
    }
  };
  for (let row = 0; row < t.rows; row++) {
    const year = t.startYear.get(row);
    if (year === 0 || !years.has(year)) continue;
    offer(folded(row), year, row);
    const original = t.original.get(row);
    if (original !== "") offer(fastFoldTitle(original), year, row);
    for (const a of t.alts.of(row)) offer(t.altStrings.get(a), year, row);
  }
  const twins = new Map<number, string>();
  const taken = new Set<number>();
  for (const film of bundled) {
    let rows = [...(candidates.get(film.id) ?? [])];
    if (rows.length > 1) {
      const directors = new Set(film.directors.map(fastFold));
      rows = rows.filter((row) => Array.from(t.directors.of(row)).some((n) => directors.has(fastFold(nameOf(n)))));
    }
    if (rows.length === 1 && !taken.has(rows[0]!)) {
      taken.add(rows[0]!);
      twins.set(rows[0]!, film.id);
    }
  }
  return twins;
}
