/**
 * The run chart's Vega-Lite layers, each a small function from the model to plain JSON.
 * Text comes from the model and the catalogue; data strings are data values, never markup.
 */
import type { Lang } from '../i18n/lang.js';
import { MARKS, TEXT } from '../theme/tokens.js';
import { RUN_CHART_MESSAGES } from './messages.js';
import { RULE_ORDER } from './rules.js';
import { changeText, formatValue, formatX, phaseName, signalNames, whenText } from './text.js';
import type { RuleName, RunChartModel, XValue } from './types.js';

export type Json = Record<string, unknown>;

/** What every layer needs: the model, the language and the x encoding shared by all layers. */
export interface LayerContext {
  model: RunChartModel;
  lang: Lang;
  x: Json;
  /** The y encoding of a field, with the shared axis title and format. */
  y: (field: string) => Json;
  /** The measure as plotted (percent units divided by 100 so the axis can format "85%"). */
  plot: (v: number) => number;
}

/** Shapes per rule: a signal is shown by shape and a thicker outline as well as colour. */
const SHAPES: Record<RuleName, string> = {
  shift: 'square', trend: 'triangle-up', 'too-few-runs': 'diamond', 'too-many-runs': 'cross',
  'longest-run': 'square', crossings: 'diamond', astronomical: 'triangle-down',
};

/** An x value as Vega-Lite data: ISO strings for dates. */
export function xDatum(x: XValue): string | number {
  return x instanceof Date ? x.toISOString() : x;
}

/** The measure: a line broken at missing values, then the points, shaped and outlined by signal. */
export function measureLayers(c: LayerContext): Json[] {
  const m = RUN_CHART_MESSAGES[c.lang];
  const present = RULE_ORDER.filter((r) => c.model.signals.some((s) => s.rule === r));
  const domain = [m.noSignal, ...present.map((r) => m.rule[r])];
  const legend = present.length ? { title: m.legendTitle } : null;
  const y = c.y('y');
  const cols = m.columns;
  const line = {
    mark: { type: 'line', color: MARKS.measure, strokeWidth: 2, invalid: 'break-paths-show-domains' },
    encoding: { x: c.x, y },
  };
  const points = {
    transform: [{ filter: { field: 'y', valid: true } }],
    mark: { type: 'point', filled: true, stroke: TEXT.primary, opacity: 1 },
    encoding: {
      x: c.x,
      y,
      shape: { field: 'signal', type: 'nominal', scale: { domain, range: ['circle', ...present.map((r) => SHAPES[r])] }, legend },
      color: { field: 'signal', type: 'nominal', scale: { domain, range: [MARKS.measure, ...present.map(() => MARKS.signal)] }, legend },
      strokeWidth: { field: 'outline', type: 'quantitative', scale: null, legend: null },
      size: { field: 'size', type: 'quantitative', scale: null, legend: null },
      tooltip: [
        { field: 'xText', title: c.model.xType === 'date' ? cols.date : cols.x },
        { field: 'value', title: cols.value },
        ...(c.model.phases.length > 1 ? [{ field: 'phase', title: cols.phase }] : []),
        { field: 'median', title: cols.centre },
        { field: 'side', title: cols.side },
        { field: 'signals', title: cols.signals },
        ...(c.model.changes.length ? [{ field: 'change', title: cols.change }] : []),
      ],
    },
  };
  return [line, points];
}

/** The rows behind the measure layers: plain numbers and strings only. */
export function pointRows(c: LayerContext): Json[] {
  const { model, lang } = c;
  const m = RUN_CHART_MESSAGES[lang];
  return model.points.map((p) => {
    const names = signalNames(model, p.signals, lang);
    return {
      x: xDatum(p.x), y: p.y === null ? null : c.plot(p.y), xText: formatX(model, p.x, lang), value: formatValue(model, p.y, lang),
      phase: phaseName(model, p.phase, lang), median: p.centre === null ? '' : formatValue(model, p.centre, lang),
      side: p.side === null ? '' : m.side[p.side], signal: names[0] ?? m.noSignal, signals: names.join(', '),
      change: changeText(model, p.changes, lang), outline: names.length ? 2.5 : 1, size: names.length ? 90 : 40,
    };
  });
}

