import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import { expressionInterpreter } from 'vega-interpreter';
import { analyzeRunChart, buildRunChartSpec, runChartSummary, runChartWidget, loadValue, normalizeRunChartOptions, type ChartSpec } from '../../../packages/core/src/index.js';

type Json = Record<string, unknown>;

// Render as a California browser would: a date axis that slipped into local time would show
// December 2023 for January 2024 here.
process.env.TZ = 'America/Los_Angeles';

// Text a county could type into its data or options, written to break out of an expression.
const EVIL_LABEL = "Coach's \"PLC\" ' + alert(1) + ' {{datum.x}}";
const EVIL_NOTE = "') || alert('x";
const EVIL_PHASE = 'After"; +(1)';

// Median 5: a shift below (Jan–Jun), too few runs, a shift above (Jul–Dec); see summary.test.ts.
const LOW_HIGH = [3, 1, 4, 2, 3, 1, 8, 6, 9, 7, 8, 6];
const CHANGES = [{ x: '2024-07', label: EVIL_LABEL, description: EVIL_NOTE }];

/** Twelve months, one phase, with a change, a goal and three signals. */
function model() {
  const input = LOW_HIGH.map((y, i) => ({ x: new Date(Date.UTC(2024, i, 1)), y }));
  return analyzeRunChart(input, { direction: 'up', goal: 7, changes: CHANGES });
}

/** The same months in two phases named from the data, one of them with a hostile name. */
function phasedModel() {
  const input = LOW_HIGH.map((y, i) => ({ x: new Date(Date.UTC(2024, i, 1)), y, phase: i < 6 ? 'Before' : EVIL_PHASE }));
  return analyzeRunChart(input, { goal: 7, minPoints: 6, changes: CHANGES });
}

function layers(spec: ChartSpec): Json[] {
  return spec.layer as Json[];
}

/** Every string in the spec found under `key`, at any depth. */
function stringsUnder(node: unknown, keys: ReadonlySet<string>, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((v) => stringsUnder(v, keys, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (keys.has(k) && typeof v === 'string') out.push(v);
      stringsUnder(v, keys, out);
    }
  }
  return out;
}

/** Compiles with Vega-Lite (collecting its warnings) and renders with Vega's interpreter, as a strict-CSP page does. */
async function render(spec: ChartSpec): Promise<{ warnings: string[]; svg: string }> {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...a: unknown[]) => (warnings.push(`error: ${a.join(' ')}`), logger),
    warn: (...a: unknown[]) => (warnings.push(`warn: ${a.join(' ')}`), logger),
    info: () => logger,
    debug: () => logger,
  };
  const compiled = compile({ ...spec, width: 600 } as never, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(compiled, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter as never, logLevel: vega.Warn });
  try {
    return { warnings, svg: await view.toSVG() };
  } finally {
    view.finalize();
  }
}

