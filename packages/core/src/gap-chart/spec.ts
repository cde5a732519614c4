import type { Lang } from '../i18n/lang.js';
import type { ChartSpec } from '../pipeline/widget.js';
import { DASHBOARD_COLOR_ORDER, DASHBOARD_COLORS, FONT_FAMILY, NO_COLOR, TEXT as T } from '../theme/tokens.js';
import { cell, colorText, formatGap, formatGapValue } from './format.js';
import { GAP_MESSAGES } from './messages.js';
import type { GapModel } from './types.js';

type Layer = Record<string, unknown>;
/**
 * One chart row per group; every text is computed here so the spec needs no expressions (strict
 * CSP). Group and reference names live only in data fields: Vega-Lite writes titles (axis, legend,
 * tooltip) into Vega expressions, so no title holds a name that came from the data.
 */
type Datum = Record<string, string | number | null>;

function data(model: GapModel, lang: Lang): Datum[] {
  const m = GAP_MESSAGES[lang];
  return model.groups.map((g, i) => {
    const token = g.color ? DASHBOARD_COLORS[g.color] : NO_COLOR;
    return {
      order: i,
      label: g.isReference ? `${g.name[lang]} (${m.referenceMark})` : g.name[lang],
      value: g.value,
      prior: g.prior,
      labelX: g.value === null ? g.prior : g.prior === null ? g.value : Math.max(g.value, g.prior),
      labelLeftX: g.value === null ? g.prior : g.prior === null ? g.value : Math.min(g.value, g.prior),
      level: token.name[lang],
      fill: token.fill,
      shape: token.shape,
      valueText: formatGapValue(g.value, model.unit, lang),
      priorText: formatGapValue(g.prior, model.unit, lang),
      changeText: cell(g.change, lang, true),
      nText: cell(g.n, lang, false, 0),
      statusText: g.statusLevel ? m.statusLevel[g.statusLevel] : '—',
      changeLevelText: g.changeLevel ? m.changeLevel[g.changeLevel] : '—',
      colorText: colorText(g, lang),
      gapText: g.isReference || g.gap === null ? '' : formatGap(g.gap, model.unit, lang),
      refText: model.reference.name[lang],
      trendText: g.trend ? m.trendWord[g.trend] : '—',
    };
  });
}

/** The shared axes: every layer repeats them so that Vega-Lite merges one x and one y axis. */
interface Axes {
  x: (field: string) => Layer;
  y: Layer;
}

/**
 * The y axis sorts by the model's order through the `order` field, not by a list of labels:
 * Vega-Lite would write such a list into a Vega expression, and data strings never go there.
 */
function axes(model: GapModel, lang: Lang): Axes {
  const m = GAP_MESSAGES[lang];
  // Two lines, so the title fits a narrow chart.
  const title = [`${model.indicatorName[lang]} (${m.unit[model.unit]})`, m.direction[model.direction]];
  return {
    x: (field) => ({ field, type: 'quantitative', title, scale: { zero: false, nice: true }, axis: { grid: true } }),
    y: { field: 'label', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: { labelLimit: 240 } },
  };
}

const tip = (field: string, title: string) => ({ field, type: 'nominal', title });

/** The line from last year's value to this year's. */
export function changeLayer(rows: Datum[], a: Axes): Layer {
  return {
    data: { values: rows.filter((r) => r.value !== null && r.prior !== null) },
    mark: { type: 'rule', stroke: T.muted, strokeWidth: 2 },
    encoding: { x: a.x('prior'), x2: { field: 'value' }, y: a.y },
  };
}

/** Last year's value: a hollow circle. */
export function priorLayer(rows: Datum[], a: Axes, lang: Lang): Layer {
  const m = GAP_MESSAGES[lang];
  return {
    data: { values: rows.filter((r) => r.prior !== null) },
    mark: { type: 'point', shape: 'circle', filled: false, size: 90, stroke: T.muted, strokeWidth: 2, opacity: 1 },
    encoding: { x: a.x('prior'), y: a.y, tooltip: [tip('label', m.col.group), tip('priorText', m.lastYear)] },
  };
}

