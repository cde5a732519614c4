import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IHI_RUNS_TABLE, ihiRunsLimits, runChartSummary } from '../../../packages/core/src/index.js';
import { analyse, rep, runs, signalsOf } from './helpers.js';

/**
 * Rows 10–26 of the runs table as printed in run-chart-rules.md (Perla et al. 2011, Table 1),
 * typed in from the document: n useful → [lower, upper]. Rows 27–60 are not pinned (the
 * reference says they could not be checked).
 */
const CHECKED_RUNS_ROWS: Record<number, [number, number]> = {
  10: [3, 9], 11: [3, 10], 12: [3, 11], 13: [4, 11], 14: [4, 12], 15: [5, 12], 16: [5, 13], 17: [5, 13],
  18: [6, 14], 19: [6, 15], 20: [6, 16], 21: [7, 16], 22: [7, 17], 23: [7, 17], 24: [8, 18], 25: [8, 18], 26: [9, 19],
};

describe('IHI rule 1: shift', () => {
  it('signals six points in a row on one side of the median, and not five', () => {
    // Six 9s then six 1s: median 5, a shift above (index 0–5) and one below (6–11).
    assert.deepEqual(signalsOf(analyse(runs('A', [6, 6])), 'shift'), [
      [0, 5, 'up', 6],
      [6, 11, 'down', 6],
    ]);
    assert.deepEqual(signalsOf(analyse(runs('A', [5, 5])), 'shift'), []);
    // A run longer than six is one shift counting all its points.
    assert.deepEqual(signalsOf(analyse(runs('B', [8, 2, 2, 8])), 'shift'), [
      [0, 7, 'down', 8],
      [12, 19, 'up', 8],
    ]);
  });

  it('puts the shift on its points only', () => {
    const m = analyse(runs('A', [1, 6, 5]));
    const shift = m.signals.findIndex((s) => s.rule === 'shift');
    assert.deepEqual(
      m.points.map((p) => p.signals.includes(shift)),
      [false, true, true, true, true, true, true, false, false, false, false, false],
    );
  });
});

describe('IHI rule 2: trend', () => {
  const trends = (values: Array<number | null>) => signalsOf(analyse(values, { minPoints: 1 }), 'trend');

  it('signals five points each higher (or lower) than the one before, and not four', () => {
    assert.deepEqual(trends([1, 2, 3, 4, 5]), [[0, 4, 'up', 5]]);
    assert.deepEqual(trends([5, 4, 3, 2, 1]), [[0, 4, 'down', 5]]);
    assert.deepEqual(trends([1, 2, 3, 4]), []);
    assert.deepEqual(trends([1, 2, 3, 4, 5, 6, 7]), [[0, 6, 'up', 7]]);
  });

  it('counts a repeated value once: a repeat neither adds to a trend nor breaks it', () => {
    assert.deepEqual(trends([1, 2, 2, 3, 4]), [], '1 2 2 3 4 counts as 1 2 3 4: four points');
    assert.deepEqual(trends([1, 2, 2, 3, 4, 5]), [[0, 5, 'up', 5]], '1 2 2 3 4 5 counts as 1 2 3 4 5');
    assert.deepEqual(trends([9, 7, 7, 7, 5, 3, 1]), [[0, 6, 'down', 5]]);
  });

  it('skips a missing value without counting it', () => {
    assert.deepEqual(trends([1, 2, null, 3, 4, 5]), [[0, 5, 'up', 5]]);
    assert.deepEqual(trends([1, 2, null, 3, 4]), []);
  });

  it('starts again after a reversal, and a turning point can end one trend and begin the next', () => {
    assert.deepEqual(trends([1, 2, 3, 2, 3, 4, 5]), []);
    assert.deepEqual(trends([1, 2, 3, 2, 3, 4, 5, 6]), [[3, 7, 'up', 5]]);
    assert.deepEqual(trends([5, 4, 3, 2, 1, 2, 3, 4, 5]), [
      [0, 4, 'down', 5],
      [4, 8, 'up', 5],
    ]);
  });

  it('ignores the median: a trend may cross it', () => {
    // Sorted 1 2 3 4 5 5 6 7 8 9: median 5. The rising 1 3 4 5 6 7 crosses it and touches it.
    const m = analyse([5, 9, 1, 3, 4, 5, 6, 7, 2, 8]);
    assert.equal(m.phases[0]!.median, 5);
    assert.deepEqual(signalsOf(m, 'trend'), [[2, 7, 'up', 6]]);
  });
});

