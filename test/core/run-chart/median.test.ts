import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeRunChart, medianInPlace } from '../../../packages/core/src/index.js';
import { analyse, signalsOf } from './helpers.js';

/** The textbook median by sorting a copy: the oracle for the selection algorithm. */
function sortedMedian(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

describe('run chart: the median (centre line)', () => {
  it('takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
    assert.equal(medianInPlace(Float64Array.from([3, 1, 2]), 3), 2);
    assert.equal(medianInPlace(Float64Array.from([4, 1, 3, 2]), 4), 2.5);
    assert.equal(medianInPlace(Float64Array.from([5]), 1), 5);
    assert.equal(medianInPlace(Float64Array.from([7, 7, 7, 7]), 4), 7);
    assert.ok(Number.isNaN(medianInPlace(new Float64Array(0), 0)));
  });

  it('uses only the first `length` values of the buffer', () => {
    assert.equal(medianInPlace(Float64Array.from([9, 1, 100, -50]), 2), 5);
  });

  it('agrees with sorting on random, repetitive, sorted, reversed and organ-pipe inputs', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let t = 0; t < 3000; t++) {
      const n = 1 + Math.floor(random() * 80);
      const spread = t % 3 === 0 ? 3 : 1000;
      const values = Array.from({ length: n }, () => Math.floor(random() * spread) - spread / 2);
      assert.equal(medianInPlace(Float64Array.from(values), n), sortedMedian(values), `values ${values.join(' ')}`);
    }
    for (const n of [999, 1000, 20001]) {
      const patterns = [(i: number) => i, (i: number) => -i, (i: number) => Math.min(i, n - i), (i: number) => i % 2, () => 4];
      for (const f of patterns) {
        const values = Array.from({ length: n }, (_, i) => f(i));
        assert.equal(medianInPlace(Float64Array.from(values), n), sortedMedian(values));
      }
    }
  });

  it('leaves missing values (null, undefined, NaN) out of a phase’s median', () => {
    // Non-missing: 1, 3, 10 → median 3.
    const m = analyse([1, null, 3, Number.NaN, 10], { minPoints: 1 });
    assert.equal(m.phases[0]!.median, 3);
    assert.equal(m.phases[0]!.count, 3);
    assert.equal(m.phases[0]!.missing, 2);
    assert.equal(m.missing, 2);
    // Non-missing: 4, 1, 3, 2 → (2 + 3) / 2.
    assert.equal(analyse([4, null, 1, 3, 2]).phases[0]!.median, 2.5);
    const undef = analyzeRunChart([{ x: 1, y: undefined }, { x: 2, y: 4 }], { minPoints: 1 });
    assert.deepEqual([undef.phases[0]!.median, undef.missing, undef.points[0]!.y], [4, 1, null]);
  });

  it('marks each point above, below or on the median, and missing points with no side', () => {
    const m = analyse([1, null, 3, 10], { minPoints: 1 });
    assert.deepEqual(
      m.points.map((p) => [p.y, p.centre, p.side]),
      [
        [1, 3, 'below'],
        [null, 3, null],
        [3, 3, 'on'],
        [10, 3, 'above'],
      ],
    );
  });

  it('freezes the median on the first `baseline` non-missing points and extends it over the rest', () => {
    // First five non-missing: 1, 2, 3, 4, 5 (the null at index 3 is skipped) → median 3.
    const m = analyse([1, 2, 3, null, 4, 5, 50, 60, 70], { baseline: 5, minPoints: 1 });
    const phase = m.phases[0]!;
    assert.equal(phase.median, 3);
    assert.deepEqual(phase.baseline, { count: 5, to: 5 });
    assert.deepEqual(
      m.points.map((p) => p.baseline),
      [true, true, true, false, true, true, false, false, false],
    );
    assert.ok(m.points.every((p) => p.centre === 3));
    assert.deepEqual(m.points.slice(6).map((p) => p.side), ['above', 'above', 'above']);
  });

  it('uses every point when the baseline is longer than the phase', () => {
    const m = analyse([5, 1, 9], { baseline: 20, minPoints: 1 });
    assert.equal(m.phases[0]!.median, 5);
    assert.deepEqual(m.phases[0]!.baseline, { count: 3, to: 2 });
  });

  it('applies the rules to all points against the extended baseline median', () => {
    // Baseline 3 7 3 7 5 5 → sorted 3 3 5 5 7 7 → median 5. The two 5s are on the median and
    // skipped, so the 7 at index 3 and the six later points (8 9 8 9 8 9) form one run of 7 above.
    const m = analyse([3, 7, 3, 7, 5, 5, 8, 9, 8, 9, 8, 9], { baseline: 6 });
    assert.equal(m.phases[0]!.median, 5);
    assert.deepEqual(signalsOf(m, 'shift'), [[3, 11, 'up', 7]]);
    // Without the baseline the median of all twelve is (7 + 8) / 2 = 7.5: two runs of six.
    const all = analyse([3, 7, 3, 7, 5, 5, 8, 9, 8, 9, 8, 9]);
    assert.equal(all.phases[0]!.median, 7.5);
    assert.deepEqual(signalsOf(all, 'shift'), [
      [0, 5, 'down', 6],
      [6, 11, 'up', 6],
    ]);
  });
});

