import type { DashboardColor } from '../theme/tokens.js';
import {
  DASHBOARD_CHANGE_LEVELS,
  DASHBOARD_CUT_POINTS,
  DASHBOARD_GRIDS,
  DASHBOARD_INDICATORS,
  DASHBOARD_SIZE_RULES,
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
import type { NoColorReason } from './types.js';

export interface LevelOptions {
  /** ELA/Math: the high-school cut points (file flag `hscutpoints = Y`). */
  hsCutPoints?: boolean;
  /** Suspension: the cut-point table (default `UD`, LEA Unified). */
  suspensionTable?: SuspensionTable;
  /** The group's code: Foster Youth and Homeless have their own colour minimum. */
  group?: string;
  /** Minimum n for a colour (default 30). */
  minColorN?: number;
  /** Minimum n for a colour for Foster Youth and Homeless (default 15, never above `minColorN`). */
  minColorNFosterHomeless?: number;
}

export interface DashboardLevels {
  statusLevel: DashboardStatusLevel | null;
  changeLevel: DashboardChangeLevel | null;
  color: DashboardColor | null;
  /** Why there is no colour; null when there is one. */
  reason: NoColorReason | null;
  /** The 3×5 small-denominator grid was applied (n < 150) [U: how extremes fall]. */
  safetyNet: boolean;
}

/** Rounds to 0.1, halves away from zero, as the Dashboard reports statuses and changes. */
export function roundTenth(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9)) / 10;
}

const CUTS: Readonly<Record<string, CutPoints | undefined>> = DASHBOARD_CUT_POINTS;

/** The cut points that apply to an indicator, or null (Science, custom, suspension `HD`). */
export function cutPointsFor(indicator: IndicatorId, opts: LevelOptions = {}): CutPoints | null {
  switch (indicator) {
    case 'ela':
    case 'math':
      return DASHBOARD_CUT_POINTS[`${indicator}-${opts.hsCutPoints ? 'hs' : '3-8'}`];
    case 'susp':
      return CUTS[`susp-${opts.suspensionTable ?? 'UD'}`] ?? null;
    case 'chronic':
    case 'elpi':
    case 'grad':
    case 'cci':
      return DASHBOARD_CUT_POINTS[indicator];
    default:
      return null;
  }
}

/** The level (0–4, numeric order) of a 0.1-rounded value, compared in whole tenths. */
function levelIndex(value: number, bounds: CutBounds): number {
  const tenths = Math.round(roundTenth(value) * 10);
  return bounds.filter((b) => tenths >= Math.round(b * 10)).length;
}

/** The colour minimum for a group: 30, or 15 for Foster Youth and Homeless. */
export function colorMinimum(group: string | undefined, opts: LevelOptions = {}): number {
  const min = opts.minColorN ?? DASHBOARD_SIZE_RULES.minColorN;
  if (group === undefined || !DASHBOARD_SIZE_RULES.fosterHomelessGroups.includes(group)) return min;
  return Math.min(min, opts.minColorNFosterHomeless ?? DASHBOARD_SIZE_RULES.minColorNFosterHomeless);
}

/**
 * The Dashboard status level, change level and colour of one value. Values and changes are rounded
 * to 0.1 first; pass the change a file gives (from unrounded statuses) rather than recomputing it.
 * Fewer than 150 students: significant changes count as Increased/Declined (the 3×5 grid) [U].
 * Levels are given whenever the numbers allow; the colour also needs n ≥ the colour minimum.
 */
export function dashboardLevels(
  indicator: IndicatorId,
  value: number | null,
  change: number | null,
  n: number | null,
  opts: LevelOptions = {},
): DashboardLevels {
  const facts = DASHBOARD_INDICATORS[indicator];
  const cuts = cutPointsFor(indicator, opts);
  const safetyNet = facts.safetyNet && n !== null && n < DASHBOARD_SIZE_RULES.safetyNetBelow;
  const statusLevel = cuts && value !== null ? DASHBOARD_STATUS_LEVELS[levelIndex(value, cuts.status)]! : null;
  let changeLevel: DashboardChangeLevel | null = cuts && change !== null ? DASHBOARD_CHANGE_LEVELS[levelIndex(change, cuts.change)]! : null;
  if (safetyNet && changeLevel === 'increased-significantly') changeLevel = 'increased';
  if (safetyNet && changeLevel === 'declined-significantly') changeLevel = 'declined';

  let reason: NoColorReason | null = null;
  if (indicator === 'custom') reason = 'custom-indicator';
  else if (value === null) reason = 'no-status';
  else if (n === null || n < colorMinimum(opts.group, opts)) reason = 'too-few-students';
  else if (change === null) reason = 'no-prior-year';
  else if (!cuts || !facts.grid) reason = 'no-cut-points';

  const color = reason === null ? gridColor(indicator, statusLevel, changeLevel) : null;
  return { statusLevel, changeLevel, color, reason, safetyNet };
}

/** The colour of a status × change cell in the indicator's five-by-five grid (null without a grid or a level). */
export function gridColor(indicator: IndicatorId, statusLevel: DashboardStatusLevel | null, changeLevel: DashboardChangeLevel | null): DashboardColor | null {
  const id = DASHBOARD_INDICATORS[indicator].grid;
  if (!id || !statusLevel || !changeLevel) return null;
  const grid = DASHBOARD_GRIDS[id];
  return grid.cells[grid.rows.indexOf(statusLevel)]![grid.cols.indexOf(changeLevel)]!;
}

/**
 * A CDE file's `statuslevel` / `changelevel` code (1 = worst … 5 = best) as a level name, for the
 * indicator's direction; 0, blank or anything else → null [U: 2023+ coding, see FILE_LEVEL_CODES].
 */
export function levelFromFileCode(kind: 'status', code: number | null | undefined, direction: IndicatorDirection): DashboardStatusLevel | null;
export function levelFromFileCode(kind: 'change', code: number | null | undefined, direction: IndicatorDirection): DashboardChangeLevel | null;
export function levelFromFileCode(kind: 'status' | 'change', code: number | null | undefined, direction: IndicatorDirection): DashboardStatusLevel | DashboardChangeLevel | null {
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 1 || code > 5) return null;
  return FILE_LEVEL_CODES[kind][direction][code - 1] ?? null;
}
