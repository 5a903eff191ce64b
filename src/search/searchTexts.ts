import type FuseClass from "fuse.js";

// Loaded on first search: most runs never need it, and every run would pay for loading it.
// (Its CommonJS build exports the class itself; the ESM build, as `default`.)
const loadFuse = (): typeof FuseClass => {
  const mod = require("fuse.js") as typeof FuseClass & { default?: typeof FuseClass };
  return mod.default ?? mod;
};
import { foldText } from "./normalizeTitle";
import { wordPattern } from "./wordPattern";
import { wordMatcher } from "./wordMatches";

/** A text that matched a query: relevance 0 to 1 (higher is better) and the words that matched. */
export interface TextHit<T> {
  item: T;
  score: number;
  /** The text's own words that matched a query word, each once, in text order. */
  matched: string[];
}

// Bounds fuzzy work whatever is typed: a longer query is cut, extra words are dropped (queryCut says which).
/** The longest text query searched, in characters. */
export const MAX_QUERY_CHARS = 200;
/** The most distinct words a text query searches for. */
export const MAX_QUERY_WORDS = 8;

/** The folded words fuzzy search will look for; empty when nothing searchable was typed. */
export function queryWords(query: string): string[] {
  const words = foldText(query.slice(0, MAX_QUERY_CHARS)).split(" ").filter((w) => w !== "");
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/** The folded words of a text query that the search leaves out, past MAX_QUERY_CHARS or MAX_QUERY_WORDS: [] when none. */
export function queryCut(query: string): string[] {
  const kept = new Set(queryWords(query));
  return [...new Set(foldText(query).split(" ").filter((w) => w !== "" && !kept.has(w)))];
}

/** The words of `text`, each with its folded form for matching. */
function textWords(text: string): Array<{ word: string; folded: string }> {
  return [...text.matchAll(wordPattern())].map((m) => ({ word: m[0], folded: foldText(m[0]).replace(/ /g, "") }));
}

/**
 * Typo-tolerant search over short texts, best first. Every query word must match a word of the text
 * (so more words narrow the result). Fuse ranks the candidates; the word check keeps its looser
 * substring hits ("to" for "tops") out. Fuse's extended operators stay off: input is plain text.
 */
export function searchTexts<T>(items: readonly T[], textOf: (item: T) => string, query: string): Array<TextHit<T>> {
  const words = queryWords(query);
  if (words.length === 0 || items.length === 0) return [];
  const docs = items.map((item) => ({ item, text: textOf(item) }));
  const Fuse = loadFuse();
  const fuse = new Fuse(docs, {
    keys: ["text"], includeScore: true, ignoreLocation: true, ignoreFieldNorm: true,
    ignoreDiacritics: true, threshold: 0.4,
  });
  // For every query word, the fuse score of each document it matches.
  const perWord = words.map((word) => {
    const scores = new Map<number, number>();
    for (const r of fuse.search(word)) scores.set(r.refIndex, r.score ?? 1);
    return scores;
  });
  const matches = wordMatcher();
  const hits: Array<TextHit<T> & { order: number }> = [];
  docs.forEach((doc, i) => {
    if (!perWord.every((scores) => scores.has(i))) return;
    const tokens = textWords(doc.text);
    const found = words.map((word) => tokens.filter((t) => matches(word, t.folded)));
    if (found.some((f) => f.length === 0)) return;
    const mean = perWord.reduce((sum, scores) => sum + scores.get(i)!, 0) / words.length;
    const matched = new Set(found.flat().map((t) => t.word));
    hits.push({
      item: doc.item, order: i, score: Math.round((1 - mean) * 1000) / 1000,
      matched: tokens.map((t) => t.word).filter((w) => matched.delete(w)),
    });
  });
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map(({ item, score, matched }) => ({ item, score, matched }));
}
