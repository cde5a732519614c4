import { OutcomeError } from '../errors.js';
import { resolveGroup, type GroupIdentity } from './groups.js';
import { gapProblem } from './messages.js';
import { complementarySuppression } from './suppress.js';
import type { GapOptions, GapRow } from './types.js';

/** A row kept for the model: a group big enough to show, with its identity resolved. */
export interface ShownRow {
  row: GapRow;
  id: GroupIdentity;
  prior: number | null;
  n: number;
  /** Last year's denominator (the row's `priorN`, else last year's row's n), when known: a colour needs the minimum then too. */
  priorN?: number | null;
}

export interface PreparedRows {
  shown: ShownRow[];
  suppressedCount: number;
  /** Groups above the threshold hidden so that no suppressed group follows by subtraction. */
  complementaryCount: number;
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
 * `prior`), one row per group, and the privacy cut: groups at or below `suppressBelow` are counted
 * and dropped here, before any use, and so are the groups that would give one of them back by
 * subtraction (complementary suppression). A prior value is kept only when last year's group was
 * big enough too: its `priorN`, else the n of last year's row in the data, above `suppressBelow`.
 */
export function prepareRows(input: readonly GapRow[], options: GapOptions): PreparedRows {
  const { rows, entity } = oneEntity(input, options.entity);
  const below = options.suppressBelow;
  const years = [...new Set(rows.map((r) => r.year).filter(isSet).map(String))].sort(compareYears);
  const year = years.at(-1) ?? null;
  const previous = years.at(-2) ?? null;
  const current = year === null ? rows : rows.filter((r) => isSet(r.year) && String(r.year) === year);
  const lastYear = new Map<string, GapRow>();
  if (previous !== null) {
    for (const r of rows) if (String(r.year) === previous) lastYear.set(resolveGroup(r.group).code, r);
  }
  const seen = new Map<string, boolean>();
  const entries: Array<{ row: GapRow; id: GroupIdentity; hidden: boolean }> = [];
  for (const row of current) {
    const id = resolveGroup(row.group);
    const hidden = isSuppressed(row, below);
    const before = seen.get(id.code);
    if (before !== undefined) {
      // Two rows of one group: name it only when neither is a group too small to show.
      throw new OutcomeError(before || hidden ? gapProblem('duplicate-group', (m) => m.duplicateHiddenGroup) : gapProblem('duplicate-group', (m) => m.duplicateGroup(id.code)));
    }
    seen.set(id.code, hidden);
    entries.push({ row, id, hidden });
  }
  const extra = complementarySuppression(entries.map((e) => ({ code: e.id.code, known: e.id.known, n: e.row.n, hidden: e.hidden })));
  const shown: ShownRow[] = [];
  let suppressedCount = 0;
  entries.forEach(({ row, id, hidden }, i) => {
    if (hidden) suppressedCount++;
    if (hidden || extra.has(i)) return;
    const last = lastYear.get(id.code);
    const priorN = row.priorN !== undefined ? row.priorN : last ? (last.suppressed ? null : last.n) : undefined;
    const priorSmall = priorN !== undefined && (priorN === null || !Number.isFinite(priorN) || priorN <= below);
    const given = isSet(row.prior) ? row.prior : last && last.value !== null && !isSuppressed(last, below) ? last.value : null;
    const entry: ShownRow = { row, id, prior: priorSmall ? null : given, n: row.n! };
    if (priorN !== undefined) entry.priorN = priorN;
    shown.push(entry);
  });
  return {
    shown,
    suppressedCount,
    complementaryCount: extra.size,
    otherYearRows: rows.length - current.length,
    otherEntityRows: input.length - rows.length,
    codes: new Set(seen.keys()),
    year,
    entity,
  };
}
