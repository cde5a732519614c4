/** NHS XmR rules: numbers from the formulas of ../shared/reference/spc.md ("NHS XmR"), worked independently. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, close } from './helpers.js';

describe('NHS XmR rules', () => {
  it('limits are mean ± 2.66 × screened AMR and near limits ± 1.7733 × AMR', () => {
    const p = analyse([10, 11, 9, 10, 30, 10, 11, 9, 10, 11, 10, 9], { chart: 'i', method: 'nhs' }).points[0]!;
    close(p.cl, 11.666666666666666);
    close(p.ucl, 14.917777777777777);
    close(p.lcl, 8.415555555555555);
    close(p.ucl2, 13.834074074074074);
    close(p.lcl2, 9.499259259259258);
  });
  it('7 points rising is a trend; a tie breaks it', () => {
    const up = analyse([5, 5, 5, 5, 5, 5, 1, 2, 3, 4, 5, 6, 7], { chart: 'i', method: 'nhs', screen: false });
    assert.ok(up.signals.some((s) => s.rule === 'nhs-trend' && s.from === 6 && s.to === 12 && s.direction === 'up'));
    const tie = analyse([5, 5, 5, 5, 5, 5, 1, 2, 3, 3, 5, 6, 7], { chart: 'i', method: 'nhs', screen: false });
    assert.ok(!tie.signals.some((s) => s.rule === 'nhs-trend'));
  });
  it('7 points on one side of the mean is a shift; the point type follows the direction', () => {
    const m = analyse([5, 6, 5, 6, 5, 6, 8, 8.5, 8, 8.5, 8, 8.5, 8], { chart: 'i', method: 'nhs', direction: 'down', screen: false });
    const shift = m.signals.find((s) => s.rule === 'nhs-shift')!;
    assert.deepEqual([shift.from, shift.to, shift.direction], [6, 12, 'up']);
    assert.equal(m.points[12]!.nhs, 'concern');
    assert.equal(m.verdict.nhs, 'concern');
  });
  it('2 of 3 beyond a near limit on one side flags only the near points', () => {
    const y = [10, 10.5, 10, 10.5, 10, 10.5, 10, 10.5, 10, 10.5, 11.8, 10.6, 11.8, 10.4, 10];
    const m = analyse(y, { chart: 'i', method: 'nhs', screen: false });
    const p = m.points[0]!;
    // By hand: Σy = 157.1 over 15 points; the 14 moving ranges sum to 10, AMR = 10/14;
    // near upper limit 10.4733 + 1.7733 × 0.7143 = 11.74, so 11.8 (twice) is near and 10.6 is not.
    close(p.cl, 157.1 / 15);
    close(p.ucl2, 157.1 / 15 + 2 * (2.66 / 3) * (10 / 14));
    const flagged = m.points.filter((q) => q.signals.some((k) => m.signals[k]!.rule === 'nhs-two-of-three')).map((q) => q.index);
    assert.deepEqual(flagged, [10, 12]);
  });
  it('assurance compares the target with the last limits', () => {
    const y = [50, 52, 51, 53, 50, 52, 51, 53, 50, 52, 51, 52];
    assert.equal(analyse(y, { chart: 'i', method: 'nhs', direction: 'up', target: 40 }).verdict.assurance, 'pass');
    assert.equal(analyse(y, { chart: 'i', method: 'nhs', direction: 'up', target: 60 }).verdict.assurance, 'fail');
    assert.equal(analyse(y, { chart: 'i', method: 'nhs', direction: 'up', target: 51 }).verdict.assurance, 'inconsistent');
    assert.equal(analyse(y, { chart: 'i', method: 'nhs', target: 51 }).verdict.assurance, null);
  });
});
