/**
 * The control chart's data handling and signals. Expected numbers were worked out by hand or in
 * a separate Python calculation from ../shared/reference/spc.md, never taken from the code.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeControlChart, compensatedMean, c4 } from '../../../packages/core/src/index.js';
import { analyse, close } from './helpers.js';

const STEP = [10, 12, 11, 13, 12, 20, 21, 22];

describe('control chart: freeze, exclude, phases, multiply', () => {
  it('freeze takes the limits from the first N points and extends them', () => {
    const m = analyse(STEP, { chart: 'i', freeze: 4 });
    close(m.points[7]!.cl, 11.5);
    close(m.points[7]!.ucl, 15.932624113475178, 'ucl: AMR of 2, 1, 2');
    assert.deepEqual(m.points.map((p) => p.baseline), [true, true, true, true, false, false, false, false]);
    assert.deepEqual(m.points.filter((p) => p.outside).map((p) => p.index), [5, 6, 7]);
  });
  it('an excluded point is shown and still judged, but its neighbours form one moving range', () => {
    const m = analyse(STEP, { chart: 'i', exclude: '3' });
    close(m.points[0]!.cl, 15.714285714285714, 'cl without 11');
    close(m.points[0]!.ucl, 18.90577507598784, 'ucl: MRs 2,1,1,8,1,1, the 8 screened');
    assert.equal(m.points[2]!.excluded, true);
    assert.equal(m.points[2]!.y, 11);
  });
  it('the mr chart leaves out only the moving range at an excluded point', () => {
    const m = analyse(STEP, { chart: 'mr', exclude: [3] });
    close(m.points[1]!.cl, 2.5, 'mean of 2, 2, 1, 8, 1, 1');
    close(m.points[1]!.ucl, 8.1675);
  });
  it('phases give each part its own limits; freeze is then ignored (as qicharts2 does)', () => {
    const m = analyse(STEP, { chart: 'i', phases: '6', freeze: 3 });
    assert.equal(m.parts.length, 2);
    assert.equal(m.freezeIgnored, true);
    close(m.points[0]!.cl, 11.6);
    close(m.points[0]!.ucl, 15.58936170212766);
    close(m.points[0]!.lcl, 7.61063829787234);
    close(m.points[7]!.cl, 21);
    close(m.points[7]!.ucl, 23.659574468085108);
    close(m.points[7]!.lcl, 18.340425531914892);
  });
  it('multiply scales y, the centre line and the limits, not the rules', () => {
    const a = analyse(STEP, { chart: 'i' });
    const b = analyse(STEP, { chart: 'i', multiply: 100 });
    close(b.points[3]!.y, 1300);
    close(b.points[3]!.ucl, a.points[3]!.ucl! * 100);
    assert.deepEqual(b.signals.map((s) => s.rule), a.signals.map((s) => s.rule));
  });
  it('negative: false lifts negative lower limits to 0 when no value is negative', () => {
    const SPIKE = [10, 11, 9, 10, 30, 10, 11, 9, 10, 11, 10, 9];
    assert.equal(analyse(SPIKE, { chart: 'i', screen: false, negative: false }).points[0]!.lcl, 0);
  });
});

describe('control chart: pooling and order', () => {
  it('rows sharing an x pool as Σy / Σn with denominators and sort by x', () => {
    const m = analyzeControlChart([{ x: 2, y: 5, n: 60 }, { x: 1, y: 3, n: 40 }, { x: 1, y: 2, n: 10 }], { chart: 'p', suppressBelow: 0 });
    assert.deepEqual(m.points.map((p) => p.x), [1, 2]);
    close(m.points[0]!.y, 0.1);
    assert.equal(m.points[0]!.n, 50);
    assert.equal(m.points[0]!.rows, 2);
    assert.equal(m.pooled, 1);
  });
  it('rows sharing an x pool as the mean without denominators, and as the sum on a c chart', () => {
    const rows = [{ x: 1, y: 4 }, { x: 1, y: 6 }, { x: 2, y: 3 }];
    assert.equal(analyzeControlChart(rows, { chart: 'i' }).points[0]!.y, 5);
    assert.equal(analyzeControlChart(rows, { chart: 'c' }).points[0]!.y, 10);
  });
  it('a row with a missing n is blanked with its y', () => {
    const m = analyzeControlChart([{ x: 1, y: 3, n: 40 }, { x: 1, y: 2, n: null }, { x: 2, y: 5, n: 60 }], { chart: 'p', suppressBelow: 0 });
    close(m.points[0]!.y, 3 / 40);
    assert.equal(m.points[0]!.n, 40);
  });
  it('compensated means: twelve 3.7s average to exactly 3.7, so a flat line stays flat', () => {
    assert.equal(compensatedMean(new Array(12).fill(3.7)), 3.7);
    const m = analyse(new Array(12).fill(3.7), { chart: 'i', screen: false });
    assert.equal(m.points[0]!.cl, 3.7);
    assert.equal(m.points[0]!.ucl, 3.7);
    assert.equal(m.signals.length, 0);
    assert.equal(m.parts[0]!.useful, 0);
  });
  it('a flat series under screening has no limits at all', () => {
    const m = analyse(new Array(12).fill(5), { chart: 'i' });
    assert.equal(m.points[0]!.ucl, null);
    assert.equal(m.parts[0]!.noLimits, true);
    assert.equal(m.verdict.variation, 'unjudged');
  });
  it('c4 equals √(2/(n−1))·Γ(n/2)/Γ((n−1)/2): c4(2) = √(2/π), c4(5) = 0.939985603', () => {
    close(c4(2), Math.sqrt(2 / Math.PI));
    close(c4(5), 0.9399856029866254);
  });
});

describe('control chart: signals (the run chart’s Anhøj code on the centre line)', () => {
  const SHIFT = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 13, 14, 13, 14, 13, 14, 13, 14, 13];
  it('finds the long run and too few crossings: 19 useful, longest 10 > 7, 1 crossing < 6', () => {
    const m = analyse(SHIFT, { chart: 'i', direction: 'up' });
    const part = m.parts[0]!;
    close(part.cl, 11.631578947368421);
    assert.deepEqual([part.useful, part.longestRun, part.longestRunMax, part.crossings, part.crossingsMin], [19, 10, 7, 1, 6]);
    assert.equal(part.runsSignal, true);
    const run = m.signals.find((s) => s.rule === 'longest-run')!;
    assert.deepEqual([run.from, run.to, run.direction, run.improvement], [0, 9, 'down', false]);
    assert.ok(m.signals.some((s) => s.rule === 'crossings'));
    assert.equal(m.verdict.variation, 'special');
  });
  it('excluded points take no part in the runs analysis', () => {
    const m = analyse(SHIFT, { chart: 'i', exclude: '1,2,3' });
    assert.equal(m.parts[0]!.useful, 16);
  });
  it('labels as x keep their order and get no runs signal (qicharts2: categorical x)', () => {
    const rows = SHIFT.map((y, i) => ({ x: `S${String(19 - i).padStart(2, '0')}`, y }));
    const m = analyzeControlChart(rows, { chart: 'i' });
    assert.equal(m.points[0]!.x, 'S19');
    assert.equal(m.parts[0]!.runsSignal, false);
  });
});

describe('control chart: data that does not fit the chart', () => {
  it('a p chart without n says so', () => {
    assert.throws(() => analyzeControlChart([{ x: 1, y: 3 }], { chart: 'p' }), (e: Error & { problems: { code: string }[] }) => e.problems[0]!.code === 'needs-n');
  });
  it('points from 10 or fewer students are suppressed and left out of the limits', () => {
    const m = analyzeControlChart([{ x: 1, y: 3, n: 40 }, { x: 2, y: 1, n: 8 }, { x: 3, y: 5, n: 60 }], { chart: 'p' });
    assert.equal(m.points[1]!.y, null);
    assert.equal(m.points[1]!.n, null);
    assert.equal(m.points[1]!.suppressed, true);
    assert.equal(m.suppressed, 1);
    close(m.points[0]!.cl, 8 / 100);
  });
});
