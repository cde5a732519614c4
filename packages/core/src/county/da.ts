/**
 * Differentiated-assistance eligibility (Method 1): an LEA is eligible when one student group (not
 * All Students) meets the criteria in two or more LCFF priority areas, by the rule of the year in
 * da-rules.ts. Pure and plain TypeScript (runs in browsers under a strict CSP).
 * Checked against CDE's determinations by ../shared/conformance/da-eligibility.mjs.
 */
import type { DashboardStatusLevel } from '../gap-chart/facts.js';
import { DA_AREA_OF, DA_GROUPS, DA_STATUS_MIN_N, daRuleFor, daYearOf, type DaReading } from './da-rules.js';
import type { CountyIndicator, DaIndicatorRow, DaInput, DaReason, DaResult, DashboardRecord, PriorityArea } from './types.js';

const LOWER_IS_BETTER: ReadonlySet<CountyIndicator> = new Set(['chronic', 'susp']);

/** The worst status level of an indicator: Very High for chronic absenteeism and suspension, else Very Low. */
export function worstStatus(indicator: CountyIndicator): DashboardStatusLevel {
  return LOWER_IS_BETTER.has(indicator) ? 'very-high' : 'very-low';
}

/** Minimum n for a criterion that reads a status level. */
function statusMinimum(group: string): number {
  return DA_STATUS_MIN_N.fosterHomelessGroups.includes(group) ? DA_STATUS_MIN_N.fosterHomeless : DA_STATUS_MIN_N.default;
}

/** Whether one row meets a single-indicator criterion: Red, or (status reading) the worst status with enough students. */
function meets(row: DaIndicatorRow | undefined, indicator: CountyIndicator, reading: DaReading, group: string): boolean {
  if (!row) return false;
  if (reading === 'color') return row.color === 'red';
  return row.statusLevel === worstStatus(indicator) && row.n !== null && row.n >= statusMinimum(group);
}

type Entry = DaReason['indicators'][number];
const entry = (indicator: CountyIndicator, row: DaIndicatorRow): Entry => ({ indicator, color: row.color, statusLevel: row.statusLevel });

/** P4 from ELA and Math: both Red, or one Red and the other Orange (colour years); both Very Low (2022). */
function academic(rows: Partial<Record<CountyIndicator, DaIndicatorRow>>, reading: DaReading, group: string): Entry[] {
  const ela = rows.ela;
  const math = rows.math;
  if (!ela || !math) return [];
  if (reading === 'status') return meets(ela, 'ela', 'status', group) && meets(math, 'math', 'status', group) ? [entry('ela', ela), entry('math', math)] : [];
  const redOrOrange = (c: string | null) => c === 'red' || c === 'orange';
  const ok = redOrOrange(ela.color) && redOrOrange(math.color) && (ela.color === 'red' || math.color === 'red');
  return ok ? [entry('ela', ela), entry('math', math)] : [];
}

/**
 * Which student groups meet which LCFF priority areas (4, 5, 6, 8) in one LEA-year, and whether the
 * LEA is eligible for differentiated assistance by Method 1 (a group in two or more areas).
 * Local indicators (Methods 2, 3), CALPADS (Method 4) and charters' two-year rule are not part of it.
 * A year with no DA determination (2020, 2021) gives no areas and `eligible: false`.
 */
export function daEligibility(input: DaInput): DaResult {
  const year = daYearOf(input.year);
  const rule = daRuleFor(year);
  const result: DaResult = { eligible: false, groups: {}, reasons: [], qualifyingGroups: [], year };
  if (!rule) return result;
  for (const group of DA_GROUPS) {
    const rows = input.groups[group];
    if (!rows) continue;
    const found = new Map<PriorityArea, Entry[]>();
    const add = (area: PriorityArea, entries: Entry[]) => {
      if (entries.length) found.set(area, [...(found.get(area) ?? []), ...entries]);
    };
    add(4, academic(rows, rule.academic, group));
    if (rule.elpi && rule.elpi.groups.includes(group) && meets(rows.elpi, 'elpi', rule.elpi.reading, group)) add(4, [entry('elpi', rows.elpi!)]);
    for (const [indicator, reading] of Object.entries(rule.single) as [CountyIndicator, DaReading][]) {
      if (meets(rows[indicator], indicator, reading, group)) add(DA_AREA_OF[indicator], [entry(indicator, rows[indicator]!)]);
    }
    if (!found.size) continue;
    const areas = [...found.keys()].sort((a, b) => a - b);
    result.groups[group] = areas;
    for (const area of areas) result.reasons.push({ group, area, indicators: found.get(area)! });
    if (areas.length >= 2) result.qualifyingGroups.push(group);
  }
  result.eligible = result.qualifyingGroups.length > 0;
  return result;
}

/** A long-table record as a DA row. */
export function daRowOf(r: DashboardRecord): DaIndicatorRow {
  return { color: r.color, statusLevel: r.statusLevel, changeLevel: r.changeLevel, n: r.n, status: r.status, change: r.change, priorN: r.priorN };
}

/**
 * The DA input of one LEA-year from long-table records: the LEA's own rows (its 14-digit CDS code,
 * e.g. `27661590000000`) of that Dashboard year (`2017f` and `2017` are the same year). A county
 * office (`coe` flag) is `leaType: 'coe'`. Returns null when no record matches.
 */
export function daFromRecords(records: readonly DashboardRecord[], cds: string, year: string): DaInput | null {
  const y = daYearOf(year);
  const mine = records.filter((r) => r.cds === cds && daYearOf(r.year) === y);
  if (!mine.length) return null;
  const groups: DaInput['groups'] = {};
  for (const r of mine) (groups[r.group] ??= {})[r.indicator] = daRowOf(r);
  const leaType = mine.some((r) => r.coe) ? 'coe' : 'district';
  return { year: y, leaType, cds, name: mine[0]!.name, groups };
}
