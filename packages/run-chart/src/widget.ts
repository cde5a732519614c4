/**
 * The run chart's analysis and views, loaded by the element with a dynamic `import()` so the
 * script a page loads first holds only the element; this chunk comes when a run chart has data.
 */
export { runChartWidget as widget } from '@outcome-kit/core';
