// Property-based tests of the theory of action: ≥ 10 000 generated inputs (JSON documents, bare
// lists of links and flat CSV rows; malformed JSON and CSV, wrong types, missing fields, unknown
// stages and statuses, duplicate ids and measures, links leading backwards, NaN, ±Infinity, huge
// and tiny numbers, duplicate and unsorted dates, empty strings, one row, bad options) through
// load → options → analyse → every view. Each ends in a model that holds every link, measure and
// value it was given, or in an OutcomeError naming the field (a JSON path or a CSV column) and,
// for CSV, the row.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  drawViews,
  loadText,
  normalizeTheoryOfActionOptions,
  theoryOfActionWidget,
  type TheoryOfActionModel,
  type TheoryOfActionOptions,
} from '../../../packages/core/src/index.js';
import { breakCsv, breakJson, check, checkError, dateText, ending, newCounter, pipeline, toCsv, weirdNumber, weirdText, weirdValue, type Driven, type Input, type Outcome, checkCoverage } from './harness.js';

const TOA: Driven<TheoryOfActionOptions, TheoryOfActionModel> = { def: theoryOfActionWidget, normalize: (o) => normalizeTheoryOfActionOptions(o as never) };

const STAGES = ['analysis', 'plans', 'services', 'district-practice', 'school-practice', 'student-outcomes', 'District practice', 'outcomes'];
const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

const options = fc.oneof(
  { weight: 12, arbitrary: fc.record({ rules: fc.constantFrom('ihi', 'anhoej', ''), minPoints: fc.constantFrom('10', '1', '', '3') }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.record({ rules: fc.constantFrom('x', 'ihi'), minPoints: fc.constantFrom('0', '-1', 'abc') }, { requiredKeys: [] }) },
);

const y = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(null, '', '85%', '1,234', 'n/a') },
  { weight: 1, arbitrary: fc.oneof(weirdNumber, weirdText) },
);
const x = fc.oneof({ weight: 6, arbitrary: dateText }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 1, arbitrary: fc.oneof(weirdText, weirdValue) });

const measure = fc.record(
  {
    name: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('Visits', 'Attendance', 'Plans approved', 'Coaching hours') }, { weight: 1, arbitrary: weirdValue }),
    unit: fc.constantFrom('%', 'visits', 'percent', '', null),
    direction: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('up', 'down', 'higher', '', null) }, { weight: 1, arbitrary: weirdValue }),
    goal: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(null, 15, '85%', '') }, { weight: 1, arbitrary: weirdValue }),
    values: fc.oneof({ weight: 10, arbitrary: fc.array(fc.oneof({ weight: 10, arbitrary: fc.record({ x, y }, { requiredKeys: [] }) }, { weight: 1, arbitrary: weirdValue }), { maxLength: 14 }) }, { weight: 1, arbitrary: weirdValue }),
  },
  { requiredKeys: ['name'] },
);

const link = fc.record(
  {
    id: fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...IDS) }, { weight: 1, arbitrary: weirdValue }),
    stage: fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...STAGES) }, { weight: 1, arbitrary: weirdValue }),
    label: fc.oneof(fc.constantFrom('Coaching', 'Plans', ''), weirdText),
    description: fc.oneof(fc.constant(null), weirdText),
    status: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('on-track', 'off-track', 'achieved', 'not-started', 'in-progress', '', null) }, { weight: 1, arbitrary: weirdValue }),
    owner: fc.oneof(fc.constant(null), weirdText),
    evidence: fc.oneof(fc.constant(null), weirdText),
    leadsTo: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.subarray(IDS) }, { weight: 1, arbitrary: weirdValue }),
    measures: fc.oneof({ weight: 10, arbitrary: fc.array(measure, { maxLength: 3 }) }, { weight: 1, arbitrary: weirdValue }),
  },
  { requiredKeys: ['id', 'stage'] },
);

/** Documents whose links have unique ids (most reach a model), and any documents at all. */
const document = fc.oneof(
  fc.record({ title: fc.oneof(fc.constant(null), weirdText), description: fc.oneof(fc.constant(null), weirdText), links: fc.uniqueArray(link, { maxLength: 6, selector: (l) => String(l.id) }) }, { requiredKeys: ['links'] }),
  fc.record({ title: weirdValue, links: fc.oneof(fc.array(link, { maxLength: 4 }), weirdValue) }, { requiredKeys: [] }),
);

