import { anhoejCrossingsLimit, anhoejLongestRunLimit, ihiRunsLimits } from './limits.js';
import { normalizeRunChartOptions } from './options.js';
import { countDuplicates, datePrecisionOf, phaseStarts, placeChanges, xKeys, xTypeOf } from './place.js';
import { astronomicalPass, individualsLimits, longRunSignal, phaseSignal, RULE_ORDER, runsPass, trendPass, type PassContext } from './rules.js';
import { medianInPlace } from './select.js';
import { poolRunChartRows, type RunChartPooling } from './pool.js';
import { toDate, toNumber } from '../validate/coerce.js';
import type { XType, XValue } from './types.js';

/** An option's x value as the key points are compared on (dates as ms, numbers, labels). */
function exactKey(x: XValue, xType: XType): number | string | undefined {
  if (xType === 'date') return toDate(x)?.getTime();
  if (xType === 'number') return toNumber(x) ?? undefined;
  return String(x).trim();
}
import type { RunChartInput, RunChartModel, RunChartOptions, RunChartOptionsInput, RunChartPhase, RunChartPoint, Signal } from './types.js';

/** IHI: a shift is 6 or more points on one side of the median; a trend is 5 or more points. */
export const IHI_SHIFT = 6;
export const IHI_TREND = 5;

const NONE: readonly number[] = Object.freeze([]);

function analysePhase(ys: Float64Array, scratch: Float64Array, from: number, to: number, index: number, label: string | null, o: RunChartOptions): RunChartPhase {
  let count = 0, taken = 0, baselineTo = -1;
  for (let i = from; i <= to; i++) {
    const v = ys[i]!;
    if (v !== v) continue;
    count++;
    if (o.baseline === null || taken < o.baseline) {
      scratch[taken++] = v;
      baselineTo = i;
    }
  }
  const median = taken > 0 ? medianInPlace(scratch, taken) : null;
  const rulesApplied = count >= o.minPoints;
  const ihi = o.rules === 'ihi';
  const ctx: PassContext = { phase: index, from, to, direction: o.direction, signals: [] };
  const runs = runsPass(ys, median ?? NaN, ctx, rulesApplied && ihi ? IHI_SHIFT : null);
  const phase: RunChartPhase = {
    index, label, from, to, count, missing: to - from + 1 - count, median,
    baseline: o.baseline === null ? null : { count: taken, to: baselineTo },
    useful: runs.useful, runs: runs.runs, longestRun: runs.longestRun, crossings: runs.crossings,
    rulesApplied, pointsNeeded: Math.max(0, o.minPoints - count),
    longestRunLimit: null, crossingsLimit: null, runsLimits: null, limits: null, signals: ctx.signals,
  };
  if (!rulesApplied) return phase;
  if (ihi) {
    trendPass(ys, ctx, IHI_TREND);
    phase.runsLimits = ihiRunsLimits(runs.useful);
    if (phase.runsLimits && runs.runs < phase.runsLimits.lower) phaseSignal(ctx, 'too-few-runs', runs.runs);
    if (phase.runsLimits && runs.runs > phase.runsLimits.upper) phaseSignal(ctx, 'too-many-runs', runs.runs);
    phase.limits = individualsLimits(ys, from, to, taken);
    if (phase.limits) astronomicalPass(ys, ctx, phase.limits);
  } else if (runs.useful > 0) {
    phase.longestRunLimit = anhoejLongestRunLimit(runs.useful);
    phase.crossingsLimit = anhoejCrossingsLimit(runs.useful);
    if (runs.longest && runs.longestRun > phase.longestRunLimit) longRunSignal(ctx, runs.longest, runs.longestRun);
    if (runs.crossings < phase.crossingsLimit) phaseSignal(ctx, 'crossings', runs.crossings);
  }
  ctx.signals.sort((a, b) => a.from - b.from || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule));
  return phase;
}

/** Adds signal `k` to the points it covers: a run's useful points, or every non-missing point in range. */
function attach(points: RunChartPoint[], s: Signal, k: number): void {
  const side = s.rule === 'shift' || s.rule === 'longest-run' ? (s.direction === 'up' ? 'above' : 'below') : null;
  for (let i = s.from; i <= s.to; i++) {
    const p = points[i]!;
    if (p.y === null || (side !== null && p.side !== side)) continue;
    if (p.signals === NONE) p.signals = [k];
    else (p.signals as number[]).push(k);
  }
}

