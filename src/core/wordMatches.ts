import { allowedTypos, editDistance } from "./editDistance";

/** Whether a (folded) word is the query word, an extension of it, or within its typo allowance. */
export function wordMatches(queryWord: string, word: string): boolean {
  if (word === queryWord) return true;
  if (queryWord.length >= 3 && word.startsWith(queryWord)) return true;
  const max = allowedTypos(queryWord.length);
  return max > 0 && editDistance(queryWord, word, max) <= max;
}

/**
 * How well a title's words answer a query's words, 0 to 1: the share of query words found in the
 * title (typos allowed), scaled down by how many title words the query leaves unmentioned.
 */
export function wordCoverage(queryWords: readonly string[], titleWords: readonly string[]): number {
  if (queryWords.length === 0 || titleWords.length === 0) return 0;
  let found = 0;
  const used = new Set<number>();
  for (const q of queryWords) {
    const at = titleWords.findIndex((w, i) => !used.has(i) && wordMatches(q, w));
    if (at >= 0) { found++; used.add(at); }
  }
  return (found / queryWords.length) * (0.7 + (0.3 * used.size) / titleWords.length);
}
