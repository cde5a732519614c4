import { equityCounts } from '../county/equity.js';
import type { CountyIndicator, DashboardRecord, EntityDocument, PriorityArea } from '../county/types.js';
import { cellOf, compareYears, groupName, isSmall, orderGroups, orderedIndicators } from './cells.js';
import { normalizeEquityReportOptions, badCountyOption } from './options.js';
import type { EquityCount, EquityDa, EquityGroupRow, EquityReportModel, EquityReportOptions, EquityReportOptionsInput } from './types.js';

/** The years a document covers, oldest first (its `years`, and any its records hold). */
export function documentYears(doc: EntityDocument, records: readonly DashboardRecord[] = doc.records): string[] {
  return [...new Set([...doc.years, ...records.map((r) => r.year)])].sort(compareYears);
}

/** The year to show: the one asked for (it must be in the data), else the latest. */
export function pickYear(years: readonly string[], wanted: string | null): string | null {
  if (wanted === null) return years.at(-1) ?? null;
  if (!years.includes(wanted)) badCountyOption('year', wanted, (m) => m.expect.yearIn(years));
  return wanted;
}

/**
 * The equity counts per indicator (core's `equityCounts` over the shown records: the student
 * groups with a colour, and those in Red or Orange), with All Students' colour beside them.
 */
function countsFor(shown: readonly DashboardRecord[], indicators: readonly CountyIndicator[]): EquityCount[] {
  const counts = equityCounts(shown);
  return indicators.map((indicator) => {
    const c = counts.find((x) => x.indicator === indicator);
    const all = shown.find((r) => r.group === 'ALL' && r.indicator === indicator)?.color ?? null;
    return { indicator, allStudents: all, evaluated: c?.evaluated ?? 0, red: c?.red ?? 0, orange: c?.orange ?? 0 };
  });
}

/**
 * The document's DA result for the year, when it has one. A reason that points at a result the
 * report does not show (a group of `suppressBelow` or fewer students) is dropped, and so is a
 * qualifying group left with fewer than two areas: the words never reveal a hidden group. The
 * verdict stays as published.
 */
function daFor(doc: EntityDocument, year: string | null, shown: readonly DashboardRecord[]): EquityDa | null {
  const result = year === null ? undefined : doc.da?.[year];
  if (!result) return null;
  const visible = new Set(shown.map((r) => `${r.group}|${r.indicator}`));
  const reasons = (result.reasons ?? []).filter((r) => r.indicators.every((i) => visible.has(`${r.group}|${i.indicator}`)));
  const areas = (g: string) => new Set(reasons.filter((r) => r.group === g).map((r) => r.area)).size;
  return { eligible: result.eligible, qualifyingGroups: (result.qualifyingGroups ?? []).filter((g) => areas(g) >= 2), reasons };
}

/**
 * The equity report of one district or school for one Dashboard year: every student group ×
 * every indicator (in the Dashboard's order), each cell its colour, levels, status and change as
 * published; the equity counts per indicator; and the differentiated-assistance verdict with its
 * reasons. Records of `suppressBelow` or fewer students are dropped first and only counted.
 */
export function analyzeEquityReport(doc: EntityDocument, options: EquityReportOptionsInput | EquityReportOptions = {}): EquityReportModel {
  const o = normalizeEquityReportOptions(options as EquityReportOptionsInput);
  const years = documentYears(doc);
  const year = pickYear(years, o.year);
  const current = doc.records.filter((r) => r.year === year);
  const shown = current.filter((r) => !isSmall(r, o.suppressBelow));
  const indicators = orderedIndicators(doc.indicators, doc.records);
  const da = daFor(doc, year, shown);
  const areasOf = (code: string): PriorityArea[] =>
    [...new Set((da?.reasons ?? []).filter((r) => r.group === code).map((r) => r.area))].sort((a, b) => a - b);
  const before = year === null ? undefined : years[years.indexOf(year) - 1];
  const prior = new Map(doc.records.filter((r) => r.year === before && !isSmall(r, o.suppressBelow)).map((r) => [`${r.group}|${r.indicator}`, r.status]));
  const groups = orderGroups(shown.map((r) => r.group)).map((code): EquityGroupRow => {
    const cells: EquityGroupRow['cells'] = {};
    for (const r of shown) if (r.group === code) cells[r.indicator] = cellOf(r, prior.get(`${code}|${r.indicator}`) ?? null);
    return { code, name: groupName(code), cells, areas: areasOf(code) };
  });
  const cutPoints: EquityReportModel['cutPoints'] = {};
  for (const i of indicators) {
    const mine = current.filter((r) => r.indicator === i);
    cutPoints[i] = { highSchool: mine.some((r) => r.hsCutPoints === true), suspensionTable: mine.find((r) => r.suspensionType)?.suspensionType ?? null };
  }
  return {
    entity: doc.entity,
    parents: doc.parents,
    year,
    years,
    indicators,
    groups,
    counts: countsFor(shown, indicators),
    da,
    cutPoints,
    suppressedCount: current.length - shown.length,
    suppressBelow: o.suppressBelow,
    illustrative: doc.meta?.illustrative === true,
  };
}
