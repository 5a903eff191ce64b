/** The set of three-character slices of ` text `, padded so that word edges count. */
export function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

const SPACE = 32;

/** Whether ` ${title} ` holds the gram, without building that string or any other (this runs for every title). */
function hasGram(title: string, gram: string): boolean {
  if (title.includes(gram)) return true;
  const a = gram.charCodeAt(0);
  const b = gram.charCodeAt(1);
  const c = gram.charCodeAt(2);
  const last = title.length - 1;
  // At the padded start (" xy", or " x " for a title that is "x") and at the padded end ("xy ").
  if (a === SPACE && title.charCodeAt(0) === b && (title.charCodeAt(1) === c || (last === 0 && c === SPACE))) return true;
  return c === SPACE && title.charCodeAt(last) === b && (title.charCodeAt(last - 1) === a || (last === 0 && a === SPACE));
}

/**
 * How well a title covers a query's trigrams, 0 to 1. Containment (share of the query's grams found
 * in the title) lets a distinctive fragment find a long title; the Dice term prefers titles of similar
 * length. Works on the title's text directly, so that no set is built per title.
 */
export function trigramSimilarity(queryGrams: readonly string[], title: string): number {
  if (queryGrams.length === 0 || title === "") return 0;
  let shared = 0;
  // An indexed loop: for...of allocates an iterator result a step in code V8 has not optimized (a
  // short search stays unoptimized, see catalog/optimizeLater.ts), and this runs for every candidate.
  for (let g = 0; g < queryGrams.length; g++) if (hasGram(title, queryGrams[g]!)) shared++;
  const containment = shared / queryGrams.length;
  const dice = (2 * shared) / (queryGrams.length + title.length);
  return 0.6 * containment + 0.4 * dice;
}
