/**
 * Where things fall on the x axis: the x type, phase starts, changes, repeated x values.
 */
import { toDate, toNumber } from '../validate/coerce.js';
import type { RunChartDatePrecision, RunChartChange, RunChartChangeMark, RunChartInput, XType, XValue } from './types.js';

/** `date` when every x is a Date, `number` when every x is a number, otherwise `string` (labels). */
export function xTypeOf(points: readonly RunChartInput[]): XType {
  let dates = 0;
  let numbers = 0;
  for (const p of points) {
    if (p.x instanceof Date) dates++;
    else if (typeof p.x === 'number') numbers++;
  }
  if (points.length > 0 && dates === points.length) return 'date';
  if (points.length > 0 && numbers === points.length) return 'number';
  return 'string';
}

/** Ordered keys (epoch milliseconds or numbers) for date and number x; null for labels. */
export function xKeys(points: readonly RunChartInput[], xType: XType): Float64Array | null {
  if (xType === 'string') return null;
  const keys = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    const x = points[i]!.x;
    keys[i] = x instanceof Date ? x.getTime() : (x as number);
  }
  return keys;
}

function keyOf(value: XValue, xType: XType): number | string | undefined {
  if (xType === 'date') return toDate(value)?.getTime();
  if (xType === 'number') return toNumber(value) ?? undefined;
  return value instanceof Date ? value.toISOString() : String(value).trim();
}

/**
 * The point where an x value falls: for dates and numbers, the first point at or after it; for
 * labels, the first point with that label. -1 when none.
 */
export function locate(value: XValue, points: readonly RunChartInput[], xType: XType, keys: Float64Array | null): number {
  const key = keyOf(value, xType);
  if (key === undefined) return -1;
  if (keys) {
    for (let i = 0; i < keys.length; i++) if (keys[i]! >= (key as number)) return i;
    return -1;
  }
  for (let i = 0; i < points.length; i++) if (String(points[i]!.x) === key) return i;
  return -1;
}

export interface PhaseStarts {
  /** First point index of each phase (the first is always 0). */
  starts: number[];
  /** Each phase's label from the data's phase column, or null. */
  labels: Array<string | null>;
  unmatched: number;
}

/** Phase starts from the `phases` option (x values) and from changes in the data's phase column. */
export function phaseStarts(points: readonly RunChartInput[], phases: readonly XValue[], xType: XType, keys: Float64Array | null): PhaseStarts {
  const fromOption = new Set<number>();
  let unmatched = 0;
  for (const x of phases) {
    const i = locate(x, points, xType, keys);
    if (i < 0) unmatched++;
    else if (i > 0) fromOption.add(i);
  }
  const starts: number[] = [];
  const labels: Array<string | null> = [];
  let current: string | null = null;
  for (let i = 0; i < points.length; i++) {
    const raw = points[i]!.phase;
    const label = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : null;
    const changed = label !== null && current !== null && label !== current;
    if (i === 0 || fromOption.has(i) || changed) {
      starts.push(i);
      labels.push(label);
    } else if (label !== null && labels[labels.length - 1] === null) {
      labels[labels.length - 1] = label;
    }
    if (label !== null) current = label;
  }
  return { starts, labels, unmatched };
}

/** Changes from the option and from the data's change column, in point order. */
export function placeChanges(
  points: readonly RunChartInput[],
  changes: readonly RunChartChange[],
  xType: XType,
  keys: Float64Array | null,
): { marks: RunChartChangeMark[]; unmatched: number } {
  const marks: RunChartChangeMark[] = [];
  let unmatched = 0;
  for (const c of changes) {
    const i = locate(c.x, points, xType, keys);
    if (i < 0) unmatched++;
    else marks.push({ index: i, x: points[i]!.x, label: c.label, description: c.description ?? null });
  }
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (typeof p.change !== 'string' || p.change.trim() === '') continue;
    const description = typeof p.description === 'string' && p.description.trim() !== '' ? p.description.trim() : null;
    marks.push({ index: i, x: p.x, label: p.change.trim(), description });
  }
  marks.sort((a, b) => a.index - b.index);
  return { marks, unmatched };
}

/** How many points repeat an earlier point's x value. */
export function countDuplicates(points: readonly RunChartInput[], keys: Float64Array | null): number {
  let ascending = keys !== null;
  if (keys) for (let i = 1; i < keys.length && ascending; i++) ascending = keys[i]! >= keys[i - 1]!;
  let n = 0;
  if (keys && ascending) {
    for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) n++;
    return n;
  }
  const seen = new Set<number | string>();
  for (let i = 0; i < points.length; i++) {
    const k = keys ? keys[i]! : String(points[i]!.x);
    if (seen.has(k)) n++;
    else seen.add(k);
  }
  return n;
}

/**
 * How to write the model's dates: `year` when every date is 1 January, `schoolYear` when there are
 * two or more and every one is 1 July (school years "2023-24" are read as 1 July 2023), `month`
 * when every one is the first of a month, else `day`. Null unless x holds dates.
 */
export function datePrecisionOf(points: readonly RunChartInput[], xType: XType): RunChartDatePrecision | null {
  if (xType !== 'date') return null;
  let month = true;
  let year = true;
  let july = points.length >= 2;
  for (const p of points) {
    const d = p.x as Date;
    if (d.getUTCDate() !== 1 || d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0 || d.getUTCSeconds() !== 0 || d.getUTCMilliseconds() !== 0) {
      month = year = july = false;
      break;
    }
    if (d.getUTCMonth() !== 0) year = false;
    if (d.getUTCMonth() !== 6) july = false;
  }
  return year ? 'year' : july ? 'schoolYear' : month ? 'month' : 'day';
}
