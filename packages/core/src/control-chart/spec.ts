/**
 * The control chart as a Vega-Lite v6 spec from small layers: target, limits (stepped where n
 * varies), centre lines, phases, changes, then the measure with signal points shaped and
 * outlined as well as coloured. Small multiples are a `concat` of small charts with one y domain
 * when shared. Data strings are data values or titles, never part of an expression.
 */
import type { Lang } from '../i18n/lang.js';
import type { ChartSpec } from '../pipeline/widget.js';
import { FONT_FAMILY, MARKS, TEXT, MARK_ARIA } from '../theme/tokens.js';
import { CONTROL_MESSAGES } from './messages.js';
import { LABEL_LINE, placeAt, plotWidth, pointPx, stack } from '../run-chart/spec-place.js';
import { textWidth } from '../export/text-width.js';
import { changeText, formatValue, formatX, partName, signalNames, valueStyle } from './text.js';
import type { ControlChartModel, ControlFacetModel, XValue } from './types.js';

type Json = Record<string, unknown>;

const SHAPE: Record<string, string> = { outside: 'triangle-up', run: 'square', trend: 'diamond', near: 'triangle-down' };

function xDatum(x: XValue): string | number {
  return x instanceof Date ? x.toISOString() : x;
}

function xEncoding(model: ControlChartModel, lang: Lang, compact: boolean): Json {
  const c = CONTROL_MESSAGES[lang].columns;
  const title = compact ? null : model.options.xLabel ?? (model.xType === 'date' ? c.date : model.options.x === 'x' ? c.x : model.options.x);
  if (model.xType === 'date') {
    const format = model.datePrecision === 'year' || model.datePrecision === 'schoolYear' ? '%Y' : model.datePrecision === 'month' ? '%b %Y' : '%Y-%m-%d';
    return { field: 'x', type: 'temporal', title, scale: { type: 'utc' }, axis: { format, labelOverlap: true, ...(compact ? { tickCount: 3 } : {}) } };
  }
  if (model.xType === 'number') return { field: 'x', type: 'quantitative', title, scale: { zero: false, nice: false }, axis: compact ? { tickCount: 3 } : {} };
  return { field: 'x', type: 'ordinal', title, sort: null, axis: { labelOverlap: true, labelAngle: compact ? 0 : -40 } };
}

/** A point's shape key: the most telling of its signals. */
function shapeKey(model: ControlChartModel, indices: readonly number[]): string | null {
  const rules = indices.map((k) => model.signals[k]!.rule);
  if (rules.some((r) => r === 'outside' || r === 'nhs-outside')) return 'outside';
  if (rules.some((r) => r === 'longest-run' || r === 'nhs-shift')) return 'run';
  if (rules.includes('nhs-trend')) return 'trend';
  if (rules.includes('nhs-two-of-three')) return 'near';
  if (rules.includes('crossings')) return 'run';
  return null;
}

function rows(model: ControlChartModel, lang: Lang, plot: (v: number | null) => number | null): Json[] {
  const m = CONTROL_MESSAGES[lang];
  return model.points.map((p) => {
    const names = signalNames(model, p.signals, lang);
    const improvement = p.signals.map((k) => model.signals[k]!.improvement);
    const kind = names.length === 0 ? m.noSignal : improvement.includes(false) ? `${names[0]} (${m.short.concern})` : improvement.includes(true) ? `${names[0]} (${m.short.improvement})` : names[0]!;
    const xText = formatX(model, p.x, lang);
    const value = p.suppressed ? m.suppressedValue : formatValue(model, p.y, lang);
    const note = [p.excluded ? m.excluded : '', changeText(model, p.changes, lang)].filter(Boolean).join('; ');
    return {
      x: xDatum(p.x), y: plot(p.y), cl: plot(p.cl), lcl: plot(p.lcl), ucl: plot(p.ucl), part: p.part,
      xText, value,
      n: p.n === null ? '' : String(p.n), clText: formatValue(model, p.cl, lang),
      limitsText: p.lcl === null && p.ucl === null ? '—' : `${formatValue(model, p.lcl, lang)} – ${formatValue(model, p.ucl, lang)}`,
      signal: kind, shape: shapeKey(model, p.signals) ?? 'none', signals: names.join(', ') || m.noSignal,
      note,
      outline: names.length ? 2.5 : 1, size: names.length ? 80 : 30, excluded: p.excluded,
      // What a screen reader says for the point: words, never the marks' encodings.
      desc: [`${xText}: ${value}`, names.join(', '), note].filter(Boolean).join('; '),
    };
  });
}