/** Each phase's median as a labelled line: solid over its baseline, dashed where extended beyond it. */
export function medianLayers(c: LayerContext): Json[] {
  const { model, lang } = c;
  const m = RUN_CHART_MESSAGES[lang];
  const solid: Json[] = [];
  const dashed: Json[] = [];
  const labels: Json[] = [];
  for (const ph of model.phases) {
    if (ph.median === null) continue;
    const at = (i: number) => xDatum(model.points[i]!.x);
    const centre = c.plot(ph.median);
    const label = m.medianLabel(formatValue(model, ph.median, lang));
    const split = ph.baseline && ph.baseline.to < ph.to ? ph.baseline.to : ph.to;
    solid.push({ x: at(ph.from), x2: at(split), centre, label });
    if (split < ph.to) dashed.push({ x: at(split), x2: at(ph.to), centre, label });
    labels.push({ x: at(ph.to), centre, label });
  }
  const rule = (values: Json[], dash: number[] | undefined) => ({
    data: { values },
    mark: { type: 'rule', color: MARKS.centre, strokeWidth: 1.5, ...(dash ? { strokeDash: dash } : {}) },
    encoding: { x: c.x, x2: { field: 'x2' }, y: c.y('centre'), tooltip: [{ field: 'label', title: RUN_CHART_MESSAGES[lang].columns.centre }] },
  });
  const text = {
    data: { values: labels },
    mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, color: TEXT.muted, fontSize: 11 },
    encoding: { x: c.x, y: c.y('centre'), text: { field: 'label' } },
  };
  return [rule(solid, undefined), ...(dashed.length ? [rule(dashed, [6, 4])] : []), text];
}

/** A vertical rule where each phase after the first begins, and every phase's name at the top. */
export function phaseLayers(c: LayerContext): Json[] {
  const { model, lang } = c;
  if (model.phases.length < 2) return [];
  const values = model.phases.map((ph) => ({ x: xDatum(model.points[ph.from]!.x), label: phaseName(model, ph.index, lang), first: ph.index === 0 }));
  return [
    {
      data: { values: values.slice(1) },
      mark: { type: 'rule', color: TEXT.muted, strokeWidth: 1, strokeDash: [4, 4] },
      encoding: { x: c.x },
    },
    {
      data: { values },
      mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 3, dy: -2, color: TEXT.primary, fontSize: 11, fontWeight: 'bold' },
      encoding: { x: c.x, y: { value: 0 }, text: { field: 'label' } },
    },
  ];
}

/** Each change: a dotted rule, a marker and a visible label where it began; the description in a tooltip. */
export function changeLayers(c: LayerContext): Json[] {
  const { model, lang } = c;
  if (model.changes.length === 0) return [];
  const cols = RUN_CHART_MESSAGES[lang].columns;
  const values = model.changes.map((ch, k) => ({
    x: xDatum(ch.x), label: ch.label, text: changeText(model, [k], lang), when: whenText(model, ch.x, lang), labelY: 12 + 13 * (k % 3),
    // Labels of changes in the right part of the chart read leftwards from their marker, so none runs off the edge.
    right: xFraction(model, ch.index) > 0.55,
  }));
  const tooltip = [{ field: 'text', title: cols.change }, { field: 'when', title: model.xType === 'date' ? cols.date : cols.x }];
  const y = { field: 'labelY', type: 'quantitative', scale: null };
  return [
    { data: { values }, mark: { type: 'rule', color: TEXT.accent, strokeWidth: 1, strokeDash: [1, 3] }, encoding: { x: c.x, tooltip } },
    { data: { values }, mark: { type: 'point', shape: 'triangle-down', filled: true, color: TEXT.accent, size: 60 }, encoding: { x: c.x, y, tooltip } },
    ...[false, true]
      .map((right) => ({ right, rows: values.filter((v) => v.right === right) }))
      .filter((side) => side.rows.length > 0)
      .map((side) => ({
        data: { values: side.rows },
        mark: { type: 'text', align: side.right ? 'right' : 'left', baseline: 'middle', dx: side.right ? -7 : 7, color: TEXT.accent, fontSize: 11 },
        encoding: { x: c.x, y, text: { field: 'label' }, tooltip },
      })),
  ];
}

/** Where the point at `index` sits along the x axis, from 0 (first point) to 1 (last). */
function xFraction(model: RunChartModel, index: number): number {
  const pts = model.points;
  const key = (x: XValue) => (x instanceof Date ? x.getTime() : typeof x === 'number' ? x : NaN);
  const first = key(pts[0]!.x);
  const span = key(pts.at(-1)!.x) - first;
  if (Number.isFinite(span) && span > 0) return (key(pts[index]!.x) - first) / span;
  return pts.length > 1 ? index / (pts.length - 1) : 0;
}

/** The goal as a labelled horizontal line. */
export function goalLayers(c: LayerContext): Json[] {
  const { model, lang } = c;
  const goal = model.options.goal;
  if (goal === null) return [];
  const values = [{ goal: c.plot(goal), label: RUN_CHART_MESSAGES[lang].goalLabel(formatValue(model, goal, lang)) }];
  const y = c.y('goal');
  return [
    { data: { values }, mark: { type: 'rule', color: MARKS.goal, strokeWidth: 1.5, strokeDash: [2, 3] }, encoding: { y, tooltip: { field: 'label' } } },
    { data: { values }, mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -3, color: MARKS.goal, fontSize: 11 }, encoding: { x: { value: 0 }, y, text: { field: 'label' } } },
  ];
}
