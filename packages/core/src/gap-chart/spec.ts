import { formatSigned } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { ChartSpec } from '../pipeline/widget.js';
import { textWidth, wrapText } from '../export/text-width.js';
import { DASHBOARD_COLOR_ORDER, DASHBOARD_COLORS, FONT_FAMILY, NO_COLOR, TEXT as T, MARK_ARIA } from '../theme/tokens.js';
import { cell, colorText, formatGap, formatGapValue } from './format.js';
import { GAP_MESSAGES } from './messages.js';
import { FONT, GAP_DX, GAP_FONT, LINE, PAD, gapLayout, placeLabel, type GapLayout } from './spec-layout.js';
import { GAP_SPEC_MESSAGES } from './spec-messages.js';
import type { GapGroup, GapModel } from './types.js';

export { GAP_NARROW_BELOW } from './spec-layout.js';

type Layer = Record<string, unknown>;
/**
 * One chart row per group; every text is computed here so the spec needs no expressions (strict
 * CSP). Group and reference names live only in data fields: Vega-Lite writes titles (axis, legend,
 * tooltip) into Vega expressions, so no title holds a name that came from the data.
 */
type Datum = Record<string, string | number | string[] | null>;

/** "Very Low · Increased": the group's Dashboard levels, or why it has no colour. */
function levelsText(g: GapGroup, model: GapModel, lang: Lang): string {
  if (model.indicator === 'custom') return '';
  const m = GAP_MESSAGES[lang];
  const levels = [g.statusLevel ? m.statusLevel[g.statusLevel] : null, g.changeLevel ? m.changeLevel[g.changeLevel] : null].filter(Boolean);
  // Why a group has no colour is in the tooltip and the table; the row says only that it has none.
  return levels.length ? levels.join(' · ') : NO_COLOR.name[lang];
}

/** The gap as the chart writes it: + ahead of the reference, − behind, whichever way is better. */
function gapLabel(g: GapGroup, model: GapModel, lang: Lang): string {
  if (g.isReference || g.behind === null) return '';
  return `${formatSigned(-g.behind, lang)} ${GAP_SPEC_MESSAGES[lang].gapUnit[model.unit]}`;
}

function data(model: GapModel, lang: Lang, layout: GapLayout): Datum[] {
  const m = GAP_MESSAGES[lang];
  return model.groups.map((g, i) => {
    const token = g.color ? DASHBOARD_COLORS[g.color] : NO_COLOR;
    const lo = g.value === null ? g.prior : g.prior === null ? g.value : Math.min(g.value, g.prior);
    const hi = g.value === null ? g.prior : g.prior === null ? g.value : Math.max(g.value, g.prior);
    const label = g.isReference ? `${g.name[lang]} (${m.referenceMark})` : g.name[lang];
    const valueText = formatGapValue(g.value, model.unit, lang);
    const color = colorText(g, lang);
    const gapText = gapLabel(g, model, lang);
    return {
      order: i,
      label,
      // The y domain: unique per group, and (wide layout) the axis label's lines joined by newlines.
      row: layout.lines[i]!.join('\n'),
      lines: layout.lines[i]!,
      value: g.value,
      prior: g.prior,
      labelX: layout.side[i] === 'left' ? lo : hi,
      level: token.name[lang],
      fill: token.fill,
      shape: token.shape,
      valueText,
      priorText: formatGapValue(g.prior, model.unit, lang),
      changeText: cell(g.change, lang, true),
      nText: cell(g.n, lang, false, 0),
      statusText: g.statusLevel ? m.statusLevel[g.statusLevel] : '—',
      changeLevelText: g.changeLevel ? m.changeLevel[g.changeLevel] : '—',
      colorText: color,
      gapLabel: gapText,
      gapText: g.isReference || g.gap === null ? '' : formatGap(g.gap, model.unit, lang),
      side: layout.side[i] ?? '',
      refText: model.reference.name[lang],
      trendText: g.trend ? m.trendWord[g.trend] : '—',
      // What a screen reader says for the dot: words, never the marks' encodings.
      desc: [`${label}: ${valueText}`, color, gapText].filter(Boolean).join('; '),
      priorDesc: `${g.name[lang]}, ${m.lastYear}: ${formatGapValue(g.prior, model.unit, lang)}`,
    };
  });
}

