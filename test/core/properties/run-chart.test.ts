// Property-based tests of the run chart: ≥ 10 000 generated inputs (malformed JSON and CSV, wrong
// types, missing fields, NaN, ±Infinity, huge and tiny numbers, duplicate and unsorted dates, empty
// strings, a single row, bad options) through load → options → analyse → every view. Each ends in
// a model that accounts for every input row, or in an OutcomeError naming field and row.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadText, normalizeRunChartOptions, runChartWidget, drawViews, type RunChartModel, type RunChartOptions } from '../../../packages/core/src/index.js';
import { breakCsv, breakJson, check, checkError, dateText, ending, newCounter, pipeline, rowCount, toCsv, weirdNumber, weirdText, weirdValue, type Driven, type Input, checkCoverage } from './harness.js';

const RUN: Driven<RunChartOptions, RunChartModel> = { def: runChartWidget, normalize: (o) => normalizeRunChartOptions(o as never) };

/** Options as the element's attributes give them: mostly good (each field a valid value or blank), sometimes bad. */
const goodOptions = fc.record(
  {
    rules: fc.constantFrom('ihi', 'anhoej', 'Anhøj', 'IHI', ''),
    baseline: fc.constantFrom('', '3', '12', '1'),
    phases: fc.constantFrom('', '2021-01', '2021-01,2022-06', '5', 'label'),
    direction: fc.constantFrom('', 'up', 'down', 'Down'),
    goal: fc.constantFrom('', '15', '15%', '-3', '1e308'),
    minPoints: fc.constantFrom('', '10', '1', '100000'),
    yFormat: fc.constantFrom('number', 'percent', ''),
    changes: fc.constantFrom('', '[]', '[{"x":"2021-03","label":"PDSA 1"}]', '[{"x":2,"label":"Two","description":"d"}]', '[{"x":"label","label":"L"}]'),
  },
  { requiredKeys: [] },
);
const badOptions = fc.record(
  {
    x: fc.constantFrom(' ', 'month'),
    rules: fc.constantFrom('western-electric', 'ihi'),
    baseline: fc.constantFrom('0', '-1', 'abc', '2.5'),
    phases: fc.constantFrom('[', '[{}]', 'x,,y'),
    direction: fc.constantFrom('sideways'),
    goal: fc.constantFrom('NaN', 'Infinity', 'abc'),
    minPoints: fc.constantFrom('0', '-5', 'x'),
    yFormat: fc.constantFrom('fraction'),
    changes: fc.constantFrom('[{"x":"2021-03"}]', '{"x":1}', '[1]', '[', 'null', '[{"label":"no x"}]'),
  },
  { requiredKeys: [] },
);
const options = fc.oneof({ weight: 6, arbitrary: goodOptions }, { weight: 1, arbitrary: badOptions });

/** Valid-looking rows: dates (repeated, out of order), finite values or blanks, sometimes phases, changes and notes. */
const plausibleRows = fc.array(
  fc.record(
    {
      x: dateText,
      y: fc.oneof({ weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(null, '', 'n/a', '12.5%', '1,234') }),
      phase: fc.constantFrom('Baseline', 'Baseline', 'PDSA', ''),
      change: fc.constantFrom('', '', '', 'Letters home'),
      description: fc.constantFrom('', 'Calls after the second absence'),
    },
    { requiredKeys: ['x', 'y'] },
  ),
  { minLength: 0, maxLength: 40 },
);

/** Anything: wrong types, missing fields, weird numbers, numbers or labels on x. */
const chaoticRows = fc.array(
  fc.record(
    {
      x: fc.oneof(dateText, fc.integer({ min: -5, max: 3000 }), fc.string({ maxLength: 5 }), weirdValue),
      y: fc.oneof(weirdNumber, weirdText, weirdValue),
      phase: weirdValue,
      change: weirdValue,
      note: weirdValue,
      extra: weirdValue,
    },
    { requiredKeys: [] },
  ),
  { minLength: 0, maxLength: 12 },
);

const rows = fc.oneof(plausibleRows, chaoticRows);
const COLUMNS = ['x', 'y', 'phase', 'change', 'description', 'note'];
const noBigInt = (_k: string, v: unknown) => (typeof v === 'bigint' ? String(v) : v);

