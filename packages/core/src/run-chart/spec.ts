import type { Lang } from '../i18n/lang.js';
import type { ChartSpec } from '../pipeline/widget.js';
import { FONT_FAMILY, MARKS, TEXT } from '../theme/tokens.js';
import { RUN_CHART_MESSAGES } from './messages.js';
import { changeLayers, goalLayers, measureLayers, medianLayers, phaseLayers, pointRows, xDatum, type Json, type LayerContext } from './spec-layers.js';
import { runChartSummary } from './summary.js';
import type { RunChartModel } from './types.js';

const TIME_FORMAT = { day: '%Y-%m-%d', month: '%Y-%m', year: '%Y' } as const;

/** The x encoding every layer shares: UTC time, a number, or labels in their given order. */
function xEncoding(model: RunChartModel, lang: Lang): Json {
  const cols = RUN_CHART_MESSAGES[lang].columns;
  if (model.xType === 'date') {
    const format = TIME_FORMAT[model.datePrecision ?? 'day'];
    return { field: 'x', type: 'temporal', title: cols.date, scale: { type: 'utc' }, axis: { format, formatType: 'utc', labelOverlap: true } };
  }
  if (model.xType === 'number') {
    return { field: 'x', type: 'quantitative', title: model.options.x === 'x' ? cols.x : model.options.x, scale: { zero: false, nice: false } };
  }
  const domain = [...new Set(model.points.map((p) => String(xDatum(p.x))))];
  return { field: 'x', type: 'ordinal', title: model.options.x === 'x' ? cols.x : model.options.x, sort: null, scale: { domain }, axis: { labelOverlap: true } };
}

/**
 * The run chart as a Vega-Lite v6 spec, built from small layers: goal, medians, phases, changes,
 * then the measure (line and points). Data is inline plain JSON; the description is the summary.
 * Percentages are plotted as fractions (85 → 0.85) so the axis formats them with `%` and no
 * custom expression.
 */
export function buildRunChartSpec(model: RunChartModel, lang: Lang = 'en'): ChartSpec {
  const percent = model.options.yFormat === 'percent';
  const cols = RUN_CHART_MESSAGES[lang].columns;
  const title = model.options.y === 'y' ? cols.value : model.options.y;
  const axis = percent ? { format: '.1~%' } : {};
  const c: LayerContext = {
    model,
    lang,
    x: xEncoding(model, lang),
    y: (field) => ({ field, type: 'quantitative', title, scale: { zero: false }, axis }),
    plot: percent ? (v) => v / 100 : (v) => v,
  };
  const layer = [...goalLayers(c), ...medianLayers(c), ...phaseLayers(c), ...changeLayers(c), ...measureLayers(c)];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: runChartSummary(model, lang),
    width: 'container',
    height: 300,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values: pointRows(c) },
    layer,
    config: {
      font: FONT_FAMILY,
      background: MARKS.background,
      view: { stroke: null },
      axis: { labelColor: TEXT.muted, titleColor: TEXT.primary, gridColor: MARKS.grid, domainColor: TEXT.muted, tickColor: TEXT.muted, labelFontSize: 11, titleFontSize: 12 },
      legend: { labelColor: TEXT.primary, titleColor: TEXT.primary, orient: 'bottom' },
    },
  };
}
