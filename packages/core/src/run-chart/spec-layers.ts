/**
 * The run chart's Vega-Lite layers, each a small function from the model to plain JSON.
 * Text comes from the model and the catalogue; data strings are data values, never markup.
 */
import type { Lang } from '../i18n/lang.js';
import { MARKS, TEXT } from '../theme/tokens.js';
import { RUN_CHART_MESSAGES } from './messages.js';
import { RULE_ORDER } from './rules.js';
import { textWidth } from '../export/text-width.js';
import { LABEL_FONT, LABEL_LINE, placeAt, pointPx, stack } from './spec-place.js';
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
  /** The plot's planned width in pixels (labels are placed to stay inside it). */
  plotPx: number;
  /** The chart's width in pixels, for the legend's columns. */
  width: number;
}

/** Rules that belong to points (the others are tests of a whole phase, drawn as a bracket). */
const POINT_RULES: ReadonlySet<RuleName> = new Set(['shift', 'trend', 'longest-run', 'astronomical']);

/** The name of a point's most specific point rule: its shape on the chart. */
function shapeName(c: LayerContext, signals: readonly number[]): string | null {
  const rules = new Set(signals.map((k) => c.model.signals[k]!.rule));
  const rule = RULE_ORDER.find((r) => POINT_RULES.has(r) && rules.has(r));
  return rule ? RUN_CHART_MESSAGES[c.lang].rule[rule] : null;
}

/** How many legend entries of these labels fit on one line. */
export function legendColumns(labels: readonly string[], width: number): number {
  const entry = Math.max(0, ...labels.map((l) => textWidth(l, 11))) + 36;
  return Math.max(1, Math.min(labels.length, Math.floor((width - 16) / entry)));
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
  // The legend lists only the shapes drawn: each point's most specific point rule, or no signal.
  const shown = new Set(c.model.points.filter((p) => p.y !== null).map((p) => shapeName(c, p.signals) ?? m.noSignal));
  const present = RULE_ORDER.filter((r) => POINT_RULES.has(r) && shown.has(m.rule[r]));
  const domain = [...(shown.has(m.noSignal) ? [m.noSignal] : []), ...present.map((r) => m.rule[r])];
  const range = (base: string, signal: (r: RuleName) => string) => [...(shown.has(m.noSignal) ? [base] : []), ...present.map(signal)];
  const legend = present.length ? { title: m.legendTitle, orient: 'bottom', direction: 'horizontal', columns: legendColumns(domain, c.width) } : null;
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
      shape: { field: 'signal', type: 'nominal', scale: { domain, range: range('circle', (r) => SHAPES[r]) }, legend },
      color: { field: 'signal', type: 'nominal', scale: { domain, range: range(MARKS.measure, () => MARKS.signal) }, legend },
      strokeWidth: { field: 'outline', type: 'quantitative', scale: null, legend: null },
      size: { field: 'size', type: 'quantitative', scale: null, legend: null },
      description: { field: 'desc' },
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
    const shape = shapeName(c, p.signals);
    const row = {
      x: xDatum(p.x), y: p.y === null ? null : c.plot(p.y), xText: formatX(model, p.x, lang), value: formatValue(model, p.y, lang),
      phase: phaseName(model, p.phase, lang), median: p.centre === null ? '' : formatValue(model, p.centre, lang),
      side: p.side === null ? '' : m.side[p.side], signal: shape ?? m.noSignal, signals: names.join(', '),
      change: changeText(model, p.changes, lang), outline: shape ? 2.5 : 1, size: shape ? 90 : 40,
    };
    // What a screen reader says for the point: words, never the marks' encodings.
    return { ...row, desc: [`${row.xText}: ${row.value}`, row.signals, row.change].filter(Boolean).join('; ') };
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
    // Read leftwards from the phase's end, unless that would run past the plot's left edge.
    const placed = placeAt(label, pointPx(model, ph.to, c.plotPx), c.plotPx, 0, 'right');
    labels.push({ x: at(ph.to), centre, label: placed.lines, align: placed.align });
  }
  const rule = (values: Json[], dash: number[] | undefined) => ({
    data: { values },
    mark: { type: 'rule', color: MARKS.centre, strokeWidth: 1.5, ...(dash ? { strokeDash: dash } : {}) },
    encoding: { x: c.x, x2: { field: 'x2' }, y: c.y('centre'), tooltip: [{ field: 'label', title: RUN_CHART_MESSAGES[lang].columns.centre }] },
  });
  const text = (align: 'left' | 'right') => ({
    data: { values: labels.filter((l) => l.align === align) },
    mark: { type: 'text', align, baseline: 'bottom', dy: -3, color: TEXT.muted, fontSize: LABEL_FONT, lineHeight: LABEL_LINE },
    encoding: { x: c.x, y: c.y('centre'), text: { field: 'label' } },
  });
  const texts = (['right', 'left'] as const).map(text).filter((t) => t.data.values.length > 0);
  return [rule(solid, undefined), ...(dashed.length ? [rule(dashed, [6, 4])] : []), ...texts];
}