/** The same rows delivered every way an element can receive them, whole or broken. */
const input: fc.Arbitrary<Input> = fc.oneof(
  rows.map((value): Input => ({ kind: 'value', value })),
  rows.map((r): Input => ({ kind: 'text', text: JSON.stringify(r, noBigInt) })),
  fc.tuple(rows, fc.boolean()).map(([r, crlf]): Input => ({ kind: 'text', text: toCsv(COLUMNS, r, crlf ? '\r\n' : '\n') })),
  fc.tuple(rows, fc.nat(), fc.string({ maxLength: 4 })).map(([r, at, junk]): Input => ({ kind: 'text', text: breakJson(JSON.stringify(r, noBigInt), at, junk) })),
  fc.tuple(rows, fc.nat(), fc.string({ maxLength: 4 })).map(([r, at, junk]): Input => ({ kind: 'text', text: breakCsv(toCsv(COLUMNS, r), at, junk) })),
  fc.string({ maxLength: 60 }).map((text): Input => ({ kind: 'text', text })),
  weirdValue.map((value): Input => ({ kind: 'value', value })),
  fc.constantFrom<Input>({ kind: 'value', value: { data: 'nope' } }, { kind: 'value', value: { rows: [] } }, { kind: 'value', value: [[1, 2]] }, { kind: 'value', value: [null] }),
);

/** A model accounts for every input row: one point per row (each row once), missing values counted, a table row per point. */
function checkModel(model: RunChartModel, loadedRows: number, firstRow: number, tables: number[]): void {
  assert.equal(model.points.length, loadedRows, 'a point per input row');
  const seen = new Set(model.points.map((p) => p.row));
  for (let r = firstRow; r < firstRow + loadedRows; r++) assert.ok(seen.has(r), `row ${r} is in the model`);
  assert.equal(model.points.filter((p) => p.y === null).length, model.missing, 'missing values are counted');
  for (const n of tables) assert.equal(n, loadedRows, 'a table row per point');
  for (const p of model.points) assert.ok(p.y === null || Number.isFinite(p.y), 'only finite values are plotted');
}

describe('run chart: generated inputs end in a model that accounts for every row, or in one clear error', () => {
  const counter = newCounter();

  it('rows of every kind, delivered as values, JSON, CSV, broken JSON and CSV, or junk (8 000 inputs)', async () => {
    await check(fc.tuple(input, options), 8000, async ([inp, opts]) => {
      const out = await pipeline(RUN, inp, opts);
      if (!out.ok) checkError(out.error, out.loaded);
      else checkModel(out.model, rowCount(out.loaded)!, out.loaded.firstRow, out.views.map((v) => v.table.rows.length));
      return ending(out);
    }, counter);
  });

  it('plausible data with every option combination (2 000 inputs)', async () => {
    await check(fc.tuple(plausibleRows, options), 2000, async ([r, opts]) => {
      const out = await pipeline(RUN, { kind: 'value', value: r.map((row) => ({ ...row, month: row.x, rate: row.y })) }, opts);
      if (!out.ok) {
        checkError(out.error, out.loaded);
        return ending(out);
      }
      checkModel(out.model, r.length, 1, out.views.map((v) => v.table.rows.length));
      if (out.model.sorted) {
        const keys = out.model.points.map((p) => (p.x instanceof Date ? p.x.getTime() : Number(p.x)));
        assert.ok(keys.every((k, i) => i === 0 || k >= keys[i - 1]!), 'sorted points are in order');
      }
      return ending(out);
    }, counter);
  });

  it('ran at least 10 000 inputs, a good share of them to a model', checkCoverage(counter, 2000));

  it('100 000 rows of CSV: every row a point, in time', async (t) => {
    const lines = ['month,rate'];
    for (let i = 0; i < 100_000; i++) {
      const d = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${d},${i % 97 === 0 ? '' : (20 + Math.sin(i / 50) * 5).toFixed(2)}`);
    }
    const start = performance.now();
    const loaded = await loadText(lines.join('\n'));
    const model = runChartWidget.analyse(loaded, normalizeRunChartOptions({ x: 'month', y: 'rate', direction: 'down' }));
    const views = drawViews(runChartWidget, model, { lang: 'en' });
    const ms = Math.round(performance.now() - start);
    t.diagnostic(`100 000 run-chart rows: load, analyse and every view in ${ms} ms`);
    checkModel(model, 100_000, 2, [views.table.rows.length]);
    assert.equal(model.missing, Math.ceil(100_000 / 97));
    assert.ok(ms < 20_000, `${ms} ms`);
  });
});
