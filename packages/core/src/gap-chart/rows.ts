import { OutcomeError } from '../errors.js';
import { resolveGroup, type GroupIdentity } from './groups.js';
import { gapProblem } from './messages.js';
import type { GapOptions, GapRow } from './types.js';

/** A row kept for the model: a group big enough to show, with its identity resolved. */
export interface ShownRow {
  row: GapRow;
  id: GroupIdentity;
  prior: number | null;
  n: number;
}

export interface PreparedRows {
  shown: ShownRow[];
  suppressedCount: number;
  /** Rows of other years than the one shown (last year's fill `prior`; older ones are not used). */
  otherYearRows: number;
  /** Rows of other districts or schools than the one chosen (`entity`). */
  otherEntityRows: number;
  /** Every group code in the current year, shown or not: only to check a reference option, never for a view. */
  codes: ReadonlySet<string>;
  year: string | null;
  entity: string | null;
}

const norm = (text: unknown) => String(text).trim().toLowerCase();
const isSet = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined && v !== '';

/** Compares years: numerically when both are numbers (2024), else as text ("2023-24"). */
function compareYears(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
}

/** True when a row must not be shown: marked suppressed, size unknown, or n ≤ suppressBelow. */
export function isSuppressed(row: GapRow, suppressBelow: number): boolean {
  return row.suppressed === true || row.n === null || !Number.isFinite(row.n) || row.n <= suppressBelow;
}

/** Keeps one entity (or fails clearly when there are several and none is chosen). */
function oneEntity(rows: readonly GapRow[], wanted: string | null): { rows: readonly GapRow[]; entity: string | null } {
  if (wanted !== null) {
    const kept = rows.filter((r) => isSet(r.entity) && norm(r.entity) === norm(wanted));
    if (!kept.length && rows.some((r) => isSet(r.entity))) throw new OutcomeError(gapProblem('no-entity', (m) => m.noEntity(wanted), { value: wanted }));
    return { rows: kept.length ? kept : rows, entity: kept[0]?.entity ?? wanted };
  }
  const names = [...new Set(rows.map((r) => r.entity).filter(isSet).map(String))];
  if (names.length > 1) throw new OutcomeError(gapProblem('several-entities', (m) => m.severalEntities(names.slice(0, 5))));
  return { rows, entity: names[0] ?? null };
}

/**
 * Prepares rows for the model: one entity, the latest year (last year's rows fill a missing
 * `prior`, but only from groups that were big enough to show then), one row per group, and the
 * privacy cut: groups at or below `suppressBelow` are counted and dropped here, before any use.
 */
export function prepareRows(input: readonly GapRow[], options: GapOptions): PreparedRows {
  const { rows, entity } = oneEntity(input, options.entity);
  const years = [...new Set(rows.map((r) => r.year).filter(isSet).map(String))].sort(compareYears);
  const year = years.at(-1) ?? null;
  const previous = years.at(-2) ?? null;
  const current = year === null ? rows : rows.filter((r) => isSet(r.year) && String(r.year) === year);
  const priorByGroup = new Map<string, number>();
  if (previous !== null) {
    for (const r of rows) {
      if (String(r.year) === previous && r.value !== null && !isSuppressed(r, options.suppressBelow)) priorByGroup.set(resolveGroup(r.group).code, r.value);
    }
  }
  const seen = new Set<string>();
  const shown: ShownRow[] = [];
  let suppressedCount = 0;
  for (const row of current) {
    const id = resolveGroup(row.group);
    if (seen.has(id.code)) throw new OutcomeError(gapProblem('duplicate-group', (m) => m.duplicateGroup(id.code)));
    seen.add(id.code);
    if (isSuppressed(row, options.suppressBelow)) {
      suppressedCount++;
      continue;
    }
    const prior = isSet(row.prior) ? row.prior : (priorByGroup.get(id.code) ?? null);
    shown.push({ row, id, prior, n: row.n! });
  }
  return { shown, suppressedCount, otherYearRows: rows.length - current.length, otherEntityRows: input.length - rows.length, codes: seen, year, entity };
}
