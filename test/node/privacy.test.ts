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

// ---------------------------------------------------------------------------------------------
// Suppression as a guarantee (issue 18): no prior from a small cohort, no group given back by
// subtraction, no suppressed value or name quoted in an error (message, event detail, CLI stderr).

/**
 * Race/ethnicity groups that add up to All Students: 60 + 32 + 8 = 100. African American (n = 8)
 * is suppressed; with All Students (49.708) and the others shown it would follow by subtraction:
 * (100 × 49.708 − 60 × 40 − 32 × 62.5) / 8 = 570.8 / 8 = 71.35. So White, the next smallest
 * (n = 32), is hidden too, and the summary says so.
 */
const PARTITION_ROWS = [
  { group: 'ALL', value: 49.708, prior: 48, n: 100 },
  { group: 'HI', value: 40, prior: 41, n: 60 },
  { group: 'WH', value: 62.5, prior: 61.25, n: 32 },
  { group: 'AA', value: 71.35, prior: 70.15, n: 8 },
  { group: 'EL', value: 30, prior: 29, n: 40 },
];
const PARTITION_VALUES = [71.35, 70.15, 62.5, 61.25];
const PARTITION_NAMES = ['AA', 'WH'].flatMap((c) => [STUDENT_GROUPS[c]!.name.en, STUDENT_GROUPS[c]!.name.es]);

function expectNoneOf(where: string, text: string, names: readonly string[], values: readonly number[]): void {
  assert.deepEqual(valueLeaks(text, values), [], `a hidden value in ${where}`);
  assert.deepEqual(nameLeaks(text, names), [], `a hidden group's name in ${where}`);
}

/** Every view of plain rows in both languages, and the static SVG. */
async function everyOutput(rows: unknown[], attrs: Record<string, string> = {}): Promise<{ model: GapModel; texts: Array<[string, string]> }> {
  const model = gapChartWidget.analyse(loadValue(rows), normalizeGapOptions({ indicator: 'custom', ...attrs }));
  const texts: Array<[string, string]> = [['model', JSON.stringify(model)]];
  for (const lang of ['en', 'es'] as const) {
    const views = drawViews(gapChartWidget, model, { lang });
    texts.push([`spec ${lang}`, JSON.stringify(views.spec)], [`summary ${lang}`, views.summary], [`CSV ${lang}`, tableToCsv(views.table)], [`datasets ${lang}`, await vegaDatasets(views.spec!)]);
    const { svg } = await renderStatic('gap-chart', JSON.stringify(rows), { ...attrs, lang });
    texts.push([`static SVG ${lang}`, svgContent(svg)]);
  }
  return { model, texts };
}

/** The problems of a failed analysis, as the element's event detail and the CLI would carry them. */
function failure(rows: unknown, attrs: Record<string, string> = {}): string {
  try {
    gapChartWidget.analyse(loadValue(rows), normalizeGapOptions({ indicator: 'custom', ...attrs }));
  } catch (error) {
    assert.ok(error instanceof Error && error.name === 'OutcomeError', String(error));
    return JSON.stringify((error as unknown as { problems: unknown[] }).problems);
  }
  assert.fail('expected an error');
}

