import { normalizeRunChartOptions } from '../run-chart/options.js';
import type { TheoryOfActionOptions, TheoryOfActionOptionsInput } from './types.js';

/**
 * Turns options as typed, or as attribute strings, into fully defaulted options. The rules and
 * the minimum number of points are the run chart's own, checked by the run chart's normaliser,
 * so a bad value gets the same message in both widgets.
 */
export function normalizeTheoryOfActionOptions(input: TheoryOfActionOptionsInput | null | undefined = {}): TheoryOfActionOptions {
  const o = input ?? {};
  const run = normalizeRunChartOptions({ rules: o.rules ?? null, minPoints: o.minPoints ?? null });
  return { rules: run.rules, minPoints: run.minPoints };
}

/** The element's attributes (kebab-case) and the option each one sets (the rest only lay out the chain). */
export const THEORY_OF_ACTION_ATTRIBUTES: Readonly<Record<string, keyof TheoryOfActionOptionsInput>> = {
  rules: 'rules',
  'min-points': 'minPoints',
};
