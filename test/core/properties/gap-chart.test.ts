// Property-based tests of the gap chart: ≥ 10 000 generated inputs (plain rows and CDE Dashboard
// files; malformed JSON and CSV, wrong types, missing fields, "*", NaN, ±Infinity, huge and tiny
// numbers, duplicate groups, empty strings, a single row, bad options) through load → options →
// analyse → every view. Each ends in a model that accounts for every row of its year — shown
// groups plus the suppressed count — with no group at or below the suppression threshold, or in
// an OutcomeError naming field and row.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { drawViews, gapChartWidget, loadText, normalizeGapOptions, toNumber, type GapModel, type GapOptions } from '../../../packages/core/src/index.js';
import { breakCsv, breakJson, check, checkError, ending, newCounter, pipeline, rowCount, toCsv, weirdNumber, weirdText, weirdValue, type Driven, type Input, type Outcome, checkCoverage } from './harness.js';

const GAP: Driven<GapOptions, GapModel> = { def: gapChartWidget, normalize: (o) => normalizeGapOptions(o as never) };

const CODES = ['ALL', 'EL', 'LTEL', 'SWD', 'SED', 'HI', 'AA', 'WH', 'AS', 'FI', 'MR', 'PI', 'AI', 'FOS', 'HOM', 'English Learners', 'Hispanic'];
const FREE = ['Newcomers', 'Grade 3', 'Cohort B', 'Ñandú', '  padded  ', '<b>bold</b>', '=1+1', '*'];

const common = {
  reference: fc.constantFrom('all', 'all', 'highest', 'state:50', 'state:-10/-12', 'EL', ''),
  suppressBelow: fc.constantFrom('10', '0', '', '30', '11'),
  minColorN: fc.constantFrom('30', '', '15', '1'),
  sort: fc.constantFrom('gap', 'value', 'group', 'none', ''),
};
/** Options that are right: a Dashboard indicator (its unit and direction are the Dashboard's), or a custom one with its own. */
const goodOptions = fc.oneof(
  fc.record({ indicator: fc.constantFrom('ela', 'math', 'chronic', 'susp', 'grad', 'cci', 'elpi', 'science', 'ELA'), ...common }, { requiredKeys: ['indicator'] }),
  fc.record({ indicator: fc.constantFrom('custom', ''), direction: fc.constantFrom('', 'higher', 'lower'), unit: fc.constantFrom('', 'percent', 'points', 'dfs'), ...common }, { requiredKeys: [] }),
);
const badOptions = fc.record(
  {
    indicator: fc.constantFrom('reading-vibes', '', 'custom'),
    reference: fc.constantFrom('state:abc', 'ZZZ', 'state:', 'state:Infinity'),
    suppressBelow: fc.constantFrom('abc', '-1', 'NaN', '1e999'),
    minColorN: fc.constantFrom('x', '-3'),
    sort: fc.constantFrom('random'),
    direction: fc.constantFrom('sideways'),
    unit: fc.constantFrom('furlongs'),
    steadyWithin: fc.constantFrom('-1', 'x'),
  },
  { requiredKeys: [] },
);
const options = fc.oneof({ weight: 6, arbitrary: goodOptions }, { weight: 1, arbitrary: badOptions });

const measure = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -300, max: 300, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom('*', '', null, '45.3%', '-28.4', 'n/a', '1,234') },
  { weight: 1, arbitrary: weirdValue },
);
const count = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 6000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 15 }) },
  { weight: 2, arbitrary: fc.constantFrom('*', '5,210', '10', '11', '', null) },
  { weight: 1, arbitrary: weirdValue },
);

/** One year's groups (unique names), each with value, prior and n, under one entity or none. */
const oneYear = fc
  .tuple(
    fc.uniqueArray(fc.oneof(fc.constantFrom(...CODES), fc.constantFrom(...FREE)), { minLength: 0, maxLength: 16, selector: (s) => s.trim().toLowerCase() }),
    fc.option(fc.constantFrom('2024-25', 2024, '2023–24')),
    fc.option(fc.constantFrom('Example Unified', 'Alder Unified')),
  )
  .chain(([groups, year, entity]) =>
    fc.tuple(...groups.map((group) => fc.record({ value: measure, prior: measure, n: count }).map((r) => ({ group, ...r, ...(year === null ? {} : { year }), ...(entity === null ? {} : { entity }) })))),
  );

/** Anything: wrong types, missing fields, duplicate groups, several entities, several years. */
const chaotic = fc.array(
  fc.record({ group: fc.oneof(fc.constantFrom(...CODES), weirdValue), value: fc.oneof(weirdNumber, weirdText, weirdValue), prior: weirdValue, n: fc.oneof(count, weirdValue), year: weirdValue, entity: weirdValue }, { requiredKeys: [] }),
  { minLength: 0, maxLength: 10 },
);

