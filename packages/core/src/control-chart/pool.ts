/**
 * Rows sharing an x pooled into one point, and the points sorted by x, as qicharts2's `qic.agg`
 * does (../shared/reference/spc.md, "Common pipeline"): with denominators y = Σy / Σn after
 * blanking any row whose y or n is missing; without, y = mean(y). Every point also keeps Σy,
 * the count, mean and standard deviation of its values (c charts plot Σy; xbar and s use the rest).
 */
import { mean, sd, sum } from './stats.js';
import type { ControlChartInput, XValue } from './types.js';

export interface PooledPoint {
  x: XValue;
  key: number | string;
  /** Σy, NaN when the x has one row and its y is missing (R's na.rm only with several rows). */
  ySum: number;
  /** Non-missing values. */
  yLength: number;
  yMean: number;
  ySd: number;
  /** Σn (with denominators), else NaN. */
  n: number;
  /** The pooled value: Σy / Σn with denominators, else the mean. */
  y: number;
  rows: number;
  row: number | null;
  /** Indices of the input rows. */
  members: number[];
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

/** The key rows are pooled and sorted on. */
export function xKey(x: XValue): number | string {
  return x instanceof Date ? x.getTime() : x;
}

/**
 * Pools rows by x and returns the points sorted by x (dates and numbers ascending; labels keep
 * the order they first appear in, since labels such as month names are usually already in time order).
 * `withN`: the rows carry denominators.
 */
export function poolByX(input: readonly ControlChartInput[], withN: boolean): PooledPoint[] {
  const groups = new Map<number | string, number[]>();
  input.forEach((p, i) => {
    const k = xKey(p.x);
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const out: PooledPoint[] = [];
  for (const [key, members] of groups) {
    const ys = members.map((i) => num(input[i]!.y));
    const ns = members.map((i) => (withN ? num(input[i]!.n) : NaN));
    if (withN) ys.forEach((y, k) => {
      if (y !== y || ns[k] !== ns[k]) ys[k] = ns[k] = NaN;
    });
    const yLength = ys.filter((y) => y === y).length;
    const ySum = members.length > 1 || yLength > 0 ? sum(ys) : NaN;
    const n = withN ? sum(ns) : NaN;
    const first = input[members[0]!]!;
    out.push({
      x: first.x, key, ySum, yLength, yMean: mean(ys), ySd: sd(ys), n,
      y: withN ? sum(ys) / n : mean(ys),
      rows: members.length, row: first.row ?? null, members,
    });
  }
  if (typeof out[0]?.key === 'number') out.sort((a, b) => (a.key as number) - (b.key as number));
  return out;
}
