import type { Lang } from '../i18n/lang.js';
import type { WidgetDefinition } from '../pipeline/widget.js';
import { analyzeEquityReport } from './analyse.js';
import { readEntityDocument } from './document.js';
import { COUNTY_MESSAGES } from './messages.js';
import { normalizeEquityReportOptions } from './options.js';
import { equityReportSummary } from './summary.js';
import { equityReportTable } from './table.js';
import type { EquityReportModel, EquityReportOptions, EquityReportOptionsInput } from './types.js';

const titleOf = (model: EquityReportModel, lang: Lang) => COUNTY_MESSAGES[lang].title(model.entity.name);

/**
 * The equity report in core: an entity document (as `outcome-kit publish` writes it) → the model
 * → summary and table. It draws no Vega chart (`spec` is null): the report is an HTML table, and
 * each cell opens that indicator's gap chart.
 */
export const equityReportWidget: WidgetDefinition<EquityReportOptions, EquityReportModel> = {
  options: (input) => normalizeEquityReportOptions(input as EquityReportOptionsInput),
  analyse: (loaded, options) => analyzeEquityReport(readEntityDocument(loaded.value), options),
  isEmpty: (model) => model.groups.length === 0,
  title: (model, ctx) => titleOf(model, ctx.lang),
  spec: () => null,
  summary: (model, ctx) => equityReportSummary(model, ctx.lang),
  table: (model, ctx) => equityReportTable(model, ctx.lang, ctx.title ?? titleOf(model, ctx.lang)),
};
