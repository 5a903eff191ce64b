import { allowedTypos, editBuffers, editDistance, type EditBuffers } from "./editDistance";

// Sequels are numbered both ways ("Part II", "part 2").
const ROMAN: Record<string, string> = { ii: "2", iii: "3", iv: "4", vi: "6", vii: "7", viii: "8", ix: "9" };
const DIGITS = /^\d+$/;

/**
 * Whether a (folded) word is the query word, its numeral, an extension of it, or within its typo
 * allowance. Many comparisons should share `buffers` (or use a `wordMatcher`).
 */
export function wordMatches(queryWord: string, word: string, buffers?: EditBuffers): boolean {
  if (word === queryWord || ROMAN[word] === queryWord || ROMAN[queryWord] === word) return true;
  // "2" is not a typo of "3", nor "200" the start of "2000": numbers name sequels and years.
  if (DIGITS.test(queryWord)) return false;
  if (queryWord.length >= 3 && word.startsWith(queryWord)) return true;
  const max = allowedTypos(queryWord.length);
  return max > 0 && Math.abs(word.length - queryWord.length) <= max && editDistance(queryWord, word, max, buffers) <= max;
}

/** A word comparison, for callers that memoise it or run many. */
export type WordMatcher = (queryWord: string, word: string) => boolean;

/** wordMatches over one set of edit-distance rows: for a search that compares many words. */
export function wordMatcher(buffers: EditBuffers = editBuffers()): WordMatcher {
  return (q, w) => wordMatches(q, w, buffers);
}

/**
 * wordMatches with its answers remembered: titles share most of their words ("the", "of", "love"),
 * so a search over thousands of titles asks the same questions again and again.
 */
export function memoWordMatches(buffers: EditBuffers = editBuffers()): WordMatcher {
  const memo = new Map<string, Map<string, boolean>>();
  return (q, w) => {
    let answers = memo.get(q);
    if (!answers) memo.set(q, (answers = new Map()));
    let answer = answers.get(w);
    if (answer === undefined) answers.set(w, (answer = wordMatches(q, w, buffers)));
    return answer;
  };
}

/**
 * How well a title's words answer a query's words, 0 to 1: the share of query words found in the
 * title (typos allowed), scaled down by how many title words the query leaves unmentioned.
 */
export function wordCoverage(queryWords: readonly string[], titleWords: readonly string[], matches: WordMatcher = wordMatches): number {
  if (queryWords.length === 0 || titleWords.length === 0) return 0;
  // Indexed loops and a bit mask of the title words used: this runs for every candidate title, in code
  // V8 has not optimized, where for...of, closures and a Set allocate at every step.
  // Each title word serves one query word: `found` of them are used, in the mask (the first 31) or the list.
  let found = 0;
  let usedMask = 0;
  let usedPast31: number[] | undefined;
  for (let k = 0; k < queryWords.length; k++) {
    const q = queryWords[k]!;
    for (let i = 0; i < titleWords.length; i++) {
      if (i < 31 ? (usedMask & (1 << i)) !== 0 : usedPast31?.includes(i) === true) continue;
      if (!matches(q, titleWords[i]!)) continue;
      found++;
      if (i < 31) usedMask |= 1 << i; else (usedPast31 ??= []).push(i);
      break;
    }
  }
  return (found / queryWords.length) * (0.7 + (0.3 * found) / titleWords.length);
}

/**
 * How many query words the title does not contain in any form: not as a word (typos allowed) and
 * not inside its run-together text ("heart" in "braveheart").
 */
export function missingWords(
  queryWords: readonly string[], titleWords: readonly string[], matches: WordMatcher = wordMatches, buffers?: EditBuffers,
): number {
  const joined = titleWords.join("");
  // Presence is judged more loosely than matching: a short word with one slip ("man" for "men") is there.
  const near = (q: string, w: string): boolean => q.length === 3 && q[0] === w[0] && w.length <= 4 && editDistance(q, w, 1, buffers) <= 1;
  let missing = 0;
  for (let k = 0; k < queryWords.length; k++) {
    const q = queryWords[k]!;
    let there = joined.includes(q);
    for (let i = 0; !there && i < titleWords.length; i++) there = matches(q, titleWords[i]!) || near(q, titleWords[i]!);
    if (!there) missing++;
  }
  return missing;
}