/** This year's value: filled with its Dashboard colour, shaped by level, outlined dark; the legend names each level. */
export function currentLayer(rows: Datum[], a: Axes, model: GapModel, lang: Lang): Layer {
  const m = GAP_MESSAGES[lang];
  const tokens = [...DASHBOARD_COLOR_ORDER.map((c) => DASHBOARD_COLORS[c]), NO_COLOR];
  const scale = (key: 'fill' | 'shape') => ({ domain: tokens.map((t) => t.name[lang]), range: tokens.map((t) => t[key]) });
  const legend = { title: m.legend, orient: 'bottom' };
  const custom = model.indicator === 'custom';
  return {
    data: { values: rows.filter((r) => r.value !== null) },
    mark: { type: 'point', filled: true, size: 170, stroke: T.primary, strokeWidth: 1.5, opacity: 1, ...(custom ? { fill: T.accent, shape: 'circle' } : {}) },
    encoding: {
      x: a.x('value'),
      y: a.y,
      ...(custom ? {} : { fill: { field: 'level', type: 'nominal', scale: scale('fill'), legend }, shape: { field: 'level', type: 'nominal', scale: scale('shape'), legend } }),
      tooltip: [
        tip('label', m.col.group),
        tip('valueText', m.col.value(m.unit[model.unit])),
        tip('priorText', m.col.prior),
        tip('changeText', m.col.change),
        tip('nText', m.col.n),
        tip('statusText', m.col.statusLevel),
        tip('changeLevelText', m.col.changeLevel),
        tip('colorText', m.col.color),
        tip('refText', m.col.reference),
        tip('gapText', m.col.gapToReference),
        tip('trendText', m.col.trend),
      ],
    },
  };
}

/** The reference: a dashed rule and its name and value. */
export function referenceLayers(a: Axes, model: GapModel, lang: Lang, rows: Datum[] = []): Layer[] {
  const ref = model.reference;
  if (ref.value === null) return [];
  // Near the right edge the label reads leftwards from the line, so it is not cut off.
  const right = position(rows, ref.value)(ref.value) > 0.6;
  const text = GAP_MESSAGES[lang].referenceLabel(ref.name[lang], formatGapValue(ref.value, model.unit, lang));
  const values = [{ ref: ref.value, text }];
  return [
    { data: { values }, mark: { type: 'rule', stroke: T.primary, strokeWidth: 1.5, strokeDash: [6, 4] }, encoding: { x: a.x('ref') } },
    {
      data: { values },
      mark: { type: 'text', align: right ? 'right' : 'left', baseline: 'bottom', dx: right ? -4 : 4, dy: -4, fill: T.primary, fontWeight: 'bold' },
      encoding: { x: a.x('ref'), y: { value: 0 }, text: { field: 'text' } },
    },
  ];
}

/** Where a label at `x` sits within the values drawn, from 0 (left edge) to 1 (right edge). */
function position(rows: Datum[], extra: number | null): (x: number) => number {
  const xs = rows.flatMap((r) => [r.value, r.prior]).concat(extra === null ? [] : [extra]).filter((v): v is number => typeof v === 'number');
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  const span = hi - lo;
  return (x) => (span > 0 ? (x - lo) / span : 0);
}

/**
 * Each group's gap to the reference, in the indicator's unit: to the right of its marks, or, for
 * groups near the right edge, to their left, so no label runs off the chart.
 */
export function gapLabelLayers(rows: Datum[], a: Axes, reference: number | null): Layer[] {
  const at = position(rows, reference);
  const labelled = rows.filter((r) => r.gapText && typeof r.labelX === 'number');
  const nearRight = (r: Datum) => at(r.labelX as number) > 0.7;
  const layer = (values: Datum[], right: boolean): Layer => ({
    data: { values },
    mark: { type: 'text', align: right ? 'right' : 'left', baseline: 'middle', dx: right ? -14 : 14, fill: T.muted, fontSize: 11 },
    encoding: { x: a.x(right ? 'labelLeftX' : 'labelX'), y: a.y, text: { field: 'gapText' } },
  });
  const left = labelled.filter((r) => !nearRight(r));
  const right = labelled.filter(nearRight);
  return [...(left.length ? [layer(left, false)] : []), ...(right.length ? [layer(right, true)] : [])];
}

/** Height of one group's row, in pixels. */
export const GAP_ROW_HEIGHT = 34;

/**
 * The Vega-Lite v6 spec: a dot-and-line chart, one row per shown group, against the reference.
 * The width fits the container (`fit-x`); the height is a fixed number of pixels per group, not a
 * `{ step }`, because Vega-Lite drops `fit-*` with a warning when a size is a discrete step.
 */
export function gapSpec(model: GapModel, lang: Lang, description: string): ChartSpec {
  const rows = data(model, lang);
  const a = axes(model, lang);
  const layers = [changeLayer(rows, a), priorLayer(rows, a, lang), currentLayer(rows, a, model, lang), ...referenceLayers(a, model, lang, rows), ...gapLabelLayers(rows, a, model.reference.value)];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    width: 'container',
    height: Math.max(1, rows.length) * GAP_ROW_HEIGHT,
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: { top: 24, right: 16, bottom: 8, left: 8 },
    layer: layers,
    config: {
      font: FONT_FAMILY,
      axis: { labelColor: T.primary, titleColor: T.primary, labelFontSize: 12, titleFontSize: 12, gridColor: '#d9d9d9' },
      // No symbolStrokeColor here: Vega-Lite would then make the symbols' stroke transparent; the mark's dark stroke outlines them.
      legend: { labelColor: T.primary, titleColor: T.primary, symbolStrokeWidth: 1.5, symbolSize: 170 },
      view: { stroke: null },
    },
  };
}