describe('suppression is a guarantee (issue 18)', () => {
  it('complementary suppression: a group that would give a suppressed one back by subtraction is hidden too, and the summary says so', async () => {
    const { model, texts } = await everyOutput(PARTITION_ROWS);
    assert.deepEqual(model.groups.map((g) => g.code).sort(), ['ALL', 'EL', 'HI']);
    assert.equal(model.suppressedCount, 1);
    assert.equal(model.complementaryCount, 1);
    for (const [where, text] of texts) expectNoneOf(where, text, PARTITION_NAMES, PARTITION_VALUES);
    const summary = texts.find(([w]) => w === 'summary en')![1];
    assert.match(summary, /1 group with 10 or fewer students is not shown, to protect privacy\. 1 more group is not shown, so that a hidden group’s figures cannot be worked out/);
    assert.match(texts.find(([w]) => w === 'summary es')![1], /Tampoco se muestra 1 grupo más/);
    // Parts that do not add up to the total give nothing back: no second group is hidden.
    const partial = gapChartWidget.analyse(loadValue(PARTITION_ROWS.map((r) => (r.group === 'ALL' ? { ...r, n: 130 } : r))), normalizeGapOptions({}));
    assert.deepEqual([partial.groups.length, partial.complementaryCount], [4, 0]);
  });

  it('complementary suppression for free names too (programs, schools that make up All Students)', () => {
    const rows = [
      { group: 'ALL', value: 50, n: 100 },
      { group: 'Night School', value: 52, n: 5 },
      { group: 'Day School', value: 49, n: 70 },
      { group: 'Online Academy', value: 51, n: 25 },
    ];
    const model = gapChartWidget.analyse(loadValue(rows), normalizeGapOptions({}));
    // Online Academy (25) is the next smallest: Day School stays.
    assert.deepEqual(model.groups.map((g) => g.code).sort(), ['ALL', 'Day School']);
    assert.equal(model.complementaryCount, 1);
  });

  it('a prior value needs the prior n above the threshold: an explicit prior, last year’s row, or the file’s priordenom', async () => {
    const rows = [
      { group: 'ALL', value: 50, prior: 48, n: 1000, year: '2024-25' },
      { group: 'EL', value: 40, prior: 43.17, n: 300, year: '2024-25' },
      { group: 'HI', value: 45, n: 200, year: '2024-25' },
      { group: 'ALL', value: 48, n: 990, year: '2023-24' },
      { group: 'EL', value: 43.17, n: 4, year: '2023-24' },
      { group: 'HI', value: 44.29, n: '*', year: '2023-24' },
    ];
    const { model, texts } = await everyOutput(rows);
    assert.deepEqual(model.groups.map((g) => [g.code, g.prior]).sort(), [['ALL', 48], ['EL', null], ['HI', null]]);
    for (const [where, text] of texts) expectNoneOf(where, text, [], [43.17, 44.29]);
    // The file's priordenom (read into `priorN`) decides when given: 4 drops the prior, 40 keeps it.
    const { analyzeGaps } = await import('../../packages/core/src/index.js');
    const withPriorN = analyzeGaps([
      { group: 'ALL', value: 50, prior: 48, n: 1000, priorN: 990 },
      { group: 'EL', value: 40, prior: 43.17, n: 300, priorN: 4 },
      { group: 'HI', value: 45, prior: 44.29, n: 200, priorN: 40 },
    ]);
    assert.deepEqual(withPriorN.groups.map((g) => [g.code, g.prior]).sort(), [['ALL', 48], ['EL', null], ['HI', 44.29]]);
  });

  it('fractional, negative or NaN n is a validation error naming the row, quoting no value', () => {
    for (const [n, row] of [[10.4, 3], [10.0000001, 3], [-12, 3], ['10.5', 3], [NaN, 3]] as const) {
      const rows = [{ group: 'ALL', value: 50, n: 100 }, { group: 'EL', value: 40, n: 30 }, { group: 'Zebra', value: 61.37, n }];
      const text = failure(rows);
      assert.match(text, new RegExp(`Row ${row}, field “n”`), `n = ${n}`);
      assert.ok(!text.includes(String(n)) || Number.isNaN(n), `n = ${n} is not quoted: ${text}`);
      expectNoneOf(`the error for n = ${n}`, text, ['Zebra'], [61.37]);
    }
  });

  it('errors quote nothing suppressed: a bad value in a small row, two small rows with one name, a reference to a suppressed group', async () => {
    const bad = failure([{ group: 'ALL', value: 50, n: 100 }, { group: 'Zebra Academy Cohort', value: '61.37x', n: 5 }]);
    assert.match(bad, /Row 2, field “value”/);
    expectNoneOf('a bad value in a small row', bad, ['Zebra'], [61.37]);
    assert.match(failure([{ group: 'ALL', value: 50, n: 100 }, { group: 'HI', value: '45x', n: 200 }]), /“45x”/, 'a shown group’s bad value is still quoted');
    const twice = failure([{ group: 'ALL', value: 50, n: 100 }, { group: 'Zebra Academy Cohort', value: 61.37, n: 5 }, { group: 'Zebra Academy Cohort', value: 59.83, n: 4 }]);
    assert.match(twice, /appears more than once/);
    expectNoneOf('two small rows with one name', twice, ['Zebra'], [61.37, 59.83]);
    // Refused alike whether the group is suppressed or absent: nothing tells which.
    const hidden = failure(SUPPRESSION_ROWS as unknown[], { reference: 'Zebra Academy Cohort' });
    const absent = failure(SUPPRESSION_ROWS as unknown[], { reference: 'Zebra Academy Choir' });
    assert.equal(hidden, absent);
    expectNoneOf('a reference to a suppressed group', hidden, FORBIDDEN_NAMES, SUPPRESSED_VALUES);
    assert.equal(failure(SUPPRESSION_ROWS as unknown[], { reference: 'PI' }), absent);
  });

  it('the CLI’s stderr quotes nothing suppressed', async (t) => {
    const { existsSync, mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { spawnSync } = await import('node:child_process');
    const cli = new URL('../../packages/cli/bin/outcome-kit.js', import.meta.url).pathname;
    if (!existsSync(new URL('../../packages/cli/dist/cli.js', import.meta.url).pathname)) return t.skip('the CLI is not built (npx tsc -b)');
    const dir = mkdtempSync(join(tmpdir(), 'ok-privacy-'));
    try {
      const file = join(dir, 'small.csv');
      writeFileSync(file, 'group,value,n\nALL,50,100\nZebra Academy Cohort,61.37x,5\nZebra Academy Cohort,59.83,4\n');
      const out = spawnSync(process.execPath, [cli, 'render', 'gap-chart', file], { encoding: 'utf8' });
      assert.equal(out.status, 1);
      assert.match(out.stderr, /Row 3, field “value”/);
      expectNoneOf('the CLI’s stderr', out.stderr + out.stdout, ['Zebra'], [61.37, 59.83]);
      writeFileSync(file, 'group,value,n\nALL,50,100\nHI,45,60\nWH,62.5,32\nAA,71.35,8\n');
      const svg = spawnSync(process.execPath, [cli, 'render', 'gap-chart', file], { encoding: 'utf8' });
      assert.equal(svg.status, 0, svg.stderr);
      expectNoneOf('the CLI’s SVG', svgContent(svg.stdout), PARTITION_NAMES, [71.35, 62.5]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
