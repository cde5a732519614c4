import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  anhoejCrossingsLimit,
  anhoejLongestRunLimit,
  binomialHalfQuantile,
  binomialHalfQuantileDirect,
  binomialHalfQuantileLog,
  runChartSummary,
} from '../../../packages/core/src/index.js';
import { analyse, rep, rulesOf, runs, signalsOf } from './helpers.js';

/** The limits table of run-chart-rules.md, typed in from the document: n → [longest run, crossings]. */
const REFERENCE_LIMITS: Record<number, [number, number]> = {
  10: [6, 2], 11: [6, 2], 12: [7, 3], 13: [7, 3], 14: [7, 4], 15: [7, 4], 16: [7, 4], 17: [7, 5], 18: [7, 5],
  19: [7, 6], 20: [7, 6], 21: [7, 6], 22: [7, 7], 23: [8, 7], 24: [8, 8], 25: [8, 8], 26: [8, 8], 27: [8, 9],
  28: [8, 9], 29: [8, 10], 30: [8, 10], 31: [8, 11], 32: [8, 11], 33: [8, 11], 34: [8, 12], 35: [8, 12], 36: [8, 13],
  37: [8, 13], 38: [8, 14], 39: [8, 14], 40: [8, 14], 41: [8, 15], 42: [8, 15], 43: [8, 16], 44: [8, 16], 45: [8, 17],
  46: [9, 17], 47: [9, 17], 48: [9, 18], 49: [9, 18], 50: [9, 19], 51: [9, 19], 52: [9, 20], 53: [9, 20], 54: [9, 21],
  55: [9, 21], 56: [9, 21], 57: [9, 22], 58: [9, 22], 59: [9, 23], 60: [9, 23],
};

/** qbinom(p, size, 0.5) in exact integer arithmetic: the smallest x with Σ C(size, k) ≥ p · 2^size (p = 1/20). */
function exactQuantile5(size: number): number {
  const target = 2n ** BigInt(size); // Σ C · 20 ≥ 2^size
  let c = 1n;
  let sum = 1n;
  let k = 0;
  while (sum * 20n < target) {
    c = (c * BigInt(size - k)) / BigInt(k + 1);
    k++;
    sum += c;
  }
  return k;
}

describe('Anhøj limits', () => {
  it('match the reference table for every n from 10 to 60', () => {
    for (let n = 10; n <= 60; n++) {
      assert.deepEqual([anhoejLongestRunLimit(n), anhoejCrossingsLimit(n)], REFERENCE_LIMITS[n], `n = ${n}`);
    }
  });

  it('compute the longest-run limit as round(log2(n) + 3) for small and large n', () => {
    assert.equal(anhoejLongestRunLimit(1), 3);
    assert.equal(anhoejLongestRunLimit(8), 6);
    assert.equal(anhoejLongestRunLimit(1000), 13); // log2(1000) ≈ 9.97
    assert.equal(anhoejLongestRunLimit(100000), 20); // ≈ 16.61 + 3
  });

  it('compute the crossings limit as qbinom(0.05, n − 1, 0.5), checked in exact integer arithmetic', () => {
    for (let n = 1; n <= 400; n++) assert.equal(anhoejCrossingsLimit(n), exactQuantile5(n - 1), `n = ${n}`);
    for (const size of [1001, 1500, 2048, 4000, 10000]) {
      assert.equal(binomialHalfQuantile(0.05, size), exactQuantile5(size), `size = ${size} (log-space path)`);
    }
  });

  it('give the same answer by the direct loop and the log-space loop up to 1 000 trials', () => {
    for (let size = 0; size <= 1000; size++) {
      assert.equal(binomialHalfQuantileLog(0.05, size), binomialHalfQuantileDirect(0.05, size), `size = ${size}`);
    }
  });

  it('stay close to the normal approximation for a million points', () => {
    const size = 1_000_000;
    const approx = size / 2 - 1.6448536 * Math.sqrt(size / 4);
    assert.ok(Math.abs(binomialHalfQuantile(0.05, size) - approx) <= 2);
  });
});

