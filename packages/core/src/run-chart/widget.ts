import { OutcomeError, problem } from '../errors.js';
import { rowsOf } from '../load/load.js';
import type { Loaded, RawRow } from '../load/types.js';
import type { WidgetDefinition } from '../pipeline/widget.js';
import { validatedRows } from '../pipeline/validate-rows.js';
import { isBlank, toDate, toNumber } from '../validate/coerce.js';
import type { Schema, TypedValue } from '../validate/schema.js';
import { analyzeRunChart } from './analyse.js';
import { RUN_CHART_MESSAGES } from './messages.js';
import { normalizeRunChartOptions } from './options.js';
import { buildRunChartSpec } from './spec.js';
import { runChartSummary } from './summary.js';
import { runChartTable } from './table.js';
import type { RunChartInput, RunChartModel, RunChartOptions, RunChartOptionsInput, XType } from './types.js';

/** Optional columns the data may have besides x and y. */
const PHASE = 'phase';
const CHANGE = 'change';
const NOTES = ['description', 'note'];

function looksLikeDate(v: unknown): boolean {
  if (v instanceof Date) return true;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2100; // a year, not epoch milliseconds
  return toDate(v) != null;
}

/**
 * The x column's type, decided on all its non-blank values: dates when more than half read as
 * dates (the rest are then reported as bad dates, not silently turned into labels), else numbers
 * on the same test, else labels.
 */
export function detectXType(rows: readonly RawRow[], field: string): XType {
  let n = 0, dates = 0, numbers = 0;
  for (const row of rows) {
    const v = row[field];
    if (isBlank(v)) continue;
    n++;
    if (looksLikeDate(v)) dates++;
    if (toNumber(v) != null) numbers++;
  }
  if (n > 0 && dates * 2 > n) return 'date';
  if (n > 0 && numbers * 2 > n) return 'number';
  return 'string';
}

function text(v: TypedValue | undefined): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Validates the rows, sorts them by x when dates or numbers come out of order, and analyses them. */
function analyse(loaded: Loaded, input: RunChartOptions): RunChartModel {
  const options = normalizeRunChartOptions(input);
  const raw = rowsOf(loaded);
  if (raw.length > 0 && !raw.some((r) => options.y in r)) throw new OutcomeError(problem('missing-field', (m) => m.missingField(options.y), { field: options.y }));
  const xType = detectXType(raw, options.x);
  const schema: Schema = {
    [options.x]: { type: xType === 'string' ? 'string' : xType, required: true },
    [options.y]: { type: options.yFormat },
  };
  if (options.n) schema[options.n] = { type: 'number' };
  const has = (name: string) => name !== options.x && name !== options.y && raw.some((r) => name in r);
  if (has(PHASE)) schema[PHASE] = { type: 'string' };
  if (has(CHANGE)) schema[CHANGE] = { type: 'string' };
  const note = NOTES.find(has);
  if (note) schema[note] = { type: 'string' };
  const rows = validatedRows(loaded, schema);
  const points: RunChartInput[] = rows.map((r) => ({
    x: r[options.x] as Date | number | string,
    y: r[options.y] as number | null,
    phase: text(r[PHASE]),
    change: text(r[CHANGE]),
    description: note ? text(r[note]) : null,
    row: r.__row,
    ...(options.n ? { n: r[options.n] as number | null } : {}),
  }));
  const key = (p: RunChartInput) => (p.x instanceof Date ? p.x.getTime() : (p.x as number));
  let sorted = false;
  if (xType !== 'string' && points.some((p, i) => i > 0 && key(p) < key(points[i - 1]!))) {
    points.sort((a, b) => key(a) - key(b)); // stable: rows with the same x keep their order
    sorted = true;
  }
  return { ...analyzeRunChart(points, options), sorted };
}

/**
 * The run chart in core: validate → analyse → model, and every view drawn from the model. Data
 * columns: x (dates, numbers or labels; default field `x`), y (default `y`, a number or a
 * percentage per `yFormat`; blank = a gap), and optionally `phase` (a new phase where it
 * changes), `change` (a PDSA change beginning at that point) and `description` or `note`.
 */
export const runChartWidget: WidgetDefinition<RunChartOptions, RunChartModel> = {
  options: (input) => normalizeRunChartOptions(input as RunChartOptionsInput),
  analyse,
  isEmpty: (model) => model.points.length === model.missing,
  title: (_model, ctx) => RUN_CHART_MESSAGES[ctx.lang].title,
  spec: (model, ctx) => buildRunChartSpec(model, ctx.lang, ctx.summary, ctx.width),
  summary: (model, ctx) => runChartSummary(model, ctx.lang),
  table: (model, ctx) => runChartTable(model, ctx.lang, ctx.title),
};
