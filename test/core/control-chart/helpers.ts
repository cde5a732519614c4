import assert from 'node:assert/strict';
import { analyzeControlChart, type ControlChartInput, type ControlChartModel, type ControlChartOptionsInput } from '../../../packages/core/src/index.js';

/** Points at x = 1, 2, 3… from values (and optional denominators). */
export function series(ys: readonly (number | null)[], ns?: readonly number[]): ControlChartInput[] {
  return ys.map((y, i) => (ns ? { x: i + 1, y, n: ns[i]! } : { x: i + 1, y }));
}

export function analyse(ys: readonly (number | null)[], options: ControlChartOptionsInput, ns?: readonly number[]): ControlChartModel {
  return analyzeControlChart(series(ys, ns), { suppressBelow: 0, ...options });
}

/** Equal within 1e-9 (relative for large values), or both null. */
export function close(actual: number | null | undefined, expected: number | null, label = ''): void {
  if (expected === null) return assert.equal(actual ?? null, null, label);
  assert.ok(typeof actual === 'number', `${label}: expected ${expected}, got ${actual}`);
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${label}: expected ${expected}, got ${actual}`);
}

export function closeAll(actual: readonly (number | null)[], expected: readonly (number | null)[], label = ''): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  expected.forEach((e, i) => close(actual[i], e, `${label}[${i}]`));
}
