import { OutcomeError } from '../errors.js';
import type { Problem } from '../errors.js';
import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { rowsOf } from '../load/load.js';
import type { Loaded } from '../load/types.js';
import type { WidgetDefinition } from '../pipeline/widget.js';
import { validatedRows } from '../pipeline/validate-rows.js';
import { detectXType } from '../run-chart/widget.js';
import type { Schema, TypedValue } from '../validate/schema.js';
import { problem } from '../errors.js';
import { analyzeControlChart } from './analyse.js';
import { analyzeControlFacets } from './facets.js';
import { CONTROL_MESSAGES } from './messages.js';
import { NEEDS_N, normalizeControlChartOptions } from './options.js';
import { buildControlChartSpec, buildFacetsSpec } from './spec.js';
import { controlChartSummary, facetSummary, facetVerdictText } from './summary.js';
import { controlChartTable, facetPointsTable } from './table.js';
import type { ControlChartInput, ControlChartModel, ControlChartOptions, ControlFacetModel } from './types.js';

/** What the widget analyses to: one chart, or small multiples. */
export type ControlWidgetModel = ControlChartModel | ControlFacetModel;

export function isFacetModel(model: ControlWidgetModel): model is ControlFacetModel {
  return (model as ControlFacetModel).kind === 'facets';
}

const NOTES = ['description', 'note'];
const text = (v: TypedValue | undefined) => (typeof v === 'string' && v !== '' ? v : null);

function rowProblem(code: 'count-above-n' | 'negative-count', field: string, row: number, y: number, n?: number): Problem {
  const e = CONTROL_MESSAGES.en.errors, s = CONTROL_MESSAGES.es.errors;
  const message = code === 'count-above-n'
    ? { en: e[code](field, row, formatNumber(y, 'en', 2), formatNumber(n!, 'en', 2)), es: s[code](field, row, formatNumber(y, 'es', 2), formatNumber(n!, 'es', 2)) }
    : { en: e[code](field, row, formatNumber(y, 'en', 2)), es: s[code](field, row, formatNumber(y, 'es', 2)) };
  return { code, field, row, value: y, message };
}

/** Validates the rows (types, then counts against n), and analyses one chart or one per facet. */
function analyse(loaded: Loaded, input: ControlChartOptions): ControlWidgetModel {
  const o = normalizeControlChartOptions(input);
  const raw = rowsOf(loaded);
  const missing = (f: string) => raw.length > 0 && !raw.some((r) => f in r);
  if (missing(o.y)) throw new OutcomeError(problem('missing-field', (m) => m.missingField(o.y), { field: o.y }));
  if (NEEDS_N.has(o.chart) && (o.n === null || missing(o.n))) {
    const f = o.n ?? 'n';
    throw new OutcomeError({ code: 'needs-n', field: f, message: { en: CONTROL_MESSAGES.en.errors['needs-n'](f), es: CONTROL_MESSAGES.es.errors['needs-n'](f) } });
  }
  if (o.facet && missing(o.facet)) throw new OutcomeError(problem('missing-field', (m) => m.missingField(o.facet!), { field: o.facet }));
  const xType = detectXType(raw, o.x);
  const schema: Schema = { [o.x]: { type: xType === 'string' ? 'string' : xType, required: true }, [o.y]: { type: o.yFormat === 'percent' ? 'percent' : 'number' } };
  if (o.n) schema[o.n] = { type: 'number' };
  if (o.facet) schema[o.facet] = { type: 'string', required: true };
  const has = (name: string) => !(name in schema) && raw.some((r) => name in r);
  if (has('change')) schema.change = { type: 'string' };
  const note = NOTES.find(has);
  if (note) schema[note] = { type: 'string' };
  const rows = validatedRows(loaded, schema);
  const problems: Problem[] = [];
  const counts = NEEDS_N.has(o.chart) || o.chart === 'c';
  for (const r of rows) {
    const y = r[o.y] as number | null, n = o.n ? (r[o.n] as number | null) : null;
    if (typeof y !== 'number') continue;
    if (counts && y < 0) problems.push(rowProblem('negative-count', o.y, r.__row, y));
    else if ((o.chart === 'p' || o.chart === 'pp') && typeof n === 'number' && y > n) problems.push(rowProblem('count-above-n', o.y, r.__row, y, n));
  }
  if (problems.length) throw new OutcomeError(problems.slice(0, 20), problems.length);
  const points: (ControlChartInput & { facet: string })[] = rows.map((r) => ({
    x: r[o.x] as Date | number | string, y: r[o.y] as number | null, n: o.n ? (r[o.n] as number | null) : null, row: r.__row,
    change: text(r.change), description: note ? text(r[note]) : null, facet: o.facet ? String(r[o.facet]) : '',
  }));
  const fromData = points.filter((p) => p.change).map((p) => ({ x: p.x, label: p.change!, ...(p.description ? { description: p.description } : {}) }));
  const seen = new Set(o.changes.map((c) => `${String(c.x)}|${c.label}`));
  const changes = [...o.changes, ...fromData.filter((c) => !seen.has(`${String(c.x)}|${c.label}`) && seen.add(`${String(c.x)}|${c.label}`))];
  const options = { ...o, changes };
  if (!o.facet) return analyzeControlChart(points, options);
  const groups = new Map<string, ControlChartInput[]>();
  for (const p of points) {
    const g = groups.get(p.facet);
    if (g) g.push(p);
    else groups.set(p.facet, [p]);
  }
  return analyzeControlFacets(groups, options);
}

/** Every facet in one Vega-Lite spec (a `concat`), each titled with its verdict: for the static SVG and the element's exports. */
export function facetsSpec(model: ControlFacetModel, lang: Lang, description: string) {
  return buildFacetsSpec(model, lang, description, model.facets.map((f) => `${f.key}: ${facetVerdictText(f.model, f.tooFew, lang)}`));
}

/**
 * The control chart in core: validate → analyse → model, every view drawn from it. Data
 * columns: x (dates, school years, months, numbers or labels), y (the measure: a count for p, u
 * and c charts), optionally n (denominators), a facet field (one small chart per value), and
 * `change` / `description` for PDSA changes.
 */
export const controlChartWidget: WidgetDefinition<ControlChartOptions, ControlWidgetModel> = {
  options: (input) => normalizeControlChartOptions(input as never),
  analyse,
  isEmpty: (model) => (isFacetModel(model) ? model.facets.length === 0 : model.points.length === 0),
  title: (_model, ctx) => CONTROL_MESSAGES[ctx.lang].title,
  // Small multiples are many small charts, which the element draws one by one as they come into
  // view: there is no single chart spec. `facetsSpec` gives them as one (static SVG, exports).
  spec: (model, ctx) => (isFacetModel(model) ? null : buildControlChartSpec(model, ctx.lang, ctx.summary ?? '', ctx.width)),
  summary: (model, ctx) => (isFacetModel(model) ? facetSummary(model, ctx.lang) : controlChartSummary(model, ctx.lang)),
  table: (model, ctx) => (isFacetModel(model) ? facetPointsTable(model, ctx.lang, ctx.title) : controlChartTable(model, ctx.lang, ctx.title)),
};
