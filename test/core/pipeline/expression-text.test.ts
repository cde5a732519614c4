// Labels never break (or reach into) a Vega expression: Vega-Lite copies encoding titles into
// the marks' ARIA description and tooltip signals as string literals, escaping `"` but not `\`,
// line breaks or U+2028/2029. Each breaker below, as a run chart's y-label and x-label, a
// heading, and a gap chart's heading, goes through drawViews → Vega-Lite → Vega (interpreter,
// as in the browser) and must draw; the expressions hold no breaker.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { drawViews, expressionSafeSpec, expressionSafeText, gapChartWidget, loadValue, normalizeGapOptions, runChartWidget, type ChartSpec } from '../../../packages/core/src/index.js';

const BREAKERS = [
  'two\nlines',
  'windows\r\nline',
  'line\u2028separator',
  'para\u2029separator',
  'ends in a backslash\\',
  'a\\" + (1) + "',
  '\\u0041 escape',
  'tab\tand\u0000nul',
  '"quoted"',
  "it's",
];

async function draws(spec: ChartSpec): Promise<void> {
  const [vega, vegaLite, { expressionInterpreter }] = await Promise.all([import('vega'), import('vega-lite'), import('vega-interpreter')]);
  const compiled = vegaLite.compile({ ...spec, width: 400 } as never, { logger: vega.logger(vega.Error) }).spec;
  const text = JSON.stringify(compiled);
  // No breaker inside any signal expression: only the escapes JSON itself writes.
  for (const m of text.matchAll(/"(signal|expr|update|test)":"((?:[^"\\]|\\.)*)"/g)) {
    const expr = JSON.parse(`"${m[2]}"`) as string;
    assert.doesNotMatch(expr, /[\n\r\u2028\u2029]/, `a line break in ${expr.slice(0, 80)}`);
  }
  const view = new vega.View(vega.parse(compiled, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter, logLevel: vega.Error });
  try {
    await view.runAsync();
  } finally {
    view.finalize();
  }
}

describe('labels inside Vega expressions', () => {
  it('expressionSafeText: backslash → ⧵, line breaks and control characters → one space', () => {
    assert.equal(expressionSafeText('two\nlines'), 'two lines');
    assert.equal(expressionSafeText('a\\b'), 'a\u29f5b');
    assert.equal(expressionSafeText('x\u2028\u2029y'), 'x y');
    assert.equal(expressionSafeText('plain “text”, 100%'), 'plain “text”, 100%');
  });

  it('a run chart’s y-label and x-label, each breaker, draws (lines stay lines on the axis)', async () => {
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => ({ month: `2024-${String(i).padStart(2, '0')}`, rate: 10 + (i % 4) }));
    for (const label of BREAKERS) {
      const options = runChartWidget.options!({ x: 'month', y: 'rate', yLabel: label, xLabel: label });
      const model = runChartWidget.analyse(loadValue(rows), options);
      const views = drawViews(runChartWidget, model, { lang: 'en', title: label });
      await assert.doesNotReject(draws(views.spec!), `y-label ${JSON.stringify(label)}`);
    }
  });

  it('a gap chart with each breaker as its heading draws', async () => {
    const rows = [{ group: 'ALL', value: 50, n: 100 }, { group: 'EL', value: 40, n: 40 }];
    for (const label of BREAKERS) {
      const model = gapChartWidget.analyse(loadValue(rows), normalizeGapOptions({}));
      await assert.doesNotReject(draws(drawViews(gapChartWidget, model, { lang: 'es', title: label }).spec!), JSON.stringify(label));
    }
  });

  it('expressionSafeSpec walks layers and tooltips, keeps data as it is, and returns the same spec when nothing changes', () => {
    const clean: ChartSpec = { data: { values: [{ a: 'back\\slash\n' }] }, layer: [{ mark: 'point', encoding: { y: { field: 'a', title: 'Rate' }, tooltip: [{ field: 'a', title: 'Rate' }] } }] };
    assert.equal(expressionSafeSpec(clean), clean);
    const dirty: ChartSpec = { ...clean, layer: [{ mark: 'point', encoding: { y: { field: 'a', title: 'Rate\nper 100' }, tooltip: [{ field: 'a', title: 'x\\' }] } }] };
    const safe = expressionSafeSpec(dirty) as { data: unknown; layer: Array<{ encoding: Record<string, unknown> }> };
    assert.equal(safe.data, dirty.data);
    assert.deepEqual(safe.layer[0]!.encoding, { y: { field: 'a', title: 'Rate per 100', axis: { title: ['Rate', 'per 100'] } }, tooltip: [{ field: 'a', title: 'x\u29f5' }] });
  });
});
