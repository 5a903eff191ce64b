import { foldText } from "../films/foldText";
import type { ParsedPage } from "./parsePage";

/** A film a page may be about, as a catalogue (or the pages imported before) describes it. */
export interface Candidate {
  /** Whatever the catalogue knows the film by (an id, a number): identifyPage only hands it back. */
  key: string;
  title: string;
  year: number;
  directors: readonly string[];
  /** Stars and cast. */
  people: readonly string[];
}

/** What identifyPage asks of the catalogue: films by title, and films crediting a person. */
export interface CandidateSource {
  /** Films of this year whose title (folded, without a leading article) is this title's. */
  withTitle(title: string, year: number): Candidate[];
  /** Films of this year crediting this person (by folded name) as director or cast. */
  withPerson(name: string, year: number): Candidate[];
}

/** How a page's film was identified. */
export type IdentifiedBy = "title line" | "title field" | "given title" | "facts" | "quoted title";

/** Which film a page is about, or why nothing says. `match` is the catalogue's film, null for a film new to it. */
export type Identification =
  | { found: true; by: IdentifiedBy; title: string; year: number; match: Candidate | null }
  | { found: false; reason: string; problem: IdentifyProblem };

/** Why no film was chosen: no year to match on, several films fit equally, or nothing fits. */
export type IdentifyProblem = "no-year" | "ambiguous" | "unidentified";

const LEADING_ARTICLE = /^(?:the|a|an) (?=\S)/;
/** The key titles and names are matched on: folded (case, accents, punctuation), without a leading article. */
export const titleKey = (title: string): string => foldText(title).replace(LEADING_ARTICLE, "");
const nameKey = (name: string): string => foldText(name);

// People asked about when matching on facts: every director, and the first stars and cast (enough to
// tell films apart, bounded so that a page listing a hundred people costs no more).
const PEOPLE_ASKED = 6;

/** How many of these names the other list holds, accents and case aside. */
function shared(a: readonly string[], b: readonly string[]): number {
  const keys = new Set(b.map(nameKey));
  return new Set(a.map(nameKey).filter((k) => keys.has(k))).size;
}

const label = (c: Candidate): string => `${c.title} (${c.year})`;

/** The one candidate of a title and year: several are told apart by a shared director, else none is chosen. */
function byTitle(source: CandidateSource, title: string, year: number, directors: readonly string[]): Candidate[] {
  let films = source.withTitle(title, year).filter((c) => c.year === year);
  if (films.length > 1 && directors.length > 0) films = films.filter((c) => shared(directors, c.directors) > 0);
  return films;
}

/**
 * Films the page's facts fit: the year, and a director in common (one source may name more), else two
 * people in common; when both name stars or cast, one of them in common too.
 */
function byFacts(page: ParsedPage, source: CandidateSource): Candidate[] {
  const { film } = page;
  const people = [...new Set([...film.stars, ...film.cast.map((c) => c.actor)])].slice(0, PEOPLE_ASKED);
  const seen = new Map<string, Candidate>();
  for (const name of [...film.directors, ...people]) {
    for (const c of source.withPerson(name, film.year)) if (c.year === film.year && !seen.has(c.key)) seen.set(c.key, c);
  }
  const scored = [...seen.values()].map((c) => ({
    c, directors: shared(film.directors, c.directors), people: shared(people, c.people),
  })).filter((s) => {
    // Both name people: one must be common, or a director's other film of that year would pass for this one.
    if (people.length > 0 && s.c.people.length > 0 && s.people === 0) return false;
    return film.directors.length > 0 && s.c.directors.length > 0 ? s.directors > 0 : s.directors + s.people >= 2;
  });
  if (scored.length === 0) return [];
  const best = Math.max(...scored.map((s) => s.directors * 1000 + s.people));
  return scored.filter((s) => s.directors * 1000 + s.people === best).map((s) => s.c);
}

/**
 * Identifies a page's film, never from its file name: a title the user gives, or one the
 * page states (a title line or field), matched with the catalogue on title and year; otherwise the
 * page's facts (year, directors, stars and cast) matched with the catalogue; otherwise a quoted
 * mention in its reviews that the catalogue knows with that year, or the only one there is.
 */
export function identifyPage(page: ParsedPage, source: CandidateSource, given?: string): Identification {
  const { film } = page;
  if (film.year === 0) return { found: false, problem: "no-year", reason: "the page gives no year (no Release Year, Release Date, dated title line or date at the top)" };
  const stated = given !== undefined ? { text: given, by: "given title" as const } : page.title ? { text: page.title.text, by: page.title.from } : null;
  if (stated) {
    const films = byTitle(source, stated.text, film.year, film.directors);
    if (films.length > 1) return { found: false, problem: "ambiguous", reason: `"${stated.text}" (${film.year}) fits ${films.length} films equally: ${films.map(label).join(", ")}` };
    return { found: true, by: stated.by, title: films[0]?.title ?? stated.text, year: film.year, match: films[0] ?? null };
  }
  const fits = byFacts(page, source);
  if (fits.length === 1) return { found: true, by: "facts", title: fits[0]!.title, year: film.year, match: fits[0]! };
  if (fits.length > 1) return { found: false, problem: "ambiguous", reason: `its facts fit ${fits.length} films equally: ${fits.map(label).join(", ")}` };
  const known = page.quotedTitles.map((q) => ({ q, films: byTitle(source, q, film.year, film.directors) })).filter((k) => k.films.length === 1);
  if (known.length === 1) return { found: true, by: "quoted title", title: known[0]!.films[0]!.title, year: film.year, match: known[0]!.films[0]! };
  if (known.length === 0 && page.quotedTitles.length === 1) return { found: true, by: "quoted title", title: page.quotedTitles[0]!, year: film.year, match: null };
  const facts = [String(film.year), ...film.directors, ...film.stars].join(", ");
  const quoted = page.quotedTitles.length === 0 ? "no quoted title" : `${page.quotedTitles.length} quoted mentions that could be its title`;
  return { found: false, problem: "unidentified", reason: `nothing names the film: no title line or field, its facts (${facts}) fit no film in the catalogue or the library, and ${quoted}` };
}
