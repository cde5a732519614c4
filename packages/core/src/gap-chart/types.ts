import type { Localized } from '../i18n/lang.js';
import type { DashboardColor } from '../theme/tokens.js';
import type { DashboardRowContext } from './dashboard-context.js';
import type { DashboardEntityType, DashboardYear } from './facts-years.js';
import type { CrossCheckDetail } from './dashboard-crosscheck.js';
import type { DashboardChangeLevel, IndicatorDirection, IndicatorId, DashboardStatusLevel, SuspensionTable, IndicatorUnit } from './facts.js';

/** Why a group has no Dashboard colour. */
export type NoColorReason =
  | 'too-few-students'
  | 'no-prior-year'
  | 'no-status'
  | 'custom-indicator'
  /** The indicator has no cut points in Outcome Kit (Science: values unverified) and the data gave no colour. */
  | 'no-cut-points'
  /** A CDE file gave colour 0 and none of the reasons above explains it. */
  | 'not-colored-in-file'
  /** The Dashboard year is not one Outcome Kit has rules for (or the indicator was not reported that year). */
  | 'unknown-year'
  /** The Dashboard gave this indicator a status only that year (2022; CCI 2017f and 2023; ELPI 2019). */
  | 'status-only-year'
  /** The Dashboard never colours this group (ELA/Math: EO, ELO, RFP; SBA and CAA before 2024). */
  | 'group-not-colored'
  /** Last year's group was below the colour minimum. */
  | 'too-few-students-prior-year';

/** Whether a group's gap to the reference shrank, grew or stayed within the steady band since last year. */
export type GapTrend = 'closing' | 'widening' | 'steady';

/** One input row: one student group (before suppression). */
export interface GapRow {
  /** A CDE code (ALL, EL, SWD, HI…) or a free name. */
  group: string;
  /** Current status; null when missing. */
  value: number | null;
  /** Last year's status. */
  prior?: number | null;
  /** The change as a file gives it (computed from unrounded statuses); otherwise value − prior. */
  change?: number | null;
  /** Current denominator; null (unknown) is treated as suppressed. */
  n: number | null;
  /**
   * Last year's denominator (a CDE file's `priordenom`): a prior value is used only when this is
   * above `suppressBelow`. null (blank or "*") drops the prior; undefined = not given (then the
   * n of last year's row in the data, when there is one, decides).
   */
  priorN?: number | null;
  year?: string | number | null;
  entity?: string | null;
  /** The Dashboard colour a CDE file gives (null = the file's 0, no colour); undefined = compute it. */
  color?: DashboardColor | null;
  /**
   * A CDE file's `statuslevel` and `changelevel` codes (1 = worst … 5 = best, read for the
   * indicator's direction); null for 0 or blank, when the level is computed from cut points.
   */
  fileLevels?: { status: number | null; change: number | null };
  /** The source marked this group as suppressed ("*"). */
  suppressed?: boolean;
  /** What a CDE file says about the row's year, entity and flags (the rules its levels follow). */
  dashboard?: DashboardRowContext;
}

/** The reference the gaps are measured against, as chosen. */
export type ReferenceChoice =
  | { kind: 'all' }
  | { kind: 'highest' }
  | { kind: 'state'; value: number; prior: number | null }
  | { kind: 'group'; group: string };

/**
 * The order of the groups: `gap` furthest behind first (ahead last, no gap at the end), `value`
 * highest value first (whichever direction is better), `group` in the CDE code order of
 * STUDENT_GROUPS (free names after, as given), `none` as given. Ties keep the input order.
 */
export type GapSort = 'gap' | 'value' | 'group' | 'none';

