/**
 * The run chart's data handling before the rules: raw dated rows grouped into periods (week,
 * month, quarter, school year), and rows sharing an x pooled into one point: the mean of their
 * values, or Σy / Σn when the rows carry denominators (a rate from 40 students and one from
 * 40,000 then weigh what they should). A missing y or n leaves its row out of the pool.
 */
import type { RunChartInput, XValue } from './types.js';

export type RunChartPeriod = 'week' | 'month' | 'quarter' | 'schoolYear';

/** How the rows of one point were combined, for the summary to state. */
export interface RunChartPooling {
  period: RunChartPeriod | null;
  rule: 'mean' | 'ratio';
  /** Input rows and the points they became. */
  rows: number;
  points: number;
}

/** The first day (UTC) of the period a date falls in: ISO weeks start on Monday; school years on 1 July. */
export function periodStart(d: Date, period: RunChartPeriod): Date {
  const y = d.getUTCFullYear(), m = d.getUTCMonth();
  switch (period) {
    case 'week': {
      const day = (d.getUTCDay() + 6) % 7;
      return new Date(Date.UTC(y, m, d.getUTCDate() - day));
    }
    case 'month':
      return new Date(Date.UTC(y, m, 1));
    case 'quarter':
      return new Date(Date.UTC(y, m - (m % 3), 1));
    case 'schoolYear':
      return new Date(Date.UTC(m >= 6 ? y : y - 1, 6, 1));
  }
}

const keyOf = (x: XValue) => (x instanceof Date ? `d${x.getTime()}` : typeof x === 'number' ? `n${x}` : `s${x}`);

/**
 * Groups rows by period (dates only) and pools rows sharing an x. `ratio`: y = Σy / Σn × `scale`
 * (100 for percentages). Rows keep their order of first appearance; the first row's number,
 * phase and change stay with the point.
 */
export function poolRunChartRows(input: readonly RunChartInput[], period: RunChartPeriod | null, ratio: boolean, scale: number): { points: RunChartInput[]; pooling: RunChartPooling } {
  const groups = new Map<string, RunChartInput[]>();
  for (const p of input) {
    const x = period && p.x instanceof Date ? periodStart(p.x, period) : p.x;
    const k = keyOf(x);
    const g = groups.get(k);
    if (g) g.push({ ...p, x });
    else groups.set(k, [{ ...p, x }]);
  }
  const points: RunChartInput[] = [];
  for (const rows of groups.values()) {
    let sy = 0, sn = 0, count = 0;
    for (const r of rows) {
      const y = typeof r.y === 'number' && Number.isFinite(r.y) ? r.y : null;
      const n = typeof r.n === 'number' && Number.isFinite(r.n) ? r.n : null;
      if (y === null || (ratio && n === null)) continue;
      sy += y;
      sn += n ?? 0;
      count++;
    }
    const first = rows[0]!;
    const y = count === 0 ? null : ratio ? (sn > 0 ? (sy / sn) * scale : null) : sy / count;
    points.push({ ...first, y, n: ratio ? sn : null, change: rows.find((r) => r.change)?.change ?? null, description: rows.find((r) => r.change)?.description ?? first.description ?? null });
  }
  return { points, pooling: { period, rule: ratio ? 'ratio' : 'mean', rows: input.length, points: points.length } };
}
