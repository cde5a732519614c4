/**
 * The county grid's analysis, views and templates, loaded by the element with a dynamic
 * `import()` so the script a page loads first holds only the element.
 */
export { countyGridWidget as widget } from '@outcome-kit/core';
export { gridViews } from './views.js';
