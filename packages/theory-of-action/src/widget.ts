/**
 * The theory of action's analysis, views and chain templates, loaded by the element with a
 * dynamic `import()` so the script a page loads first holds only the element; this chunk comes
 * when a theory of action has data.
 */
import {
  normalizeTheoryOfActionOptions,
  theoryOfActionWidget,
  type TheoryOfActionModel,
  type TheoryOfActionOptions,
  type TheoryOfActionOptionsInput,
  type WidgetDefinition,
} from '@outcome-kit/core';

export const widget: WidgetDefinition<TheoryOfActionOptions, TheoryOfActionModel> = {
  ...theoryOfActionWidget,
  options: (input) => normalizeTheoryOfActionOptions(input as TheoryOfActionOptionsInput),
};

export { chainTemplate } from './chain.js';