describe('run chart: phases', () => {
  it('gives each phase its own median from its own points (phases option)', () => {
    // x = 7 is index 6. Phase 1: 1..6 → 3.5; phase 2: 10 20 30 40 50 → 30.
    const m = analyse([1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 50], { phases: [7], minPoints: 1 });
    assert.deepEqual(
      m.phases.map((p) => [p.from, p.to, p.median, p.label]),
      [
        [0, 5, 3.5, null],
        [6, 10, 30, null],
      ],
    );
    assert.deepEqual(m.points.map((p) => p.phase), [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it('never lets a run span a phase boundary', () => {
    // Phase 1: 1 2 3 7 8 9 (median 5) ends with 3 above; phase 2: 7 8 9 1 2 3 (median 5) starts
    // with 3 above. Joined they would make 6 above in a row, a shift; split, neither phase has one.
    const m = analyse([1, 2, 3, 7, 8, 9, 7, 8, 9, 1, 2, 3], { phases: [7], minPoints: 1 });
    assert.deepEqual(
      m.phases.map((p) => [p.median, p.useful, p.runs, p.crossings, p.longestRun]),
      [
        [5, 6, 2, 1, 3],
        [5, 6, 2, 1, 3],
      ],
    );
    assert.deepEqual(signalsOf(m, 'shift'), []);
    // The same values in one phase: median (3 + 7) / 2 = 5 and a run of six above (index 3–8).
    assert.deepEqual(signalsOf(analyse([1, 2, 3, 7, 8, 9, 7, 8, 9, 1, 2, 3], { minPoints: 1 }), 'shift'), [[3, 8, 'up', 6]]);
  });

  it('never lets a trend span a phase boundary', () => {
    assert.deepEqual(signalsOf(analyse([1, 2, 3, 4, 5, 6], { minPoints: 1 }), 'trend'), [[0, 5, 'up', 6]]);
    assert.deepEqual(signalsOf(analyse([1, 2, 3, 4, 5, 6], { phases: [4], minPoints: 1 }), 'trend'), []);
  });

  it('starts a new phase where the data’s phase label changes, and keeps the labels', () => {
    const labels = ['Before', 'Before', 'Before', 'After', 'After', 'After'];
    const input = [1, 2, 3, 10, 30, 20].map((y, i) => ({ x: i + 1, y, phase: labels[i]! }));
    assert.deepEqual(analyse([]).phases, [], 'an empty chart has no phase');
    const model = analyzeRunChart(input, { minPoints: 1 });
    assert.deepEqual(
      model.phases.map((p) => [p.label, p.from, p.to, p.median]),
      [
        ['Before', 0, 2, 2],
        ['After', 3, 5, 20],
      ],
    );
  });

  it('freezes a baseline in each phase separately', () => {
    // Phase 1: first two 1, 3 → 2; phase 2 (from x = 5): first two 10, 20 → 15.
    const m = analyse([1, 3, 100, 100, 10, 20, 0, 0], { phases: [5], baseline: 2, minPoints: 1 });
    assert.deepEqual(
      m.phases.map((p) => [p.median, p.baseline]),
      [
        [2, { count: 2, to: 1 }],
        [15, { count: 2, to: 5 }],
      ],
    );
  });

  it('counts a phase start that matches no point as unmatched', () => {
    const m = analyse([1, 2, 3], { phases: [99], minPoints: 1 });
    assert.equal(m.phases.length, 1);
    assert.equal(m.unmatched.phases, 1);
  });
});
