/**
 * The rows editDistance computes in. Distance checks run by the thousand in one search, so whoever
 * runs many of them makes one of these and passes it to each (a search at a time: it is scratch).
 */
export interface EditBuffers {
  previous2: Uint16Array;
  previous: Uint16Array;
  current: Uint16Array;
}

/** Rows for words of up to `length - 1` characters; they grow when a longer word comes. */
export function editBuffers(length = 64): EditBuffers {
  return { previous2: new Uint16Array(length), previous: new Uint16Array(length), current: new Uint16Array(length) };
}

/**
 * Optimal-string-alignment distance (a swap of neighbours costs one), giving up past `max`:
 * returns `max + 1` as soon as the distance is known to exceed it. Without `buffers`, it makes its own.
 */
export function editDistance(a: string, b: string, max: number, buffers?: EditBuffers): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const rows = buffers ?? editBuffers(n + 1);
  if (n + 1 > rows.current.length) Object.assign(rows, editBuffers(n + 1));
  let { previous2, previous, current } = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, previous2[j - 2]! + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[n]!;
}

/** How many typos a query word of this length may carry and still match. */
export function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}