/**
 * Analyses a measure over time with the run-chart rules and returns the model every view reads.
 *
 * Points come in time order; a missing y is a gap (never zero, never counted, never breaking a
 * run or trend). Each phase has its own median (over its first `baseline` non-missing points when
 * frozen, extended over the rest, with the rules applied to all points). A phase with fewer than
 * `minPoints` non-missing points gets no rule.
 *
 * Rules `ihi` (default): shift (≥ 6 points on one side, points on the median skipped), trend
 * (≥ 5 points each up or each down, a repeated value counted once), too few / too many runs
 * (Perla et al. 2011 table, 10–60 useful points) and a possible astronomical point (outside mean
 * ± 2.66 × mean moving range). Rules `anhoej`: longest run > round(log2(n) + 3) and crossings
 * < qbinom(0.05, n − 1, 0.5); the astronomical point is not part of Anhøj's rules and is not applied.
 *
 * Linear in the number of points: one pass per rule, medians by selection (not sorting).
 */
export function analyzeRunChart(rows: readonly RunChartInput[], options: RunChartOptionsInput | RunChartOptions = {}): RunChartModel {
  const o = normalizeRunChartOptions(options);
  const ratio = o.n != null || rows.some((p) => typeof p.n === 'number');
  const pool = o.pool ?? (o.xPeriod || ratio ? 'mean' : 'none');
  let input = rows;
  let pooled: RunChartPooling | null = null;
  if (pool === 'mean') {
    const r = poolRunChartRows(rows, o.xPeriod ?? null, ratio, o.yFormat === 'percent' ? 100 : 1);
    input = r.points;
    pooled = r.pooling;
  }
  const n = input.length;
  const ys = new Float64Array(n);
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const y = input[i]!.y;
    if (typeof y === 'number' && Number.isFinite(y)) ys[i] = y;
    else {
      ys[i] = NaN;
      missing++;
    }
  }
  const xType = xTypeOf(input);
  const keys = xKeys(input, xType);
  // Excluded points are shown but, like missing ones, take no part in the median or the rules.
  const shown = ys.slice();
  let excluded = 0;
  const excludeKeys = new Set((o.exclude ?? []).map((x) => exactKey(x, xType)));
  if (excludeKeys.size) for (let i = 0; i < n; i++) {
    if (ys[i] !== ys[i] || !excludeKeys.has(keys ? keys[i]! : String(input[i]!.x))) continue;
    ys[i] = NaN;
    excluded++;
  }
  const { starts, labels, unmatched } = phaseStarts(input, o.phases, xType, keys);
  const scratch = new Float64Array(n);
  const phases = starts.map((from, k) => analysePhase(ys, scratch, from, k + 1 < starts.length ? starts[k + 1]! - 1 : n - 1, k, labels[k]!, o));

  const points: RunChartPoint[] = new Array(n);
  for (const ph of phases) {
    const m = ph.median ?? NaN;
    const baselineTo = ph.baseline ? ph.baseline.to : -1;
    for (let i = ph.from; i <= ph.to; i++) {
      const v = ys[i]!;
      const ok = v === v;
      const side = !ok || ph.median === null ? null : v > m ? 'above' : v < m ? 'below' : 'on';
      const row = input[i]!.row;
      const value = shown[i]!;
      points[i] = {
        index: i, x: input[i]!.x, y: value === value ? value : null, row: row ?? null, phase: ph.index, centre: ph.median,
        side, baseline: ok && i <= baselineTo, signals: NONE, changes: NONE,
      };
      if (!ok && value === value) points[i]!.excluded = true;
    }
  }
  const signals = phases.flatMap((ph) => ph.signals);
  signals.forEach((s, k) => attach(points, s, k));
  const placed = placeChanges(input, o.changes, xType, keys);
  placed.marks.forEach((c, k) => {
    const p = points[c.index]!;
    p.changes = p.changes === NONE ? [k] : [...p.changes, k];
  });
  return {
    options: o, xType, datePrecision: datePrecisionOf(input, xType), points, phases, signals, changes: placed.marks,
    missing, duplicates: countDuplicates(input, keys), sorted: false,
    unmatched: { phases: unmatched, changes: placed.unmatched },
    pooled, excluded,
  };
}
