/**
 * The theory of action's analysis, views and chain templates, loaded by the element with a
 * dynamic `import()` so the script a page loads first holds only the element; this chunk comes
 * when a theory of action has data.
 */
export { theoryOfActionWidget as widget } from '@outcome-kit/core';
export { chainTemplate } from './chain.js';
