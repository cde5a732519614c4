import type { Lang } from '../i18n/lang.js';
import type { WidgetDefinition } from '../pipeline/widget.js';
import { readEntityDocument } from '../equity-report/document.js';
import { analyzeCountyGrid } from './analyse.js';
import { COUNTY_GRID_MESSAGES } from './messages.js';
import { normalizeCountyGridOptions } from './options.js';
import { countyGridSummary } from './summary.js';
import { countyGridTable } from './table.js';
import type { CountyGridModel, CountyGridOptions, CountyGridOptionsInput } from './types.js';

const titleOf = (model: CountyGridModel, lang: Lang) => COUNTY_GRID_MESSAGES[lang].title(model.entity.name, model.childKind);

/**
 * The county grid in core: a county's (or a district's) entity document → the model → summary
 * and table. No Vega chart (`spec` is null): the grid is an HTML table whose rows open each
 * entity's equity report.
 */
export const countyGridWidget: WidgetDefinition<CountyGridOptions, CountyGridModel> = {
  options: (input) => normalizeCountyGridOptions(input as CountyGridOptionsInput),
  analyse: (loaded, options) => analyzeCountyGrid(readEntityDocument(loaded.value), options),
  isEmpty: (model) => model.rows.length === 0,
  title: (model, ctx) => titleOf(model, ctx.lang),
  spec: () => null,
  summary: (model, ctx) => countyGridSummary(model, ctx.lang),
  table: (model, ctx) => countyGridTable(model, ctx.lang, ctx.title ?? titleOf(model, ctx.lang)),
};
