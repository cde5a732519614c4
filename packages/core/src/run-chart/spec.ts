import type { Lang } from '../i18n/lang.js';
import type { ChartSpec } from '../pipeline/widget.js';
import { FONT_FAMILY, MARKS, TEXT, MARK_ARIA } from '../theme/tokens.js';
import { RUN_CHART_MESSAGES } from './messages.js';
import { changeLayers, goalLayers, measureLayers, medianLayers, phaseLayers, pointRows, xDatum, type Json, type LayerContext } from './spec-layers.js';
import { RUN_DEFAULT_WIDTH, RUN_PLOT_HEIGHT, dateTicks, plotWidth, tickStep } from './spec-place.js';
import { astronomicalLayers, phaseSignalLayers, trendBandLayers } from './spec-signals.js';
import { runChartSummary } from './summary.js';
import { textWidth } from '../export/text-width.js';
import type { RunChartModel } from './types.js';

const TIME_FORMAT = { day: '%Y-%m-%d', month: '%Y-%m', year: '%Y' } as const;

/**
 * School years on the axis: a tick at each data year's 1 July, labelled "2023–24". The label
 * expression is a constant (it reads only the tick's own timestamp); no data text goes into it.
 */
const SCHOOL_YEAR_LABEL = "utcyear(datum.value) + '–' + slice('' + (utcyear(datum.value) + 1), 2)";

/**
 * The date axis at the model's precision. School-year ticks are Vega-Lite DateTime objects:
 * bare timestamps compile to `datetime(ms)`, which Vega's expression interpreter leaves unlabelled.
 */
function dateAxis(model: RunChartModel, plot: number): Json {
  if (model.datePrecision === 'schoolYear') {
    const years = [...new Set(model.points.map((p) => (p.x as Date).getUTCFullYear()))];
    // One label per school year, thinned to every n-th when they do not all fit.
    const step = tickStep(years.length, textWidth('2023–24', 11), plot);
    const shown = years.filter((_, i) => i % step === 0);
    return { values: shown.map((year) => ({ year, month: 7, date: 1, utc: true })), labelExpr: SCHOOL_YEAR_LABEL, labelOverlap: true };
  }
  // No `formatType`: with a UTC scale Vega-Lite formats in UTC already, and it drops a format
  // whose formatType is "utc" (not one of its own types) with a warning. Ticks follow the data's
  // precision (one per month for monthly data), thinned so the labels fit.
  const sample = { day: '2024-09-30', month: '2024-09', year: '2024' }[model.datePrecision ?? 'day'];
  return { format: TIME_FORMAT[model.datePrecision ?? 'day'], labelOverlap: true, ...dateTicks(model, plot, sample) };
}

/** The x encoding every layer shares: UTC time, a number, or labels in their given order. */
function xEncoding(model: RunChartModel, lang: Lang, plot: number): Json {
  const cols = RUN_CHART_MESSAGES[lang].columns;
  if (model.xType === 'date') {
    return { field: 'x', type: 'temporal', title: model.options.xLabel ?? cols.date, scale: { type: 'utc' }, axis: dateAxis(model, plot) };
  }
  if (model.xType === 'number') {
    return { field: 'x', type: 'quantitative', title: model.options.xLabel ?? (model.options.x === 'x' ? cols.x : model.options.x), scale: { zero: false, nice: false }, axis: { tickCount: Math.max(2, Math.floor(plot / 60)) } };
  }
  const domain = [...new Set(model.points.map((p) => String(xDatum(p.x))))];
  // Every n-th label, so the labels shown fit side by side.
  const step = tickStep(domain.length, Math.max(0, ...domain.map((d) => textWidth(d, 11))), plot);
  const axis = step > 1 ? { labelOverlap: true, values: domain.filter((_, i) => i % step === 0) } : { labelOverlap: true };
  return { field: 'x', type: 'ordinal', title: model.options.xLabel ?? (model.options.x === 'x' ? cols.x : model.options.x), sort: null, scale: { domain }, axis };
}

/**
 * The run chart as a Vega-Lite v6 spec, built from small layers: goal, medians, phases, changes,
 * then the measure (line and points). Data is inline plain JSON; the description is the summary.
 * Percentages are plotted as fractions (85 → 0.85) so the axis formats them with `%` and no
 * custom expression.
 */
export function buildRunChartSpec(model: RunChartModel, lang: Lang = 'en', description?: string, width?: number): ChartSpec {
  const percent = model.options.yFormat === 'percent';
  const cols = RUN_CHART_MESSAGES[lang].columns;
  const title = model.options.yLabel ?? (model.options.y === 'y' ? cols.value : model.options.y);
  const axis = percent ? { format: '.1~%' } : {};
  const plotPx = plotWidth(width);
  // Room above and below the data (pixels) for the change labels and the whole-phase brackets.
  const room = model.changes.length || model.signals.length ? 24 : 8;
  const c: LayerContext = {
    model,
    lang,
    x: xEncoding(model, lang, plotPx),
    y: (field) => ({ field, type: 'quantitative', title, scale: { zero: false, padding: room }, axis }),
    plot: percent ? (v) => v / 100 : (v) => v,
    plotPx,
    width: Math.round(width ?? RUN_DEFAULT_WIDTH),
  };
  const layer = [
    ...trendBandLayers(c),
    ...goalLayers(c),
    ...medianLayers(c),
    ...phaseLayers(c),
    ...changeLayers(c),
    ...phaseSignalLayers(c, plotPx),
    ...astronomicalLayers(c, plotPx),
    ...measureLayers(c),
  ];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: description ?? runChartSummary(model, lang),
    width: 'container',
    height: RUN_PLOT_HEIGHT,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values: pointRows(c) },
    layer,
    config: {
      ...MARK_ARIA,
      font: FONT_FAMILY,
      background: MARKS.background,
      view: { stroke: null },
      axis: { labelColor: TEXT.muted, titleColor: TEXT.primary, gridColor: MARKS.grid, domainColor: TEXT.muted, tickColor: TEXT.muted, labelFontSize: 11, titleFontSize: 12 },
      // Legends at the bottom stack, each from the left edge, so none runs past the chart's edge.
      legend: { labelColor: TEXT.primary, titleColor: TEXT.primary, orient: 'bottom', labelLimit: 0, layout: { bottom: { direction: 'vertical', anchor: 'start' } } },
    },
  };
}
