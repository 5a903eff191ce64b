import { AmbiguousError, EmptyQueryError, NoMatchError } from "../errors";
import type { Film, FilmRef } from "../films/film";
import type { FilmIndex } from "./filmIndex";
import { foldText, normalizeTitle } from "./normalizeTitle";
import { searchFilms, splitYear } from "./searchFilms";

/** A resolved film, and a way to find the other titles close enough to mention in a hint. */
export interface Resolution {
  film: Film;
  how: "id" | "title" | "title-year" | "fuzzy";
  /** Computed on demand: a fuzzy pass over every title, which only a person at a terminal needs. */
  others: () => FilmRef[];
}

// A fuzzy match must score at least this to be opened; weaker ones are only suggested.
const FUZZY_ACCEPT = 0.5;
const SUGGEST = 0.25;
// How many near films a failed lookup suggests, and a resolved one mentions.
const NEAR_FILMS = 3;

/** The films among `found` of the given year (all of them when no year is given). */
function ofYear(catalog: FilmIndex, found: number[], year?: number): number[] {
  return year === undefined ? found : found.filter((i) => catalog.year(i) === year);
}

/**
 * Finds the one film a user means. Order: id, exact title (ignoring case, accents, punctuation and a
 * leading article, with an exact-with-article match first), title with year, then fuzzy. Never guesses
 * between equally good candidates.
 */
export function resolveFilm(catalog: FilmIndex, query: string): Resolution {
  const q = query.trim();
  if (q === "") throw new EmptyQueryError("film");
  const others = (i: number) => (): FilmRef[] =>
    searchFilms(catalog, q, SUGGEST).filter((m) => m.i !== i).slice(0, NEAR_FILMS).map((m) => catalog.ref(m.i));
  const ambiguous = (found: readonly number[]): AmbiguousError =>
    new AmbiguousError({ kind: "film", query: q, candidates: found.map((i) => catalog.ref(i)) });
  const pick = (found: number[]): number | undefined => {
    if (found.length > 1) throw ambiguous(found);
    return found[0];
  };

  const [byId] = catalog.withId(q.toLowerCase());
  if (byId !== undefined) return { film: catalog.film(byId), how: "id", others: () => [] };

  const exact = pick(catalog.withFolded(foldText(q))) ?? pick(catalog.withNormalized(normalizeTitle(q)));
  if (exact !== undefined) return { film: catalog.film(exact), how: "title", others: others(exact) };

  const { title, year } = splitYear(q);
  if (year !== undefined) {
    const same = new Set([...ofYear(catalog, catalog.withFolded(foldText(title)), year), ...ofYear(catalog, catalog.withNormalized(normalizeTitle(title)), year)]);
    const found = pick([...same]);
    if (found !== undefined) return { film: catalog.film(found), how: "title-year", others: others(found) };
  }

  const ranked = searchFilms(catalog, q, SUGGEST);
  const best = ranked[0];
  // A year the user typed is a fact, not a hint: never open a film from another year instead
  // (unless the year is part of its title, as in "Blade Runner 2049").
  const bestRef = best === undefined ? undefined : catalog.ref(best.i);
  const wrongYear = year !== undefined && bestRef !== undefined && bestRef.year !== year && !bestRef.title.includes(String(year));
  // A fuzzy match must account for every typed word: "city of god" must not open "City of Ghosts".
  if (!best || best.score < FUZZY_ACCEPT || best.missing > 0 || wrongYear) {
    throw new NoMatchError({ kind: "film", query: q, suggestions: ranked.slice(0, NEAR_FILMS).map((m) => catalog.ref(m.i)) });
  }
  const tied = ranked.filter((m) => m.score === best.score);
  if (tied.length > 1) throw ambiguous(tied.map((m) => m.i));
  return { film: catalog.film(best.i), how: "fuzzy", others: () => ranked.slice(1, 1 + NEAR_FILMS).map((m) => catalog.ref(m.i)) };
}
