import { AmbiguousError, NoMatchError, UsageError } from "../errors";
import type { Film } from "./film";
import type { FilmIndex } from "./filmIndex";
import { foldText, normalizeTitle } from "./normalizeTitle";
import { searchFilms, splitYear } from "./searchFilms";

/** A resolved film, and a way to find the other titles close enough to mention in a hint. */
export interface Resolution {
  film: Film;
  how: "id" | "title" | "title-year" | "fuzzy";
  /** Computed on demand: a fuzzy pass over every title, which only a person at a terminal needs. */
  others: () => Film[];
}

// A fuzzy match must score at least this to be opened; weaker ones are only suggested.
const FUZZY_ACCEPT = 0.5;
const SUGGEST = 0.25;

/** `Mask (1985)`, the way films are named in messages. */
export function filmLabel(film: Film): string {
  return `${film.title} (${film.year})`;
}

function ambiguous(query: string, films: Film[]): AmbiguousError {
  return new AmbiguousError(
    `"${query}" matches ${films.length} films; name one by id or add its year`,
    films.map((f) => `  ${f.id.padEnd(28)} ${filmLabel(f)}`),
  );
}

function pick(query: string, films: Film[] | undefined): Film | undefined {
  if (!films || films.length === 0) return undefined;
  if (films.length > 1) throw ambiguous(query, films);
  return films[0];
}

/**
 * Finds the one film a user means. Order: id, exact title (ignoring case, accents, punctuation and a
 * leading article, with an exact-with-article match first), title with year, then fuzzy. Never guesses
 * between equally good candidates.
 */
export function resolveFilm(index: FilmIndex, query: string): Resolution {
  const q = query.trim();
  if (q === "") throw new UsageError("no film given; name one, e.g. filmcli show mask");
  const others = (film: Film) => (): Film[] =>
    searchFilms(index, q, SUGGEST).map((m) => m.film).filter((f) => f !== film).slice(0, 3);

  const byId = index.byId.get(q.toLowerCase());
  if (byId) return { film: byId, how: "id", others: () => [] };

  const exact = pick(q, index.byFolded.get(foldText(q))) ?? pick(q, index.byNormalized.get(normalizeTitle(q)));
  if (exact) return { film: exact, how: "title", others: others(exact) };

  const { title, year } = splitYear(q);
  if (year !== undefined) {
    const sameTitle = [...(index.byFolded.get(foldText(title)) ?? []), ...(index.byNormalized.get(normalizeTitle(title)) ?? [])];
    const film = pick(q, [...new Set(sameTitle.filter((f) => f.year === year))]);
    if (film) return { film, how: "title-year", others: others(film) };
  }

  const ranked = searchFilms(index, q, SUGGEST);
  const best = ranked[0];
  // A year the user typed is a fact, not a hint: never open a film from another year instead
  // (unless the year is part of its title, as in "Blade Runner 2049").
  const wrongYear = year !== undefined && best !== undefined && best.film.year !== year && !best.film.title.includes(String(year));
  // A fuzzy match must account for every typed word: "city of god" must not open "City of Ghosts".
  if (!best || best.score < FUZZY_ACCEPT || best.missing > 0 || wrongYear) {
    const suggestions = ranked.slice(0, 3).map((m) => `  ${m.film.id.padEnd(28)} ${filmLabel(m.film)}`);
    throw new NoMatchError(
      `no film matches "${q}"${suggestions.length ? "; did you mean one of these?" : "; try filmcli search <words>"}`,
      suggestions,
    );
  }
  const tied = ranked.filter((m) => m.score === best.score);
  if (tied.length > 1) throw ambiguous(q, tied.map((m) => m.film));
  return { film: best.film, how: "fuzzy", others: () => ranked.slice(1, 4).map((m) => m.film) };
}
