/**
 * PDSA (Plan–Do–Study–Act) cycle logs: the tests of one change idea, in order, each with its plan,
 * prediction, what happened, what was learned, the decision (adapt / adopt / abandon) and the
 * scale it was tried at (one classroom → one school → several schools → the district).
 */

/** The scales a change is tried at, smallest first (the "ramp" of an improvement). */
export const PDSA_SCALES = ['student', 'classroom', 'grade', 'school', 'schools', 'district'] as const;
export type PdsaScale = (typeof PDSA_SCALES)[number];

/** What the team decided after studying a cycle. */
export const PDSA_DECISIONS = ['adapt', 'adopt', 'abandon'] as const;
export type PdsaDecision = (typeof PDSA_DECISIONS)[number];

/** One cycle as validated. */
export interface PdsaCycleInput {
  id: string;
  /** The change idea it tests (an id in a driver diagram), or null. */
  change: string | null;
  /** The change idea's text, when the data gives it (e.g. a `change-text` column). */
  changeText: string | null;
  title: string;
  start: Date | null;
  end: Date | null;
  scale: PdsaScale | null;
  /** How many classrooms / schools / sites it ran in, when given. */
  sites: number | null;
  plan: string | null;
  prediction: string | null;
  result: string | null;
  learned: string | null;
  decision: PdsaDecision | null;
  /** Whether the result met the prediction (given, or null when the data does not say). */
  predictionMet: boolean | null;
  /** The row in the user's file (CSV rows counted from the header as 1), when from rows. */
  row?: number;
}

/** A cycle in the model: its number within its change idea. */
export interface PdsaCycle extends PdsaCycleInput {
  /** 1 for the change idea's first cycle, in date order. */
  number: number;
}

/** The cycles of one change idea and what they add up to. */
export interface PdsaGroup {
  change: string | null;
  changeText: string | null;
  cycles: PdsaCycle[];
  /** The number of the first cycle after which the change was adopted, or null. */
  adoptedAfter: number | null;
  /** The scale and sites of that cycle. */
  adoptedScale: PdsaScale | null;
  adoptedSites: number | null;
  /** The latest decision (of the last cycle with one). */
  latestDecision: PdsaDecision | null;
  /** Predictions met, of the cycles that say. */
  predictions: { met: number; of: number };
  /** The largest scale reached. */
  maxScale: PdsaScale | null;
  /** True when each cycle's scale is at least the one before (a ramp that never steps back). */
  ramps: boolean;
}

export interface PdsaLogModel {
  title: string | null;
  description: string | null;
  /** The change idea shown, when one was chosen. */
  change: string | null;
  groups: PdsaGroup[];
  cycleCount: number;
}

export interface PdsaLogOptions {
  /** Show only this change idea's cycles (an id), or null for all, grouped. */
  change: string | null;
}

export interface PdsaLogOptionsInput {
  change?: string | null;
}