describe('buildRunChartSpec', () => {
  it('is a Vega-Lite v6 spec whose description is the summary', () => {
    const m = model();
    const spec = buildRunChartSpec(m);
    assert.equal(spec.$schema, 'https://vega.github.io/schema/vega-lite/v6.json');
    assert.equal(spec.description, runChartSummary(m, 'en'));
    assert.equal(buildRunChartSpec(m, 'es').description, runChartSummary(m, 'es'));
    assert.equal((spec.data as { values: unknown[] }).values.length, m.points.length);
    JSON.parse(JSON.stringify(spec)); // plain JSON
  });

  it('draws each phase’s median as a rule layer', () => {
    const m = phasedModel();
    assert.deepEqual(m.phases.map((p) => p.median), [2.5, 7.5]);
    const median = layers(buildRunChartSpec(m)).find((l) => (l.mark as Json).type === 'rule' && ((l.encoding as Json).y as Json | undefined)?.field === 'centre')!;
    assert.ok(median, 'a rule layer on the centre field');
    assert.deepEqual(
      ((median.data as Json).values as Json[]).map((v) => v.centre),
      m.phases.map((p) => p.median),
    );
  });

  it('marks signal points by shape and size as well as colour', () => {
    const spec = buildRunChartSpec(model());
    const points = layers(spec).find((l) => (l.mark as Json).type === 'point' && !(l.data as Json | undefined))!;
    const enc = points.encoding as Record<string, Json>;
    assert.equal(enc.shape!.field, 'signal');
    const scale = enc.shape!.scale as { domain: string[]; range: string[] };
    const shapeOf = (name: string) => scale.range[scale.domain.indexOf(name)];
    // The legend lists only what is drawn: every point is in a shift, so no "No signal" entry.
    assert.deepEqual(scale.domain, ['Shift']);
    assert.equal(shapeOf('Shift'), 'square');
    const rows = (spec.data as { values: Json[] }).values;
    // Every point is in a shift (and in the too-few-runs signal): the shift, the point's own rule, sets the shape.
    assert.deepEqual(
      rows.map((r) => [r.signal, r.signals, r.size, r.outline]),
      rows.map(() => ['Shift', 'Shift, Too few runs', 90, 2.5]),
    );
    const plain = buildRunChartSpec(analyzeRunChart([{ x: 1, y: 1 }, { x: 2, y: 2 }]));
    assert.deepEqual((plain.data as { values: Json[] }).values.map((r) => [r.signal, r.size, r.outline]), [
      ['No signal', 40, 1],
      ['No signal', 40, 1],
    ]);
  });

  it('annotates each change with its label, from data fields', () => {
    const spec = buildRunChartSpec(model());
    const text = layers(spec).find((l) => (l.mark as Json).type === 'text' && ((l.encoding as Json).text as Json | undefined)?.field === 'label' && ((l.data as Json).values as Json[])[0]?.labelY !== undefined)!;
    assert.ok(text, 'a text layer for changes');
    const values = (text.data as Json).values as Json[];
    assert.deepEqual(values.map((v) => [v.x, v.label, v.text]), [['2024-07-01T00:00:00.000Z', EVIL_LABEL, `${EVIL_LABEL}: ${EVIL_NOTE}`]]);
    const rule = layers(spec).find((l) => (l.mark as Json).type === 'rule' && ((l.data as Json | undefined)?.values as Json[] | undefined)?.[0]?.labelY !== undefined);
    assert.deepEqual(((rule!.data as Json).values as Json[]).map((v) => v.x), values.map((v) => v.x), 'a rule where it began');
  });

  it('turns change labels in the right part of the chart leftwards, so none runs off the edge', () => {
    const texts = (spec: Json) => layers(spec).filter((l) => (l.mark as Json).type === 'text' && ((l.data as Json).values as Json[])[0]?.labelY !== undefined);
    const base = model();
    // The change in this model is in the second half of the x range: its label reads leftwards.
    const marks = texts(buildRunChartSpec(base)).map((l) => [(l.mark as Json).align, (l.mark as Json).dx]);
    const at = base.changes[0]!.index / (base.points.length - 1);
    assert.deepEqual(marks, at > 0.55 ? [['right', -7]] : [['left', 7]]);
  });

  it('draws the goal as a labelled line', () => {
    const goal = layers(buildRunChartSpec(model())).filter((l) => ((l.encoding as Json).y as Json | undefined)?.field === 'goal');
    assert.equal(goal.length, 2);
    assert.deepEqual((goal[0]!.data as Json).values, [{ goal: 7, label: 'Goal 7' }]);
  });

  it('puts no data text into an expression: labels, notes and phases travel only as data values', () => {
    const spec = buildRunChartSpec(phasedModel());
    assert.ok(JSON.stringify(spec).includes(JSON.stringify(EVIL_PHASE)), 'the phase name is in the data');
    const expressions = stringsUnder(spec, new Set(['expr', 'calculate', 'labelExpr', 'signal', 'test', 'filter', 'update', 'as']));
    for (const e of expressions) {
      for (const evil of [EVIL_LABEL, EVIL_NOTE, EVIL_PHASE, 'alert']) assert.ok(!e.includes(evil), `expression ${e} holds data text`);
    }
    assert.equal(JSON.stringify(spec).includes('"calculate"'), false, 'no calculate transform');
  });

  it('compiles without a warning and renders with the expression interpreter (no eval)', async () => {
    const { warnings, svg } = await render(buildRunChartSpec(model()));
    assert.deepEqual(warnings, []);
    assert.match(svg, /Coach/);
    assert.match(svg, />2024-01</, 'months on the axis, in UTC');
    assert.doesNotMatch(svg, />2023-12</);
    assert.match(svg, /Median 5/);
    const phased = await render(buildRunChartSpec(phasedModel()));
    assert.deepEqual(phased.warnings, []);
    assert.match(phased.svg, /Median 2\.5/);
    assert.match(phased.svg, /Median 7\.5/);
  });

  it('labels school years on the axis as “2021–22” through a constant expression', async () => {
    const rows = ['2019-20', '2020-21', '2021-22', '2022-23'].map((x, i) => ({ x, y: i }));
    const m = runChartWidget.analyse(loadValue(rows), normalizeRunChartOptions({}));
    const spec = buildRunChartSpec(m);
    const x = (layers(spec).at(-1)!.encoding as Record<string, Json>).x!;
    assert.equal((x.axis as Json).labelExpr, "utcyear(datum.value) + '–' + slice('' + (utcyear(datum.value) + 1), 2)");
    const { warnings, svg } = await render(spec);
    assert.deepEqual(warnings, []);
    for (const label of ['2019–20', '2020–21', '2021–22', '2022–23']) assert.ok(svg.includes(label), label);
  });

  it('plots percentages as fractions with a percent axis', () => {
    const m = analyzeRunChart([{ x: 1, y: 85 }, { x: 2, y: 90 }], { yFormat: 'percent' });
    const spec = buildRunChartSpec(m);
    assert.deepEqual((spec.data as { values: Json[] }).values.map((v) => [v.y, v.value]), [[0.85, '85%'], [0.9, '90%']]);
    const y = (layers(spec).at(-1)!.encoding as Record<string, Json>).y!;
    assert.deepEqual(y.axis, { format: '.1~%' });
  });
});