describe('IHI rule 3: too few or too many runs', () => {
  it('keeps the runs table in one constant, rows 10 to 60 in order', () => {
    assert.equal(IHI_RUNS_TABLE.length, 51);
    IHI_RUNS_TABLE.forEach(([n, lower, upper], i) => {
      assert.equal(n, 10 + i);
      assert.ok(lower < upper);
      if (i > 0) assert.ok(lower >= IHI_RUNS_TABLE[i - 1]![1] && upper >= IHI_RUNS_TABLE[i - 1]![2], `row ${n} never lowers a limit`);
    });
  });

  it('has rows 10–26 exactly as the reference prints them', () => {
    for (const [n, [lower, upper]] of Object.entries(CHECKED_RUNS_ROWS)) {
      assert.deepEqual(ihiRunsLimits(Number(n)), { lower, upper }, `n = ${n}`);
    }
  });

  it('has no limits outside 10 to 60 useful observations', () => {
    for (const n of [0, 1, 9, 61, 100]) assert.equal(ihiRunsLimits(n), null, `n = ${n}`);
    assert.notEqual(ihiRunsLimits(60), null);
  });

  it('signals too few runs below the lower limit, and not at it (n = 10: 3 to 9)', () => {
    const few = analyse(runs('A', [5, 5])); // 2 runs
    assert.deepEqual(few.phases[0]!.runsLimits, { lower: 3, upper: 9 });
    assert.deepEqual(signalsOf(few, 'too-few-runs'), [[0, 9, null, 2]]);
    assert.deepEqual(signalsOf(analyse(runs('A', [3, 5, 2])), 'too-few-runs'), []); // 3 runs
  });

  it('signals too many runs above the upper limit, and not at it (n = 10: 3 to 9)', () => {
    assert.deepEqual(signalsOf(analyse(runs('A', rep(1, 10))), 'too-many-runs'), [[0, 9, null, 10]]);
    const nine = analyse(runs('A', [1, 1, 1, 1, 1, 1, 1, 2, 1])); // 9 runs
    assert.equal(nine.phases[0]!.runs, 9);
    assert.deepEqual(signalsOf(nine, 'too-many-runs'), []);
  });

  it('uses the limits of the row for n (n = 20: 6 to 16)', () => {
    const at = (lengths: number[]) => {
      const m = analyse(runs('A', lengths));
      assert.equal(m.phases[0]!.useful, 20);
      return { runs: m.phases[0]!.runs, few: signalsOf(m, 'too-few-runs').length, many: signalsOf(m, 'too-many-runs').length };
    };
    assert.deepEqual(at([4, 4, 3, 6, 3]), { runs: 5, few: 1, many: 0 });
    assert.deepEqual(at([4, 3, 3, 4, 3, 3]), { runs: 6, few: 0, many: 0 });
    assert.deepEqual(at([2, 2, 2, 2, ...rep(1, 12)]), { runs: 16, few: 0, many: 0 });
    assert.deepEqual(at([2, 2, 1, 2, ...rep(1, 13)]), { runs: 17, few: 0, many: 1 });
  });

  it('looks the table up by useful observations, not by points', () => {
    // 12 points, two on the median (5): 10 useful in 10 runs → too many for n = 10 (upper 9),
    // though 10 runs would be fine for 12 (upper 11).
    const m = analyse([1, 9, 5, 1, 9, 1, 9, 5, 1, 9, 1, 9]);
    assert.deepEqual([m.phases[0]!.useful, m.phases[0]!.runs], [10, 10]);
    assert.deepEqual(m.phases[0]!.runsLimits, { lower: 3, upper: 9 });
    assert.deepEqual(signalsOf(m, 'too-many-runs'), [[0, 11, null, 10]]);
  });

  it('is not applied, and says so, with fewer than 10 useful observations', () => {
    // 9 1 9 1 9 1 9 1 and a 5: median 5, 8 useful in 8 runs.
    const m = analyse([...runs('A', rep(1, 8)), 5], { minPoints: 5 });
    assert.deepEqual([m.phases[0]!.median, m.phases[0]!.useful, m.phases[0]!.runs], [5, 8, 8]);
    assert.equal(m.phases[0]!.rulesApplied, true);
    assert.equal(m.phases[0]!.runsLimits, null);
    assert.deepEqual(signalsOf(m, 'too-many-runs'), []);
    assert.match(runChartSummary(m), /The runs rule was not applied: it needs 10 to 60 points off the median, and there are 8\./);
  });

  it('is not applied, and says so, with more than 60 useful observations', () => {
    // 31 ones and 30 nines alternating, then two 5s: median 5, 61 useful, 61 runs.
    const values = [...Array.from({ length: 61 }, (_, i) => (i % 2 ? 9 : 1)), 5, 5];
    const m = analyse(values);
    assert.deepEqual([m.phases[0]!.median, m.phases[0]!.useful, m.phases[0]!.runs], [5, 61, 61]);
    assert.equal(m.phases[0]!.runsLimits, null);
    assert.deepEqual(signalsOf(m, 'too-many-runs'), []);
    assert.match(runChartSummary(m), /there are 61\./);
    assert.match(runChartSummary(m, 'es'), /No se aplicó la regla de rachas: necesita entre 10 y 60 puntos fuera de la mediana, y hay 61\./);
  });
});

