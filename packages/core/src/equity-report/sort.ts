import { DASHBOARD_COLORS } from '../theme/tokens.js';
import { DASHBOARD_INDICATORS } from '../gap-chart/facts.js';
import type { CountyIndicator } from '../county/types.js';
import type { ResultCell } from './types.js';

/** Which way a column is sorted (as `aria-sort` names it). */
export type SortDirection = 'ascending' | 'descending';

/** A column to sort by: the row's name, an indicator, or (county grid) the DA status. */
export type SortKey = 'name' | 'da' | CountyIndicator;

export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/**
 * How a cell sorts, ascending: by colour from Red to Blue, then within a colour from the worse
 * status to the better (for the indicator's direction); cells without a colour after those with
 * one, cells without data last.
 */
function cellRank(cell: ResultCell | undefined): [number, number] {
  if (!cell) return [7, 0];
  const worseFirst = DASHBOARD_INDICATORS[cell.indicator].direction === 'higher' ? 1 : -1;
  const status = cell.status === null ? 0 : worseFirst * cell.status;
  return [cell.color ? DASHBOARD_COLORS[cell.color].rank : 6, status];
}

/** Compares two cells for an ascending sort (Red first). */
export function compareCells(a: ResultCell | undefined, b: ResultCell | undefined): number {
  const [ra, sa] = cellRank(a);
  const [rb, sb] = cellRank(b);
  return ra - rb || sa - sb;
}

/** The next sort state when a column's header is activated: a new column sorts ascending, the same column flips. */
export function nextSort(current: SortState | null, key: SortKey): SortState {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * Rows sorted by one column, stably (ties keep the model's order). `compare` gives the ascending
 * order; descending reverses it except that rows without data stay last.
 */
export function sortRows<R>(rows: readonly R[], sort: SortState | null, compare: (a: R, b: R) => number, missing: (r: R) => boolean = () => false): R[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => {
      const ma = missing(a);
      const mb = missing(b);
      if (ma !== mb) return ma ? 1 : -1;
      return sign * compare(a, b) || i - j;
    })
    .map(([r]) => r);
}
