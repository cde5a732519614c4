/**
 * The privacy cut of a published folder: no group of `suppressBelow` or fewer students is in any
 * file, nor derivable from one. Per entity × indicator × year: groups CDE marked "*", of unknown
 * size or of n ≤ suppressBelow are removed; where a partition's total is shown with all but one
 * of its parts (race/ethnicity of All Students …), the smallest other part goes too (core's
 * partitions). A prior year of n ≤ suppressBelow takes the change (and what follows from it) away.
 */
import { GROUP_PARTITIONS, type DashboardRecord } from '@outcome-kit/core';
import type { ReadRecord } from './records.js';

const small = (n: number | null, t: number) => n === null || !Number.isFinite(n) || n <= t;

/** Hides one more part wherever exactly one part of a complete partition is hidden; repeats until stable. */
function complementary(cell: Map<string, { n: number | null; hidden: boolean }>): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of GROUP_PARTITIONS) {
      const total = cell.get(p.total);
      if (!total || total.hidden || total.n === null) continue;
      const parts = p.parts.map((c) => cell.get(c)).filter((g) => g !== undefined);
      const hidden = parts.filter((g) => g.hidden);
      if (hidden.length !== 1) continue;
      const shown = parts.filter((g) => !g.hidden);
      const known = shown.reduce((s, g) => s + (g.n ?? 0), 0);
      // Only where the parts can give the hidden one back: the shown parts' n are all known.
      if (shown.some((g) => g.n === null) || known > total.n) continue;
      const next = shown.length ? shown.reduce((a, b) => ((b.n ?? 0) < (a.n ?? 0) ? b : a)) : total;
      next.hidden = true;
      changed = true;
    }
  }
}

/**
 * The records of one entity that may be published, in their order. `read` must be one entity's
 * records (any order); the count of groups removed is returned with them.
 */
export function publishable(read: readonly ReadRecord[], suppressBelow: number): { records: DashboardRecord[]; removed: number } {
  const cells = new Map<string, Map<string, { n: number | null; hidden: boolean; at: number }>>();
  read.forEach((r, at) => {
    const key = `${r.record.indicator}|${r.record.year}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = new Map()));
    cell.set(r.record.group, { n: r.record.n, hidden: r.starred || small(r.record.n, suppressBelow), at });
  });
  const hidden = new Set<number>();
  for (const cell of cells.values()) {
    complementary(cell);
    for (const g of cell.values()) if (g.hidden) hidden.add(g.at);
  }
  const records: DashboardRecord[] = [];
  read.forEach((r, at) => {
    if (hidden.has(at)) return;
    const rec = r.record;
    if (rec.priorN !== null && rec.priorN <= suppressBelow) {
      // The change would give back the prior year's value of a group of that few students.
      const out: DashboardRecord = { ...rec, priorN: null, change: null, changeLevel: null, color: null, colorSource: 'none' };
      records.push(out);
    } else records.push(rec);
  });
  return { records, removed: hidden.size };
}