/** A vertical rule where each phase after the first begins, and every phase's name at the top. */
/** Each phase's name, placed at its start so it stays inside the plot. */
function phaseLabels(c: LayerContext) {
  return c.model.phases.map((ph) => placeAt(phaseName(c.model, ph.index, c.lang), pointPx(c.model, ph.from, c.plotPx), c.plotPx, 3));
}

export function phaseLayers(c: LayerContext): Json[] {
  const { model, lang } = c;
  if (model.phases.length < 2) return [];
  const placed = phaseLabels(c);
  // Above the plot; a name that would overlap the one before it goes a line higher.
  const tops = stack(placed.map((p) => ({ x0: p.x0, x1: p.x1, lines: p.lines.length })), 0);
  const values = model.phases.map((ph, i) => ({
    x: xDatum(model.points[ph.from]!.x), label: placed[i]!.lines.length > 1 ? placed[i]!.lines : phaseName(model, ph.index, lang), first: ph.index === 0, right: placed[i]!.align === 'right',
    labelY: -(4 + tops[i]! + placed[i]!.lines.length * LABEL_LINE),
  }));
  const text = (right: boolean) => ({
    data: { values: values.filter((v) => v.right === right) },
    mark: { type: 'text', align: right ? 'right' : 'left', baseline: 'top', dx: right ? -3 : 3, color: TEXT.primary, fontSize: 11, fontWeight: 'bold', lineHeight: LABEL_LINE },
    encoding: { x: c.x, y: { field: 'labelY', type: 'quantitative', scale: null }, text: { field: 'label' } },
  });
  return [
    {
      data: { values: values.slice(1) },
      mark: { type: 'rule', color: TEXT.muted, strokeWidth: 1, strokeDash: [4, 4] },
      encoding: { x: c.x },
    },
    ...[false, true].map(text).filter((t) => t.data.values.length > 0),
  ];
}

/** Each change: a dotted rule, a marker and a visible label where it began; the description in a tooltip. */
export function changeLayers(c: LayerContext): Json[] {
  const { model, lang } = c;
  if (model.changes.length === 0) return [];
  const cols = RUN_CHART_MESSAGES[lang].columns;
  // Each label reads rightwards from its marker when it fits, else leftwards, else wraps. Labels sit
  // above the plot, stacked upwards over the phase names, so none overlaps another or the data's texts.
  const placed = model.changes.map((ch) => placeAt(ch.label, pointPx(model, ch.index, c.plotPx), c.plotPx, 7, xFraction(model, ch.index) > 0.55 ? 'right' : 'left'));
  const phases = model.phases.length > 1 ? phaseLabels(c).map((p) => ({ x0: p.x0, x1: p.x1, lines: p.lines.length })) : [];
  const tops = stack([...phases, ...placed.map((p) => ({ x0: p.x0, x1: p.x1, lines: p.lines.length }))], 0).slice(phases.length);
  const values = model.changes.map((ch, k) => ({
    x: xDatum(ch.x), label: placed[k]!.lines.length > 1 ? placed[k]!.lines : ch.label, text: changeText(model, [k], lang), when: whenText(model, ch.x, lang),
    labelY: -(4 + tops[k]! + placed[k]!.lines.length * LABEL_LINE),
    right: placed[k]!.align === 'right',
  }));
  const tooltip = [{ field: 'text', title: cols.change }, { field: 'when', title: model.xType === 'date' ? cols.date : cols.x }];
  const y = { field: 'labelY', type: 'quantitative', scale: null };
  return [
    { data: { values }, mark: { type: 'rule', color: TEXT.accent, strokeWidth: 1, strokeDash: [1, 3] }, encoding: { x: c.x, tooltip } },
    { data: { values }, mark: { type: 'point', shape: 'triangle-down', filled: true, color: TEXT.accent, size: 60 }, encoding: { x: c.x, y: { value: 0 }, description: { field: 'text' }, tooltip } },
    ...[false, true]
      .map((right) => ({ right, rows: values.filter((v) => v.right === right) }))
      .filter((side) => side.rows.length > 0)
      .map((side) => ({
        data: { values: side.rows },
        mark: { type: 'text', align: side.right ? 'right' : 'left', baseline: 'top', dx: side.right ? -7 : 7, color: TEXT.accent, fontSize: LABEL_FONT, lineHeight: LABEL_LINE },
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
