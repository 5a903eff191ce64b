import type { ListValues } from "./filmIndex";
import { foldText } from "./normalizeTitle";

/** Filters for `filmcli list`; every one is optional. */
export interface ListFilter {
  year?: number;
  from?: number;
  to?: number;
  /** Words that each begin a word of a director's name ("nolan", "chris nolan" for "Christopher Nolan"). */
  director?: string;
  genre?: string;
  minRating?: number;
  /** IMDb title types, e.g. ["movie", "tvSeries"], any case; a catalogue film is a "movie". */
  kinds?: string[];
  minVotes?: number;
}

/** Whether a film's list values pass a filter. */
export type FilmTest = (values: ListValues) => boolean;

/** A test by genre, answered once per genre: a list over millions of films sees the same few dozen again and again. */
function remembered(test: (genre: string) => boolean): (genre: string) => boolean {
  const known = new Map<string, boolean>();
  return (genre) => {
    let answer = known.get(genre);
    if (answer === undefined) known.set(genre, (answer = test(genre)));
    return answer;
  };
}

// Printable ASCII without the characters foldText turns into letters or drops inside a word ($ @ & ' `):
// such a name folds to its lower case with everything else a space, so each of its folded words is in its lower case.
const PLAIN_NAME = /^[\x20-\x23\x25\x28-\x3f\x41-\x5f\x61-\x7e]*$/;

/**
 * Whether every wanted word begins a word of a name ("nolan", "chris nolan" for "Christopher Nolan").
 * Directors are millions over IMDb, nearly all different: a plain name lacking a wanted word is turned
 * down before it is folded.
 */
function nameMatcher(wanted: readonly string[]): (name: string) => boolean {
  return (name) => {
    if (PLAIN_NAME.test(name)) {
      const lower = name.toLowerCase();
      if (!wanted.every((w) => lower.includes(w))) return false;
    }
    const words = foldText(name).split(" ");
    return wanted.every((w) => words.some((n) => n.startsWith(w)));
  };
}

/**
 * The test of every filter given, reading only the values it needs (a film's values are read when
 * first asked for); null when no filter is given.
 */
export function filmFilter(filter: ListFilter): FilmTest | null {
  const tests: FilmTest[] = [];
  const { year, from, to, minRating, minVotes } = filter;
  if (year !== undefined || from !== undefined || to !== undefined) {
    tests.push((v) => {
      const y = v.year;
      return (year === undefined || y === year) && (from === undefined || y >= from) && (to === undefined || y <= to);
    });
  }
  if (filter.kinds !== undefined) {
    const kinds = new Set(filter.kinds.map((k) => k.toLowerCase()));
    tests.push((v) => kinds.has(v.kind.toLowerCase()));
  }
  if (minVotes !== undefined) tests.push((v) => (v.votes ?? 0) >= minVotes);
  if (filter.genre !== undefined) {
    const genre = foldText(filter.genre);
    const matches = remembered((g) => foldText(g).includes(genre));
    tests.push((v) => v.genres.some(matches));
  }
  if (filter.director !== undefined) {
    const matches = nameMatcher(foldText(filter.director).split(" "));
    tests.push((v) => v.directors.some(matches));
  }
  if (minRating !== undefined) tests.push(({ rating }) => rating !== null && (rating.value / rating.scale) * 10 >= minRating);
  return tests.length === 0 ? null : (v) => tests.every((test) => test(v));
}