/** Flat rows, one per measure value, link and measure columns repeated (sometimes in conflict). */
const flatRows = fc
  .tuple(
    fc.array(
      fc.record(
        {
          stage: fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...STAGES.slice(0, 6)) }, { weight: 1, arbitrary: weirdText }),
          link: fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...IDS.slice(0, 4)) }, { weight: 1, arbitrary: fc.constantFrom('', ' ') }),
          status: fc.constantFrom('', '', '', '', '', 'on-track', 'nope'),
          measure: fc.constantFrom('', 'Visits', 'Attendance'),
          unit: fc.constantFrom('', '', '', '%'),
          x,
          y,
        },
        { requiredKeys: ['link'] },
      ),
      { maxLength: 30 },
    ),
    fc.boolean(),
  )
  // Mostly each link keeps one stage (its order in IDS), as a real file does; sometimes rows disagree.
  .map(([rows, consistent]) => (consistent ? rows.map((r) => ({ ...r, stage: IDS.includes(String(r.link)) ? STAGES[IDS.indexOf(String(r.link))]! : r.stage })) : rows));
const FLAT_COLUMNS = ['stage', 'link', 'status', 'measure', 'unit', 'x', 'y'];
const noBigInt = (_k: string, v: unknown) => (typeof v === 'bigint' ? String(v) : v);

const input: fc.Arbitrary<Input> = fc.oneof(
  { weight: 3, arbitrary: document.map((value): Input => ({ kind: 'value', value })) },
  { weight: 3, arbitrary: document.map((d): Input => ({ kind: 'text', text: JSON.stringify(d, noBigInt) })) },
  { weight: 1, arbitrary: fc.array(link, { maxLength: 4 }).map((value): Input => ({ kind: 'value', value })) },
  { weight: 3, arbitrary: flatRows.map((r): Input => ({ kind: 'text', text: toCsv(FLAT_COLUMNS, r) })) },
  { weight: 1, arbitrary: flatRows.map((value): Input => ({ kind: 'value', value })) },
  { weight: 1, arbitrary: fc.tuple(document, fc.nat(), fc.string({ maxLength: 4 })).map(([d, at, junk]): Input => ({ kind: 'text', text: breakJson(JSON.stringify(d, noBigInt) ?? '{}', at, junk) })) },
  { weight: 1, arbitrary: fc.tuple(flatRows, fc.nat(), fc.string({ maxLength: 4 })).map(([r, at, junk]): Input => ({ kind: 'text', text: breakCsv(toCsv(FLAT_COLUMNS, r), at, junk) })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((text): Input => ({ kind: 'text', text })) },
  { weight: 1, arbitrary: weirdValue.map((value): Input => ({ kind: 'value', value })) },
);

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && /^\s*(|-|–|—|n\/?a|null|na)\s*$/i.test(v)) || (typeof v === 'number' && Number.isNaN(v));
const idOf = (v: unknown) => String(v).trim();

/** A document's model holds every link it was given, each with every measure and every value. */
function checkDocument(model: TheoryOfActionModel, raw: unknown): void {
  const links = (Array.isArray(raw) ? raw : (raw as { links: unknown[] }).links ?? []) as Array<Record<string, unknown>>;
  assert.equal(model.links.length, links.length, 'every link is in the model');
  for (const l of links) {
    const found = model.links.find((m) => m.id === idOf(l.id));
    assert.ok(found, `link ${idOf(l.id)} is in the model`);
    const measures = (Array.isArray(l.measures) ? l.measures : []) as Array<Record<string, unknown>>;
    assert.equal(found.measures.length, measures.length, `every measure of link ${found.id}`);
    measures.forEach((m, j) => {
      const values = Array.isArray(m.values) ? m.values : [];
      assert.equal(found.measures[j]!.values.length, values.length, `every value of measure ${found.measures[j]!.name}`);
      assert.equal(found.measures[j]!.run.points.length, values.length, 'every value is a run-chart point');
    });
  }
}

