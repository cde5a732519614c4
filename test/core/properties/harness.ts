/**
 * The property tests' pipeline and shared arbitraries: load (text or value) → options → analyse →
 * every view, exactly as the elements run it. Each input must end in a model or in an
 * `OutcomeError` whose problems say what and where; any other exception fails the property with
 * the input that caused it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  drawViews,
  isOutcomeError,
  loadText,
  loadValue,
  rowsOf,
  type Loaded,
  type OutcomeError,
  type Problem,
  type Views,
  type WidgetDefinition,
} from '../../../packages/core/src/index.js';

/** What a property feeds the pipeline: text as a file or an inline script gives it, or a value as the `data` property does. */
export type Input = { kind: 'text'; text: string; format?: 'json' | 'csv' } | { kind: 'value'; value: unknown };

export type Outcome<M> =
  | { ok: true; loaded: Loaded; model: M; views: Views[] }
  | { ok: false; stage: 'load' | 'options' | 'analyse'; error: OutcomeError; loaded: Loaded | null };

/** A widget as the harness drives it. */
export interface Driven<O, M> {
  def: WidgetDefinition<O, M>;
  normalize(input: unknown): O;
}

/** Runs one input through the pipeline; throws (failing the property) on anything but an `OutcomeError`. */
export async function pipeline<O, M>(w: Driven<O, M>, input: Input, optionInput: unknown): Promise<Outcome<M>> {
  const guard = async <T>(stage: 'load' | 'options' | 'analyse' | 'views', loaded: Loaded | null, f: () => T | Promise<T>): Promise<T | Outcome<M>> => {
    try {
      return await f();
    } catch (error) {
      if (stage !== 'views' && isOutcomeError(error)) return { ok: false, stage, error, loaded };
      const what = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);
      throw new Error(`${stage} threw something other than an OutcomeError: ${what}`);
    }
  };
  const isOutcome = (v: unknown): v is Outcome<M> => !!v && typeof v === 'object' && 'ok' in v && 'stage' in v;
  const loaded = await guard('load', null, () => (input.kind === 'text' ? loadText(input.text, input.format) : loadValue(input.value)));
  if (isOutcome(loaded)) return loaded;
  const options = await guard('options', loaded, () => w.normalize(optionInput));
  if (isOutcome(options)) return options;
  const model = await guard('analyse', loaded, () => w.def.analyse(loaded, options));
  if (isOutcome(model)) return model;
  const views = (await guard('views', loaded, () => [
    drawViews(w.def, model, { lang: 'en' }),
    drawViews(w.def, model, { lang: 'es', title: 'Título' }),
  ])) as Views[];
  // Every view is plain data a page can show: the spec serialises, the table's cells are text.
  for (const v of views) {
    JSON.stringify(v.spec);
    assert.equal(typeof v.summary, 'string');
    for (const row of v.table.rows) for (const c of v.table.columns) assert.equal(typeof (row[c.key] ?? ''), 'string', `table cell ${c.key}`);
  }
  return { ok: true, loaded, model, views };
}

/** Codes of problems about one value in one row: they must name the field and the row. */
export const ROW_CODES = new Set(['required', 'not-number', 'not-finite', 'not-percent', 'not-date', 'not-text', 'not-allowed', 'not-count']);
/** Codes about a whole column or an option: they must name it. */
export const FIELD_CODES = new Set(['missing-field', 'bad-option']);

/** The rows loaded data holds, or null when it is not rows. */
export function rowCount(loaded: Loaded | null): number | null {
  if (!loaded) return null;
  try {
    return rowsOf(loaded).length;
  } catch {
    return null;
  }
}

export interface CheckOptions {
  /** Problems may name a field without a row (a JSON document: the field is a path such as `links[2].stage`). */
  rowsOptional?: boolean;
  /** This problem is about a whole column, so it has no row. */
  noRow?: (p: Problem) => boolean;
}

/**
 * Checks an error is one clear message: at least one problem, each with a code and a message in
 * English and Spanish; problems about a value name its field and its row (within the data, and
 * in the message); problems about a column or an option name it.
 */
export function checkError(error: OutcomeError, loaded: Loaded | null, opts: CheckOptions = {}): void {
  assert.ok(error.problems.length >= 1, 'an error with no problem');
  assert.ok(error.total >= error.problems.length);
  const n = rowCount(loaded);
  for (const p of error.problems) checkProblem(p, loaded, n, opts);
}

function checkProblem(p: Problem, loaded: Loaded | null, n: number | null, opts: CheckOptions): void {
  const where = JSON.stringify({ ...p, value: undefined });
  assert.ok(typeof p.code === 'string' && p.code !== '', `no code: ${where}`);
  for (const lang of ['en', 'es'] as const) {
    const text = p.message[lang];
    assert.ok(typeof text === 'string' && text.trim() !== '', `no ${lang} message: ${where}`);
    // Outside the user's own quoted value, no programming word leaks into the message.
    assert.doesNotMatch(text.replace(/“[^”]*(”|…)/g, ''), /\bundefined\b|\[object Object\]|\bNaN\b/, `a message with a programming word: ${text}`);
  }
  if (ROW_CODES.has(p.code)) {
    assert.ok(typeof p.field === 'string', `a ${p.code} problem without its field: ${where}`);
    if (p.row === undefined && (opts.rowsOptional || opts.noRow?.(p))) return;
    assert.ok(Number.isInteger(p.row), `a ${p.code} problem without its row: ${where}`);
    if (loaded && n !== null) {
      assert.ok(p.row! >= loaded.firstRow && p.row! < loaded.firstRow + n, `row ${p.row} outside the data (${n} rows from ${loaded.firstRow}): ${where}`);
    }
    assert.match(p.message.en, new RegExp(`\\b${p.row}\\b`), `the message does not name row ${p.row}: ${p.message.en}`);
  }
  if (FIELD_CODES.has(p.code)) assert.ok(typeof p.field === 'string' && p.field !== '', `a ${p.code} problem without its field: ${where}`);
}

