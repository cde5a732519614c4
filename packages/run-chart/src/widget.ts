/**
 * The run chart's analysis and views, loaded by the element with a dynamic `import()` so the
 * script a page loads first holds only the element; this chunk comes when a run chart has data.
 */
import { normalizeRunChartOptions, runChartWidget, type RunChartModel, type RunChartOptions, type RunChartOptionsInput, type WidgetDefinition } from '@outcome-kit/core';

export const widget: WidgetDefinition<RunChartOptions, RunChartModel> = {
  ...runChartWidget,
  options: (input) => normalizeRunChartOptions(input as RunChartOptionsInput),
};