/** The layout's name lines for each group, and its marks' span, before the rows are built. */
function layoutOf(model: GapModel, lang: Lang, width: number | undefined): GapLayout {
  const m = GAP_MESSAGES[lang];
  return gapLayout(
    model.groups.map((g) => {
      const lo = g.value === null ? g.prior : g.prior === null ? g.value : Math.min(g.value, g.prior);
      const hi = g.value === null ? g.prior : g.prior === null ? g.value : Math.max(g.value, g.prior);
      return { name: g.isReference ? `${g.name[lang]} (${m.referenceMark})` : g.name[lang], levels: levelsText(g, model, lang), lo, hi, gapText: gapLabel(g, model, lang) };
    }),
    model.reference.value,
    width,
  );
}

/** The shared axes: every layer repeats them so that Vega-Lite merges one x and one y axis. */
interface Axes {
  x: (field: string) => Layer;
  y: Layer;
  /** Narrow layout: pushes the marks below the names in each row. */
  yOffset: number;
}

/**
 * The y axis sorts by the model's order through the `order` field, not by a list of labels:
 * Vega-Lite would write such a list into a Vega expression, and data strings never go there.
 */
function axes(model: GapModel, lang: Lang, layout: GapLayout): Axes {
  const m = GAP_MESSAGES[lang];
  // The title wraps to the plot's width, so it fits a narrow chart.
  const title = [...wrapText(`${model.indicatorName[lang]} (${m.unit[model.unit]})`, layout.plot, FONT, true), m.direction[model.direction]];
  const yAxis = layout.narrow
    ? { labels: false, ticks: false, domain: false, title: null }
    : { labelLimit: 0, labelExpr: "split(datum.label, '\\n')", labelLineHeight: LINE, title: null };
  return {
    x: (field) => ({ field, type: 'quantitative', title, scale: { zero: false, nice: false, domain: layout.domain }, axis: { grid: true, tickCount: Math.max(2, Math.floor(layout.plot / 70)) } }),
    y: { field: 'row', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, scale: { type: 'band', paddingInner: 0, paddingOuter: 0 }, axis: yAxis },
    yOffset: layout.narrow ? layout.headerHeight / 2 : 0,
  };
}

const tip = (field: string, title: string) => ({ field, type: 'nominal', title });

/** The key's stroke legend: the hollow dot and the change line, each only when drawn. */
function keyEncoding(entry: string, entries: string[]): Layer {
  const legend = {
    title: null,
    orient: 'bottom',
    direction: 'horizontal',
    columns: 1,
    symbolFillColor: 'transparent',
    symbolStrokeColor: T.muted,
    symbolStrokeWidth: 2,
    ...(entries.length > 1 ? { encode: { symbols: { update: { shape: { signal: "datum.index === 0 ? 'circle' : 'stroke'" } } } } } : { symbolType: 'circle' }),
  };
  return { stroke: { datum: entry, type: 'nominal', scale: { domain: entries, range: entries.map(() => T.muted) }, legend } };
}

/** The line from last year's value to this year's. */
export function changeLayer(rows: Datum[], a: Axes, keys: string[] = []): Layer {
  return {
    data: { values: rows.filter((r) => r.value !== null && r.prior !== null) },
    // The change is read with the dots (their descriptions and the table); the line itself is not announced.
    mark: { type: 'rule', stroke: T.muted, strokeWidth: 2, yOffset: a.yOffset, aria: false },
    encoding: { x: a.x('prior'), x2: { field: 'value' }, y: a.y, ...(keys.length > 1 ? keyEncoding(keys[1]!, keys) : {}) },
  };
}

/** Last year's value: a hollow circle. */
export function priorLayer(rows: Datum[], a: Axes, lang: Lang, keys: string[] = []): Layer {
  const m = GAP_MESSAGES[lang];
  return {
    data: { values: rows.filter((r) => r.prior !== null) },
    mark: { type: 'point', shape: 'circle', filled: false, size: 90, stroke: T.muted, strokeWidth: 2, opacity: 1, yOffset: a.yOffset },
    encoding: { x: a.x('prior'), y: a.y, ...(keys.length ? keyEncoding(keys[0]!, keys) : {}), description: { field: 'priorDesc' }, tooltip: [tip('label', m.col.group), tip('priorText', m.lastYear)] },
  };
}

