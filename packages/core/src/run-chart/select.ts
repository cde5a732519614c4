/**
 * Order statistics in linear expected time: introselect (Hoare partition around a median-of-three
 * pivot, falling back to a sort of the remaining slice if partitioning stops shrinking it fast
 * enough, so the worst case is O(n log n), never quadratic).
 */

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * Rearranges `a[lo..hi]` so that `a[k]` holds the value a sort would put there, every value
 * before it is ≤ and every value after it is ≥; returns `a[k]`.
 */
export function selectInPlace(a: Float64Array, lo: number, hi: number, k: number): number {
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
  while (hi > lo) {
    if (budget-- <= 0) {
      a.subarray(lo, hi + 1).sort();
      return a[k]!;
    }
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // Now a[lo..j] ≤ pivot, a[i..hi] ≥ pivot, and anything between equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/**
 * The median of the first `length` values of `a` (an even count takes the mean of the two middle
 * values). Reorders those values; NaN must not be among them. NaN when `length` is 0.
 */
export function medianInPlace(a: Float64Array, length: number): number {
  if (length === 0) return NaN;
  const k = (length - 1) >>> 1;
  const lower = selectInPlace(a, 0, length - 1, k);
  if (length % 2 === 1) return lower;
  // After selection everything right of k is ≥ a[k]; the next order statistic is their minimum.
  let upper = Infinity;
  for (let i = k + 1; i < length; i++) if (a[i]! < upper) upper = a[i]!;
  return (lower + upper) / 2;
}
