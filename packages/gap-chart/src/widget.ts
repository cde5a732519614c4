/**
 * The gap chart's analysis and views, loaded by the element with a dynamic `import()` so the
 * script a page loads first holds only the element; this chunk comes when a gap chart has data.
 */
import { gapChartWidget, normalizeGapOptions, type GapModel, type GapOptions, type GapOptionsInput, type WidgetDefinition } from '@outcome-kit/core';

export const widget: WidgetDefinition<GapOptions, GapModel> = {
  ...gapChartWidget,
  options: (input) => normalizeGapOptions(input as GapOptionsInput),
};
