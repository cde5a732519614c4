// Suppression leaks nowhere, in Node: for gap-chart data with groups of 10 or fewer students and
// groups marked "*" (plain rows as values, JSON and CSV text, and a CDE Dashboard file), the model
// (what an `outcome-render` event carries), the Vega-Lite spec, the summary and table in English and
// Spanish, the CSV export, the Vega view's datasets, and the static SVG from
// `@outcome-kit/embed/render` hold none of the suppressed groups' names or values.
// (The same in the browser — DOM, tooltips, events, toSVG/toPNG — is in test/widgets/hostile.test.ts.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  STUDENT_GROUPS,
  drawViews,
  gapChartWidget,
  loadText,
  loadValue,
  normalizeGapOptions,
  tableToCsv,
  type GapModel,
  type Loaded,
} from '../../packages/core/src/index.js';
import { renderStatic } from '../../packages/embed/src/render.js';
import { SUPPRESSED_NAMES, SUPPRESSED_VALUES, SUPPRESSION_ROWS, nameLeaks, valueLeaks } from '../helpers/hostile.js';

const FORBIDDEN_NAMES = [...SUPPRESSED_NAMES, ...['PI', 'HOM'].flatMap((c) => [STUDENT_GROUPS[c]!.name.en, STUDENT_GROUPS[c]!.name.es])];
const COLUMNS = ['group', 'value', 'prior', 'n', 'year'];
const cell = (v: unknown) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const CSV = [COLUMNS.join(','), ...SUPPRESSION_ROWS.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\n');

/** A CDE Dashboard file (tab-delimited) with "*" in currstatus and currdenom, and small denominators. */
const CDE = [
  'cds\trtype\tdistrictname\treportingyear\tstudentgroup\tcurrstatus\tpriorstatus\tchange\tcurrdenom\tstatuslevel\tchangelevel\tcolor',
  '19647330000000\tD\tExample Unified\t2025\tALL\t24.0\t28.9\t-4.9\t6020\t1\t5\t3',
  '19647330000000\tD\tExample Unified\t2025\tEL\t27.0\t31.0\t-4.0\t1610\t1\t5\t3',
  '19647330000000\tD\tExample Unified\t2025\tPI\t83.91\t79.37\t4.54\t9\t0\t0\t0',
  '19647330000000\tD\tExample Unified\t2025\tHOM\t*\t68.47\t*\t*\t0\t0\t0',
  '19647330000000\tD\tExample Unified\t2025\tFOS\t61.37\t59.83\t1.54\t*\t0\t0\t0',
].join('\n');
const CDE_NAMES = ['PI', 'HOM', 'FOS'].flatMap((c) => [STUDENT_GROUPS[c]!.name.en, STUDENT_GROUPS[c]!.name.es]);

/** Text and non-geometry attribute values of an SVG document (a coordinate may look like a value by chance). */
function svgContent(svg: string): string {
  const attrs = [...svg.matchAll(/\s(aria-[a-z-]+|role|title|data-[a-z-]+|class)="([^"]*)"/g)].map((m) => m[2]);
  return `${svg.replace(/<[^>]+>/g, ' ')}\n${attrs.join('\n')}`;
}

/** Every data value of every dataset of a Vega view of the spec (no scenegraph items). */
async function vegaDatasets(spec: object): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vegaLite.compile({ ...spec, width: 640 } as never, { logger: vega.logger(vega.Error) }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
  await view.runAsync();
  try {
    const names = Object.keys((view.getState({ data: () => true, signals: () => false }) as { data?: object }).data ?? {});
    assert.ok(names.length > 0);
    return names
      .map((name) =>
        JSON.stringify(
          (view.data(name) as Array<Record<string, unknown>>).map((t) => (t && typeof t === 'object' && 'mark' in t ? (t as { datum?: unknown }).datum : t)),
          (_k, v) => (v && typeof v === 'object' && 'mark' in v ? undefined : v),
        ),
      )
      .join('\n');
  } finally {
    view.finalize();
  }
}

function expectNone(where: string, text: string, names: readonly string[]): void {
  assert.deepEqual(valueLeaks(text, SUPPRESSED_VALUES), [], `a suppressed value in ${where}`);
  assert.deepEqual(nameLeaks(text, names), [], `a suppressed group's name in ${where}`);
}

async function everyView(loaded: Loaded, attrs: Record<string, string>, names: readonly string[], expectShown: string): Promise<GapModel> {
  const model = gapChartWidget.analyse(loaded, normalizeGapOptions({ indicator: attrs.indicator ?? 'custom' }));
  expectNone('the model (the outcome-render detail)', JSON.stringify(model), names);
  for (const lang of ['en', 'es'] as const) {
    const views = drawViews(gapChartWidget, model, { lang });
    expectNone(`the spec (${lang})`, JSON.stringify(views.spec), names);
    expectNone(`the summary (${lang})`, views.summary, names);
    expectNone(`the table (${lang})`, JSON.stringify(views.table), names);
    expectNone(`the CSV export (${lang})`, tableToCsv(views.table), names);
    const data = await vegaDatasets(views.spec!);
    assert.match(data, new RegExp(expectShown), 'the datasets hold the shown groups');
    expectNone(`the Vega datasets (${lang})`, data, names);
  }
  return model;
}

describe('suppressed groups leak nowhere (core views, Vega datasets, static SVG)', () => {
  it('plain rows as values, JSON text and CSV text', async () => {
    for (const loaded of [loadValue(SUPPRESSION_ROWS), await loadText(JSON.stringify(SUPPRESSION_ROWS)), await loadText(CSV)]) {
      const model = await everyView(loaded, {}, FORBIDDEN_NAMES, 'English Learners|Estudiantes de inglés');
      assert.equal(model.suppressedCount, 5);
      assert.deepEqual(model.groups.map((g) => g.code).sort(), ['ALL', 'EL', 'HI', 'SWD', 'WH']);
    }
  });

  it('a CDE Dashboard file with "*" and small denominators', async () => {
    const model = await everyView(await loadText(CDE), { indicator: 'chronic' }, [...SUPPRESSED_NAMES, ...CDE_NAMES], 'English Learners|Estudiantes de inglés');
    assert.equal(model.suppressedCount, 3);
  });

  it('the static SVG from @outcome-kit/embed/render, in English and Spanish, at a stricter threshold too', async () => {
    const cases: Array<[string, Record<string, string>, readonly string[]]> = [
      [CSV, {}, FORBIDDEN_NAMES],
      [CSV, { lang: 'es', heading: 'Grupos' }, FORBIDDEN_NAMES],
      [JSON.stringify(SUPPRESSION_ROWS), { reference: 'highest' }, FORBIDDEN_NAMES],
      [CDE, { indicator: 'chronic' }, [...SUPPRESSED_NAMES, ...CDE_NAMES]],
    ];
    for (const [data, attrs, names] of cases) {
      const { svg, views } = await renderStatic('gap-chart', data, attrs);
      assert.match(svg, /English Learners|Estudiantes de inglés/, 'the shown groups are drawn');
      expectNone(`the static SVG (${JSON.stringify(attrs)})`, svgContent(svg), names);
      expectNone('the static rendering’s views', JSON.stringify(views), names);
    }
    // suppress-below 250: SWD (11), WH (150), HI (200) go too, and their values with them.
    const { svg } = await renderStatic('gap-chart', CSV, { 'suppress-below': '250' });
    assert.doesNotMatch(svgContent(svg), /Students with Disabilities|White|Hispanic/);
  });
});
