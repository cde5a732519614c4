import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from 'vega-lite';
import { analyzeGaps, drawViews, gapChartWidget, gapSpec, gapSummary, gapTable, loadValue, normalizeGapOptions, type GapRow } from '../../../packages/core/src/index.js';
import { CHRONIC } from './fixtures.js';

// The shared chronic rows with one more group far below the privacy cut (4 students).
const ROWS: GapRow[] = [...CHRONIC.slice(0, 6), { group: 'Secret Academy Cohort', value: 48.26, prior: 47.15, n: 4 }, ...CHRONIC.slice(6)];
const model = analyzeGaps(ROWS, { indicator: 'chronic' });
const SHOWN = ['FOS', 'HOM', 'SWD', 'EL', 'HI', 'ALL', 'AS'];
/** Everything a suppressed group could leak: its names (en, es, code) and its values, as written and rounded. */
const LEAKS = ['Pacific Islander', 'Nativos de Hawái', '"PI"', 'Secret Academy', '61.37', '61.4', '61,4', '59.91', '59.9', '59,9', '48.26', '48.3', '47.15', '47.2'];

describe('summary (en, es)', () => {
  it('names the indicator, which way is better, the groups furthest behind with their trend, groups without colour and the suppressed count', () => {
    assert.equal(
      gapSummary(model, 'en'),
      'Chronic Absenteeism. Lower is better. Compared with All Students (20%), the groups furthest behind are Foster Youth (20 percentage points behind, gap closing), ' +
        'Homeless (11 percentage points behind, gap widening), and Students with Disabilities (10 percentage points behind, gap closing). ' +
        'No color for Homeless (fewer than 15 students). 2 groups with 10 or fewer students are not shown, to protect privacy.',
    );
    assert.equal(
      gapSummary(model, 'es'),
      'Ausentismo crónico. Más bajo es mejor. En comparación con Todos los estudiantes (20%), los grupos más rezagados son Jóvenes en hogares de crianza temporal (20 puntos porcentuales por detrás, brecha cerrándose), ' +
        'Jóvenes sin hogar (11 puntos porcentuales por detrás, brecha ampliándose) y Estudiantes con discapacidades (10 puntos porcentuales por detrás, brecha cerrándose). ' +
        'Sin color: Jóvenes sin hogar (menos de 15 estudiantes). No se muestran 2 grupos con 10 estudiantes o menos, para proteger la privacidad.',
    );
  });

  it('for a higher-is-better indicator, behind means a lower score', () => {
    const ela = analyzeGaps(
      [
        { group: 'ALL', value: -10, prior: -15, n: 5000 },
        { group: 'EL', value: -60, prior: -58, n: 900 },
        { group: 'AS', value: 50, prior: 45, n: 400 },
      ],
      { indicator: 'ela' },
    );
    assert.match(gapSummary(ela, 'en'), /Higher is better\. Compared with All Students \(-10 points from standard\), the group furthest behind is English Learners \(50 points behind, gap widening\)\./);
    assert.match(gapSummary(ela, 'es'), /el grupo más rezagado es Estudiantes de inglés \(50 puntos por detrás, brecha ampliándose\)\./);
  });

  it('says when no group is behind, and when the reference has no value', () => {
    const level = analyzeGaps([{ group: 'ALL', value: 5, n: 100 }, { group: 'EL', value: 4, n: 100 }], { indicator: 'chronic' });
    assert.match(gapSummary(level, 'en'), /No group is behind All Students \(5%\)\./);
    const noRef = analyzeGaps([{ group: 'EL', value: 4, n: 100 }], { indicator: 'chronic' });
    assert.match(gapSummary(noRef, 'en'), /There is no value for All Students to compare with\./);
  });
});

describe('data table', () => {
  const table = gapTable(model, 'en', 'Chronic absenteeism');
  it('has every shown group, in the model’s order, and nothing else', () => {
    assert.deepEqual(table.rows.map((r) => r.code), SHOWN);
  });
  it('carries the value, levels, colour name, gap and trend of each group', () => {
    assert.deepEqual(table.rows[0], {
      code: 'FOS',
      group: 'Foster Youth',
      value: '40',
      prior: '45',
      change: '-5',
      n: '20',
      statusLevel: 'Very High',
      changeLevel: 'Declined',
      color: 'Orange',
      gap: '+20',
      gapPrior: '+23',
      trend: 'Closing',
    });
    const hom = table.rows.find((r) => r.code === 'HOM')!;
    assert.equal(hom.color, 'No color (fewer than 15 students)');
    assert.equal(table.rows.find((r) => r.code === 'ALL')!.group, 'All Students (reference)');
    assert.equal(gapTable(model, 'es', 'x').rows.find((r) => r.code === 'HOM')!.color, 'Sin color (menos de 15 estudiantes)');
  });
});

