import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runChartSummary } from '../../../packages/core/src/index.js';
import { analyse } from './helpers.js';

// Worked example 3: a shift above (index 0–5), too few runs, a shift below (6–11).
const TWO_SHIFTS = [10, 11, 12, 10, 11, 12, 5, 4, 6, 5, 4, 6, 8];

describe('run chart: direction and improvement', () => {
  it('calls a shift above an improvement and one below a deterioration when higher is better', () => {
    const m = analyse(TWO_SHIFTS, { direction: 'up' });
    assert.deepEqual(
      m.signals.map((s) => [s.rule, s.direction, s.improvement]),
      [
        ['shift', 'up', true],
        ['too-few-runs', null, null],
        ['shift', 'down', false],
      ],
    );
  });

  it('reverses that when lower is better', () => {
    const m = analyse(TWO_SHIFTS, { direction: 'down' });
    assert.deepEqual(m.signals.map((s) => s.improvement), [false, null, true]);
    assert.match(runChartSummary(m), /above the median \(a shift\): a signal of deterioration\./);
    assert.match(runChartSummary(m), /below the median \(a shift\): a signal of improvement\./);
  });

  it('calls nothing an improvement without a direction, and says “a signal of change”', () => {
    const m = analyse(TWO_SHIFTS);
    assert.deepEqual(m.signals.map((s) => s.improvement), [null, null, null]);
    const en = runChartSummary(m);
    assert.match(en, /\(a shift\): a signal of change\./);
    assert.doesNotMatch(en, /improvement|deterioration/);
    assert.doesNotMatch(runChartSummary(m, 'es'), /mejora|deterioro/);
  });

  it('judges a trend by the way it goes', () => {
    const rising = [1, 2, 3, 4, 5, 5, 5, 5, 5, 5];
    assert.equal(analyse(rising, { direction: 'up' }).signals.find((s) => s.rule === 'trend')!.improvement, true);
    assert.equal(analyse(rising, { direction: 'down' }).signals.find((s) => s.rule === 'trend')!.improvement, false);
  });

  it('never gives runs a direction: too few or too many runs only say the process is not random', () => {
    const m = analyse([5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6], { direction: 'up' });
    assert.deepEqual(m.signals.map((s) => [s.rule, s.direction, s.improvement]), [['too-many-runs', null, null]]);
    assert.match(runChartSummary(m), /a signal of non-random variation\./);
  });

  it('states the goal, which is not a rule and changes no signal', () => {
    const values = [70, 72, 71, 73, 74, 80, 81, 82, 83, 84, 85, 86];
    const plain = analyse(values, { yFormat: 'percent' });
    const withGoal = analyse(values, { yFormat: 'percent', goal: '80%' });
    assert.equal(withGoal.options.goal, 80);
    assert.deepEqual(withGoal.signals, plain.signals);
    assert.match(runChartSummary(withGoal), /The goal is 80%\./);
    assert.match(runChartSummary(withGoal, 'es'), /La meta es 80\s?%\./);
  });
});

describe('run chart: minPoints', () => {
  it('applies no rule with fewer non-missing points than minPoints (default 10) and says how many more are needed', () => {
    // A clear trend in 7 values (and 2 gaps): 10 − 7 = 3 more needed.
    const m = analyse([1, 2, 3, null, 4, 5, 6, null, 7]);
    const p = m.phases[0]!;
    assert.deepEqual([p.count, p.rulesApplied, p.pointsNeeded, m.signals.length], [7, false, 3, 0]);
    assert.equal(p.runsLimits, null);
    assert.equal(p.limits, null);
    assert.match(runChartSummary(m), /3 more points are needed before the run-chart rules apply\./);
    assert.match(runChartSummary(m, 'es'), /Se necesitan 3 puntos más antes de que se apliquen las reglas de la gráfica de rachas\./);
  });

  it('uses the singular for one more point', () => {
    const m = analyse([1, 2, 3, 4, 5, 6, 7, 8, 9, null]);
    assert.equal(m.phases[0]!.pointsNeeded, 1);
    assert.match(runChartSummary(m), /1 more point is needed before the run-chart rules apply\./);
    assert.match(runChartSummary(m, 'es'), /Se necesita 1 punto más antes/);
  });

  it('applies the rules once minPoints is met', () => {
    const m = analyse([1, 2, 3, null, 4, 5, 6, null, 7], { minPoints: 7 });
    assert.deepEqual([m.phases[0]!.rulesApplied, m.phases[0]!.pointsNeeded], [true, 0]);
    // Trend 1→7 over the gaps; and the individuals limits 4 ± 2.66 × 1 (mean 28/7, moving ranges
    // all 1) leave 1 below and 7 above: two possible astronomical points.
    assert.deepEqual(m.signals.map((s) => [s.rule, s.from, s.to, s.count]), [
      ['trend', 0, 8, 7],
      ['astronomical', 0, 0, 1],
      ['astronomical', 8, 8, 1],
    ]);
  });

  it('counts minPoints in each phase', () => {
    // Phase 1: 12 points; phase 2 (from x = 13): 4 points → 6 more needed there only.
    const values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 1, 2, 3, 4];
    const m = analyse(values, { phases: [13] });
    assert.deepEqual(m.phases.map((p) => [p.rulesApplied, p.pointsNeeded]), [
      [true, 0],
      [false, 6],
    ]);
    assert.ok(m.signals.every((s) => s.phase === 0));
    assert.match(runChartSummary(m), /Phase 2: 6 more points are needed before the run-chart rules apply\./);
  });
});
