import { filmRef, type Film, type FilmRef } from "../films/film";
import type { FilmIndex } from "./filmIndex";
import { filmLabel } from "../films/filmLabel";
import { compareText } from "./compareText";
import { foldText } from "./normalizeTitle";
import { trigrams, trigramSimilarity } from "./trigrams";
import { wordCoverage, wordMatcher } from "./wordMatches";
import { AmbiguousError, EmptyQueryError, NoMatchError } from "../errors";

/** One credit of a person: directing a film, or playing a character in it. */
export interface Credit {
  film: FilmRef;
  role: "director" | "cast";
  character: string | null;
  creditedAs: string | null;
}

/** A person and their credits, newest first. */
export interface PersonCredits {
  name: string;
  credits: Credit[];
}

const FUZZY_ACCEPT = 0.6;
// How many near names a failed lookup suggests.
const NEAR_PEOPLE = 3;

/** A person the films name: their number in the index and their name as first spelled. */
export interface Person {
  person: number;
  name: string;
}

/** Finds the one person a query names: exact (ignoring case and accents), else the single best fuzzy match. */
export function resolvePerson(index: FilmIndex, query: string): Person {
  const q = foldText(query.slice(0, 200));
  if (q === "") throw new EmptyQueryError("person");
  // Of several people with the name, the first is the one meant (a library numbers people as it meets them, most voted titles first).
  const [exact] = index.personWithFolded(q, 1);
  if (exact !== undefined) return { person: exact, name: index.personNames([exact])[0]!.name };
  const grams = [...trigrams(q)];
  const words = q.split(" ");
  const matches = wordMatcher();
  const candidates = index.personCandidates({ grams, words });
  const names = index.personNames(candidates);
  const ranked = names
    .map(({ name, folded }, k) => ({ person: candidates[k]!, name, score: Math.max(trigramSimilarity(grams, folded), wordCoverage(words, folded.split(" "), matches) * 0.95) }))
    .filter((m) => m.score >= 0.3)
    .sort((a, b) => b.score - a.score || compareText(a.name, b.name));
  const best = ranked[0];
  if (!best || best.score < FUZZY_ACCEPT) {
    throw new NoMatchError({ kind: "person", query: query.trim(), suggestions: ranked.slice(0, NEAR_PEOPLE).map((m) => m.name) });
  }
  const tied = ranked.filter((m) => m.score === best.score);
  if (tied.length > 1) throw new AmbiguousError({ kind: "person", query: query.trim(), candidates: tied.map((m) => m.name) });
  return { person: best.person, name: best.name };
}

/** A person's credits across the films, newest first (then by title). */
export function personCredits(films: readonly Film[], name: string): PersonCredits {
  const key = foldText(name);
  const credits: Array<Credit & { date: string }> = [];
  for (const film of films) {
    const date = film.releaseDate ?? String(film.year);
    if (film.directors.some((d) => foldText(d) === key)) {
      credits.push({ film: filmRef(film), role: "director", character: null, creditedAs: null, date });
    }
    for (const c of film.cast) {
      if (foldText(c.actor) === key) {
        credits.push({ film: filmRef(film), role: "cast", character: c.character, creditedAs: c.creditedAs ?? null, date });
      }
    }
  }
  credits.sort((a, b) => compareText(b.date, a.date) || compareText(filmLabel(a.film), filmLabel(b.film)));
  return { name, credits: credits.map(({ date: _date, ...credit }) => credit) };
}
