/**
 * Limits for the run-chart rules: Anhøj's (computed) and the IHI runs table (published).
 */

/** Anhøj's longest-run limit for n useful observations: round(log2(n) + 3). A run longer than it is a signal. */
export function anhoejLongestRunLimit(n: number): number {
  return Math.round(Math.log2(n) + 3);
}

/**
 * Anhøj's crossings limit for n useful observations: the 5th percentile of Binomial(n − 1, 0.5),
 * i.e. R's `qbinom(0.05, n - 1, 0.5)`. Fewer crossings than it is a signal.
 */
export function anhoejCrossingsLimit(n: number): number {
  return binomialHalfQuantile(0.05, Math.max(0, n - 1));
}

/** Up to this many trials the direct loop cannot underflow (0.5^1000 ≈ 9e−302 is a normal double). */
const DIRECT_MAX = 1000;

/** Smallest x with P(X ≤ x) ≥ p for X ~ Binomial(size, 0.5): the direct loop up to 1 000 trials, log space beyond. */
export function binomialHalfQuantile(p: number, size: number): number {
  return size <= DIRECT_MAX ? binomialHalfQuantileDirect(p, size) : binomialHalfQuantileLog(p, size);
}

/**
 * The direct loop: P(X = 0) = 0.5^size, then P(X = k + 1) = P(X = k) · (size − k) / (k + 1), summed
 * until the total reaches p. Exact up to rounding; valid while 0.5^size does not underflow (size ≤ 1 000).
 */
export function binomialHalfQuantileDirect(p: number, size: number): number {
  let term = Math.pow(0.5, size);
  let cdf = term;
  let k = 0;
  while (cdf < p && k < size) {
    term = (term * (size - k)) / (k + 1);
    k++;
    cdf += term;
  }
  return k;
}

/**
 * The same loop for any size, in log space while the terms are too small for a double: log P(X = k)
 * is carried forward by log((size − k) / (k + 1)); once a term comes within e^−60 of p, the loop
 * switches to plain multiplication. Every term skipped before that is below p · e^−60, so even a
 * million of them add less than 1e−20 · p to the sum, far under a double's rounding.
 */
export function binomialHalfQuantileLog(p: number, size: number): number {
  const floor = Math.log(p) - 60;
  let logTerm = -size * Math.LN2;
  let k = 0;
  while (logTerm < floor && k < size) {
    logTerm += Math.log((size - k) / (k + 1));
    k++;
  }
  let term = Math.exp(logTerm);
  let cdf = term;
  while (cdf < p && k < size) {
    term = (term * (size - k)) / (k + 1);
    k++;
    cdf += term;
  }
  return k;
}

/**
 * The IHI runs table: [useful observations, lower limit, upper limit] for 10 to 60 useful points.
 * Fewer runs than the lower limit, or more than the upper, is a signal.
 *
 * Source: Perla RJ, Provost LP, Murray SK. The run chart: a simple analytical tool for learning
 * from variation in healthcare processes. BMJ Quality & Safety 2011;20:46–51, Table 1 (adapted
 * from Swed & Eisenhart 1943; about 5% risk of a false signal). Rows 10–26 were checked against two
 * independent transcriptions; rows 27–60 are a best transcription, not yet verified.
 */
export const IHI_RUNS_TABLE: ReadonlyArray<readonly [n: number, lower: number, upper: number]> = [
  [10, 3, 9], [11, 3, 10], [12, 3, 11], [13, 4, 11], [14, 4, 12], [15, 5, 12], [16, 5, 13], [17, 5, 13],
  [18, 6, 14], [19, 6, 15], [20, 6, 16], [21, 7, 16], [22, 7, 17], [23, 7, 17], [24, 8, 18], [25, 8, 18],
  [26, 9, 19], [27, 9, 20], [28, 10, 20], [29, 10, 21], [30, 11, 21], [31, 11, 22], [32, 11, 23], [33, 12, 23],
  [34, 12, 24], [35, 13, 24], [36, 13, 25], [37, 13, 25], [38, 14, 26], [39, 14, 26], [40, 15, 27], [41, 16, 27],
  [42, 16, 28], [43, 17, 28], [44, 17, 29], [45, 17, 30], [46, 17, 31], [47, 18, 31], [48, 18, 32], [49, 19, 32],
  [50, 19, 33], [51, 20, 33], [52, 20, 34], [53, 21, 34], [54, 21, 35], [55, 22, 35], [56, 22, 36], [57, 23, 36],
  [58, 23, 37], [59, 24, 38], [60, 24, 38],
];

/** The IHI runs limits for n useful observations, or null outside the table (n < 10 or n > 60). */
export function ihiRunsLimits(n: number): { lower: number; upper: number } | null {
  const row = IHI_RUNS_TABLE[n - 10];
  return row && row[0] === n ? { lower: row[1], upper: row[2] } : null;
}
