/**
 * Rows sharing an x pooled into one point, and the points sorted by x, as qicharts2's `qic.agg`
 * does (../shared/reference/spc.md, "Common pipeline"): with denominators y = Σy / Σn after
 * blanking any row whose y or n is missing; without, y = mean(y). Every point also keeps Σy,
 * the count, mean and standard deviation of its values (c charts plot Σy; xbar and s use the rest).
 */
import { toDate, toNumber } from '../validate/coerce.js';
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

/** An option's x value (a phase start, an excluded x, a change) as a key of the data's x type. */
export function optionKey(value: XValue, xType: 'date' | 'number' | 'string'): number | string | undefined {
  if (xType === 'date') return toDate(value)?.getTime();
  if (xType === 'number') return toNumber(value) ?? undefined;
  return value instanceof Date ? value.toISOString() : String(value).trim();
}

/**
 * The first point at or after an x value (dates and numbers), or with that label; -1 when none.
 */
export function locateKey(points: readonly { key: number | string }[], value: XValue, xType: 'date' | 'number' | 'string'): number {
  const k = optionKey(value, xType);
  if (k === undefined) return -1;
  return points.findIndex((p) => (typeof k === 'number' ? (p.key as number) >= k : p.key === k));
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
