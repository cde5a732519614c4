/**
 * Privacy for published long tables: groups of `suppressBelow` (10) or fewer students are removed,
 * and nothing left lets anyone get them back:
 * - complementary suppression: where a partition's total is shown (All Students = the race/ethnicity
 *   groups; English Learners = EL only + RFEP) and exactly one part is hidden, the part's n and
 *   status follow by subtraction, so the smallest other shown part is hidden too (the total when
 *   no part is left), repeated until no partition gives a group back;
 * - last year's size: a shown record whose prior-year n is at or below the threshold, or whose
 *   prior-year record was hidden, loses `priorN` and `change` (they would give that record back).
 * Plain TypeScript (runs in the browser as well as in publish).
 */
import type { DashboardRecord } from './types.js';

/** Groups whose n add up to a total's n (the parts of a partition). */
export const SUPPRESSION_PARTITIONS: readonly { total: string; parts: readonly string[] }[] = [
  { total: 'ALL', parts: ['AA', 'AI', 'AS', 'FI', 'HI', 'PI', 'WH', 'MR'] },
  { total: 'EL', parts: ['ELO', 'RFP'] },
];

export interface SuppressionResult {
  /** The records that may be published (copies where priorN/change were removed). */
  records: DashboardRecord[];
  /** Records removed because n ≤ suppressBelow or unknown. */
  suppressed: number;
  /** Records removed so a suppressed one cannot be derived. */
  complementary: number;
  /** Records that kept their place but lost priorN and change. */
  priorRemoved: number;
  /** Keys (`cds|indicator|year|group`) of every removed record. */
  hidden: Set<string>;
}

export const recordKey = (r: Pick<DashboardRecord, 'cds' | 'indicator' | 'year' | 'group'>) => `${r.cds}|${r.indicator}|${r.year}|${r.group}`;

/** True when a record is too small to publish: n unknown or n ≤ suppressBelow. */
export function isSmall(r: Pick<DashboardRecord, 'n'>, suppressBelow: number): boolean {
  return r.n === null || !Number.isFinite(r.n) || r.n <= suppressBelow;
}

/**
 * Which of one entity-indicator-year's records to hide besides the small ones, so no hidden group
 * follows from a partition. `records` are one cell set (same cds, indicator and year).
 */
export function complementaryHidden(records: readonly DashboardRecord[], hidden: ReadonlySet<DashboardRecord>): Set<DashboardRecord> {
  const extra = new Set<DashboardRecord>();
  const isHidden = (r: DashboardRecord) => hidden.has(r) || extra.has(r);
  const byGroup = new Map(records.map((r) => [r.group, r]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of SUPPRESSION_PARTITIONS) {
      const total = byGroup.get(p.total);
      if (!total || isHidden(total)) continue;
      const parts = p.parts.map((g) => byGroup.get(g)).filter((r): r is DashboardRecord => r !== undefined);
      // A hidden part known to be empty (n = 0) gives no one away.
      const hiddenParts = parts.filter((r) => isHidden(r) && r.n !== 0);
      if (hiddenParts.length !== 1) continue;
      const shown = parts.filter((r) => !isHidden(r));
      const next = shown.length ? shown.reduce((a, b) => ((b.n ?? 0) < (a.n ?? 0) ? b : a)) : total;
      extra.add(next);
      changed = true;
    }
  }
  return extra;
}

/** Removes every record that would show, or give back, a group of `suppressBelow` or fewer students. */
export function suppressRecords(records: readonly DashboardRecord[], suppressBelow = 10): SuppressionResult {
  const cells = new Map<string, DashboardRecord[]>();
  for (const r of records) {
    const key = `${r.cds}|${r.indicator}|${r.year}`;
    let list = cells.get(key);
    if (!list) cells.set(key, (list = []));
    list.push(r);
  }
  const hidden = new Set<string>();
  let suppressed = 0;
  let complementary = 0;
  for (const list of cells.values()) {
    const small = new Set(list.filter((r) => isSmall(r, suppressBelow)));
    suppressed += small.size;
    const extra = complementaryHidden(list, small);
    complementary += extra.size;
    for (const r of small) hidden.add(recordKey(r));
    for (const r of extra) hidden.add(recordKey(r));
  }
  // The year before each year, per entity and indicator's loaded years.
  const yearsOf = new Map<string, string[]>();
  for (const r of records) {
    const k = `${r.cds}|${r.indicator}`;
    const ys = yearsOf.get(k) ?? [];
    if (!ys.includes(r.year)) ys.push(r.year);
    yearsOf.set(k, ys);
  }
  for (const ys of yearsOf.values()) ys.sort();
  const out: DashboardRecord[] = [];
  let priorRemoved = 0;
  for (const r of records) {
    if (hidden.has(recordKey(r))) continue;
    const ys = yearsOf.get(`${r.cds}|${r.indicator}`)!;
    const before = ys[ys.indexOf(r.year) - 1];
    const priorHidden = before !== undefined && hidden.has(`${r.cds}|${r.indicator}|${before}|${r.group}`);
    if ((r.priorN !== null && r.priorN <= suppressBelow) || priorHidden) {
      out.push({ ...r, priorN: null, change: null });
      priorRemoved++;
    } else out.push(r);
  }
  return { records: out, suppressed, complementary, priorRemoved, hidden };
}