interface Ctx {
  model: ControlChartModel;
  lang: Lang;
  x: Json;
  y: (field: string) => Json;
  plot: (v: number | null) => number | null;
  compact: boolean;
  /** The plot's width in pixels, for placing the change labels (the chart's width less the axis and the limit labels). */
  plotPx: number;
}

function limitLayers(c: Ctx): Json[] {
  const interpolate = c.model.varying ? 'step' : 'linear';
  const line = (field: string, color: string, dash: number[] | null, width: number) => ({
    mark: { type: 'line', color, strokeWidth: width, interpolate, ...(dash ? { strokeDash: dash } : {}) },
    encoding: { x: c.x, y: c.y(field), detail: { field: 'part', type: 'nominal' } },
  });
  return [line('ucl', TEXT.muted, [5, 3], 1.5), line('lcl', TEXT.muted, [5, 3], 1.5), line('cl', MARKS.centre, null, 1.5)];
}

/**
 * The last value of each line of each part, written to the right of the plot (outside it, so no
 * change label or point can cover it). A limit too close to the centre line to keep its label
 * apart (under 7% of the value range) is left to the tooltip and the table.
 */
function labelLayers(c: Ctx): Json[] {
  const values = limitLabels(c);
  return values.length ? [{ data: { values }, mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, color: TEXT.muted, fontSize: 10 }, encoding: { x: c.x, y: c.y('v'), text: { field: 'label' } } }] : [];
}

/** The limit labels' rows (none in a small chart). */
function limitLabels(c: Pick<Ctx, 'model' | 'lang' | 'compact' | 'plot'>): Array<{ x: string | number; v: number | null; label: string }> {
  if (c.compact) return [];
  const m = CONTROL_MESSAGES[c.lang];
  const all = c.model.points.flatMap((p) => [p.y, p.lcl, p.ucl, p.cl]).filter((v): v is number => v !== null);
  const range = all.length ? Math.max(...all) - Math.min(...all) : 0;
  const apart = (a: number | null, b: number | null) => a !== null && b !== null && range > 0 && Math.abs(a - b) / range >= 0.07;
  const lastPart = c.model.parts.at(-1);
  if (!lastPart) return [];
  const p = c.model.points[lastPart.to]!;
  const values = [
    apart(p.ucl, p.cl) ? { x: xDatum(p.x), v: c.plot(p.ucl), label: m.uclLabel(formatValue(c.model, p.ucl, c.lang)) } : null,
    p.cl === null ? null : { x: xDatum(p.x), v: c.plot(p.cl), label: m.clLabel(formatValue(c.model, p.cl, c.lang)) },
    apart(p.lcl, p.cl) ? { x: xDatum(p.x), v: c.plot(p.lcl), label: m.lclLabel(formatValue(c.model, p.lcl, c.lang)) } : null,
  ];
  return values.filter((v) => v !== null);
}

function targetLayers(c: Ctx): Json[] {
  const t = c.model.options.target;
  if (t === null) return [];
  const values = [{ v: c.plot(t), label: CONTROL_MESSAGES[c.lang].targetLabel(formatValue(c.model, t, c.lang)) }];
  return [
    { data: { values }, mark: { type: 'rule', color: MARKS.goal, strokeWidth: 1.5, strokeDash: [2, 3] }, encoding: { y: c.y('v') } },
    ...(c.compact ? [] : [{ data: { values }, mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -2, color: MARKS.goal, fontSize: 10 }, encoding: { x: { value: 0 }, y: c.y('v'), text: { field: 'label' } } }]),
  ];
}

