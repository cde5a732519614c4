/**
 * The run chart in core: options, analysis (the model), limits, and the views drawn from the
 * model (Vega-Lite spec, summary, table), plus the widget definition that ties them together.
 */
export * from './types.js';
export { normalizeRunChartOptions, RUN_CHART_ATTRIBUTES } from './options.js';
export { analyzeRunChart, IHI_SHIFT, IHI_TREND } from './analyse.js';
export {
  anhoejLongestRunLimit,
  anhoejCrossingsLimit,
  binomialHalfQuantile,
  binomialHalfQuantileDirect,
  binomialHalfQuantileLog,
  IHI_RUNS_TABLE,
  ihiRunsLimits,
} from './limits.js';
export { medianInPlace, selectInPlace } from './select.js';
export { buildRunChartSpec } from './spec.js';
export { runChartSummary, signalSentence, changeBefore } from './summary.js';
export { runChartTable } from './table.js';
export { RUN_CHART_MESSAGES, type RunChartMessages } from './messages.js';
export { runChartWidget, detectXType } from './widget.js';
