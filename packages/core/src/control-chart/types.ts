import type { XValue } from '../run-chart/types.js';

export type { XValue };

/**
 * The control charts: individuals (`i`) and its moving ranges (`mr`); proportions (`p`) and
 * rates (`u`) with denominators, and Laney's `pp` (p′) and `up` (u′) for large denominators;
 * counts (`c`); subgroup means and standard deviations (`xbar`, `s`); cases between events
 * (`g`) and time between events (`t`).
 */
export type ControlChartType = 'i' | 'mr' | 'p' | 'pp' | 'u' | 'up' | 'c' | 'xbar' | 's' | 'g' | 't';

/** The signal rules: qicharts2's (3σ limits and Anhøj's runs rules) or the NHS "Making Data Count" XmR rules. */
export type ControlChartMethod = 'qic' | 'nhs';

/** Which way is better. */
export type ControlChartDirection = 'up' | 'down';

/** How Laney's σz is estimated: the average moving range of the z-scores (time order), their standard deviation, or `auto` (sd for labels, moving range for dates and numbers, as qicharts2). */
export type LaneySigma = 'auto' | 'mr' | 'sd';

/** Options, fully defaulted: what `normalizeControlChartOptions()` returns. */
export interface ControlChartOptions {
  chart: ControlChartType;
  /** Field names in the data. */
  x: string;
  y: string;
  /** The denominator field (null: none). */
  n: string | null;
  /** The facet field (one small chart per value; null: one chart). */
  facet: string | null;
  /** Compute the limits from the first N points (after pooling) and extend them; ignored when `phases` are given (as qicharts2 does). */
  freeze: number | null;
  /** X values where a new part (phase) begins; each part has its own limits. */
  phases: XValue[];
  /** X values shown but not used for the limits or the runs rules. */
  exclude: XValue[];
  /** y, the centre line and the limits are multiplied by this (100: per 100 students). */
  multiply: number;
  /** A target in the plotted units (after multiply). */
  target: number | null;
  direction: ControlChartDirection | null;
  method: ControlChartMethod;
  /** Screen moving ranges (drop those ≥ 3.267 × the average once), as `library(qicharts2)` does. Default true. */
  screen: boolean;
  /** Laney's σz (default `mr`). */
  laneySigma: LaneySigma;
  /** When false, negative lower limits become 0 if no y is negative (qicharts2's y.neg). Default true. */
  negative: boolean;
  /** Points whose denominator is this or fewer are suppressed (privacy); only with `n`. */
  suppressBelow: number;
  /** Facets: one y scale for all (`shared`) or one each (`free`). */
  scale: 'shared' | 'free';
  /** Fewest non-missing points a facet needs to be judged. */
  minPoints: number;
  /** Changes (PDSA cycles) marked where they began. */
  changes: { x: XValue; label: string; description?: string }[];
  xLabel: string | null;
  yLabel: string | null;
  /** `number` (default) or `percent`: how plotted values are written (percent: 12.5 → "12.5%"). */
  yFormat: 'number' | 'percent';
}

/** Options as typed by developers or given by attributes. */
export type ControlChartOptionsInput = { [K in keyof ControlChartOptions]?: unknown };

/** One input row. Rows sharing an x are pooled. */
export interface ControlChartInput {
  x: XValue;
  /** The measure (a count for p, u, c; a value for i, xbar, s, g, t). Missing: null, undefined or NaN. */
  y: number | null | undefined;
  /** The denominator (students enrolled) for p, u and their Laney forms; optional elsewhere. */
  n?: number | null;
  /** Row in the user's file. */
  row?: number;
  /** A change (PDSA cycle) that began here. */
  change?: string | null;
  description?: string | null;
}

/** The rules a signal can come from. */
export type ControlRule =
  | 'outside' // qicharts2: beyond the 3σ limits
  | 'longest-run' // Anhøj: unusually long run on one side of the centre line
  | 'crossings' // Anhøj: too few crossings
  | 'nhs-outside' // NHS: beyond the process limits
  | 'nhs-trend' // NHS: 7 points rising or falling
  | 'nhs-two-of-three' // NHS: 2 of 3 beyond the near (2σ) limit, all on one side
  | 'nhs-shift'; // NHS: 7 points on one side of the mean

