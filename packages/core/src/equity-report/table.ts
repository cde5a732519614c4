import type { Lang } from '../i18n/lang.js';
import type { DataTable } from '../table/data-table.js';
import { GAP_MESSAGES } from '../gap-chart/messages.js';
import { cellText, indicatorName, yearText } from './format.js';
import { COUNTY_MESSAGES } from './messages.js';
import type { EquityReportModel } from './types.js';

/** The equity report as a data table: one row per student group, one column per indicator, each cell in words. */
export function equityReportTable(model: EquityReportModel, lang: Lang, title: string): DataTable {
  const m = COUNTY_MESSAGES[lang];
  return {
    caption: `${title}, ${yearText(model.year, lang)}`,
    columns: [
      { key: 'code', label: GAP_MESSAGES[lang].col.code },
      { key: 'group', label: m.group },
      ...model.indicators.map((i) => ({ key: i, label: indicatorName(i, lang) })),
    ],
    rows: model.groups.map((g) => ({
      code: g.code,
      group: g.name[lang],
      ...Object.fromEntries(model.indicators.map((i) => [i, cellText(g.cells[i], lang)])),
    })),
  };
}
