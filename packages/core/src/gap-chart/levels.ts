import type { DashboardColor } from '../theme/tokens.js';
import {
  DASHBOARD_CHANGE_LEVELS,
  DASHBOARD_GRIDS,
  DASHBOARD_INDICATORS,
  DASHBOARD_STATUS_LEVELS,
  FILE_LEVEL_CODES,
  type CutBounds,
  type IndicatorDirection,
  type DashboardChangeLevel,
  type CutPoints,
  type IndicatorId,
  type DashboardStatusLevel,
  type SuspensionTable,
} from './facts.js';
import {
  dashboardRules,
  dashboardYear,
  LATEST_DASHBOARD_YEAR,
  sizeRule,
  UNCERTIFIED_SUSPENSION,
  yearIn,
  type DashboardEntityType,
  type DashboardRules,
  type DashboardYear,
} from './facts-years.js';
import type { NoColorReason } from './types.js';

/**
 * Who and when a value is for. Every field is optional: without one, the current (latest) rules
 * apply, at the school level (30 students for every group), without a prior-year check.
 */
export interface LevelOptions {
  /** ELA/Math: the high-school cut points (file flag `hscutpoints = Y`). */
  hsCutPoints?: boolean;
  /** Suspension: the cut-point table (default `UD`, LEA Unified). */
  suspensionTable?: SuspensionTable;
  /** The group's code: some groups have their own colour minimum, some never get a colour. */
  group?: string;
  /** Minimum n for a colour (default: the year's rule, 30). */
  minColorN?: number;
  /** Minimum n for Foster Youth, Homeless and (2024+) LTEL at the LEA level (default 15, never above `minColorN`). */
  minColorNFosterHomeless?: number;
  /**
   * The Dashboard year (file `reportingyear`: 2024, "2024", "2017f", "2023-24"). Absent or null:
   * the latest rules. A year Outcome Kit has no rules for gives no levels (reason `unknown-year`).
   */
  year?: DashboardYear | string | number | null;
  /** School, LEA or state (file `rtype` S, D, X). Absent: school rules (no 15-student minimum). */
  entityType?: DashboardEntityType;
  /** Last year's denominator (`priordenom`): a colour needs the minimum in the prior year too. Absent: not checked. */
  priorN?: number | null;
  /** A Dashboard Alternative School Status school (`dass_flag = Y`): 2018 graduation used its own cuts. */
  dass?: boolean;
  /** A county office of education (`coe_flag = Y`): 2018 graduation used the DASS cuts. */
  coe?: boolean;
  /** A file's `currnsizemet` (false = N: no colour). */
  currNSizeMet?: boolean | null;
  /** A file's `priornsizemet` (false = N: no colour). */
  priorNSizeMet?: boolean | null;
  /** A file's `safetynet`/`smalldenom` flag; absent: fewer than 150 students. */
  safetyNetFlag?: boolean | null;
  /** Suspension: a file's `certifyflag` (false = data not certified: 2018 gives Orange, box 180). */
  certified?: boolean | null;
}

export interface DashboardLevels {
  statusLevel: DashboardStatusLevel | null;
  /** The change level as CDE's file writes it (graduation 2023+ keeps DS/IS under the safety net). */
  changeLevel: DashboardChangeLevel | null;
  color: DashboardColor | null;
  /** Why there is no colour; null when there is one. */
  reason: NoColorReason | null;
  /** The 3×5 small-denominator grid was applied (n < 150). */
  safetyNet: boolean;
  /** The change column the colour is read from (Increased/Declined under the safety net). */
  colorChangeLevel: DashboardChangeLevel | null;
  /** The Dashboard year whose rules applied; null for a year Outcome Kit does not know. */
  year: DashboardYear | null;
  /** The colour minimum that applied to this group. */
  minimum: number;
}

/** Rounds to 0.1, halves away from zero, as the Dashboard reports statuses and changes. */
export function roundTenth(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9)) / 10;
}

/** The year whose rules apply: the latest when none is given, null when it is not a known year. */
export function rulesYear(opts: LevelOptions = {}): DashboardYear | null {
  return opts.year === undefined || opts.year === null || opts.year === '' ? LATEST_DASHBOARD_YEAR : dashboardYear(opts.year);
}

/** Every fact for the options (year, entity, table), or null for an unknown year. */
export function rulesFor(indicator: IndicatorId, opts: LevelOptions = {}): DashboardRules | null {
  return dashboardRules(indicator, rulesYear(opts), opts);
}

/** The cut points that apply to an indicator, or null (Science, custom, a year without levels). */
export function cutPointsFor(indicator: IndicatorId, opts: LevelOptions = {}): CutPoints | null {
  return rulesFor(indicator, opts)?.cuts ?? null;
}

/** The level (0–4, numeric order) of a 0.1-rounded value, compared in whole tenths. */
function levelIndex(value: number, bounds: CutBounds): number {
  const tenths = Math.round(roundTenth(value) * 10);
  return bounds.filter((b) => tenths >= Math.round(b * 10)).length;
}

/**
 * The colour minimum for a group: 30; 15 for Foster Youth, Homeless and (2024+) Long-Term English
 * Learners at the LEA or state level only (schools need 30 for every group) [real rows].
 */
