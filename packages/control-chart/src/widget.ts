/**
 * The control chart's analysis and views, loaded by the element with a dynamic `import()` so the
 * script a page loads first holds only the element; this chunk comes when a control chart has
 * data. The small-multiple helpers come with it.
 */
export { controlChartWidget as widget, buildFacetSpec, facetSummaryTable, facetVerdictText, controlChartSummary, facetsSpec, isFacetModel, CONTROL_MESSAGES } from '@outcome-kit/core';