describe('Vega-Lite spec', () => {
  const summary = gapSummary(model, 'en');
  const spec = gapSpec(model, 'en', summary) as Record<string, any>;
  const current = spec.layer.find((l: any) => l.encoding?.fill);

  it('describes the chart with the summary, for assistive technology', () => {
    assert.equal(spec.description, summary);
  });

  it('carries the level’s name in the data, and encodes it by both fill and shape (colour never alone)', () => {
    assert.equal(current.encoding.fill.field, 'level');
    assert.equal(current.encoding.shape.field, 'level');
    assert.deepEqual(current.encoding.fill.scale.domain, ['Red', 'Orange', 'Yellow', 'Green', 'Blue', 'No color']);
    assert.deepEqual(current.encoding.shape.scale.domain, current.encoding.fill.scale.domain);
    assert.equal(new Set(current.encoding.shape.scale.range).size, 6);
    const levels = Object.fromEntries(current.data.values.map((d: any) => [d.label, d.level]));
    assert.deepEqual(levels, { 'Foster Youth': 'Orange', Homeless: 'No color', 'Students with Disabilities': 'Yellow', 'English Learners': 'Red', Hispanic: 'Orange', 'All Students (reference)': 'Yellow', Asian: 'Green' });
    const tooltips = current.encoding.tooltip.map((t: any) => t.field);
    for (const f of ['statusText', 'changeLevelText', 'colorText', 'gapText', 'trendText']) assert.ok(tooltips.includes(f), f);
  });

  it('orders the rows by the model through a data field', () => {
    assert.deepEqual(current.encoding.y.sort, { field: 'order', op: 'min' });
    assert.deepEqual(current.data.values.map((d: any) => d.order), [0, 1, 2, 3, 4, 5, 6]);
  });

  it('compiles without a Vega-Lite warning (no “Dropping fit-y because spec has discrete height”)', () => {
    const warnings: unknown[][] = [];
    const logger: any = { level: () => logger, info: () => logger, debug: () => logger, warn: (...a: unknown[]) => (warnings.push(a), logger), error: (...a: unknown[]) => (warnings.push(a), logger) };
    const out = compile(spec as never, { logger });
    assert.deepEqual(warnings, []);
    assert.equal(spec.height, SHOWN.length * 34);
    assert.deepEqual(out.spec.autosize, { type: 'fit-x', contains: 'padding' });
  });

  it('puts no data string into a Vega expression: names reach Vega only as data', () => {
    const tricky: GapRow[] = [
      { group: 'ALL', value: 10, prior: 11, n: 500 },
      { group: 'District "A"\'); alert(1); //', value: 12, prior: 12, n: 60 },
      { group: 'Grade 3 cohort', value: 9, prior: 12, n: 60 },
    ];
    for (const reference of ['all', 'Grade 3 cohort', 'highest']) {
      const m = analyzeGaps(tricky, { indicator: 'chronic', reference });
      for (const lang of ['en', 'es'] as const) {
        const vega = compile(gapSpec(m, lang, gapSummary(m, lang)) as never).spec;
        const exprs: string[] = [];
        const walk = (x: unknown, key = '') => {
          if (typeof x === 'string' && ['expr', 'signal', 'update', 'init', 'calculate', 'test', 'filter'].includes(key)) exprs.push(x);
          else if (Array.isArray(x)) x.forEach((v) => walk(v, key));
          else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, k);
        };
        walk(vega);
        assert.ok(exprs.length > 0);
        for (const e of exprs) {
          for (const name of ['District', 'alert', 'Grade 3', 'All Students', 'Todos los estudiantes']) assert.ok(!e.includes(name), `${reference}/${lang}: “${name}” in ${e}`);
        }
        assert.ok(JSON.stringify(vega).includes('alert(1)'), 'the name is still shown, as data');
      }
    }
  });
});

describe('no view leaks a suppressed group', () => {
  it('the model holds only the shown groups and the count of the others', () => {
    assert.deepEqual(model.groups.map((g) => g.code), SHOWN);
    assert.equal(model.suppressedCount, 2);
  });

  it('neither the model, the summaries, the tables nor the specs (en, es) name it or give its values', () => {
    const texts: Record<string, string> = { model: JSON.stringify(model) };
    for (const lang of ['en', 'es'] as const) {
      const views = drawViews(gapChartWidget, model, { lang });
      texts[`summary-${lang}`] = views.summary;
      texts[`table-${lang}`] = JSON.stringify(views.table);
      texts[`spec-${lang}`] = JSON.stringify(views.spec);
      texts[`title-${lang}`] = views.title;
    }
    for (const [view, text] of Object.entries(texts)) for (const leak of LEAKS) assert.ok(!text.includes(leak), `${view} leaks ${leak}`);
  });

  it('the whole widget pipeline, from plain rows, with “highest” and a group reference too', () => {
    for (const reference of ['all', 'highest', 'EL']) {
      const m = gapChartWidget.analyse(loadValue(ROWS.map((r) => ({ ...r }))), normalizeGapOptions({ indicator: 'chronic', reference }));
      const views = drawViews(gapChartWidget, m, { lang: 'en' });
      const all = JSON.stringify([m, views]);
      for (const leak of LEAKS) assert.ok(!all.includes(leak), `${reference}: ${leak}`);
      assert.notEqual(m.reference.code, 'PI');
    }
  });
});