function changeLayers(c: Ctx): Json[] {
  if (c.model.changes.length === 0) return [];
  const half = c.model.points.length / 2;
  // Each label reads rightwards from its marker when it fits (leftwards in the right half), else the
  // other way, else wraps. Labels sit above the plot, stacked upwards, so none covers another or a point.
  const placed = c.model.changes.map((ch) => placeAt(ch.label, pointPx(c.model, ch.index, c.plotPx), c.plotPx, 4, ch.index > half ? 'right' : 'left'));
  const tops = stack(placed.map((p) => ({ x0: p.x0, x1: p.x1, lines: p.lines.length })), 0);
  const values = c.model.changes.map((ch, k) => ({
    x: xDatum(ch.x), label: placed[k]!.lines.length > 1 ? placed[k]!.lines : ch.label, text: changeText(c.model, [k], c.lang),
    labelY: -(4 + tops[k]! + placed[k]!.lines.length * LABEL_LINE), right: placed[k]!.align === 'right',
  }));
  const tooltip = [{ field: 'text', title: CONTROL_MESSAGES[c.lang].columns.change }];
  const text = (right: boolean) => {
    const subset = values.filter((v) => v.right === right);
    return subset.length
      ? [{ data: { values: subset }, mark: { type: 'text', align: right ? 'right' : 'left', baseline: 'top', dx: right ? -4 : 4, color: TEXT.accent, fontSize: 10, lineHeight: LABEL_LINE }, encoding: { x: c.x, y: { field: 'labelY', type: 'quantitative', scale: null }, text: { field: 'label' }, tooltip } }]
      : [];
  };
  return [
    { data: { values }, mark: { type: 'rule', color: TEXT.accent, strokeWidth: 1, strokeDash: [1, 3] }, encoding: { x: c.x, tooltip } },
    ...(c.compact ? [] : [...text(false), ...text(true)]),
  ];
}

function measureLayers(c: Ctx): Json[] {
  const m = CONTROL_MESSAGES[c.lang];
  const cols = m.columns;
  const domain = ['none', 'outside', 'run', 'trend', 'near'];
  const colorDomain = [...new Set(rows(c.model, c.lang, c.plot).map((r) => r.signal as string))];
  const color = (s: string) => (s === m.noSignal ? MARKS.measure : s.endsWith(`(${m.short.improvement})`) ? MARKS.improvement : s.endsWith(`(${m.short.concern})`) ? MARKS.deterioration : MARKS.signal);
  return [
    { mark: { type: 'line', color: MARKS.measure, strokeWidth: 1.5, invalid: 'break-paths-show-domains' }, encoding: { x: c.x, y: c.y('y') } },
    {
      transform: [{ filter: { field: 'y', valid: true } }],
      mark: { type: 'point', filled: true, stroke: TEXT.primary, opacity: 1 },
      encoding: {
        x: c.x, y: c.y('y'),
        shape: { field: 'shape', type: 'nominal', scale: { domain, range: ['circle', ...domain.slice(1).map((k) => SHAPE[k]!)] }, legend: null },
        fill: { condition: { test: 'datum.excluded', value: MARKS.background }, field: 'signal', type: 'nominal', scale: { domain: colorDomain, range: colorDomain.map(color) }, legend: c.compact || colorDomain.length < 2 ? null : { title: m.legendTitle, direction: 'vertical', labelLimit: 260 } },
        strokeWidth: { field: 'outline', type: 'quantitative', scale: null, legend: null },
        size: { field: 'size', type: 'quantitative', scale: null, legend: null },
        description: { field: 'desc' },
        tooltip: [
          { field: 'xText', title: c.model.xType === 'date' ? cols.date : cols.x },
          { field: 'value', title: cols.value },
          ...(c.model.points.some((p) => p.n !== null) ? [{ field: 'n', title: cols.n }] : []),
          { field: 'clText', title: cols.cl },
          { field: 'limitsText', title: `${cols.lcl} – ${cols.ucl}` },
          { field: 'signals', title: cols.signals },
          { field: 'note', title: cols.note },
        ],
      },
    },
  ];
}

function phaseLayers(c: Ctx): Json[] {
  if (c.model.parts.length < 2) return [];
  const values = c.model.parts.slice(1).map((p) => ({ x: xDatum(c.model.points[p.from]!.x), label: partName(p.index, c.lang) }));
  return [{ data: { values }, mark: { type: 'rule', color: TEXT.muted, strokeWidth: 1, strokeDash: [4, 4] }, encoding: { x: c.x } }];
}