const rows = fc.oneof({ weight: 3, arbitrary: oneYear }, { weight: 1, arbitrary: chaotic as fc.Arbitrary<Array<Record<string, unknown>>> });
const COLUMNS = ['group', 'value', 'prior', 'n', 'year', 'entity'];
const noBigInt = (_k: string, v: unknown) => (typeof v === 'bigint' ? String(v) : v);

/** A CDE Dashboard download (tab-delimited): one CDS code, with "*", blanks, codes 0–5 and bad codes. */
const cdeFile = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...CODES.slice(0, 15)), { minLength: 1, maxLength: 15 }),
    fc.constantFrom('19647330000000', '1964733000000'),
    fc.boolean(),
  )
  .chain(([groups, cds, tabs]) =>
    fc
      .tuple(
        ...groups.map((g) =>
          fc.record({
            studentgroup: fc.constant(g),
            currstatus: measure,
            priorstatus: measure,
            change: fc.oneof(measure, fc.constant('')),
            currdenom: count,
            statuslevel: fc.constantFrom('', '0', '1', '3', '5', '7'),
            changelevel: fc.constantFrom('', '0', '2', '4'),
            color: fc.constantFrom('', '0', '1', '2', '3', '4', '5', '9'),
          }),
        ),
      )
      .map((rs) => {
        const cols = ['cds', 'rtype', 'districtname', 'reportingyear', 'studentgroup', 'currstatus', 'priorstatus', 'change', 'currdenom', 'statuslevel', 'changelevel', 'color'];
        const all = rs.map((r) => ({ ...r, cds, rtype: 'D', districtname: 'Example Unified', reportingyear: '2025' }));
        const csv = toCsv(cols, all);
        return { rows: all.length, text: tabs ? csv.replace(/,/g, '\t') : csv };
      }),
  );

const input: fc.Arbitrary<Input> = fc.oneof(
  rows.map((value): Input => ({ kind: 'value', value })),
  rows.map((r): Input => ({ kind: 'text', text: JSON.stringify(r, noBigInt) })),
  rows.map((r): Input => ({ kind: 'text', text: toCsv(COLUMNS, r) })),
  fc.tuple(rows, fc.nat(), fc.string({ maxLength: 4 })).map(([r, at, junk]): Input => ({ kind: 'text', text: breakJson(JSON.stringify(r, noBigInt), at, junk) })),
  fc.tuple(rows, fc.nat(), fc.string({ maxLength: 4 })).map(([r, at, junk]): Input => ({ kind: 'text', text: breakCsv(toCsv(COLUMNS, r), at, junk) })),
  fc.string({ maxLength: 60 }).map((text): Input => ({ kind: 'text', text })),
  weirdValue.map((value): Input => ({ kind: 'value', value })),
);

/** The rows of the latest year (all rows when none has a year): what the model must account for. */
function currentYearRows(model: GapModel, loadedRows: ReadonlyArray<Record<string, unknown>>): number {
  if (model.year === null) return loadedRows.length;
  return loadedRows.filter((r) => r.year !== undefined && r.year !== null && String(r.year).trim() === model.year).length;
}

/**
 * Errors quote nothing of a row that may be a group too small to show (n not a whole number above
 * the threshold, or "*"): its problems keep no value, and their messages quote nothing but the field.
 */
function quotesNothingSmall(error: { problems: Array<{ row?: number; field?: string; value?: unknown; message: { en: string } }> }, loaded: { value: unknown; firstRow: number } | null, suppress: string | undefined): void {
  if (!loaded || !Array.isArray(loaded.value)) return;
  const rows = loaded.value as Array<Record<string, unknown> | null>;
  if (rows.some((r) => r && typeof r === 'object' && 'studentgroup' in r)) return; // a CDE file: its reader's own messages
  const threshold = suppress !== undefined && /^\d+$/.test(String(suppress).trim()) ? Number(suppress) : 10;
  for (const p of error.problems) {
    if (p.row === undefined || p.field === undefined) continue;
    const raw = rows[p.row - loaded.firstRow];
    if (!raw || typeof raw !== 'object') continue;
    const n = toNumber(raw.n);
    const starred = [raw.n, raw.value].some((v) => typeof v === 'string' && v.trim() === '*');
    if (typeof n === 'number' && Number.isInteger(n) && n > threshold && !starred && p.field !== 'n') continue;
    assert.ok(!('value' in p), `a problem on a small row keeps its value: ${p.message.en}`);
    assert.doesNotMatch(p.message.en.replace(/field “[^”]*”/, ''), /“/, `a message on a small row quotes a value: ${p.message.en}`);
  }
}

