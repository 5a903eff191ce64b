/** The films of both lists, ascending, each once; the first `most`. `a` is ascending already (it is returned as it is when `b` is empty). */
export function sortedUnion(a: readonly number[], b: readonly number[], most = Infinity): number[] {
  if (b.length === 0) return a.slice(0, most);
  return [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, most);
}
