/**
 * The run-chart rules for one phase, in single passes over a Float64Array of values (NaN =
 * missing). Each pass is linear and allocates nothing per point; signals are pushed as found.
 */
import type { IndividualsLimits, RunChartDirection, RuleName, Signal } from './types.js';

/**
 * The rules from the most specific to the most general: point and run rules first, then the
 * whole-phase runs and crossings tests. Signals starting at the same point, the rule names of a
 * point, and the shape a point takes on the chart all follow this order.
 */
export const RULE_ORDER: readonly RuleName[] = ['shift', 'trend', 'longest-run', 'astronomical', 'too-few-runs', 'too-many-runs', 'crossings'];

/** What a rule pass needs besides the values. */
export interface PassContext {
  phase: number;
  from: number;
  to: number;
  direction: RunChartDirection | null;
  signals: Signal[];
}

function signal(ctx: PassContext, rule: RuleName, from: number, to: number, moved: 1 | -1 | 0, count: number): void {
  const direction = moved === 1 ? 'up' : moved === -1 ? 'down' : null;
  const improvement = direction === null || ctx.direction === null ? null : direction === ctx.direction;
  ctx.signals.push({ rule, phase: ctx.phase, from, to, direction, improvement, count });
}

export interface RunsResult {
  useful: number;
  runs: number;
  crossings: number;
  longestRun: number;
  /** The first longest run: its first and last useful points and its side (1 above, −1 below). */
  longest: { from: number; to: number; side: 1 | -1 } | null;
}

/**
 * Runs against the centre line. Points on it and missing points are skipped: they neither belong
 * to a run nor break one. With `shiftLength`, every run at least that long is a `shift` signal.
 */
export function runsPass(ys: Float64Array, centre: number, ctx: PassContext, shiftLength: number | null): RunsResult {
  let useful = 0, runs = 0, crossings = 0, longestRun = 0;
  let longestFrom = -1, longestTo = -1, longestSide: 1 | -1 = 1;
  let side: 1 | -1 | 0 = 0, runFrom = -1, runLength = 0, last = -1;
  const close = () => {
    if (runLength > longestRun) {
      longestRun = runLength;
      longestFrom = runFrom;
      longestTo = last;
      longestSide = side || 1;
    }
    if (shiftLength !== null && runLength >= shiftLength) signal(ctx, 'shift', runFrom, last, side, runLength);
  };
  for (let i = ctx.from; i <= ctx.to; i++) {
    const v = ys[i]!;
    if (!(v > centre || v < centre)) continue; // missing (NaN) or on the centre line
    const s = v > centre ? 1 : -1;
    useful++;
    if (s !== side) {
      if (side !== 0) {
        crossings++;
        close();
      }
      side = s;
      runFrom = i;
      runLength = 1;
      runs++;
    } else runLength++;
    last = i;
  }
  if (side !== 0) close();
  const longest = longestRun > 0 ? { from: longestFrom, to: longestTo, side: longestSide } : null;
  return { useful, runs, crossings, longestRun, longest };
}

/**
 * IHI trends: `length` or more points each higher (or each lower) than the one before. A value
 * equal to the one before is not counted and does not break the trend; missing values are skipped.
 */
export function trendPass(ys: Float64Array, ctx: PassContext, length: number): void {
  let prev = NaN, prevIndex = -1, dir: 1 | -1 | 0 = 0, count = 0, start = -1;
  for (let i = ctx.from; i <= ctx.to; i++) {
    const v = ys[i]!;
    if (v !== v) continue;
    if (prevIndex < 0) {
      prev = v;
      prevIndex = start = i;
      count = 1;
      continue;
    }
    if (v === prev) continue;
    const d = v > prev ? 1 : -1;
    if (d === dir) count++;
    else {
      if (dir !== 0 && count >= length) signal(ctx, 'trend', start, prevIndex, dir, count);
      dir = d;
      start = prevIndex;
      count = 2;
    }
    prev = v;
    prevIndex = i;
  }
  if (dir !== 0 && count >= length) signal(ctx, 'trend', start, prevIndex, dir, count);
}

/**
 * Individuals-chart limits, mean ± 2.66 × mean moving range, over the phase's first `take`
 * non-missing points. The moving ranges are between consecutive non-missing values (a gap is
 * skipped, not a break). Null with fewer than 2 values.
 */
export function individualsLimits(ys: Float64Array, from: number, to: number, take: number): IndividualsLimits | null {
  let n = 0, sum = 0, mrSum = 0, prev = NaN;
  for (let i = from; i <= to && n < take; i++) {
    const v = ys[i]!;
    if (v !== v) continue;
    if (n > 0) mrSum += Math.abs(v - prev);
    sum += v;
    prev = v;
    n++;
  }
  if (n < 2) return null;
  const mean = sum / n;
  const movingRange = mrSum / (n - 1);
  return { mean, movingRange, lower: mean - 2.66 * movingRange, upper: mean + 2.66 * movingRange };
}

/** A possible astronomical point: a value strictly outside the individuals-chart limits. */
export function astronomicalPass(ys: Float64Array, ctx: PassContext, limits: IndividualsLimits): void {
  for (let i = ctx.from; i <= ctx.to; i++) {
    const v = ys[i]!;
    if (v > limits.upper) signal(ctx, 'astronomical', i, i, 1, 1);
    else if (v < limits.lower) signal(ctx, 'astronomical', i, i, -1, 1);
  }
}

/** Pushes a signal that covers the whole phase (runs, crossings): no direction, no improvement. */
export function phaseSignal(ctx: PassContext, rule: RuleName, count: number): void {
  signal(ctx, rule, ctx.from, ctx.to, 0, count);
}

/** Pushes Anhøj's long-run signal for the longest run. */
export function longRunSignal(ctx: PassContext, longest: { from: number; to: number; side: 1 | -1 }, length: number): void {
  signal(ctx, 'longest-run', longest.from, longest.to, longest.side, length);
}
