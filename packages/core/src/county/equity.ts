/**
 * The Dashboard's equity counts per indicator: how many student groups received a colour
 * ("evaluated") and how many of them are Red or Orange. All Students is not a student group here;
 * only the accountability groups count (DA_GROUPS: the groups CDE reports and holds LEAs to).
 * Plain TypeScript, for the browser as well as publish.
 */
import { DASHBOARD_COLOR_ORDER, type DashboardColor } from '../theme/tokens.js';
import { DA_GROUPS } from './da-rules.js';
import { COUNTY_INDICATORS, type CountyIndicator, type DashboardRecord } from './types.js';

export interface IndicatorEquityCount {
  cds: string;
  year: string;
  indicator: CountyIndicator;
  /** Student groups with a colour. */
  evaluated: number;
  red: number;
  orange: number;
  /** Groups per colour. */
  colors: Record<DashboardColor, number>;
}

const COUNTED: ReadonlySet<string> = new Set(DA_GROUPS);

/**
 * Equity counts for every entity × year × indicator in `records` (sorted by CDS code, year, then
 * the Dashboard's indicator order). Pass one entity's records for one entity's counts.
 */
export function equityCounts(records: readonly DashboardRecord[]): IndicatorEquityCount[] {
  const map = new Map<string, IndicatorEquityCount>();
  for (const r of records) {
    if (!COUNTED.has(r.group)) continue;
    const key = `${r.cds}|${r.year}|${r.indicator}`;
    let c = map.get(key);
    if (!c) {
      c = { cds: r.cds, year: r.year, indicator: r.indicator, evaluated: 0, red: 0, orange: 0, colors: { red: 0, orange: 0, yellow: 0, green: 0, blue: 0 } };
      map.set(key, c);
    }
    if (!r.color || !DASHBOARD_COLOR_ORDER.includes(r.color)) continue;
    c.evaluated++;
    c.colors[r.color]++;
    if (r.color === 'red') c.red++;
    if (r.color === 'orange') c.orange++;
  }
  const order = (i: CountyIndicator) => COUNTY_INDICATORS.indexOf(i);
  return [...map.values()].sort((a, b) => a.cds.localeCompare(b.cds) || a.year.localeCompare(b.year) || order(a.indicator) - order(b.indicator));
}
