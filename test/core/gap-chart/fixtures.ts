import type { GapRow } from '../../../packages/core/src/index.js';

/**
 * Chronic absenteeism by group (lower is better), shared by the analysis and view tests. PI has 9
 * students (suppressed at the default 10); FOS (20) and HOM (12) are under 30 but may have colour
 * at the Foster/Homeless minimum of 15 only when n ≥ 15.
 */
export const CHRONIC: readonly GapRow[] = [
  { group: 'ALL', value: 20.0, prior: 22.0, n: 1000 },
  { group: 'EL', value: 27.0, prior: 26.0, n: 300 },
  { group: 'SWD', value: 30.0, prior: 35.0, n: 200 },
  { group: 'AS', value: 5.0, prior: 6.0, n: 120 },
  { group: 'HI', value: 20.3, prior: 22.1, n: 500 },
  { group: 'PI', value: 61.37, prior: 59.91, n: 9 },
  { group: 'FOS', value: 40.0, prior: 45.0, n: 20 },
  { group: 'HOM', value: 31.0, prior: 29.0, n: 12 },
];
