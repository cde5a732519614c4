import type { WidgetDefinition } from '../pipeline/widget.js';
import { analyzePdsaLog } from './analyse.js';
import { PDSA_MESSAGES } from './messages.js';
import { normalizePdsaLogOptions } from './options.js';
import { readPdsaCycles } from './read.js';
import { changeNames } from './names.js';
import { pdsaLogSummary } from './summary.js';
import { pdsaLogTable } from './table.js';
import type { PdsaLogModel, PdsaLogOptions, PdsaLogOptionsInput } from './types.js';

const titleOf = (model: PdsaLogModel, lang: 'en' | 'es') => model.title ?? PDSA_MESSAGES[lang].title;

/**
 * The PDSA log in core: read and check the cycles → group them by change idea → the model, and
 * its views. No Vega chart (`spec` is null): the cycles are an ordered list, the ramp a small grid.
 */
export const pdsaLogWidget: WidgetDefinition<PdsaLogOptions, PdsaLogModel> = {
  options: (input) => normalizePdsaLogOptions(input as PdsaLogOptionsInput),
  analyse: (loaded, options) => analyzePdsaLog(readPdsaCycles(loaded), options, changeNames(loaded.value)),
  isEmpty: (model) => model.cycleCount === 0,
  title: (model, ctx) => titleOf(model, ctx.lang),
  spec: () => null,
  summary: (model, ctx) => pdsaLogSummary(model, ctx.lang),
  table: (model, ctx) => pdsaLogTable(model, ctx.lang, ctx.title ?? titleOf(model, ctx.lang)),
};
