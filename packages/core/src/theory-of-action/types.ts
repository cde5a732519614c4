import type { RuleName, RunChartDirection, RunChartModel, RunChartRules, XValue } from '../run-chart/types.js';

/** The six stages of the theory of action, in the order support travels to students. */
export const STAGES = ['analysis', 'plans', 'services', 'district-practice', 'school-practice', 'student-outcomes'] as const;

/** One stage: the COE analyses performance → plans → services → district practice → school and classroom practice → student outcomes. */
export type StageKey = (typeof STAGES)[number];

/** A link's status, worst to best as people read it. */
export const LINK_STATUSES = ['not-started', 'in-progress', 'on-track', 'off-track', 'achieved'] as const;

export type LinkStatus = (typeof LINK_STATUSES)[number];

/**
 * What a measure's run chart says, in one word:
 * `improving` / `worsening` (a signal in the better / worse direction), `signal` (non-random
 * variation with no direction set), `no-signal` (random variation so far), `too-few` (fewer
 * points than the rules need), `no-data` (no value yet).
 */
export type MeasureVerdict = 'improving' | 'worsening' | 'signal' | 'no-signal' | 'too-few' | 'no-data';

/** One value of a measure, in time order. */
export interface MeasurePoint {
  /** The x value: a date when every x of the measure reads as one, a number, or a label. */
  x: XValue;
  /** The value; null is a gap. */
  y: number | null;
  /** The x as the data wrote it, for tables and the run chart. */
  label: string;
  /** The row in the user's CSV file, when it came from one. */
  row?: number;
}

/** A measure as validated, before analysis. */
export interface MeasureInput {
  name: string;
  unit: string | null;
  direction: RunChartDirection | null;
  goal: number | null;
  values: MeasurePoint[];
}

/** A link as validated, before analysis. */
export interface LinkInput {
  id: string;
  stage: StageKey;
  label: string;
  description: string | null;
  /** The status the data gives; null when it is to be derived from the measures. */
  status: LinkStatus | null;
  owner: string | null;
  evidence: string | null;
  /** The ids this link leads to, as written; null for the default (the next stage's links). */
  leadsTo: string[] | null;
  measures: MeasureInput[];
}

/** A validated theory-of-action document. */
export interface TheoryOfActionDocument {
  title: string | null;
  description: string | null;
  links: LinkInput[];
}

/** A measure and its run-chart reading. */
export interface Measure extends MeasureInput {
  /** True when values are percentages (unit `%` or `percent`). */
  percent: boolean;
  /** The last non-missing value, or null. */
  latest: MeasurePoint | null;
  verdict: MeasureVerdict;
  /** The rules behind the verdict's signals (empty without a signal). */
  rules: RuleName[];
  /** More points the rules need (0 when applied). */
  pointsNeeded: number;
  /** Whether the latest value meets the goal; null without a goal, direction or value. */
  goalMet: boolean | null;
  /** The status this measure alone suggests. */
  status: LinkStatus;
  /**
   * The measure's full run-chart model (median, signals, date precision), computed once by
   * `analyzeRunChart`; the views read signal sentences and the sparkline's median from it.
   */
  run: RunChartModel;
}

/** A link of the chain, analysed. */
export interface Link {
  id: string;
  stage: StageKey;
  label: string;
  description: string | null;
  status: LinkStatus;
  /** True when the status was derived from the measures rather than given. */
  derived: boolean;
  owner: string | null;
  evidence: string | null;
  /** The ids this link leads to (explicit, or the next stage's links). */
  leadsTo: string[];
  /** The ids of the links that lead to this one. */
  leadsFrom: string[];
  measures: Measure[];
}

/** Where the chain breaks: the first link off track or not started after links on track. */
export interface ChainBreak {
  /** The id of the link where it breaks. */
  link: string;
  stage: StageKey;
  status: 'off-track' | 'not-started';
  /** True when the link has no measure with a value. */
  unmeasured: boolean;
  /** The stage of the on-track links that lead to it (the latest, when several). */
  after: StageKey;
}

/** The theory-of-action model: one plain object, the single source of every view. */
export interface TheoryOfActionModel {
  title: string | null;
  description: string | null;
  options: TheoryOfActionOptions;
  /** The stages that have links, in order, each with its links' ids. */
  stages: Array<{ key: StageKey; links: string[] }>;
  /** Every link, in stage order (and data order within a stage). */
  links: Link[];
  chainBreak: ChainBreak | null;
  counts: Record<LinkStatus, number>;
}

/** Options, fully defaulted: what `normalizeTheoryOfActionOptions()` returns. */
export interface TheoryOfActionOptions {
  /** The run-chart rule set for every measure (default `ihi`). */
  rules: RunChartRules;
  /** Fewest points before the run-chart rules apply (default 10). */
  minPoints: number;
}

/** Options as typed or as attribute strings give them. */
export interface TheoryOfActionOptionsInput {
  rules?: RunChartRules | string | null;
  minPoints?: number | string | null;
}
