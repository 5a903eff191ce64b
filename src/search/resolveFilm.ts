import { AmbiguousError, EmptyQueryError, NoMatchError } from "../errors";
import type { Film, FilmRef } from "../films/film";
import { dominantFilm } from "./dominantFilm";
import type { FilmIndex } from "./filmIndex";
import { foldTitle, normalizeTitle } from "./normalizeTitle";
import { searchFilms, splitYear, type FilmMatch } from "./searchFilms";

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
// A fuzzy match ranked within this share of the best fits as well: the films are listed, not guessed between.
const CLOSE = 0.05;
// Another title is named in the hint when its rank is at least this share of the film's.
const HINT_SHARE = 0.6;
// At most this many films are listed when several fit.
const LISTED = 10;

/** How to resolve: `first` takes the best-fitting film when several fit, instead of listing them. */
export interface ResolveOptions {
  first?: boolean;
}

/** The films among `found` of the given year (all of them when no year is given). */
function ofYear(catalog: FilmIndex, found: number[], year?: number): number[] {
  return year === undefined ? found : found.filter((i) => catalog.year(i) === year);
}

/**
 * Finds the one film a user means. Order: id, exact title (ignoring case, accents, punctuation and a
 * leading article, with an exact-with-article match first), title with year, then fuzzy. Never guesses
 * between films that fit equally or nearly so (fuzzy ranks within CLOSE), unless `first` asks for the best.
 */
export function resolveFilm(catalog: FilmIndex, query: string, options: ResolveOptions = {}): Resolution {
  const q = query.trim();
  if (q === "") throw new EmptyQueryError("film");
  const { title, year } = splitYear(q);
  // Close titles are those that would be opened themselves were the film not there (of the year typed, if any).
  const fits = (m: FilmMatch): boolean => m.score >= FUZZY_ACCEPT && m.missing === 0 && (year === undefined || catalog.year(m.i) === year);
  const near = (ranked: readonly FilmMatch[], i: number): FilmRef[] => {
    const own = ranked.find((m) => m.i === i)?.rank ?? ranked[0]?.rank ?? 0;
    return ranked.filter((m) => m.i !== i && fits(m) && m.rank >= own * HINT_SHARE).slice(0, NEAR_FILMS).map((m) => catalog.ref(m.i));
  };
  // A film found by its exact title names the films whose title differs only by its article ("Mask", "The
  // Mask"): two key lookups, as every script now pays for the hint, where a fuzzy search would cost a search.
  const others = (i: number, key: string, ofTheYear?: number) => (): FilmRef[] =>
    ofYear(catalog, catalog.withNormalized(key), ofTheYear).filter((j) => j !== i).slice(0, NEAR_FILMS).map((j) => catalog.ref(j));
  const ambiguous = (found: readonly number[]): AmbiguousError =>
    new AmbiguousError({ kind: "film", query: q, candidates: found.slice(0, LISTED).map((i) => catalog.ref(i)) });
  const pick = (found: number[]): number | undefined => {
    if (found.length > 1 && !options.first) throw ambiguous(found);
    return found.length > 1 ? mostVoted(catalog, found) : found[0];
  };

  const [byId] = catalog.withId(q.toLowerCase());
  if (byId !== undefined) return { film: catalog.film(byId), how: "id", others: () => [] };

  const folded = catalog.withFolded(foldTitle(q));
  const exact = (folded.length > 1 ? byArticle(catalog, folded, catalog.withNormalized(normalizeTitle(q))) : undefined)
    ?? pick(folded) ?? pick(catalog.withNormalized(normalizeTitle(q)));
  if (exact !== undefined) return { film: catalog.film(exact), how: "title", others: others(exact, normalizeTitle(q)) };

  if (year !== undefined) {
    const same = new Set([...ofYear(catalog, catalog.withFolded(foldTitle(title)), year), ...ofYear(catalog, catalog.withNormalized(normalizeTitle(title)), year)]);
    const found = pick([...same]);
    if (found !== undefined) return { film: catalog.film(found), how: "title-year", others: others(found, normalizeTitle(title), year) };
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
  const close = ranked.filter((m) => m.rank >= best.rank * (1 - CLOSE) && fits(m));
  if (close.length > 1 && !options.first) throw ambiguous(close.map((m) => m.i));
  return { film: catalog.film(best.i), how: "fuzzy", others: () => near(ranked, best.i) };
}

/**
 * When a title fits several films exactly, the film whose title differs only by its article that has
 * DOMINANT times the votes of each of them and of the other such films: "matrix" means The Matrix,
 * not one of a dozen obscure films called "Matrix". Films of the title itself are never guessed between.
 */
function byArticle(catalog: FilmIndex, exact: readonly number[], normalized: readonly number[]): number | undefined {
  const found = dominantFilm(catalog, [...new Set([...exact, ...normalized])]);
  return found === undefined || exact.includes(found) ? undefined : found;
}

/** The film of these (equal titles) with the most votes; the first listed among equals. */
function mostVoted(catalog: FilmIndex, found: readonly number[]): number {
  let best = found[0]!;
  for (const i of found) if ((catalog.votes(i) ?? 0) > (catalog.votes(best) ?? 0)) best = i;
  return best;
}