/** Options after `normalizeGapOptions`: every default filled in. */
export interface GapOptions {
  indicator: IndicatorId;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  reference: ReferenceChoice;
  /** Groups with n at or below this are removed (default 10). */
  suppressBelow: number;
  /** Minimum n for a colour (default 30). */
  minColorN: number;
  /** Minimum n for a colour for Foster Youth and Homeless (default 15, never above `minColorN`). */
  minColorNFosterHomeless: number;
  /** ELA/Math: use the high-school cut points. */
  hsCutPoints: boolean;
  /** Suspension: which cut-point table (default `UD`, LEA Unified). */
  suspensionTable: SuspensionTable;
  /** A gap that moves by no more than this is steady (default: the indicator's Maintained band). */
  steadyWithin: number;
  sort: GapSort;
  /** Field names in the data. */
  fields: { group: string; value: string; prior: string; n: string; year: string; entity: string };
  /** Keep only this entity (name) when the rows hold several. */
  entity: string | null;
  /** Keep only this CDS code (CDE Dashboard files). */
  cds: string | null;
  /** The Dashboard year whose rules apply when the rows do not say (null: the latest). */
  dashboardYear: DashboardYear | null;
  /** Whose rules apply when the rows do not say (default `lea`). */
  entityType: DashboardEntityType;
}

export interface GapReference {
  kind: ReferenceChoice['kind'];
  /** The reference group's code, or null for the state. */
  code: string | null;
  name: Localized;
  value: number | null;
  prior: number | null;
}

export interface GapGroup {
  code: string;
  name: Localized;
  /** True when `code` is a CDE student group code. */
  known: boolean;
  value: number | null;
  prior: number | null;
  change: number | null;
  n: number;
  /** The colour minimum that applied to this group (30; 15 for Foster Youth and Homeless). */
  colorMinimum: number;
  statusLevel: DashboardStatusLevel | null;
  changeLevel: DashboardChangeLevel | null;
  color: DashboardColor | null;
  noColorReason: NoColorReason | null;
  /** Where the colour came from: a CDE file's colour always wins over the cut points. */
  colorSource: 'file' | 'cut-points' | null;
  /** Where the status and change levels came from: a file's level code (1–5) wins, else the cut points. */
  levelSource: 'file' | 'cut-points' | null;
  /**
   * A file's colour and level codes compared with those recomputed from the cut points: `differs`
   * when any that both give disagree; null without a file colour or without cut points.
   */
  crossCheck: 'agrees' | 'differs' | null;
  /**
   * When `crossCheck` is `differs`: what the year's rules gave (colour, levels, the reason for no
   * colour) and the difference in words, English and Spanish. The file's colour is the one shown.
   */
  crossCheckDetail: CrossCheckDetail | null;
  /** The 3×5 small-denominator grid applied (n < 150). */
  safetyNet: boolean;
  isReference: boolean;
  /** value − reference now, in the indicator's unit. */
  gap: number | null;
  /** prior − reference's prior. */
  gapPrior: number | null;
  /** How far behind the reference in the better direction (> 0 behind, < 0 ahead). */
  behind: number | null;
  /** `behind` last year (from `gapPrior`). */
  behindPrior: number | null;
  /**
   * Whether the group moved towards the reference since last year (`closing`), away from it
   * (`widening`), or by no more than `steadyWithin` (`steady`); null for the reference itself or
   * without last year's gap. A group behind that fell further behind is widening; one that
   * overtook the reference closed its gap; one ahead both years widens as it pulls further ahead.
   */
  trend: GapTrend | null;
}

/** The one model every view reads. Suppressed groups are not in it, only their count. */
export interface GapModel {
  indicator: IndicatorId;
  indicatorName: Localized;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  year: string | null;
  entity: string | null;
  reference: GapReference;
  /** Shown groups, in `sort` order (default: furthest behind first). */
  groups: GapGroup[];
  suppressedCount: number;
  /**
   * Groups above the threshold hidden as well, because with All Students (or their partition's
   * total) and the other groups shown they would give a suppressed group's figures back by
   * subtraction (complementary suppression).
   */
  complementaryCount: number;
  /** Input rows of other years than `year` (last year's values fill `prior`). */
  otherYearRows: number;
  /** Input rows of other districts or schools than `entity`. */
  otherEntityRows: number;
  suppressBelow: number;
  minColorN: number;
  sort: GapSort;
}
