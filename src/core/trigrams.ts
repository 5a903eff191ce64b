/** The set of three-character slices of ` text `, padded so that word edges count. */
export function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/**
 * How well a title's trigrams cover a query's, 0 to 1. Containment (share of the query found in the
 * title) lets a distinctive fragment find a long title; the Dice term prefers titles of similar length.
 */
export function trigramSimilarity(query: Set<string>, title: Set<string>): number {
  if (query.size === 0 || title.size === 0) return 0;
  let shared = 0;
  for (const gram of query) if (title.has(gram)) shared++;
  const containment = shared / query.size;
  const dice = (2 * shared) / (query.size + title.size);
  return 0.6 * containment + 0.4 * dice;
}
