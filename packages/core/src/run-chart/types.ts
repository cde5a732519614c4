/** The rule sets a run chart can apply. */
export type RunChartRules = 'ihi' | 'anhoej';

/** Which way is better: `up` (higher is better) or `down` (lower is better). */
export type RunChartDirection = 'up' | 'down';

/** How the measure is read and shown: plain numbers, or percentages in percent units (85 = 85%). */
export type RunChartYFormat = 'number' | 'percent';

/** An x value: a date, a number or a label. */
export type XValue = Date | number | string;

/** How finely dates are written: "Mar 4, 2024", "March 2024", "2024" or the school year "2023–24". */
export type RunChartDatePrecision = 'day' | 'month' | 'year' | 'schoolYear';

/** What kind of x values a chart has, decided once for all points. */
export type XType = 'date' | 'number' | 'string';

/** The rules a signal can come from. IHI: shift, trend, runs, astronomical; Anhøj: longest-run, crossings. */
export type RuleName = 'shift' | 'trend' | 'too-few-runs' | 'too-many-runs' | 'longest-run' | 'crossings' | 'astronomical';

/** A change (a PDSA cycle) and the x value where it began. */
export interface RunChartChange {
  x: XValue;
  label: string;
  description?: string;
  /** The id of the PDSA cycle this change is (in the document `pdsa-src` names), so its details can open from the chart. */
  cycle?: string;
}

/** Run-chart options, fully defaulted: what `normalizeRunChartOptions()` returns. */
export interface RunChartOptions {
  /** Field holding the x values (default `x`). */
  x: string;
  /** Field holding the measure (default `y`). */
  y: string;
  /** Rule set (default `ihi`). */
  rules: RunChartRules;
  /** Freeze each phase's median on its first N non-missing points (null: not frozen). */
  baseline: number | null;
  /** X values where a new phase starts. */
  phases: XValue[];
  /** Which way is better; null when not said (then no signal is called an improvement). */
  direction: RunChartDirection | null;
  /** A target value, in the measure's units. */
  goal: number | null;
  /** Fewest non-missing points in a phase before any rule is applied (default 10). */
  minPoints: number;
  /** `number` (default) or `percent`. */
  yFormat: RunChartYFormat;
  /** Changes (PDSA cycles) to mark where they began. */
  changes: RunChartChange[];
  /** The x axis title (default: "Date", or the x field's name). */
  xLabel: string | null;
  /** The y axis title (default: the y field's name, or "Value"). */
  yLabel: string | null;
  /** X values shown but left out of the median and the rules. */
  exclude?: XValue[];
  /** Group dated rows into weeks, months, quarters or school years (null: as given). */
  xPeriod?: 'week' | 'month' | 'quarter' | 'schoolYear' | null;
  /** The denominator field: y is then a count and each point Σy / Σn (× 100 with percent). */
  n?: string | null;
  /** Pool rows sharing an x (`mean`, or Σy / Σn with n); `none` keeps them as separate points. Default: pool when x-period or n is given. */
  pool?: 'none' | 'mean' | null;
}

/** Options as a developer types them or as attribute strings give them; missing ones take defaults. */
export interface RunChartOptionsInput {
  x?: string | null;
  y?: string | null;
  rules?: RunChartRules | string | null;
  baseline?: number | string | null;
  /** X values, or a comma-separated string of them ("2024-01,2024-06"). */
  phases?: readonly XValue[] | string | null;
  direction?: RunChartDirection | string | null;
  goal?: number | string | null;
  minPoints?: number | string | null;
  yFormat?: RunChartYFormat | string | null;
  /** Changes, or a JSON string of them. */
  changes?: readonly RunChartChange[] | string | null;
  xLabel?: string | null;
  yLabel?: string | null;
  exclude?: readonly XValue[] | string | null;
  xPeriod?: string | null;
  n?: string | null;
  pool?: string | null;
}

/** One input point, in time order. */
export interface RunChartInput {
  x: XValue;
  /** The measure; null, undefined or NaN is missing (a gap, never zero). */
  y: number | null | undefined;
  /** A phase label from the data: a new phase starts where it changes. */
  phase?: string | null;
  /** The label of a change (PDSA cycle) that began at this point. */
  change?: string | null;
  /** The change's description. */
  description?: string | null;
  /** The row number the user sees in their file. */
  row?: number;
  /** The denominator, when y is a count (pooled as Σy / Σn). */
  n?: number | null;
}

