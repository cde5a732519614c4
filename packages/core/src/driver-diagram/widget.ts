import type { WidgetDefinition } from '../pipeline/widget.js';
import { analyzeDriverDiagram } from './analyse.js';
import { DRIVER_DIAGRAM_MESSAGES } from './messages.js';
import { normalizeDriverDiagramOptions } from './options.js';
import { readDriverDiagram } from './read.js';
import { driverDiagramSummary } from './summary.js';
import { driverDiagramTable } from './table.js';
import type { DriverDiagramModel, DriverDiagramOptions, DriverDiagramOptionsInput } from './types.js';

const titleOf = (model: DriverDiagramModel, lang: 'en' | 'es') => model.title ?? DRIVER_DIAGRAM_MESSAGES[lang].title;

/**
 * The driver diagram in core: read and check the tree → analyse (measures with the run-chart
 * rules, change ideas with their PDSA cycles) → the model, and its views. No Vega chart: the
 * diagram is an accessible HTML tree.
 */
export const driverDiagramWidget: WidgetDefinition<DriverDiagramOptions, DriverDiagramModel> = {
  options: (input) => normalizeDriverDiagramOptions(input as DriverDiagramOptionsInput),
  analyse: (loaded, options) => analyzeDriverDiagram(readDriverDiagram(loaded), options),
  isEmpty: (model) => model.nodes.length === 0,
  title: (model, ctx) => titleOf(model, ctx.lang),
  spec: () => null,
  summary: (model, ctx) => driverDiagramSummary(model, ctx.lang),
  table: (model, ctx) => driverDiagramTable(model, ctx.lang, ctx.title ?? titleOf(model, ctx.lang)),
};
