/**
 * The worked examples table of run-chart-rules.md, one test each, with the document's figures
 * (IHI rules, default options). Where the document writes "…" the figures are worked by hand
 * in the comment.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runChartSummary } from '../../../packages/core/src/index.js';
import { analyse, signalsOf } from './helpers.js';

function figures(values: number[]) {
  const m = analyse(values);
  const p = m.phases[0]!;
  return { m, row: { median: p.median, useful: p.useful, runs: p.runs, longest: p.longestRun, crossings: p.crossings } };
}

describe('run-chart-rules.md worked examples', () => {
  it('5 6 5 6 5 6 5 6 5 6 5 6: median 5.5, 12 useful, 12 runs, longest 1, 11 crossings; too many runs (12 > 11)', () => {
    const { m, row } = figures([5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6]);
    assert.deepEqual(row, { median: 5.5, useful: 12, runs: 12, longest: 1, crossings: 11 });
    assert.deepEqual(m.phases[0]!.runsLimits, { lower: 3, upper: 11 });
    assert.deepEqual(m.signals.map((s) => [s.rule, s.count]), [['too-many-runs', 12]]);
    assert.match(runChartSummary(m), /There were 12 runs, more than the upper limit of 11 \(too many runs\): a signal of non-random variation\./);
  });

  it('1 2 3 4 5 1 2 3 4 5: median 3, 8 useful, 4 runs, longest 2, 3 crossings; trend 1→5; runs rule not applied (8 < 10)', () => {
    const { m, row } = figures([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    assert.deepEqual(row, { median: 3, useful: 8, runs: 4, longest: 2, crossings: 3 });
    // Both halves rise 1→5: five points, four rises, each a trend.
    assert.deepEqual(signalsOf(m, 'trend'), [
      [0, 4, 'up', 5],
      [5, 9, 'up', 5],
    ]);
    assert.deepEqual(
      m.signals.map((s) => s.rule),
      ['trend', 'trend'],
    );
    assert.equal(m.phases[0]!.rulesApplied, true, '10 points: the default minPoints is met');
    assert.equal(m.phases[0]!.runsLimits, null);
    assert.match(runChartSummary(m), /The runs rule was not applied: it needs 10 to 60 points off the median, and there are 8\./);
  });

  it('10 11 12 10 11 12 5 4 6 5 4 6 8: median 8, 12 useful, 2 runs, longest 6, 1 crossing; shifts in both halves, too few runs (2 < 3)', () => {
    const { m, row } = figures([10, 11, 12, 10, 11, 12, 5, 4, 6, 5, 4, 6, 8]);
    assert.deepEqual(row, { median: 8, useful: 12, runs: 2, longest: 6, crossings: 1 });
    assert.deepEqual(signalsOf(m, 'shift'), [
      [0, 5, 'up', 6],
      [6, 11, 'down', 6],
    ]);
    assert.deepEqual(signalsOf(m, 'too-few-runs'), [[0, 12, null, 2]]);
    assert.deepEqual(m.phases[0]!.runsLimits, { lower: 3, upper: 11 });
    assert.equal(m.signals.length, 3, 'no trend and no astronomical point');
  });

  it('3 1 2 2 3 4 5 3 2 3 1: median 3, 7 useful; trend 1 2 2 3 4 5 counted as 1 2 3 4 5', () => {
    const { m, row } = figures([3, 1, 2, 2, 3, 4, 5, 3, 2, 3, 1]);
    // By hand: off the median 1 2 2 | 4 5 | 2 1 → 3 runs, longest 3, 2 crossings.
    assert.deepEqual(row, { median: 3, useful: 7, runs: 3, longest: 3, crossings: 2 });
    assert.deepEqual(signalsOf(m, 'trend'), [[1, 6, 'up', 5]]);
    assert.deepEqual(m.signals.map((s) => s.rule), ['trend']);
  });

  it('7 × 12: median 7, nothing useful, no signal; the summary says no point is off the median', () => {
    const { m, row } = figures([7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]);
    assert.deepEqual(row, { median: 7, useful: 0, runs: 0, longest: 0, crossings: 0 });
    assert.deepEqual(m.signals, []);
    const en = runChartSummary(m);
    assert.match(en, /No point is off the median, so there are no runs to test\./);
    assert.doesNotMatch(en, /No rule gave a signal/);
    assert.match(runChartSummary(m, 'es'), /Ningún punto está fuera de la mediana, así que no hay rachas que evaluar\./);
  });
});
