/** The first place among the first `end` values of an ascending array whose value is not below `value` (`end` when none). */
export function lowerBound(sorted: ArrayLike<number>, value: number, end = sorted.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
