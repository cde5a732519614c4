import type { EntityChildSummary, EntityDocument } from '../county/types.js';
import { cellOf, compareYears, groupName, isSmall, orderGroups, orderedIndicators } from '../equity-report/cells.js';
import { pickYear } from '../equity-report/analyse.js';
import { normalizeCountyGridOptions } from './options.js';
import type { CountyGridModel, CountyGridOptions, CountyGridOptionsInput, GridRow } from './types.js';

function rowOf(child: EntityChildSummary, year: string | null, group: string, suppressBelow: number, counts: { suppressed: number }): GridRow {
  const cells: GridRow['cells'] = {};
  for (const r of child.records) {
    if (r.year !== year || r.group !== group) continue;
    if (isSmall(r, suppressBelow)) counts.suppressed++;
    else cells[r.indicator] = cellOf(r);
  }
  const da = year === null ? undefined : child.da?.[year];
  return {
    cds: child.cds,
    name: child.name,
    kind: child.kind,
    href: child.href ?? null,
    cells,
    da: da ? { eligible: da.eligible, qualifyingGroups: [...(da.qualifyingGroups ?? [])] } : null,
  };
}

/**
 * The county grid: every child of the document (a county's districts, or a district's schools)
 * × every indicator, for one student group (All Students by default) and one Dashboard year, with
 * each LEA's DA status. Results of `suppressBelow` or fewer students are dropped and counted.
 */
export function analyzeCountyGrid(doc: EntityDocument, options: CountyGridOptionsInput | CountyGridOptions = {}): CountyGridModel {
  const o = normalizeCountyGridOptions(options as CountyGridOptionsInput);
  const all = doc.children.flatMap((c) => c.records);
  const years = [...new Set([...doc.years, ...all.map((r) => r.year)])].sort(compareYears);
  const year = pickYear(years, o.year);
  const counts = { suppressed: 0 };
  const rows = doc.children.map((c) => rowOf(c, year, o.group, o.suppressBelow, counts));
  const thisYear = all.filter((r) => r.year === year && !isSmall(r, o.suppressBelow));
  return {
    entity: doc.entity,
    year,
    years,
    group: o.group,
    groupName: groupName(o.group),
    groups: orderGroups(thisYear.map((r) => r.group)),
    indicators: orderedIndicators(doc.indicators, all),
    rows,
    hasDa: rows.some((r) => r.da !== null),
    childKind: doc.children.length > 0 && doc.children.every((c) => c.kind === 'school') ? 'school' : 'lea',
    suppressedCount: counts.suppressed,
    suppressBelow: o.suppressBelow,
    illustrative: doc.meta?.illustrative === true,
  };
}
