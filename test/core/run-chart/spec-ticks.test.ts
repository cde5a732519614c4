import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeRunChart, buildRunChartSpec } from '../../../packages/core/src/index.js';
import { monthStep } from '../../../packages/core/src/run-chart/spec-place.js';

type Json = Record<string, any>; // spec JSON, read loosely

const monthly = (n: number) => Array.from({ length: n }, (_, i) => ({ x: new Date(Date.UTC(2024, 7 + i, 1)), y: 10 + (i % 3) }));
const axisOf = (spec: Json) => (spec.layer as Json[]).find((l) => l.encoding?.x?.axis)!.encoding.x.axis;

describe('run chart ticks follow the data', () => {
  it('labels monthly data once a month when the months fit, every third month on a 320 px phone', () => {
    const m = analyzeRunChart(monthly(12));
    assert.deepEqual(axisOf(buildRunChartSpec(m, 'en', '', 900)).tickCount, { interval: 'month', step: 1 });
    // 320 px: a plot of 242 px; "2024-09" at 11 px is about 46 px, 58 px with its gap: 4 fit, so 12 months → every 3rd.
    assert.deepEqual(axisOf(buildRunChartSpec(m, 'en', '', 320)).tickCount, { interval: 'month', step: 3 });
    assert.equal(axisOf(buildRunChartSpec(m, 'en', '', 320)).format, '%Y-%m');
  });

  it('steps months by a divisor of the year, so labels stay evenly spaced across January', () => {
    // Ten months (Aug–May) in a 220 px chart: a plot of 142 px fits 2 labels of 58 px, so every 5th month
    // would do — but Vega counts month steps from January (Jan, Jun, Nov, then Jan again: Nov and Jan two
    // months apart). The next divisor of 12 is 6.
    const m = analyzeRunChart(monthly(10));
    assert.deepEqual(axisOf(buildRunChartSpec(m, 'en', '', 220)).tickCount, { interval: 'month', step: 6 });
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 12, 13, 25].map(monthStep), [1, 2, 3, 4, 6, 6, 12, 12, 24, 36]);
  });

  it('labels school years once each, every second one when six do not fit 320 px', () => {
    const years = [2019, 2020, 2021, 2022, 2023, 2024].map((y, i) => ({ x: new Date(Date.UTC(y, 6, 1)), y: 20 + i }));
    const m = analyzeRunChart(years);
    assert.equal(m.datePrecision, 'schoolYear');
    assert.deepEqual(axisOf(buildRunChartSpec(m, 'en', '', 900)).values.map((v: Json) => v.year), [2019, 2020, 2021, 2022, 2023, 2024]);
    // "2023–24" is about 50 px, 62 with its gap: 3 fit in 242 px, so every 2nd of 6.
    assert.deepEqual(axisOf(buildRunChartSpec(m, 'en', '', 320)).values.map((v: Json) => v.year), [2019, 2021, 2023]);
  });

  it('keeps change labels inside the plot: a label that fits neither side wraps', () => {
    const m = analyzeRunChart(monthly(12), { changes: [{ x: '2025-01', label: 'Attendance letters rewritten in plain English and Spanish (PDSA 1)' }] });
    const text = (buildRunChartSpec(m, 'en', '', 320).layer as Json[]).find((l) => l.mark.type === 'text' && l.data?.values?.[0]?.labelY !== undefined)!;
    const label = text.data.values[0].label;
    assert.ok(Array.isArray(label) && label.length > 1, 'wrapped into lines');
    assert.ok(text.data.values[0].labelY < 0, 'above the plot, clear of the data');
  });
});