/** Shown groups plus the suppressed count are every row of the year; none shown is small. */
function checkModel(out: Outcome<GapModel> & { ok: true }, rowsOfYear: number): void {
  const m = out.model;
  assert.equal(m.groups.length + m.suppressedCount + m.complementaryCount, rowsOfYear, `shown ${m.groups.length} + suppressed ${m.suppressedCount} + hidden with them ${m.complementaryCount} = ${rowsOfYear} rows`);
  assert.ok(m.complementaryCount === 0 || m.suppressedCount > 0, 'a group is hidden with another only when one is suppressed');
  for (const g of m.groups) assert.ok(g.n > m.suppressBelow && Number.isFinite(g.n), `group ${g.code} with n = ${g.n} is shown (suppress-below ${m.suppressBelow})`);
  for (const v of out.views) assert.equal(v.table.rows.length, m.groups.length, 'a table row per shown group');
}

describe('gap chart: generated inputs end in a model that accounts for every row of its year, or in one clear error', () => {
  const counter = newCounter();

  it('plain rows delivered as values, JSON, CSV, broken JSON and CSV, or junk (7 000 inputs)', async () => {
    await check(fc.tuple(input, options), 7000, async ([inp, opts]) => {
      const out = await pipeline(GAP, inp, opts);
      if (!out.ok) {
        checkError(out.error, out.loaded);
        quotesNothingSmall(out.error, out.loaded, (opts as { suppressBelow?: string }).suppressBelow);
      }
      else {
        const loaded = out.loaded.value as Array<Record<string, unknown>>;
        const list = Array.isArray(loaded) ? loaded : ((loaded as { data?: unknown; rows?: unknown }).data ?? (loaded as { rows?: unknown }).rows) as Array<Record<string, unknown>>;
        assert.equal(rowCount(out.loaded), list.length);
        checkModel(out, currentYearRows(out.model, list));
      }
      return ending(out);
    }, counter);
  });

  it('CDE Dashboard files, comma or tab delimited (3 000 inputs)', async () => {
    await check(fc.tuple(cdeFile, fc.constantFrom('chronic', 'ela', 'susp', 'grad'), fc.constantFrom('', '', '', '19647330000000', '01234567890123')), 3000, async ([file, indicator, cds]) => {
      const out = await pipeline(GAP, { kind: 'text', text: file.text }, { indicator, cds });
      if (!out.ok) checkError(out.error, out.loaded);
      else checkModel(out, file.rows);
      return ending(out);
    }, counter);
  });

  it('ran at least 10 000 inputs, a good share of them to a model', checkCoverage(counter, 2000));

  it('rows of earlier years are accounted for too (used as last year’s values, or left out and counted)', async () => {
    const data = [
      { group: 'ALL', value: 50, n: 1000, year: '2024-25' },
      { group: 'EL', value: 40, n: 300, year: '2024-25' },
      { group: 'ALL', value: 48, n: 990, year: '2023-24' },
      { group: 'EL', value: 39, n: 290, year: '2022-23' },
    ];
    const out = await pipeline(GAP, { kind: 'value', value: data }, {});
    assert.ok(out.ok);
    const m = out.model as GapModel;
    assert.equal(m.otherYearRows, 2);
    assert.equal(m.groups.length + m.suppressedCount + m.otherYearRows + m.otherEntityRows, data.length);
  });

  /** 100 000 groups, one row each, a thirteenth of them too small to show. */
  async function bigModel(): Promise<{ model: GapModel; small: number; ms: number }> {
    const lines = ['group,value,prior,n'];
    let small = 0;
    for (let i = 0; i < 100_000; i++) {
      const n = i % 13 === 12 ? (small++, 7) : 40 + (i % 500);
      lines.push(`${i === 0 ? 'ALL' : `Group ${i}`},${(i % 200) - 100}.5,${(i % 190) - 95},${n}`);
    }
    const start = performance.now();
    const model = gapChartWidget.analyse(await loadText(lines.join('\n')), normalizeGapOptions({ indicator: 'custom' }));
    return { model, small, ms: Math.round(performance.now() - start) };
  }

  it('100 000 rows (one per group): every group shown or counted as suppressed; summary and table', async (t) => {
    const { model, small, ms } = await bigModel();
    t.diagnostic(`100 000 gap-chart rows: load and analyse in ${ms} ms`);
    assert.equal(model.groups.length + model.suppressedCount, 100_000);
    assert.equal(model.suppressedCount, small);
    const start = performance.now();
    assert.equal(gapChartWidget.table(model, { lang: 'en' }).rows.length, model.groups.length);
    assert.ok(gapChartWidget.summary(model, { lang: 'en' }).length > 0);
    t.diagnostic(`summary and table in ${Math.round(performance.now() - start)} ms`);
  });

  it('100 000 rows: no chart above the limit, said in the summary', async () => {
    const { model } = await bigModel();
    const views = drawViews(gapChartWidget, model, { lang: 'en' });
    // Above the documented limit (LIMITS.maxChartRows) the chart is not drawn, and the summary says so.
    assert.equal(views.spec, null);
    assert.match(views.summary, /The chart is not drawn for 92,\d{3} rows \(the limit is 5,000\)/);
  });
});