/** Where a point lies against its phase's centre line; null when its value is missing. */
export type Side = 'above' | 'below' | 'on';

/** One point of the model. */
export interface RunChartPoint {
  index: number;
  x: XValue;
  y: number | null;
  /** Row in the user's file, when known. */
  row: number | null;
  /** Index into `model.phases`. */
  phase: number;
  /** The phase's median (the centre line at this point); null when the phase has no value. */
  centre: number | null;
  side: Side | null;
  /** True when the point is one of the frozen baseline points its phase's median comes from. */
  baseline: boolean;
  /** Indices into `model.signals` of the signals this point belongs to. */
  signals: readonly number[];
  /** Indices into `model.changes` of the changes that began at this point. */
  changes: readonly number[];
  /** True when the point is shown but left out of the median and the rules (`exclude`). */
  excluded?: boolean;
}

/** A signal of non-random variation. `from`/`to` are point indices (inclusive). */
export interface Signal {
  rule: RuleName;
  /** Index into `model.phases`. */
  phase: number;
  from: number;
  to: number;
  /** Which way the data moved (`up`: above the median, rising, above the upper limit); null for runs and crossings. */
  direction: RunChartDirection | null;
  /** True for an improvement, false for a deterioration, null when no direction is set or the rule has none. */
  improvement: boolean | null;
  /**
   * The figure behind the signal: points in the shift, trend or run (a repeated value in a trend
   * counted once), the number of runs, the number of crossings, or 1 for an astronomical point.
   */
  count: number;
}

/** Individuals-chart limits used for the possible astronomical point. */
export interface IndividualsLimits {
  mean: number;
  movingRange: number;
  lower: number;
  upper: number;
}

/** One phase and its analysis. */
export interface RunChartPhase {
  index: number;
  /** The phase label from the data; null for phases started by the `phases` option. */
  label: string | null;
  /** First and last point indices (inclusive). */
  from: number;
  to: number;
  /** Non-missing points. */
  count: number;
  missing: number;
  median: number | null;
  /** The frozen baseline: how many points the median comes from and the last of them; null when not frozen. */
  baseline: { count: number; to: number } | null;
  /** Points not on the median and not missing. */
  useful: number;
  runs: number;
  longestRun: number;
  crossings: number;
  /** True when the phase has at least `minPoints` non-missing points, so rules were applied. */
  rulesApplied: boolean;
  /** How many more non-missing points the rules need (0 when applied). */
  pointsNeeded: number;
  /** Anhøj limits (null unless the Anhøj rules were applied to 1 or more useful points). */
  longestRunLimit: number | null;
  crossingsLimit: number | null;
  /** IHI runs limits (null unless IHI rules were applied with 10 to 60 useful points). */
  runsLimits: { lower: number; upper: number } | null;
  /** Individuals-chart limits (IHI only, null with fewer than 2 points). */
  limits: IndividualsLimits | null;
  signals: Signal[];
}

/** A change placed on the chart. */
export interface RunChartChangeMark {
  /** The point where it began. */
  index: number;
  x: XValue;
  label: string;
  description: string | null;
}

/** The run-chart model: one plain object, the single source for every view. */
export interface RunChartModel {
  options: RunChartOptions;
  xType: XType;
  /**
   * How to write dates: `year` when every date is 1 January, `schoolYear` ("2023–24") when there
   * are two or more and every one is 1 July (how school years such as "2023-24" are read),
   * `month` when every date is the first of a month, else `day`; null for numbers and labels.
   */
  datePrecision: RunChartDatePrecision | null;
  points: RunChartPoint[];
  phases: RunChartPhase[];
  /** Every signal, by phase then first point. */
  signals: Signal[];
  changes: RunChartChangeMark[];
  /** Points with a missing value (shown as gaps). */
  missing: number;
  /** Points whose x repeats an earlier point's x (kept). */
  duplicates: number;
  /** True when the rows were not in x order and were sorted. */
  sorted: boolean;
  /** Phase starts and changes whose x matched no point (not shown). */
  unmatched: { phases: number; changes: number };
  /** How rows were grouped and pooled into points (null: one point per row). */
  pooled?: import('./pool.js').RunChartPooling | null;
  /** Points shown but left out of the median and the rules. */
  excluded?: number;
}
