import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from 'vega-lite';
import { controlChartWidget, drawViews, facetsSpec, facetSummaryTable, isFacetModel, loadText, toProblems, type ControlWidgetModel } from '../../../packages/core/src/index.js';

const csv = (rows: string[]) => loadText(['month,absent,enrolled,school', ...rows].join('\n'), 'csv');
const months = (school: string, counts: number[], n = 400) => counts.map((c, i) => `2024-${String(i + 1).padStart(2, '0')},${c},${n},${school}`);

async function analyse(rows: string[], options: Record<string, unknown>): Promise<ControlWidgetModel> {
  const def = controlChartWidget;
  return def.analyse(await csv(rows), def.options!({ x: 'month', y: 'absent', n: 'enrolled', ...options }));
}

async function problemsOf(rows: string[], options: Record<string, unknown>) {
  try {
    await analyse(rows, options);
  } catch (e) {
    return toProblems(e).problems;
  }
  throw new Error('no error');
}

describe('control chart widget: data that does not fit the chart', async () => {
  it('a p chart without n explains that it needs denominators', async () => {
    const problems = await problemsOf(months('A', [40, 41]), { chart: 'p', n: null });
    assert.equal(problems[0]!.code, 'needs-n');
    assert.match(problems[0]!.message.en, /needs denominators/);
    assert.match(problems[0]!.message.es, /necesita denominadores/);
  });
  it('a count above n names the row and says why it cannot be', async () => {
    const rows = months('A', [40, 41, 450, 39]);
    const problems = await problemsOf(rows, { chart: 'p' });
    assert.equal(problems[0]!.code, 'count-above-n');
    assert.equal(problems[0]!.row, 4);
    assert.equal(problems[0]!.message.en, 'Row 4: “absent” is 450, more than its n of 400. A p chart counts students out of n, so the count cannot exceed n (check that y is a count, not a percentage, and that n is the enrolment).');
  });
});

describe('control chart widget: views', async () => {
  const ROWS = months('A', [40, 44, 38, 41, 39, 43, 40, 42, 39, 41, 90, 40]);
  it('summarises a p chart with its verdict in English and Spanish', async () => {
    const model = await analyse(ROWS, { chart: 'p' });
    const en = drawViews(controlChartWidget, model, { lang: 'en' });
    assert.match(en.summary, /^This p chart \(proportions\) shows 3-sigma limits/);
    assert.match(en.summary, /Special-cause variation: 1 point above the upper limit \(November 2024\)/);
    const es = drawViews(controlChartWidget, model, { lang: 'es' });
    assert.match(es.summary, /Variación por causa especial: 1 punto por encima del límite superior/);
    assert.deepEqual(en.table.columns.map((c) => c.key), ['x', 'value', 'n', 'cl', 'lcl', 'ucl', 'signals', 'note']);
    // The spike lifts the centre line above the other 11 months: a long run and too few crossings too.
    assert.equal(en.table.rows[10]!.signals, 'Outside the limits, Too few crossings');
  });
  it('the spec compiles with Vega-Lite', async () => {
    const views = drawViews(controlChartWidget, await analyse(ROWS, { chart: 'p', changes: '[{"x":"2024-06","label":"Attendance letters"}]', target: 0.09 }), { lang: 'en' });
    assert.ok(compile(views.spec as never).spec);
  });
  it('small multiples: one chart per school, special cause first, one summary table above', async () => {
    const rows = [...months('Oak', [40, 41, 39, 40, 42, 41, 40, 39, 41, 40, 41, 40]), ...months('Elm', [40, 44, 38, 41, 39, 43, 40, 42, 39, 41, 90, 40]), ...months('Ash', [20, 21, 22])];
    const model = await analyse(rows, { chart: 'p', facet: 'school' });
    assert.ok(isFacetModel(model));
    assert.deepEqual(model.facets.map((f) => f.key), ['Elm', 'Oak', 'Ash']);
    assert.equal(model.facets[2]!.tooFew, true);
    const views = drawViews(controlChartWidget, model, { lang: 'en' });
    assert.match(views.summary, /^1 of 3 schools shows special-cause variation: Elm\. 1 has too few points to judge\./);
    const table = facetSummaryTable(model, 'en');
    assert.deepEqual(table.rows.map((r) => r.verdict), ['Special cause', 'Common cause only', 'Not judged']);
    assert.equal(table.rows[2]!.signals, 'Too few points to judge: 3 of the 12 needed.');
    assert.equal(views.spec, null); // the element draws each small chart; facetsSpec gives them as one
    assert.ok(compile(facetsSpec(model, 'en', views.summary) as never).spec);
  });
});
