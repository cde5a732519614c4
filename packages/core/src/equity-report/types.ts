import type { Localized } from '../i18n/lang.js';
import type { DashboardColor } from '../theme/tokens.js';
import type { DashboardChangeLevel, DashboardStatusLevel, IndicatorUnit } from '../gap-chart/facts.js';
import type { NoColorReason } from '../gap-chart/types.js';
import type { CountyIndicator, DaReason, EntityRef, PriorityArea } from '../county/types.js';

/** One group × indicator result, as every county view shows it (a cell of the report or the grid). */
export interface ResultCell {
  indicator: CountyIndicator;
  unit: IndicatorUnit;
  color: DashboardColor | null;
  statusLevel: DashboardStatusLevel | null;
  changeLevel: DashboardChangeLevel | null;
  status: number | null;
  change: number | null;
  /** Last year's status, when the document has last year's record for the group (for the gap chart's prior dot). */
  prior: number | null;
  n: number | null;
  /** Why there is no colour (null when there is one). */
  noColorReason: NoColorReason | null;
  /** The colour minimum that applied to the group (30; 15 for Foster Youth and Homeless). */
  colorMinimum: number;
}

/** One student group's row of the equity report. */
export interface EquityGroupRow {
  code: string;
  name: Localized;
  /** indicator → its result, or null when the group has none for that indicator this year. */
  cells: Partial<Record<CountyIndicator, ResultCell>>;
  /** The priority areas this group meets this year (differentiated assistance), sorted. */
  areas: PriorityArea[];
}

/** The Dashboard's equity counts for one indicator: how many student groups got a colour, and how many are Red or Orange. */
export interface EquityCount {
  indicator: CountyIndicator;
  /** All Students' colour. */
  allStudents: DashboardColor | null;
  /** Student groups (not All Students) with a colour. */
  evaluated: number;
  red: number;
  orange: number;
}

/** The differentiated-assistance verdict for the year shown. */
export interface EquityDa {
  eligible: boolean;
  qualifyingGroups: string[];
  reasons: DaReason[];
}

/** Options after normalisation. */
export interface EquityReportOptions {
  /** Dashboard year to show; null = the latest in the document. */
  year: string | null;
  /** Records with this many students or fewer are dropped (defence in depth: published documents hold none). */
  suppressBelow: number;
}

export interface EquityReportOptionsInput {
  year?: string | number | null;
  suppressBelow?: number | string | null;
}

/** The equity report's one model. Groups of `suppressBelow` or fewer students are not in it, only their count. */
export interface EquityReportModel {
  entity: EntityRef;
  parents: EntityRef[];
  year: string | null;
  years: string[];
  indicators: CountyIndicator[];
  groups: EquityGroupRow[];
  counts: EquityCount[];
  /** null when the document has no DA result for the year (schools, or not published). */
  da: EquityDa | null;
  /** Per indicator, the cut points the file named: ELA/Math high-school (`hscutpoints`), suspension `type`. */
  cutPoints: Partial<Record<CountyIndicator, { highSchool: boolean; suspensionTable: string | null }>>;
  suppressedCount: number;
  suppressBelow: number;
  illustrative: boolean;
}