describe('IHI rule 4: possible astronomical point', () => {
  // 10 11 10 11 10 11 10 11 10 11 10 then 14.
  const values = [...runsOf(10, 11, 11), 14];

  it('uses mean ± 2.66 × mean moving range over all points without a baseline', () => {
    // Sum 129 → mean 10.75; moving ranges ten 1s and a 4 → 14 / 11. Upper 10.75 + 2.66 × 14/11 ≈ 14.136.
    const m = analyse(values);
    const limits = m.phases[0]!.limits!;
    assert.equal(limits.mean, 10.75);
    assert.ok(Math.abs(limits.movingRange - 14 / 11) < 1e-12);
    assert.ok(Math.abs(limits.upper - (10.75 + (2.66 * 14) / 11)) < 1e-12);
    assert.ok(Math.abs(limits.lower - (10.75 - (2.66 * 14) / 11)) < 1e-12);
    assert.deepEqual(signalsOf(m, 'astronomical'), [], '14 is inside 14.136');
  });

  it('uses the baseline points only when a baseline is frozen', () => {
    // First 11: sum 115 → mean 115/11; moving ranges ten 1s → 1. Upper ≈ 13.11, so 14 is outside.
    const m = analyse(values, { baseline: 11, direction: 'down' });
    const limits = m.phases[0]!.limits!;
    assert.ok(Math.abs(limits.mean - 115 / 11) < 1e-12);
    assert.equal(limits.movingRange, 1);
    assert.deepEqual(signalsOf(m, 'astronomical'), [[11, 11, 'up', 1]]);
    const s = m.signals.find((x) => x.rule === 'astronomical')!;
    assert.equal(s.improvement, false, 'a high point is a deterioration when lower is better');
    assert.match(runChartSummary(m), /the value 14 was above the upper limit of 13\.11 \(a possible astronomical point\): a signal of deterioration\./);
  });

  it('flags a point below the lower limit as going down', () => {
    const m = analyse([...runsOf(10, 11, 11), 6]);
    // Sum 121 → mean 121/12 ≈ 10.083; moving ranges ten 1s and a 4 → 14/11; lower ≈ 10.083 − 3.386 ≈ 6.698.
    assert.deepEqual(signalsOf(m, 'astronomical'), [[11, 11, 'down', 1]]);
  });
});

/** `n` values alternating a, b, a, b … */
function runsOf(a: number, b: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i % 2 ? b : a));
}