export function colorMinimum(group: string | undefined, opts: LevelOptions = {}): number {
  const size = sizeRule(rulesYear(opts) ?? LATEST_DASHBOARD_YEAR);
  const min = opts.minColorN ?? size.min;
  const small = group !== undefined && size.smallGroups.includes(group) && (opts.entityType === 'lea' || opts.entityType === 'state');
  return small ? Math.min(min, opts.minColorNFosterHomeless ?? size.smallMin) : min;
}

/** A change level under the safety net: Increased/Declined Significantly fall to Increased/Declined. */
export const collapseChange = (c: DashboardChangeLevel | null): DashboardChangeLevel | null =>
  c === 'increased-significantly' ? 'increased' : c === 'declined-significantly' ? 'declined' : c;

/**
 * The Dashboard status level, change level and colour of one value, under the rules of the year
 * and entity the options give. Values and changes are rounded to 0.1 first; pass the change a file
 * gives (from unrounded statuses) rather than recomputing it. Fewer than 150 students: significant
 * changes count as Increased/Declined for the colour (the 3×5 grid). Levels are given whenever the
 * numbers allow; the colour also needs n (and last year's n, when given) at the colour minimum.
 */
export function dashboardLevels(
  indicator: IndicatorId,
  value: number | null,
  change: number | null,
  n: number | null,
  opts: LevelOptions = {},
): DashboardLevels {
  const year = rulesYear(opts);
  const rules = dashboardRules(indicator, year, opts);
  const minimum = colorMinimum(opts.group, opts);
  const cuts = rules?.cuts ?? null;
  const net = rules?.safetyNet;
  const small = opts.safetyNetFlag ?? (n !== null && n < (net?.below ?? 150));
  const safetyNet = !!net && small && (net.applies === 'all-groups' || (net.applies === 'all-students' && (opts.group ?? 'ALL') === 'ALL'));
  const statusLevel = cuts && value !== null ? DASHBOARD_STATUS_LEVELS[levelIndex(value, cuts.status)]! : null;
  const rawChange: DashboardChangeLevel | null = cuts && change !== null ? DASHBOARD_CHANGE_LEVELS[levelIndex(change, cuts.change)]! : null;
  const colorChangeLevel = safetyNet ? collapseChange(rawChange) : rawChange;
  const changeLevel = safetyNet && net!.keepsRawChange ? rawChange : colorChangeLevel;

  let reason: NoColorReason | null = null;
  if (indicator === 'custom') reason = 'custom-indicator';
  else if (!rules || rules.reporting === 'none') reason = 'unknown-year';
  else if (value === null) reason = 'no-status';
  else if (rules.reporting === 'status') reason = 'status-only-year';
  else if (opts.group !== undefined && rules.noColorGroups.includes(opts.group)) reason = 'group-not-colored';
  else if (n === null || n < minimum || opts.currNSizeMet === false) reason = 'too-few-students';
  else if (change === null) reason = 'no-prior-year';
  else if ((opts.priorN !== undefined && opts.priorN !== null && opts.priorN < minimum) || opts.priorNSizeMet === false) reason = 'too-few-students-prior-year';
  else if (!cuts || !rules.grid) reason = 'no-cut-points';

  let color = reason === null ? gridColor(indicator, statusLevel, colorChangeLevel, opts) : null;
  if (color && indicator === 'susp' && opts.certified === false && year && yearIn(year, UNCERTIFIED_SUSPENSION.from, UNCERTIFIED_SUSPENSION.to)) color = UNCERTIFIED_SUSPENSION.color;
  return { statusLevel, changeLevel, color, reason, safetyNet, colorChangeLevel, year: rules ? year : null, minimum };
}

/**
 * The colour of a status × change cell in the indicator's five-by-five grid for the year (default
 * the latest); null without a grid or a level.
 */
export function gridColor(
  indicator: IndicatorId,
  statusLevel: DashboardStatusLevel | null,
  changeLevel: DashboardChangeLevel | null,
  opts: LevelOptions = {},
): DashboardColor | null {
  const id = DASHBOARD_INDICATORS[indicator].grid === null ? null : (rulesFor(indicator, opts)?.grid ?? DASHBOARD_INDICATORS[indicator].grid);
  if (!id || !statusLevel || !changeLevel) return null;
  const grid = DASHBOARD_GRIDS[id];
  return grid.cells[grid.rows.indexOf(statusLevel)]![grid.cols.indexOf(changeLevel)]!;
}

/**
 * A CDE file's `statuslevel` / `changelevel` code (1 = worst … 5 = best) as a level name, for the
 * indicator's direction; 0, blank or anything else → null [real rows: the same coding 2017f–2024].
 */
export function levelFromFileCode(kind: 'status', code: number | null | undefined, direction: IndicatorDirection): DashboardStatusLevel | null;
export function levelFromFileCode(kind: 'change', code: number | null | undefined, direction: IndicatorDirection): DashboardChangeLevel | null;
export function levelFromFileCode(kind: 'status' | 'change', code: number | null | undefined, direction: IndicatorDirection): DashboardStatusLevel | DashboardChangeLevel | null {
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 1 || code > 5) return null;
  return FILE_LEVEL_CODES[kind][direction][code - 1] ?? null;
}
