import { GROUP_PARTITIONS } from './groups.js';

/** One group of the year shown, as the suppression rules see it. */
export interface SizedGroup {
  code: string;
  /** True when the code is a CDE student group (free names form their own partition). */
  known: boolean;
  /** n, or null when unknown ("*"). */
  n: number | null;
  /** Suppressed already (n ≤ the threshold, unknown, or marked "*"). */
  hidden: boolean;
}

/**
 * Complementary suppression, as statistical agencies do it: where the total of a partition is
 * shown and exactly one of its parts is hidden, that part's n (and value and prior) follows by
 * subtraction, so the smallest other shown part of that partition is hidden too — and, when no
 * other part is left, the total itself. A partition counts when its parts' n add up to the
 * total's n (or, with one part of unknown size, when every part is in the data). Repeated until no partition gives a group
 * back. Returns the indices to hide besides the suppressed ones.
 */
export function complementarySuppression(groups: readonly SizedGroup[]): Set<number> {
  const extra = new Set<number>();
  const isHidden = (i: number) => groups[i]!.hidden || extra.has(i);
  const byCode = new Map<string, number>();
  groups.forEach((g, i) => byCode.set(g.code, i));
  const partitions: Array<{ total: number; parts: number[]; whole: boolean }> = [];
  for (const p of GROUP_PARTITIONS) {
    const total = byCode.get(p.total);
    const parts = p.parts.map((c) => byCode.get(c)).filter((i): i is number => i !== undefined);
    if (total !== undefined && parts.length) partitions.push({ total, parts, whole: parts.length === p.parts.length });
  }
  const all = byCode.get('ALL');
  const free = groups.map((g, i) => (g.known ? -1 : i)).filter((i) => i >= 0);
  if (all !== undefined && free.length) partitions.push({ total: all, parts: free, whole: true });
  // Whether the parts make up the total: their n add up to it, or — with one part of unknown
  // size ("*") — every part is in the data, so the unknown one is all that is missing.
  const complete = (p: { total: number; parts: number[]; whole: boolean }) => {
    const total = groups[p.total]!.n;
    if (total === null) return false;
    let sum = 0;
    let unknown = 0;
    for (const i of p.parts) {
      const n = groups[i]!.n;
      if (n === null) unknown++;
      else sum += n;
    }
    return unknown === 0 ? sum === total : unknown === 1 && p.whole && sum < total;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of partitions) {
      if (isHidden(p.total) || !complete(p)) continue;
      const hidden = p.parts.filter(isHidden);
      if (hidden.length !== 1) continue;
      const shown = p.parts.filter((i) => !isHidden(i));
      const next = shown.length ? shown.reduce((a, b) => ((groups[b]!.n ?? 0) < (groups[a]!.n ?? 0) ? b : a)) : p.total;
      extra.add(next);
      changed = true;
    }
  }
  return extra;
}
