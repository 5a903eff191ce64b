import Fuse from "fuse.js";
import type { Film } from "../films/film";
import type { FilmIndex } from "../search/filmIndex";
import { resolveFilm } from "../search/resolveFilm";
import { searchFilms } from "../search/searchFilms";

/** One query a person would type, and the film they mean. */
export interface QualityQuery {
  query: string;
  expected: string;
  case: string;
}

/** How a ranker did on the query set. */
export interface RankerScore {
  top1: number;
  mrr: number;
  /** Queries whose film was not ranked first, with the rank it got (null: not in the results). */
  misses: Array<{ query: string; expected: string; rank: number | null }>;
}

/** How filmcli did, against fuse.js at its defaults over titles. */
export interface QualityReport {
  queries: number;
  filmcli: RankerScore;
  /** How often `show <query>` opens the expected film (no ambiguity error, no wrong film). */
  resolveAccuracy: number;
  /** Queries `show` does not open the expected film for, with what it did instead. */
  resolveMisses: Array<{ query: string; expected: string; got: string }>;
  fuseDefaults: RankerScore;
}

function score(queries: readonly QualityQuery[], rank: (q: string) => string[]): RankerScore {
  let top1 = 0;
  let reciprocal = 0;
  const misses: RankerScore["misses"] = [];
  for (const q of queries) {
    const position = rank(q.query).indexOf(q.expected);
    if (position === 0) top1++;
    else misses.push({ query: q.query, expected: q.expected, rank: position < 0 ? null : position + 1 });
    if (position >= 0) reciprocal += 1 / (position + 1);
  }
  return { top1: top1 / queries.length, mrr: reciprocal / queries.length, misses };
}

/** Scores filmcli's title search and resolver, and fuse.js's defaults, on a query set. */
export function evalSearch(index: FilmIndex, films: readonly Film[], queries: readonly QualityQuery[]): QualityReport {
  const fuse = new Fuse(films, { keys: ["title"] });
  const resolveMisses: QualityReport["resolveMisses"] = [];
  for (const q of queries) {
    let got: string;
    try {
      got = resolveFilm(index, q.query).film.id;
    } catch (error) {
      got = error instanceof Error ? error.message : String(error);
    }
    if (got !== q.expected) resolveMisses.push({ query: q.query, expected: q.expected, got });
  }
  return {
    queries: queries.length,
    filmcli: score(queries, (q) => searchFilms(index, q).map((m) => index.ref(m.i).id)),
    resolveAccuracy: (queries.length - resolveMisses.length) / queries.length,
    resolveMisses,
    fuseDefaults: score(queries, (q) => fuse.search(q).map((r) => r.item.id)),
  };
}
