import type { Film } from "./film";
import type { FilmIndex } from "./filmIndex";
import { foldText, normalizeTitle } from "./normalizeTitle";
import { trigrams, trigramSimilarity } from "./trigrams";
import { missingWords, wordCoverage } from "./wordMatches";

/** A film with how well it matched a query: 1 is an exact title, 0 nothing in common. */
export interface FilmMatch {
  film: Film;
  score: number;
  /** How many typed words the title lacks in any form; a film is only opened on a fuzzy match without any. */
  missing: number;
}

/** Splits a trailing year off a query: "mask 1985" and "Mask (1985)" give ["mask", 1985]. */
export function splitYear(query: string): { title: string; year?: number } {
  const m = /^(.*?)[\s([]*\b(1[89]\d\d|20\d\d)[)\]]?\s*$/.exec(query.trim());
  if (!m || m[1]!.trim() === "") return { title: query.trim() };
  return { title: m[1]!.trim(), year: Number(m[2]) };
}

const EXACT = 1;
const EXACT_WITHOUT_ARTICLE = 0.99;
const NEAR_EXACT = 0.97;

interface Reading {
  folded: string;
  normalized: string;
  grams: Set<string>;
  words: string[];
  year?: number;
}

// No title is longer; a longer query is cut so that fuzzy work stays bounded whatever is typed.
const MAX_QUERY_CHARS = 300;

/** A query read as a whole title, and also as a title plus year when it ends in one. */
function readings(fullQuery: string): Reading[] {
  const query = fullQuery.slice(0, MAX_QUERY_CHARS);
  const read = (title: string, year?: number): Reading => {
    const normalized = normalizeTitle(title);
    return { folded: foldText(title), normalized, grams: trigrams(normalized), words: foldText(title).split(" "), year };
  };
  const split = splitYear(query);
  return split.year === undefined ? [read(query)] : [read(query), read(split.title, split.year)];
}

function scoreFilm(filmNormalized: string, filmFolded: string, year: number, reading: Reading): { score: number; missing: number } {
  let score: number;
  let missing = 0;
  if (filmNormalized === reading.normalized) {
    score = filmFolded === reading.folded ? EXACT : EXACT_WITHOUT_ARTICLE;
  } else if (filmNormalized.replace(/ /g, "") === reading.normalized.replace(/ /g, "")) {
    // Only the spacing differs: "spider man", "walle", "brave heart".
    score = NEAR_EXACT;
  } else {
    // Trigrams catch fragments and run-together words; word coverage catches typos in short titles.
    const grams = trigramSimilarity(reading.grams, trigrams(filmNormalized));
    // Words keep the article, so "maks" leans to "Mask" over "The Mask".
    const titleWords = filmFolded.split(" ");
    // A query much longer than the title cannot be that title, however many grams repeat in it.
    const lengthFit = Math.min(1, (filmNormalized.length + 8) / reading.normalized.length);
    // Each typed word the title lacks altogether costs a tenth: "terminator 2" is not "The Terminator".
    missing = missingWords(reading.words, titleWords);
    score = Math.max(grams, wordCoverage(reading.words, titleWords) * 0.95) * 0.98 * lengthFit * 0.9 ** missing;
  }
  // A year that agrees lifts a film above its remakes; one that disagrees pushes it down.
  if (reading.year !== undefined && year !== reading.year) score *= 0.8;
  return { score, missing };
}

/** Ranks films by title against a query, best first, keeping those scoring at least `minScore`. */
export function searchFilms(index: FilmIndex, query: string, minScore = 0.3): FilmMatch[] {
  const ways = readings(query);
  const matches: FilmMatch[] = [];
  index.films.forEach((film, i) => {
    const normalized = index.normalized[i]!;
    const folded = index.folded[i]!;
    const best = ways.map((reading) => scoreFilm(normalized, folded, film.year, reading)).sort((a, b) => b.score - a.score)[0]!;
    if (best.score >= minScore) matches.push({ film, score: best.score, missing: best.missing });
  });
  return matches.sort(compareMatches);
}

/** Orders matches by score, then by votes so that a well-known film leads among equals. */
export function compareMatches(a: FilmMatch, b: FilmMatch): number {
  return b.score - a.score || (b.film.rating?.votes ?? 0) - (a.film.rating?.votes ?? 0) || a.film.id.localeCompare(b.film.id);
}
