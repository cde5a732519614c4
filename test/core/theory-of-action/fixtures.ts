/** Small hand-worked theory-of-action documents for the core tests. */

export const MONTHS = ['2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'];

/** Values at monthly x from August 2024. */
export function monthly(ys: ReadonlyArray<number | null>): Array<{ x: string; y: number | null }> {
  return ys.map((y, i) => ({ x: MONTHS[i]!, y }));
}

/**
 * Six points below then six above the median of 6 (5,4,5,4,5,4 | 8,7,8,7,8,7): the last six are a
 * shift above the median; no five-point trend; no point outside mean 6 ± 2.66 × 1.27.
 */
export const SHIFT_UP = [5, 4, 5, 4, 5, 4, 8, 7, 8, 7, 8, 7];

/** The mirror image: six points above, then six below the median of 6 (an improvement when lower is better). */
export const SHIFT_DOWN = [8, 7, 8, 7, 8, 7, 5, 4, 5, 4, 5, 4];

/** Ten values with no run-chart signal: median 5.5, 8 runs (limits 3–9), no shift, trend or astronomical point. */
export const NO_SIGNAL = [5, 6, 6, 4, 5, 7, 4, 6, 5, 7];

export function measure(name: string, ys: ReadonlyArray<number | null>, extra: Record<string, unknown> = {}) {
  return { name, unit: 'visits', direction: 'up', values: monthly(ys), ...extra };
}

/** Analysis achieved → services on track → district practice without any measure. */
export const UNMEASURED_BREAK = {
  title: 'Attendance',
  links: [
    { id: 'analysis', stage: 'analysis', label: 'Root-cause analysis', status: 'achieved' },
    { id: 'coaching', stage: 'services', label: 'Coaching', measures: [measure('Visits', SHIFT_UP)] },
    { id: 'district', stage: 'district-practice', label: 'Attendance teams' },
  ],
};
