/** The stderr note for a query cut short to bound fuzzy work: which words were left out, and the limit. */
export function queryCutNote(dropped: readonly string[], limit: string): string[] {
  if (dropped.length === 0) return [];
  const shown = dropped.slice(0, 5).map((w) => `"${w}"`).join(", ");
  const more = dropped.length > 5 ? ` and ${dropped.length - 5} more` : "";
  return [`query cut to ${limit}: left out ${shown}${more}`];
}
