/**
 * Control charts in core: options, pooling, limits chart by chart (qicharts2's), the NHS XmR
 * rules, the analysis (the model), small multiples, and the views drawn from the model.
 */
export * from './types.js';
export { normalizeControlChartOptions, CONTROL_CHART_ATTRIBUTES, CONTROL_CHART_TYPES, NEEDS_N } from './options.js';
export { analyzeControlChart } from './analyse.js';
export { partLimits, type PartLimits } from './limits.js';
export { poolByX, type PooledPoint } from './pool.js';
export { sum as compensatedSum, mean as compensatedMean, c4, c5 } from './stats.js';
export { nhsLimits, nhsFlags, nhsAssurance, NHS_LIMIT, NHS_NEAR } from './nhs.js';
export { CONTROL_MESSAGES, type ControlMessages } from './messages.js';
export { analyzeControlFacets } from './facets.js';
export { buildControlChartSpec, buildFacetSpec, buildFacetsSpec } from './spec.js';
export { controlChartSummary, facetSummary, facetVerdictText, signalItems } from './summary.js';
export { controlChartTable, facetPointsTable, facetSummaryTable } from './table.js';
export { formatValue as formatControlValue, formatX as formatControlX, valueStyle } from './text.js';
export { controlChartWidget, facetsSpec, isFacetModel, type ControlWidgetModel } from './widget.js';
