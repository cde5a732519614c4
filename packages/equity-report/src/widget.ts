/**
 * The equity report's analysis, views and templates, loaded by the element with a dynamic
 * `import()` so the script a page loads first holds only the element.
 */
export { equityReportWidget as widget } from '@outcome-kit/core';
export { reportViews } from './views.js';
