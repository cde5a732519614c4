/**
 * The gap chart's analysis and views, loaded by the element with a dynamic `import()` so the
 * script a page loads first holds only the element; this chunk comes when a gap chart has data.
 */
export { gapChartWidget as widget } from '@outcome-kit/core';
