import type { Lang } from '../i18n/lang.js';
import type { DataTable } from '../table/data-table.js';
import { groupName } from '../equity-report/cells.js';
import { cellText, indicatorName, yearText } from '../equity-report/format.js';
import { COUNTY_GRID_MESSAGES } from './messages.js';
import type { CountyGridModel, GridRow } from './types.js';

/** A row's DA status in words: "Eligible (Students with Disabilities)", "Not eligible", or ''. */
export function daText(row: GridRow, lang: Lang): string {
  const m = COUNTY_GRID_MESSAGES[lang];
  if (!row.da) return '';
  if (!row.da.eligible) return m.daNotEligible;
  const groups = row.da.qualifyingGroups.map((g) => groupName(g)[lang]);
  return groups.length ? `${m.daEligible} (${m.daGroups(groups)})` : m.daEligible;
}

/** The grid as a data table: one row per district or school, its CDS code, each indicator's cell in words, and DA. */
export function countyGridTable(model: CountyGridModel, lang: Lang, title: string): DataTable {
  const m = COUNTY_GRID_MESSAGES[lang];
  return {
    caption: `${title}, ${model.groupName[lang]}, ${yearText(model.year, lang)}`,
    columns: [
      { key: 'name', label: m.name(model.childKind) },
      { key: 'cds', label: 'CDS' },
      ...model.indicators.map((i) => ({ key: i, label: indicatorName(i, lang) })),
      ...(model.hasDa ? [{ key: 'da', label: m.da }] : []),
    ],
    rows: model.rows.map((r) => ({
      name: r.name,
      cds: r.cds,
      ...Object.fromEntries(model.indicators.map((i) => [i, cellText(r.cells[i], lang)])),
      ...(model.hasDa ? { da: daText(r, lang) } : {}),
    })),
  };
}
