/**
 * Small builders shared by the run-chart tests. Nothing here computes an expected value: the
 * tests work those out by hand from /work/shared/reference/run-chart-rules.md.
 */
import assert from 'node:assert/strict';
import {
  analyzeRunChart,
  OutcomeError,
  type Problem,
  type RuleName,
  type RunChartInput,
  type RunChartModel,
  type RunChartOptionsInput,
  type Signal,
} from '../../../packages/core/src/index.js';

/** Points with x = 1, 2, 3 … and the given values (null = missing). */
export function series(values: ReadonlyArray<number | null>): RunChartInput[] {
  return values.map((y, i) => ({ x: i + 1, y }));
}

/** Analyses values at x = 1, 2, 3 … */
export function analyse(values: ReadonlyArray<number | null>, options: RunChartOptionsInput = {}): RunChartModel {
  return analyzeRunChart(series(values), options);
}

/** `n` copies of a value. */
export function rep(value: number, n: number): number[] {
  return Array.from({ length: n }, () => value);
}

/**
 * Values of 1 (below) and 9 (above) from run lengths, starting below when `first` is 'B':
 * with as many 1s as 9s the median is 5 and every point is useful.
 */
export function runs(first: 'A' | 'B', lengths: readonly number[]): number[] {
  const out: number[] = [];
  lengths.forEach((n, k) => out.push(...rep((k % 2 === 0) === (first === 'B') ? 1 : 9, n)));
  return out;
}

/** The signals of one rule, as [from, to, direction, count] for compact assertions. */
export function signalsOf(model: RunChartModel, rule: RuleName): Array<[number, number, Signal['direction'], number]> {
  return model.signals.filter((s) => s.rule === rule).map((s) => [s.from, s.to, s.direction, s.count]);
}

/** The rules that signalled, in the model's order. */
export function rulesOf(model: RunChartModel): RuleName[] {
  return model.signals.map((s) => s.rule);
}

/** Runs `f`, expects an OutcomeError, and returns its first problem. */
export function problemOf(f: () => unknown): Problem {
  try {
    f();
  } catch (error) {
    assert.ok(error instanceof OutcomeError, `expected an OutcomeError, got ${String(error)}`);
    return error.first;
  }
  throw new Error('expected an OutcomeError, but nothing was thrown');
}
