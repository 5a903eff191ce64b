import { editBuffers, type EditBuffers } from "./editDistance";
import type { FilmIndex, TitleQuery } from "./filmIndex";
import { foldText, normalizeTitle, withoutArticle } from "./normalizeTitle";
import { trigrams, trigramSimilarity } from "./trigrams";
import { memoWordMatches, missingWords, wordCoverage, type WordMatcher } from "./wordMatches";

/** A film (by its place in the catalogue) with how well it matched: 1 is an exact title, 0 nothing in common. */
export interface FilmMatch {
  i: number;
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
// Below this trigram score a title is not worth the (costlier) word-by-word comparison.
const WORTH_WORDS = 0.15;
// No title is longer; a longer query is cut so that fuzzy work stays bounded whatever is typed.
const MAX_QUERY_CHARS = 300;

interface Reading {
  folded: string;
  normalized: string;
  /** The normalized query without spaces. */
  compact: string;
  grams: string[];
  words: string[];
  year?: number;
}

/** A query read as a whole title, and also as a title plus year when it ends in one. */
function readings(fullQuery: string): Reading[] {
  const query = fullQuery.slice(0, MAX_QUERY_CHARS);
  const read = (title: string, year?: number): Reading => {
    const normalized = normalizeTitle(title);
    return {
      folded: foldText(title), normalized, compact: normalized.replace(/ /g, ""), grams: [...trigrams(normalized)],
      words: foldText(title).split(" "), year,
    };
  };
  const split = splitYear(query);
  return split.year === undefined ? [read(query)] : [read(query), read(split.title, split.year)];
}

/**
 * What one search reuses for every title it scores: the word comparison with its rows, and
 * scoreTitle's second result (kept here rather than in an object per title: it runs for every film).
 */
interface Scratch {
  matches: WordMatcher;
  buffers: EditBuffers;
  /** How many typed words the title last scored lacks. */
  missing: number;
}

/** A title's score for one reading of the query; how many typed words it lacks is left in `scratch.missing`. */
function scoreTitle(normalized: string, folded: string, year: number, reading: Reading, scratch: Scratch): number {
  let score: number;
  scratch.missing = 0;
  if (normalized === reading.normalized) {
    score = folded === reading.folded ? EXACT : EXACT_WITHOUT_ARTICLE;
  } else if (Math.abs(normalized.length - reading.normalized.length) <= 4 && normalized.replace(/ /g, "") === reading.compact) {
    // Only the spacing differs: "spider man", "walle", "brave heart".
    score = NEAR_EXACT;
  } else {
    // Trigrams catch fragments and run-together words; word coverage catches typos in short titles.
    const grams = trigramSimilarity(reading.grams, normalized);
    if (grams < WORTH_WORDS) {
      scratch.missing = reading.words.length;
      return 0;
    }
    // Words keep the article, so "maks" leans to "Mask" over "The Mask".
    const titleWords = folded.split(" ");
    // A query much longer than the title cannot be that title, however many grams repeat in it.
    const lengthFit = Math.min(1, (normalized.length + 8) / reading.normalized.length);
    // Each typed word the title lacks altogether costs a tenth: "terminator 2" is not "The Terminator".
    scratch.missing = missingWords(reading.words, titleWords, scratch.matches, scratch.buffers);
    score = Math.max(grams, wordCoverage(reading.words, titleWords, scratch.matches) * 0.95) * 0.98 * lengthFit * 0.9 ** scratch.missing;
  }
  // A year that agrees lifts a film above its remakes; one that disagrees pushes it down.
  if (reading.year !== undefined && year !== reading.year) score *= 0.8;
  return score;
}

/** The grams and words of a fuzzy query, over every reading of it, as the index's postings know them. */
export function titleQuery(query: string): TitleQuery {
  const ways = readings(query);
  return { grams: [...new Set(ways.flatMap((r) => r.grams))], words: [...new Set(ways.flatMap((r) => r.words))] };
}

/**
 * Ranks films by title against a query, best first, keeping those scoring at least `minScore`. Only
 * the index's candidates are scored: every film of a small catalogue, a bounded few of a large one.
 */
export function searchFilms(catalog: FilmIndex, query: string, minScore = 0.3): FilmMatch[] {
  const ways = readings(query);
  const asked = titleQuery(query);
  const candidates = catalog.titleCandidates(asked);
  const folded = catalog.titlesToScore(candidates, asked);
  const matches: FilmMatch[] = [];
  const buffers = editBuffers();
  const scratch: Scratch = { matches: memoWordMatches(buffers), buffers, missing: 0 };
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    const title = folded[k]!;
    const normalized = withoutArticle(title);
    let best = 0;
    let missing = 0;
    let year: number | undefined;
    for (const reading of ways) {
      // The year is read only when the query names one: most queries never need it.
      if (reading.year !== undefined) year ??= catalog.year(i);
      const score = scoreTitle(normalized, title, year ?? 0, reading, scratch);
      if (score > best) { best = score; missing = scratch.missing; }
    }
    if (best >= minScore) matches.push({ i, score: best, missing });
  }
  return rankMatches(catalog, matches);
}

/** Best first; among equal scores a well-known film leads, and ids settle the rest, so the order is total. */
function rankMatches(catalog: FilmIndex, matches: FilmMatch[]): FilmMatch[] {
  const votes = new Map(matches.map((m) => [m.i, catalog.votes(m.i) ?? 0]));
  const ids = new Map<number, string>();
  const id = (i: number): string => {
    let value = ids.get(i);
    if (value === undefined) ids.set(i, (value = catalog.ref(i).id));
    return value;
  };
  return matches.sort((a, b) => b.score - a.score || votes.get(b.i)! - votes.get(a.i)! || (id(a.i) < id(b.i) ? -1 : 1));
}
