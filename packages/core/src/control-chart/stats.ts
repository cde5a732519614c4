/**
 * Sums and means as R computes them, closely enough that limits agree with qicharts2 to 1e-9
 * and a flat series stays flat: R accumulates in long double and `mean` refines with a second
 * pass (see ../shared/reference/spc.md §9). Here: Neumaier's compensated sum, and the mean
 * corrected by the mean of the residuals. NaN is "missing" and skipped (R's na.rm = TRUE).
 */

/** Σ of the non-NaN values (Neumaier's compensated summation). 0 when there are none. */
export function sum(values: ArrayLike<number>): number {
  let s = 0, c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** The mean of the non-NaN values with R's second pass; NaN when there are none. */
export function mean(values: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  if (n === 0) return NaN;
  const m = sum(values) / n;
  if (!Number.isFinite(m)) return m;
  const r = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) r[i] = values[i]! - m;
  return m + sum(r) / n;
}

/** The sample standard deviation (n − 1) of the non-NaN values; NaN with fewer than 2. */
export function sd(values: ArrayLike<number>): number {
  const m = mean(values);
  let n = 0;
  const sq = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) {
      sq[i] = NaN;
      continue;
    }
    n++;
    sq[i] = (v - m) * (v - m);
  }
  return n < 2 ? NaN : Math.sqrt(sum(sq) / (n - 1));
}

/** The median of the non-NaN values; NaN when there are none. */
export function median(values: ArrayLike<number>): number {
  const a = Float64Array.from(values).filter((v) => v === v).sort();
  if (a.length === 0) return NaN;
  const k = a.length >> 1;
  return a.length % 2 ? a[k]! : (a[k - 1]! + a[k]!) / 2;
}

/** |diff(values)|: NaN next to a missing value. */
export function movingRanges(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i++) out[i - 1] = Math.abs(values[i]! - values[i - 1]!);
  return out;
}

/**
 * The average moving range, screened when asked: moving ranges ≥ 3.267 × the first average are
 * dropped once (not iterated), as qicharts2 does under `qic.screenedmr` (Nelson 1982). A flat
 * series has an average of 0, screening keeps nothing, and the result is NaN (no limits).
 */
export function averageMovingRange(mr: ArrayLike<number>, screen: boolean): number {
  const amr = mean(mr);
  if (!screen) return amr;
  const limit = 3.267 * amr;
  const kept = Float64Array.from(mr).map((v) => (v < limit ? v : NaN));
  return mean(kept);
}

const c4Cache: number[] = [NaN, NaN, 1 / Math.sqrt(Math.PI)];

/** Γ(n/2) / Γ((n − 1)/2) for whole n ≥ 2, by the recurrence r(n + 1) = ((n − 1)/2) / r(n). */
function gammaRatio(n: number): number {
  while (c4Cache.length <= n) {
    const k = c4Cache.length - 1;
    c4Cache.push((k - 1) / 2 / c4Cache[k]!);
  }
  return c4Cache[n]!;
}

/** c4(n) = √(2/(n − 1)) · Γ(n/2) / Γ((n − 1)/2); NaN for n ≤ 1 or not whole. */
export function c4(n: number): number {
  if (!(n > 1) || !Number.isInteger(n)) return NaN;
  return Math.sqrt(2 / (n - 1)) * gammaRatio(n);
}

/** c5(n) = √(1 − c4²). */
export function c5(n: number): number {
  const c = c4(n);
  return Math.sqrt(1 - c * c);
}
