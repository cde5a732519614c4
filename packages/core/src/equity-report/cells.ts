import { DASHBOARD_INDICATORS, STUDENT_GROUPS } from '../gap-chart/facts.js';
import { resolveGroup } from '../gap-chart/groups.js';
import { colorMinimum } from '../gap-chart/levels.js';
import type { NoColorReason } from '../gap-chart/types.js';
import type { Localized } from '../i18n/lang.js';
import { COUNTY_INDICATORS, type CountyIndicator, type DashboardRecord } from '../county/types.js';
import type { ResultCell } from './types.js';

/**
 * Why a record has no colour, from what it holds: too few students for a colour, no prior year
 * (no change), no current value; otherwise the Dashboard file gave none.
 */
function noColorReason(r: DashboardRecord, minimum: number): NoColorReason | null {
  if (r.color) return null;
  if (r.status === null) return 'no-status';
  if (r.n !== null && r.n < minimum) return 'too-few-students';
  if (r.change === null) return 'no-prior-year';
  return 'not-colored-in-file';
}

/** One record as a result cell (its colour, levels and numbers, as published); `prior` is last year's status when known. */
export function cellOf(r: DashboardRecord, prior: number | null = null): ResultCell {
  const minimum = colorMinimum(r.group);
  return {
    indicator: r.indicator,
    unit: DASHBOARD_INDICATORS[r.indicator].unit,
    color: r.color ?? null,
    statusLevel: r.statusLevel ?? null,
    changeLevel: r.changeLevel ?? null,
    status: r.status,
    change: r.change,
    prior,
    n: r.n,
    noColorReason: noColorReason(r, minimum),
    colorMinimum: minimum,
  };
}

/** True when a record must not be shown: size unknown, or `suppressBelow` students or fewer. */
export const isSmall = (r: DashboardRecord, suppressBelow: number): boolean => r.n === null || !Number.isFinite(r.n) || r.n <= suppressBelow;

/** Compares Dashboard years: by the year's number (`2017f`, `2018`, `2024`), then as text. */
export function compareYears(a: string, b: string): number {
  const x = Number.parseInt(a, 10);
  const y = Number.parseInt(b, 10);
  return Number.isFinite(x) && Number.isFinite(y) && x !== y ? x - y : a.localeCompare(b);
}

/** The document's indicators in the Dashboard's order (COUNTY_INDICATORS), only those it has. */
export function orderedIndicators(listed: readonly CountyIndicator[], records: readonly DashboardRecord[]): CountyIndicator[] {
  const present = new Set<CountyIndicator>([...listed, ...records.map((r) => r.indicator)]);
  return COUNTY_INDICATORS.filter((i) => present.has(i));
}

const GROUP_ORDER = Object.keys(STUDENT_GROUPS);

/** Student-group codes in the CDE order of STUDENT_GROUPS (All Students first); unknown codes after, as given. */
export function orderGroups(codes: Iterable<string>): string[] {
  const rank = (c: string) => {
    const i = GROUP_ORDER.indexOf(c);
    return i < 0 ? GROUP_ORDER.length : i;
  };
  return [...new Set(codes)].map((c, i) => [c, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([c]) => c);
}

/** A group's display name in both languages (a CDE code's, or the code itself). */
export const groupName = (code: string): Localized => resolveGroup(code).name;
