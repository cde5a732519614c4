/** The run chart's data handling: exclude, x-period, pooling of repeated x (mean, or Σy/Σn with n). Worked by hand. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeRunChart, runChartSummary } from '../../../packages/core/src/index.js';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('run chart: data handling', () => {
  it('x-period month groups daily rows into months, each the mean of its days', () => {
    const rows = [
      { x: d('2024-09-03'), y: 10 }, { x: d('2024-09-20'), y: 14 },
      { x: d('2024-10-01'), y: 20 }, { x: d('2024-10-15'), y: 22 }, { x: d('2024-10-31'), y: 27 },
    ];
    const m = analyzeRunChart(rows, { xPeriod: 'month' });
    assert.deepEqual(m.points.map((p) => [(p.x as Date).toISOString().slice(0, 10), p.y]), [['2024-09-01', 12], ['2024-10-01', 23]]);
    assert.equal(m.datePrecision, 'month');
    assert.match(runChartSummary(m, 'en'), /The 5 rows were grouped by month into 2 points, each the mean of its values\./);
    assert.match(runChartSummary(m, 'es'), /Las 5 filas se agruparon por mes en 2 puntos, cada uno la media de sus valores\./);
  });
  it('with n, a point is Σy / Σn (× 100 for percentages): 40 of 400 and 1 of 10 give 41/410 = 10%', () => {
    const rows = [{ x: d('2024-09-02'), y: 40, n: 400 }, { x: d('2024-09-05'), y: 1, n: 10 }, { x: d('2024-09-09'), y: 30, n: 200 }];
    const m = analyzeRunChart(rows, { xPeriod: 'week', yFormat: 'percent', n: 'enrolled' });
    assert.deepEqual(m.points.map((p) => p.y), [10, 15]);
    assert.deepEqual(m.points.map((p) => (p.x as Date).toISOString().slice(0, 10)), ['2024-09-02', '2024-09-09']);
  });
  it('weeks start on Monday, quarters on the first of Jan/Apr/Jul/Oct, school years on 1 July', () => {
    const day = d('2025-02-16'); // a Sunday
    const at = (period: 'week' | 'quarter' | 'schoolYear') => (analyzeRunChart([{ x: day, y: 1 }], { xPeriod: period }).points[0]!.x as Date).toISOString().slice(0, 10);
    assert.equal(at('week'), '2025-02-10');
    assert.equal(at('quarter'), '2025-01-01');
    assert.equal(at('schoolYear'), '2024-07-01');
  });
  it('repeated x stay separate points unless pooling is asked for', () => {
    const rows = [{ x: 1, y: 4 }, { x: 1, y: 6 }, { x: 2, y: 3 }];
    assert.equal(analyzeRunChart(rows).points.length, 3);
    assert.deepEqual(analyzeRunChart(rows, { pool: 'mean' }).points.map((p) => p.y), [5, 3]);
  });
  it('an excluded point is shown but left out of the median and the rules', () => {
    const m = analyzeRunChart([1, 2, 3, 100, 4, 5].map((y, i) => ({ x: i + 1, y })), { exclude: '4' });
    assert.equal(m.phases[0]!.median, 3); // median of 1, 2, 3, 4, 5
    assert.equal(m.points[3]!.y, 100);
    assert.equal(m.points[3]!.excluded, true);
    assert.equal(m.points[3]!.side, null);
    assert.match(runChartSummary(m, 'en'), /1 point is shown but left out of the median and the rules\./);
  });
});