function context(model: ControlChartModel, lang: Lang, compact: boolean, domain: [number, number] | null, width?: number): Ctx {
  const style = valueStyle(model);
  const m = CONTROL_MESSAGES[lang];
  const o = model.options;
  const ratio = o.n !== null && (o.chart === 'p' || o.chart === 'pp' || o.chart === 'u' || o.chart === 'up') ? ` ÷ ${o.n}${o.multiply !== 1 ? ` × ${o.multiply}` : ''}` : '';
  const title = compact ? null : o.yLabel ?? (o.y === 'y' ? m.columns.value : `${o.y}${ratio}`);
  const axis = style === 'number' ? (compact ? { tickCount: 4 } : {}) : { format: '.1~%', ...(compact ? { tickCount: 4 } : {}) };
  const plot = (v: number | null) => (v === null ? null : style === 'percent' ? v / 100 : v);
  const scale = domain ? { domain: domain.map((v) => plot(v)), zero: false, nice: false } : { zero: false };
  // The limit labels sit right of the plot: their width comes out of the plot's.
  const labels = limitLabels({ model, lang, compact, plot });
  const right = labels.length ? Math.max(...labels.map((l) => textWidth(l.label, 10))) + 8 : 0;
  const plotPx = Math.max(60, plotWidth(width) - right);
  return { model, lang, compact, x: xEncoding(model, lang, compact), plot, plotPx, y: (field) => ({ field, type: 'quantitative', title, scale, axis }) };
}

function layered(model: ControlChartModel, lang: Lang, compact: boolean, domain: [number, number] | null, width?: number): Json {
  const c = context(model, lang, compact, domain, width);
  return {
    data: { values: rows(model, lang, c.plot) },
    layer: [...targetLayers(c), ...phaseLayers(c), ...limitLayers(c), ...labelLayers(c), ...changeLayers(c), ...measureLayers(c)],
  };
}

const CONFIG = {
  ...MARK_ARIA,
  font: FONT_FAMILY,
  background: MARKS.background,
  view: { stroke: null },
  axis: { labelColor: TEXT.muted, titleColor: TEXT.primary, gridColor: MARKS.grid, domainColor: TEXT.muted, tickColor: TEXT.muted, labelFontSize: 11, titleFontSize: 12 },
  legend: { labelColor: TEXT.primary, titleColor: TEXT.primary, orient: 'bottom' },
  title: { color: TEXT.primary, fontSize: 12, anchor: 'start' },
};

/** One control chart. */
export function buildControlChartSpec(model: ControlChartModel, lang: Lang, description: string, width?: number): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    width: 'container',
    height: 300,
    autosize: { type: 'fit-x', contains: 'padding' },
    ...layered(model, lang, false, null, width),
    config: CONFIG,
  };
}

/** One facet's small chart, sized for a card (used by the element's grid). */
export function buildFacetSpec(model: ControlChartModel, lang: Lang, description: string, domain: [number, number] | null): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    width: 'container',
    height: 120,
    autosize: { type: 'fit-x', contains: 'padding' },
    ...layered(model, lang, true, domain),
    config: CONFIG,
  };
}

/** Every facet in one `concat` (the static SVG and the exports), three to a row, each titled with its verdict. */
export function buildFacetsSpec(model: ControlFacetModel, lang: Lang, description: string, titles: readonly string[]): ChartSpec {
  const m = CONTROL_MESSAGES[lang];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    columns: 3,
    concat: model.facets.map((f, k) =>
      f.tooFew
        ? { title: titles[k], width: 200, height: 110, data: { values: [{ t: m.tooFew(f.model.points.length - f.model.missing, model.options.minPoints) }] }, mark: { type: 'text', color: TEXT.primary, fontSize: 11, lineBreak: ':' }, encoding: { text: { field: 't' } } }
        : { title: titles[k], width: 200, height: 110, ...layered(f.model, lang, true, model.yDomain) },
    ),
    config: CONFIG,
  };
}
