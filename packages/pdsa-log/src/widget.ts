/**
 * The PDSA log's analysis, views and templates, loaded by the element with a dynamic `import()`
 * so the script a page loads first holds only the element.
 */
export { pdsaLogWidget as widget } from '@outcome-kit/core';
export { logTemplate } from './log.js';