/** Flat rows: every row with a value (x or y) is a value of its measure; every link named is a link. */
function checkFlat(model: TheoryOfActionModel, rows: ReadonlyArray<Record<string, unknown>>): void {
  const valued = rows.filter((r) => !blank(r.link) && !blank(r.measure) && (!blank(r.x) || !blank(r.y))).length;
  const values = model.links.reduce((n, l) => n + l.measures.reduce((k, m) => k + m.values.length, 0), 0);
  assert.equal(values, valued, 'every value row is a value');
  const ids = new Set(rows.filter((r) => !blank(r.link)).map((r) => idOf(r.link)));
  assert.equal(model.links.length, ids.size, 'every link named is a link');
}

function checkOutcome(out: Outcome<TheoryOfActionModel> & { ok: true }): void {
  const value = out.loaded.value;
  const flat = out.loaded.format === 'csv' || (Array.isArray(value) && value.length > 0 && value.every((r) => r && typeof r === 'object' && !('measures' in r)) && value.some((r) => 'link' in (r as object) || 'measure' in (r as object)));
  if (flat) checkFlat(out.model, value as Array<Record<string, unknown>>);
  else checkDocument(out.model, value);
  for (const v of out.views) assert.ok(v.table.rows.length >= out.model.links.length, 'the table has a row for every link at least');
}

describe('theory of action: generated inputs end in a model holding everything it was given, or in one clear error', () => {
  const counter = newCounter();

  it('documents, lists of links and flat rows, as values, JSON, CSV, broken JSON and CSV, or junk (10 000 inputs)', async () => {
    await check(fc.tuple(input, options), 10_000, async ([inp, opts]) => {
      const out = await pipeline(TOA, inp, opts);
      // A CSV without a link column gets `required` for the column as a whole (no row).
      if (!out.ok) checkError(out.error, out.loaded, { rowsOptional: out.loaded?.format !== 'csv', noRow: (p) => p.code === 'required' && p.field === 'link' && !/\d/.test(p.message.en) });
      else checkOutcome(out);
      return ending(out);
    }, counter);
  });

  // Flat theory-of-action rows with a value but no measure are errors, so fewer of those reach a model.
  it('ran at least 10 000 inputs, a good share of them to a model', checkCoverage(counter, 1500));

  it('a flat row with a value but no measure is reported, not dropped', async () => {
    const csv = 'stage,link,measure,x,y\nservices,a,Visits,2024-01,5\nservices,a,,2024-02,7\n';
    const out = await pipeline(TOA, { kind: 'text', text: csv }, {});
    if (out.ok) {
      const values = out.model.links.reduce((n, l) => n + l.measures.reduce((k, m) => k + m.values.length, 0), 0);
      assert.equal(values, 2, 'row 3’s value (7 in 2024-02) is in the model');
    } else {
      assert.equal(out.error.first.row, 3);
      assert.equal(out.error.first.field, 'measure');
    }
  });

  it('100 000 rows of flat CSV: four links, eight measures, every value kept', async (t) => {
    const lines = ['stage,link,measure,unit,direction,x,y'];
    const stages = ['services', 'district-practice', 'school-practice', 'student-outcomes'];
    for (let i = 0; i < 100_000; i++) {
      const k = i % 8;
      const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(i / 8) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${stages[k >> 1]},link-${k >> 1},Measure ${k},%,up,${day},${i % 101 === 0 ? '' : (50 + Math.sin(i / 40) * 10).toFixed(1)}`);
    }
    const start = performance.now();
    const loaded = await loadText(lines.join('\n'));
    const model = theoryOfActionWidget.analyse(loaded, normalizeTheoryOfActionOptions({}));
    const views = drawViews(theoryOfActionWidget, model, { lang: 'en' });
    const ms = Math.round(performance.now() - start);
    t.diagnostic(`100 000 theory-of-action rows: load, analyse and every view in ${ms} ms`);
    assert.equal(model.links.length, 4);
    assert.equal(model.links.reduce((n, l) => n + l.measures.reduce((k, m) => k + m.values.length, 0), 0), 100_000);
    assert.ok(views.summary.length > 0);
    assert.ok(ms < 30_000, `${ms} ms`);
  });
});