describe('Anhøj rules', () => {
  it('signal a run longer than the limit (n = 20: longest run 8 > 7)', () => {
    // 9 | 1×8 | 9 | 1 | 9 | 1 | 9×7: ten 1s and ten 9s (median 5), 6 crossings (not < 6).
    const m = analyse(runs('A', [1, 8, 1, 1, 1, 1, 7]), { rules: 'anhoej', direction: 'up' });
    const p = m.phases[0]!;
    assert.deepEqual([p.useful, p.longestRun, p.crossings, p.longestRunLimit, p.crossingsLimit], [20, 8, 6, 7, 6]);
    assert.deepEqual(rulesOf(m), ['longest-run']);
    assert.deepEqual(signalsOf(m, 'longest-run'), [[1, 8, 'down', 8]]);
    assert.equal(m.signals[0]!.improvement, false, 'a long run below is a deterioration when higher is better');
    assert.match(runChartSummary(m), /8 points in a row were below the median, more than the limit of 7 \(longest run\): a signal of deterioration\./);
  });

  it('do not signal a run as long as the limit', () => {
    // 9 | 1×7 | 9 | 1×2 | 9 | 1 | 9×7: longest 7 = limit; 6 crossings.
    const m = analyse(runs('A', [1, 7, 1, 2, 1, 1, 7]), { rules: 'anhoej' });
    assert.deepEqual([m.phases[0]!.longestRun, m.phases[0]!.crossings], [7, 6]);
    assert.deepEqual(m.signals, []);
  });

  it('signal fewer crossings than the limit, and not as many (n = 20: limit 6)', () => {
    const few = analyse(runs('A', [4, 3, 3, 4, 3, 3]), { rules: 'anhoej' }); // 5 crossings
    assert.deepEqual([few.phases[0]!.crossings, few.phases[0]!.longestRun], [5, 4]);
    assert.deepEqual(signalsOf(few, 'crossings'), [[0, 19, null, 5]]);
    assert.equal(few.signals[0]!.improvement, null);
    assert.match(runChartSummary(few), /The values crossed the median 5 times, fewer than the limit of 6 \(too few crossings\): a signal of non-random variation\./);
    const enough = analyse(runs('A', [3, 3, 3, 3, 2, 4, 2]), { rules: 'anhoej' }); // 6 crossings
    assert.equal(enough.phases[0]!.crossings, 6);
    assert.deepEqual(enough.signals, []);
  });

  it('have no shift, trend or astronomical point', () => {
    // 9×6 | 1×3 | 9 | 1×3 | 9 | 1×3 | 9×2 | 1: under IHI the six 9s are a shift; under Anhøj
    // (n = 20) the longest run 6 ≤ 7 and 7 crossings ≥ 6, so no signal.
    const values = runs('A', [6, 3, 1, 3, 1, 3, 2, 1]);
    assert.deepEqual(signalsOf(analyse(values), 'shift'), [[0, 5, 'up', 6]]);
    assert.deepEqual(analyse(values, { rules: 'anhoej' }).signals, []);
    // A rising trend of 10 with a huge last point: no Anhøj signal from the trend or the spike.
    const rising = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
    const m = analyse(rising, { rules: 'anhoej' });
    assert.ok(!rulesOf(m).some((r) => r === 'trend' || r === 'astronomical' || r === 'shift'));
    assert.equal(m.phases[0]!.limits, null);
  });

  it('count n without the points on the median', () => {
    // The 20 points of the crossings example with four 5s added: still n = 20, limits 7 and 6.
    const values = runs('A', [4, 3, 3, 4, 3, 3]);
    values.splice(2, 0, 5, 5);
    values.splice(12, 0, 5, 5);
    const m = analyse(values, { rules: 'anhoej' });
    const p = m.phases[0]!;
    assert.deepEqual([p.count, p.useful, p.longestRunLimit, p.crossingsLimit, p.crossings], [24, 20, 7, 6, 5]);
    assert.deepEqual(rulesOf(m), ['crossings']);
  });

  it('are not applied when every point is on the median', () => {
    const m = analyse(rep(3, 15), { rules: 'anhoej' });
    assert.deepEqual([m.phases[0]!.longestRunLimit, m.phases[0]!.crossingsLimit, m.signals.length], [null, null, 0]);
  });
});