/** This year's value: filled with its Dashboard colour, shaped by level, outlined dark; the legend names each level shown. */
export function currentLayer(rows: Datum[], a: Axes, model: GapModel, lang: Lang, columns = 6): Layer {
  const m = GAP_MESSAGES[lang];
  // The Dashboard's whole key (its five colours and "No color"), as the Dashboard shows it.
  const tokens = [...DASHBOARD_COLOR_ORDER.map((c) => DASHBOARD_COLORS[c]), NO_COLOR];
  const scale = (key: 'fill' | 'shape') => ({ domain: tokens.map((t) => t.name[lang]), range: tokens.map((t) => t[key]) });
  const legend = { title: m.legend, orient: 'bottom', direction: 'horizontal', columns };
  const custom = model.indicator === 'custom';
  return {
    data: { values: rows.filter((r) => r.value !== null) },
    mark: { type: 'point', filled: true, size: 170, stroke: T.primary, strokeWidth: 1.5, opacity: 1, yOffset: a.yOffset, ...(custom ? { fill: T.accent, shape: 'circle' } : {}) },
    encoding: {
      x: a.x('value'),
      y: a.y,
      ...(custom ? {} : { fill: { field: 'level', type: 'nominal', scale: scale('fill'), legend }, shape: { field: 'level', type: 'nominal', scale: scale('shape'), legend } }),
      description: { field: 'desc' },
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

/**
 * The reference: a dashed rule (in the narrow layout, one piece per row's dots, so it never runs
 * through a name) and its name and value above the plot, placed so they fit.
 */
export function referenceLayers(a: Axes, model: GapModel, lang: Lang, rows: Datum[], layout: GapLayout): Layer[] {
  const ref = model.reference;
  if (ref.value === null) return [];
  const text = GAP_MESSAGES[lang].referenceLabel(ref.name[lang], formatGapValue(ref.value, model.unit, lang));
  const at = placeLabel(text, layout.px(ref.value), layout.plot, FONT, true);
  const rule = { type: 'rule', stroke: T.primary, strokeWidth: 1.5, strokeDash: [6, 4] };
  const ruleLayer = layout.narrow
    ? {
        data: { values: rows.map((r) => ({ ref: ref.value, row: r.row, order: r.order })) },
        mark: rule,
        encoding: { x: a.x('ref'), y: { ...a.y, bandPosition: layout.headerHeight / layout.rowHeight }, y2: { field: 'row', bandPosition: 1 } },
      }
    : { data: { values: [{ ref: ref.value }] }, mark: rule, encoding: { x: a.x('ref') } };
  return [
    ruleLayer,
    {
      data: { values: [{ text: at.lines }] },
      mark: { type: 'text', align: at.align, baseline: 'bottom', fill: T.primary, fontWeight: 'bold', fontSize: FONT, lineHeight: LINE },
      // Vega writes a text's later lines below its first: the block is lifted so its last line ends 4 px above the plot.
      encoding: { x: { value: at.x }, y: { value: -4 - (at.lines.length - 1) * LINE }, text: { field: 'text' } },
    },
  ];
}

/** What the numbers beside the dots are, above the plot: "Numbers beside the dots: gap to All Students (+ ahead, − behind)". */
export function gapKeyLayer(model: GapModel, lang: Lang, layout: GapLayout, top: number): Layer[] {
  if (model.reference.value === null || !model.groups.some((g) => !g.isReference && g.behind !== null)) return [];
  const lines = wrapText(GAP_SPEC_MESSAGES[lang].gapKey(model.reference.name[lang]), layout.plot, GAP_FONT);
  return [
    {
      data: { values: [{ text: lines }] },
      mark: { type: 'text', align: 'left', baseline: 'top', fill: T.muted, fontSize: GAP_FONT, lineHeight: LINE },
      encoding: { x: { value: 0 }, y: { value: -top }, text: { field: 'text' } },
    },
  ];
}

/** Narrow layout: each group's name and levels above its row, across the plot. */
export function nameLayer(rows: Datum[], a: Axes): Layer {
  return {
    data: { values: rows },
    mark: { type: 'text', align: 'left', baseline: 'top', dy: 4, fill: T.primary, fontSize: FONT, lineHeight: LINE },
    encoding: { x: { value: 0 }, y: { ...a.y, bandPosition: 0 }, text: { field: 'lines' } },
  };
}

/** Each group's gap to the reference, beside its marks on the side away from the reference. */
export function gapLabelLayers(rows: Datum[], a: Axes): Layer[] {
  const layer = (values: Datum[], right: boolean): Layer => ({
    data: { values },
    mark: { type: 'text', align: right ? 'left' : 'right', baseline: 'middle', dx: right ? GAP_DX : -GAP_DX, fill: T.muted, fontSize: GAP_FONT, yOffset: a.yOffset },
    encoding: { x: a.x('labelX'), y: a.y, text: { field: 'gapLabel' } },
  });
  const right = rows.filter((r) => r.gapLabel && r.side === 'right');
  const left = rows.filter((r) => r.gapLabel && r.side === 'left');
  return [...(right.length ? [layer(right, true)] : []), ...(left.length ? [layer(left, false)] : [])];
}

/** Height of one group's row in the wide layout with one-line names, in pixels. */
export const GAP_ROW_HEIGHT = 34;

/** How many legend entries fit on one line of the chart's width. */
function legendColumns(labels: string[], width: number): number {
  const entry = Math.max(...labels.map((l) => textWidth(l, 11)), 0) + 34;
  return Math.max(1, Math.min(labels.length || 1, Math.floor((width - PAD.left - PAD.right) / entry)));
}

/**
 * The Vega-Lite v6 spec: a dot-and-line chart, one row per shown group, against the reference,
 * laid out for `width` (CSS px; default 640). The width fits the container (`fit-x`); the height
 * is a fixed number of pixels per group, not a `{ step }`, because Vega-Lite drops `fit-*` with a
 * warning when a size is a discrete step.
 */
export function gapSpec(model: GapModel, lang: Lang, description: string, width?: number): ChartSpec {
  const layout = layoutOf(model, lang, width);
  const rows = data(model, lang, layout);
  const a = axes(model, lang, layout);
  const sm = GAP_SPEC_MESSAGES[lang];
  const keys = [...(rows.some((r) => r.prior !== null) ? [sm.lastYear] : []), ...(rows.some((r) => r.prior !== null && r.value !== null) ? [sm.change] : [])];
  const levelNames = [...DASHBOARD_COLOR_ORDER.map((c) => DASHBOARD_COLORS[c].name[lang]), NO_COLOR.name[lang]];
  const refLines = model.reference.value === null ? 0 : placeLabel(GAP_MESSAGES[lang].referenceLabel(model.reference.name[lang], formatGapValue(model.reference.value, model.unit, lang)), layout.px(model.reference.value), layout.plot, FONT, true).lines.length;
  const keyLayers = gapKeyLayer(model, lang, layout, 0);
  const keyLines = keyLayers.length ? wrapText(sm.gapKey(model.reference.name[lang]), layout.plot, GAP_FONT).length : 0;
  // Above the plot (Vega adds the padding outside what the marks take): the key, then the reference's label.
  const top = 10 + refLines * LINE + keyLines * LINE;
  const layers = [
    ...(layout.narrow ? [nameLayer(rows, a)] : []),
    changeLayer(rows, a, keys),
    priorLayer(rows, a, lang, keys),
    currentLayer(rows, a, model, lang, legendColumns(levelNames, layout.width)),
    ...referenceLayers(a, model, lang, rows, layout),
    ...gapKeyLayer(model, lang, layout, top),
    ...gapLabelLayers(rows, a),
  ];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    width: 'container',
    height: Math.max(1, rows.length) * layout.rowHeight,
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: PAD,
    layer: layers,
    config: {
      ...MARK_ARIA,
      font: FONT_FAMILY,
      axis: { labelColor: T.primary, titleColor: T.primary, labelFontSize: FONT, titleFontSize: FONT, gridColor: '#d9d9d9' },
      // No symbolStrokeColor here: Vega-Lite would then make the symbols' stroke transparent; the mark's dark stroke outlines them.
      // Legends at the bottom stack (levels, then the key), each starting at the left, so none runs past the edge.
      legend: { labelColor: T.primary, titleColor: T.primary, labelFontSize: 11, symbolStrokeWidth: 1.5, symbolSize: 170, labelLimit: 0, layout: { bottom: { direction: 'vertical', anchor: 'start' } } },
      view: { stroke: null },
    },
  };
}
