/**
 * The driver diagram's analysis, views and tree templates, loaded by the element with a dynamic
 * `import()` so the script a page loads first holds only the element.
 */
export { driverDiagramWidget as widget } from '@outcome-kit/core';
export { treeTemplate } from './tree.js';