// ——— Arbitraries shared by the widgets ———

/** Numbers people's data really holds, and the ones that break code: NaN, ±Infinity, −0, huge, tiny. */
export const weirdNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, -5e-324, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 1e-12, 1e21),
);

/** Text people type for numbers, dates and blanks, and text that is nothing of the kind. */
export const weirdText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '', ' ', '-', 'n/a', 'NA', 'null', '*', 'NaN', 'Infinity', '-Infinity', 'inf', '1e999', '-1e999', '1e-999', '85%', '85 %', '1,234', '1,234.5', '−3.5', '+4',
    '12.', '.5', '0x1F', '1_000', '2024-01', '2024-02-30', '2024-13-01', '2023-24', '2023–2024', '3/15/2024', '2024', '1899', '0000-00-00',
    '2024-03-15T10:00:00Z', 'yesterday', '<img src=x onerror=alert(1)>', '=1+1', '"quoted"', 'a,b', 'line\nbreak', '\u202E', '\uFEFF', '\u0000',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  weirdNumber.map(String),
);

/** Any value a developer's `data` could hold in a cell: every JSON type, Dates (valid or not), bigints, symbols, functions. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: weirdText },
  { weight: 3, arbitrary: weirdNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.oneof(fc.array(fc.integer(), { maxLength: 2 }), fc.object({ maxDepth: 1, maxKeys: 2 }), fc.bigInt(), fc.constant(Symbol('s')), fc.constant(() => 1)) },
);

/** Dates as people write them, including repeats (the arbitrary picks from a small pool) and any order. */
export const dateText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map((k) => `${2020 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`),
  fc.integer({ min: 0, max: 40 }).map((k) => `${2020 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-15`),
  fc.integer({ min: 2015, max: 2030 }).map((y) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`),
);

/** One CSV cell, quoted when it must be (RFC 4180). */
export function csvCell(v: unknown): string {
  let text: string;
  try {
    text = v === undefined || v === null ? '' : typeof v === 'symbol' ? v.toString() : String(v);
  } catch {
    text = '[object]'; // a null-prototype object has no text of its own
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text under a header (columns as given, even missing or extra). */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>, eol = '\n'): string {
  return [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join(eol) + eol;
}

/** JSON text that is wrong: cut short, with junk inside, or not JSON at all though it starts like it. */
export function breakJson(text: string, at: number, junk: string): string {
  const cut = Math.max(1, Math.min(text.length - 1, at));
  return [`${text.slice(0, cut)}`, `${text.slice(0, cut)}${junk}${text.slice(cut)}`, `[${junk}`, `{"data": ${text.slice(0, cut)}`][at % 4]!;
}

/** CSV text that is wrong: an unclosed quote, ragged rows, a lone header, only blank lines. */
export function breakCsv(text: string, at: number, junk: string): string {
  const lines = text.split('\n');
  const k = at % Math.max(1, lines.length);
  const options = [
    `${text.slice(0, at % Math.max(1, text.length))}"${junk}`,
    lines.map((l, i) => (i === k ? `${l},${junk},,` : l)).join('\n'),
    `${lines[0]}\n`,
    '\n\n\n',
    lines.map((l, i) => (i === k ? junk : l)).join('\r\n'),
  ];
  return options[at % options.length]!;
}

/** How many inputs ran, and how each ended (`model`, or the error's stage and first code). */
export interface Counter {
  runs: number;
  outcomes: Record<string, number>;
}

export const newCounter = (): Counter => ({ runs: 0, outcomes: {} });

/** How an outcome ended, for the counter. */
export function ending(out: Outcome<unknown>): string {
  return out.ok ? 'model' : `${out.stage}: ${out.error.first.code}`;
}

/** Runs a property so failures reproduce, and reports how many inputs ran. */
/**
 * A fixed seed keeps `npm test` reproducible (the same inputs every run); set FC_SEED to explore
 * other inputs, e.g. `FC_SEED=$RANDOM npm run test:node`. A failure report prints its seed and path.
 */
const SEED = Number(process.env.FC_SEED ?? 20261124);

export async function check<T>(arb: fc.Arbitrary<T>, numRuns: number, predicate: (t: T) => Promise<string>, counter: Counter): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arb, async (t) => {
      counter.runs++;
      const outcome = await predicate(t);
      counter.outcomes[outcome] = (counter.outcomes[outcome] ?? 0) + 1;
    }),
    { numRuns, includeErrorInReport: true, seed: SEED },
  );
}

/** The closing check of a property suite: enough inputs ran, and enough of them reached a model. */
export function checkCoverage(counter: Counter, minModels: number) {
  return (t: { diagnostic(message: string): void }) => {
    t.diagnostic(`${counter.runs} inputs: ${JSON.stringify(counter.outcomes)}`);
    assert.ok(counter.runs >= 10_000, `${counter.runs} inputs`);
    assert.ok((counter.outcomes.model ?? 0) >= minModels, `at least ${minModels} inputs reach a model`);
  };
}
