import { editBuffers, type EditBuffers } from "./editDistance";
import type { FilmIndex, TitleQuery } from "./filmIndex";
import { foldTitle, withoutArticle } from "./normalizeTitle";
import { trigrams, trigramSimilarity } from "./trigrams";
import { memoWordMatches, missingWords, wordCoverage, type WordMatcher } from "./wordMatches";

/** A film (by its place in the catalogue) with how well it matched: 1 is an exact title, 0 nothing in common. */
export interface FilmMatch {
  i: number;
  /** How well the title matches the query's text, 0 to 1 (1: exactly, article included). */
  score: number;
  /** How many typed words the title lacks in any form; a film is only opened on a fuzzy match without any. */
  missing: number;
  /** What results are ordered by, 0 to 1: the text score weighed by popularity and kind (README, "Search ranking"). */
  rank: number;
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
// A title that begins with every word of a query of two words or more ("star wars", "lord of the
// rings": a series' name) scores this, however long the rest: popularity, not length, then picks.
const SERIES_PREFIX = 0.85;
// Below this trigram score a title is not worth the (costlier) word-by-word comparison.
const WORTH_WORDS = 0.15;
/** No title is longer; a longer query is cut so that fuzzy work stays bounded whatever is typed (titleQueryCut says what goes). */
export const MAX_TITLE_CHARS = 300;

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
  const query = fullQuery.slice(0, MAX_TITLE_CHARS);
  const read = (title: string, year?: number): Reading => {
    const folded = foldTitle(title);
    const normalized = withoutArticle(folded);
    return {
      folded, normalized, compact: normalized.replace(/ /g, ""), grams: [...trigrams(normalized)],
      words: folded.split(" "), year,
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

/** Whether a title's words begin with all of the query's ("star wars ep iv a new hope" with "star wars"). */
const startsWithWords = (title: string, query: string): boolean =>
  title.length > query.length && title.startsWith(query) && title[query.length] === " ";

/** A title's score for one reading of the query; how many typed words it lacks is left in `scratch.missing`. */
function scoreTitle(normalized: string, folded: string, year: number, reading: Reading, scratch: Scratch): number {
  let score: number;
  scratch.missing = 0;
  if (normalized === reading.normalized) {
    score = folded === reading.folded ? EXACT : EXACT_WITHOUT_ARTICLE;
  } else if (Math.abs(normalized.length - reading.normalized.length) <= 4 && normalized.replace(/ /g, "") === reading.compact) {
    // Only the spacing differs: "spider man", "walle", "brave heart".
    score = NEAR_EXACT;
  } else if (reading.words.length >= 2 && startsWithWords(normalized, reading.normalized)) {
    score = SERIES_PREFIX;
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

// Films of one exact title scored at most: the most voted of them (a common title is hundreds of films, and a search shows ten).
const EXACT_MOST = 60;

/**
 * The index's candidates and the films whose title is exactly a reading of the query: in a large
 * library the candidates are bounded, popular films first, and an exact title must never miss the cut
 * (of a title that hundreds of films share, the EXACT_MOST most voted).
 */
function withExact(catalog: FilmIndex, candidates: ArrayLike<number>, ways: readonly Reading[]): ArrayLike<number> {
  if (candidates.length === catalog.size) return candidates;
  const exact = ways.flatMap((r) => [...catalog.withFolded(r.folded, EXACT_MOST), ...catalog.withNormalized(r.normalized, EXACT_MOST)]);
  if (exact.length === 0) return candidates;
  return Uint32Array.from(new Set([...Array.from(candidates), ...exact])).sort();
}

/** The folded words of a title query that lie past MAX_TITLE_CHARS, which a search leaves out: [] when none. */
export function titleQueryCut(query: string): string[] {
  if (query.length <= MAX_TITLE_CHARS) return [];
  const kept = new Set(foldTitle(query.slice(0, MAX_TITLE_CHARS)).split(" "));
  // The word the cut falls in is partly kept: it counts as left out, whole.
  const inWord = (k: number): boolean => /[\p{L}\p{N}]/u.test(query[k] ?? "");
  const cutInside = inWord(MAX_TITLE_CHARS - 1) && inWord(MAX_TITLE_CHARS);
  let start = MAX_TITLE_CHARS;
  while (cutInside && start > 0 && inWord(start - 1)) start--;
  const rest = foldTitle(query.slice(start)).split(" ").filter((w) => w !== "");
  return [...new Set(rest.filter((w, k) => (k === 0 && cutInside) || !kept.has(w)))];
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
  const candidates = withExact(catalog, catalog.titleCandidates(asked), ways);
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
    if (best >= minScore) matches.push({ i, score: best, missing, rank: 0 });
  }
  return rankMatches(catalog, matches, kindsAsked(ways[0]!.words));
}

// The ranking (README, "Search ranking"): text score x exactness x kind x popularity.
// A title that is not the query exactly (article included) weighs this much of its score.
const NOT_EXACT = 0.75;
// How much a film's kind counts when the query asks for no kind: films first, episodes last.
const KIND_WEIGHT: Readonly<Record<string, number>> = {
  movie: 1, tvMovie: 0.93, tvSeries: 0.88, tvMiniSeries: 0.88, tvSpecial: 0.8, short: 0.8, video: 0.8, tvShort: 0.78,
  videoGame: 0.75, tvPilot: 0.7, tvEpisode: 0.6,
};
const OTHER_KIND = 0.75;
// Query words that ask for a kind: its titles then weigh as films do.
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  series: ["tvSeries", "tvMiniSeries"], miniseries: ["tvMiniSeries"], show: ["tvSeries", "tvMiniSeries"], tv: ["tvMovie", "tvSeries", "tvMiniSeries", "tvSpecial", "tvShort"],
  episode: ["tvEpisode"], short: ["short", "tvShort"], video: ["video"], game: ["videoGame"], special: ["tvSpecial"],
};
// Popularity: log10(1 + votes) over this is 1 (about 3M votes, IMDb's most voted title), weighing up to 1 + POPULARITY...
const LOG_VOTES_FULL = 6.5;
const POPULARITY = 1.2;
// ... and a film's share of the most votes among the matches, up to 1 + SHARE: tells apart films of one series.
const SHARE = 0.15;
// A film whose votes are unknown (a catalogue film whose rating was left out) counts as the median
// catalogue film: 15,000 votes (of the 2,942 bundled films that have them, the median is 14,947).
const UNKNOWN_VOTES = 15_000;
// Each typed word a title lacks in any form weighs this much more: popularity does not make up for it.
const MISSING_WORD = 0.75;

/** The kinds a query's words ask for ("breaking bad series"), each weighing as a film does. */
function kindsAsked(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((w) => KIND_WORDS[w] ?? []));
}

/** A match's rank, 0 to 1, from its text score, the typed words it lacks, its kind's weight, its votes and the most votes among the matches. */
export function rankOf(score: number, missing: number, kindWeight: number, knownVotes: number | null, maxVotes: number): number {
  const votes = knownVotes ?? UNKNOWN_VOTES;
  const popularity = Math.min(1, Math.log10(1 + votes) / LOG_VOTES_FULL);
  const share = maxVotes > 0 ? Math.min(1, votes / maxVotes) : 0;
  const exactness = score === EXACT ? 1 : NOT_EXACT;
  // The score counts squared: a clearly better text match is worth more than a popular name.
  return (score * score * exactness * MISSING_WORD ** missing * kindWeight * (1 + POPULARITY * popularity) * (1 + SHARE * share)) / ((1 + POPULARITY) * (1 + SHARE));
}

/** Best rank first; ties go to more votes, then ids, so the order is total. */
function rankMatches(catalog: FilmIndex, matches: FilmMatch[], kinds: ReadonlySet<string>): FilmMatch[] {
  const read = catalog.votesAndKinds(matches.map((m) => m.i));
  const votes = new Map(matches.map((m, k) => [m.i, read.votes[k]!]));
  let most = 0;
  for (const v of votes.values()) most = Math.max(most, v ?? 0);
  matches.forEach((m, k) => {
    const kind = read.kinds[k]!;
    const weight = kinds.has(kind) ? 1 : KIND_WEIGHT[kind] ?? OTHER_KIND;
    m.rank = rankOf(m.score, m.missing, weight, votes.get(m.i)!, most);
  });
  const byRank = (a: FilmMatch, b: FilmMatch): number => b.rank - a.rank || (votes.get(b.i) ?? 0) - (votes.get(a.i) ?? 0);
  matches.sort((a, b) => byRank(a, b) || a.i - b.i);
  // Only tied matches need their ids, read together (a common title ties hundreds of unrated films).
  const tied = matches.filter((m, k) => (k > 0 && byRank(matches[k - 1]!, m) === 0) || (k + 1 < matches.length && byRank(m, matches[k + 1]!) === 0));
  if (tied.length === 0) return matches;
  const refs = catalog.refs(tied.map((m) => m.i));
  const ids = new Map(tied.map((m, k) => [m.i, refs[k]!.id]));
  return matches.sort((a, b) => byRank(a, b) || (ids.get(a.i)! < ids.get(b.i)! ? -1 : 1));
}