/** A signal of special-cause variation; `from`/`to` are point indices (inclusive). */
export interface ControlSignal {
  rule: ControlRule;
  part: number;
  from: number;
  to: number;
  direction: ControlChartDirection | null;
  improvement: boolean | null;
  count: number;
}

/** The NHS point type. */
export type NhsPointType = 'common' | 'improvement' | 'concern' | 'neutral-high' | 'neutral-low';

/** The NHS assurance verdict (null when no target or no direction). */
export type NhsAssurance = 'pass' | 'fail' | 'inconsistent';

/** One point of the model (one distinct x after pooling), in x order. Values are plotted units (after multiply). */
export interface ControlChartPoint {
  index: number;
  x: XValue;
  /** The plotted value; null when missing or suppressed. */
  y: number | null;
  /** Σn of the pooled rows (p, u…), or the subgroup size (xbar, s); null when none. */
  n: number | null;
  /** Rows pooled into this point. */
  rows: number;
  /** First row in the user's file. */
  row: number | null;
  part: number;
  baseline: boolean;
  excluded: boolean;
  /** True when the denominator is at or below `suppressBelow` (y and n withheld). */
  suppressed: boolean;
  cl: number | null;
  lcl: number | null;
  ucl: number | null;
  /** The 2σ lines (NHS: the near limits). */
  lcl2: number | null;
  ucl2: number | null;
  /** Beyond a limit: `above`, `below` or null. */
  outside: 'above' | 'below' | null;
  /** Indices into `model.signals`. */
  signals: readonly number[];
  /** NHS point type (method `nhs` only). */
  nhs: NhsPointType | null;
  /** Indices into `model.changes`. */
  changes: readonly number[];
}

/** One part (phase) and its analysis. */
export interface ControlChartPart {
  index: number;
  from: number;
  to: number;
  /** Centre line (plotted units); null when it could not be computed. */
  cl: number | null;
  /** Points the limits come from (baseline, not excluded, not missing). */
  baseCount: number;
  /** Non-missing, not excluded points. */
  count: number;
  /** Anhøj runs analysis on the centre line (qicharts2 method). */
  useful: number;
  longestRun: number | null;
  longestRunMax: number | null;
  crossings: number | null;
  crossingsMin: number | null;
  runsSignal: boolean;
  /** True when every limit of the part is missing (flat series, too few points). */
  noLimits: boolean;
}

/** The verdict of a whole chart, in plain terms, for the summary and the small multiples. */
export interface ControlVerdict {
  /** `special` when any signal, `common` when judged and none, `unjudged` with too few points or no limits. */
  variation: 'special' | 'common' | 'unjudged';
  /** Of the signals, whether they point to improvement, concern, both, or unknown (no direction). */
  lean: 'improvement' | 'concern' | 'mixed' | null;
  /** NHS variation icon (last point's type) and assurance. */
  nhs: NhsPointType | null;
  assurance: NhsAssurance | null;
}

export interface ControlChangeMark {
  index: number;
  x: XValue;
  label: string;
  description: string | null;
}

/** The control-chart model: the single source of every view. */
export interface ControlChartModel {
  options: ControlChartOptions;
  xType: 'date' | 'number' | 'string';
  datePrecision: 'day' | 'month' | 'year' | 'schoolYear' | null;
  points: ControlChartPoint[];
  parts: ControlChartPart[];
  signals: ControlSignal[];
  changes: ControlChangeMark[];
  verdict: ControlVerdict;
  /** Points with no value (missing or suppressed). */
  missing: number;
  suppressed: number;
  /** Points made of more than one row. */
  pooled: number;
  /** True when the limits vary from point to point (p, u with varying n). */
  varying: boolean;
  /** True when `freeze` was given with phases and so ignored. */
  freezeIgnored: boolean;
}

/** One facet (small multiple). */
export interface ControlFacet {
  key: string;
  model: ControlChartModel;
  /** True when it has fewer than `minPoints` non-missing points (shown with a note, not judged). */
  tooFew: boolean;
}

/** Small multiples: one model per facet value, ordered by signal (special cause first). */
export interface ControlFacetModel {
  kind: 'facets';
  options: ControlChartOptions;
  facets: ControlFacet[];
  /** Facets with special-cause variation. */
  special: number;
  /** Facets that could not be judged. */
  unjudged: number;
  /** A shared y domain across facets (plotted units), or null when free. */
  yDomain: [number, number] | null;
}
