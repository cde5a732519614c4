import { OutcomeError, problem, type Problem } from '../errors.js';
import type { RawRow } from '../load/types.js';
import { DASHBOARD_COLOR_ORDER, type DashboardColor } from '../theme/tokens.js';
import { toText } from '../validate/coerce.js';
import type { Schema } from '../validate/schema.js';
import { validate } from '../validate/validate.js';
import { SUSPENSION_TABLES, type SuspensionTable } from './facts.js';
import { gapProblem } from './messages.js';
import type { GapRow } from './types.js';

/** What a CDE Dashboard download file gives for one entity. */
export interface DashboardFile {
  rows: GapRow[];
  /** The school's or district's name. */
  entity: string | null;
  year: string | null;
  /** The file flags `hscutpoints = Y` for this entity (ELA/Math) [U: meaning inferred]. */
  hsCutPoints: boolean;
  /** Suspension files: the cut-point table named by the `type` column (ES, MS, HS, ED, HD, UD). */
  suspensionTable: SuspensionTable | null;
}

/** Options for `readDashboardFile`. */
export interface DashboardFileOptions {
  /** Keep only this entity's rows (14-digit CDS code; a number that lost its leading zero is fine). */
  cds?: string | null;
  /** The row number the user sees for the first data row: 2 for a text file (header = row 1, the default), 1 for objects. */
  firstRow?: number;
}

/** True when rows look like a CDE Dashboard file (its own column names). */
export function isDashboardFile(rows: readonly RawRow[]): boolean {
  const first = rows[0];
  if (!first) return false;
  const keys = new Set(Object.keys(first).map((k) => k.trim().toLowerCase()));
  return keys.has('studentgroup') && keys.has('currstatus');
}

const lower = (row: RawRow): RawRow => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.trim().toLowerCase(), v]));
const isLowerKey = (k: string) => k === k.trim().toLowerCase();
/** The rows with lower-case column names; copied only when some name is not (CDE files' are). */
const lowerAll = (raw: readonly RawRow[]): readonly RawRow[] => (raw.every((r) => Object.keys(r).every(isLowerKey)) ? raw : raw.map(lower));
const starred = (v: unknown) => typeof v === 'string' && v.trim() === '*';
const text = (v: unknown): string | null => toText(v) ?? null;
/** A 14-digit CDS code from whatever the file holds (a number loses its leading zero). */
export const normalizeCds = (v: unknown): string => String(v ?? '').replace(/[\s-]/g, '').padStart(14, '0');

/** The columns the reader uses, as the record layouts name them (§6). "*" is read as blank before this check. */
const SCHEMA: Schema = {
  studentgroup: { type: 'string', required: true },
  currstatus: { type: 'number' },
  priorstatus: { type: 'number' },
  change: { type: 'number' },
  currdenom: { type: 'number' },
  statuslevel: { type: 'number' },
  changelevel: { type: 'number' },
  color: { type: 'number' },
};
/** Columns every Dashboard file has; a file without one is not a Dashboard file. */
const REQUIRED_COLUMNS = ['studentgroup', 'currstatus', 'currdenom'];
/** Coded columns: their allowed codes (color: 0 none, 1 Red … 5 Blue; levels: 0 no data, 1 worst … 5 best). */
const CODED = ['statuslevel', 'changelevel', 'color'] as const;
const CODES = [0, 1, 2, 3, 4, 5];

function entityName(r: RawRow): string | null {
  const own = String(r.rtype ?? '').trim().toUpperCase() === 'S' ? r.schoolname : r.districtname;
  return text(own) ?? text(r.schoolname) ?? text(r.districtname) ?? text(r.countyname);
}

/** The file's rows for one CDS code, each with its row number as the user counts it. */
function rowsFor(rows: readonly RawRow[], firstRow: number, cds: string | null | undefined): { row: RawRow; at: number }[] {
  const all = rows.map((row, i) => ({ row, at: i + firstRow }));
  if (cds) {
    const wanted = normalizeCds(cds);
    const kept = all.filter((r) => normalizeCds(r.row.cds) === wanted);
    if (!kept.length) throw new OutcomeError(gapProblem('no-cds', (m) => m.noCds(wanted), { field: 'cds', value: cds }));
    return kept;
  }
  const codes = [...new Set(rows.map((r) => normalizeCds(r.cds)))];
  if (codes.length > 1) throw new OutcomeError(gapProblem('several-cds', (m) => m.severalCds(codes.slice(0, 5)), { field: 'cds' }));
  return all;
}

/** Checks one row ("*" read as blank), returning its typed values or adding its problems. */
function checkRow(row: RawRow, at: number, add: (p: Problem) => void): Record<string, number | string | null> | null {
  const blanked: RawRow = Object.fromEntries(Object.keys(SCHEMA).map((k) => [k, starred(row[k]) ? null : row[k]]));
  const result = validate([blanked], SCHEMA, { firstRow: at });
  if (!result.ok) {
    result.problems.forEach(add);
    return null;
  }
  const typed = result.rows[0]! as Record<string, number | string | null>;
  let ok = true;
  for (const field of CODED) {
    const v = typed[field];
    if (v !== null && !CODES.includes(v as number)) {
      add(problem('not-allowed', (m) => m.notAllowed(at, field, row[field], CODES.join(', ')), { field, row: at, value: row[field] }));
      ok = false;
    }
  }
  return ok ? typed : null;
}

/** The file's `color` code: 1 Red … 5 Blue, 0 no colour (null); blank → undefined (compute it). */
const colorOf = (code: number | string | null): DashboardColor | null | undefined =>
  code === null ? undefined : code === 0 ? null : DASHBOARD_COLOR_ORDER[(code as number) - 1];
const levelCode = (code: number | string | null): number | null => (code === 0 ? null : (code as number | null));

/**
 * Reads a CDE Dashboard download file (tab-delimited, its own column names: studentgroup,
 * currstatus, priorstatus, change, currdenom, statuslevel, changelevel, color, cds, rtype,
 * schoolname, districtname, type, hscutpoints, reportingyear) for one entity.
 *
 * - Rows for other CDS codes are dropped (without `cds`, the file must hold one entity).
 * - "*" (privacy) in `currstatus` or `currdenom` marks the group suppressed and none of its
 *   values are kept; "*" elsewhere (e.g. `priorstatus`) reads as blank.
 * - The file's `change` is kept, because it was computed from unrounded statuses.
 * - Which wins: the file's `color` (0 = no colour) always wins over the cut points, and its
 *   `statuslevel`/`changelevel` codes 1–5 win over the computed levels; blank or absent columns
 *   (and level code 0) are computed from the cut points. The analysis cross-checks them.
 * - `rtype` (S school, D district, X state) picks the entity's name column.
 *
 * Throws `OutcomeError` naming the column and the row (header = row 1 in a text file) for a
 * missing student group, a non-numeric number or a code outside 0–5.
 */
export function readDashboardFile(raw: readonly RawRow[], options: DashboardFileOptions = {}): DashboardFile {
  const firstRow = options.firstRow ?? 2;
  const all = lowerAll(raw);
  const missing = REQUIRED_COLUMNS.filter((c) => all.length > 0 && !all.some((r) => c in r));
  if (missing.length) throw new OutcomeError(missing.map((c) => problem('missing-field', (m) => m.missingField(c), { field: c })));
  const kept = rowsFor(all, firstRow, options.cds);
  const problems: Problem[] = [];
  let total = 0;
  const add = (p: Problem) => {
    total++;
    if (problems.length < 10) problems.push(p);
  };
  const out: GapRow[] = [];
  for (const { row: r, at } of kept) {
    const t = checkRow(r, at, add);
    if (!t) continue;
    const base = { group: t.studentgroup as string, year: text(r.reportingyear), entity: entityName(r) };
    if (starred(r.currstatus) || starred(r.currdenom)) {
      out.push({ ...base, value: null, prior: null, change: null, n: null, suppressed: true });
      continue;
    }
    const row: GapRow = { ...base, value: t.currstatus as number | null, prior: t.priorstatus as number | null, change: t.change as number | null, n: t.currdenom as number | null };
    const color = colorOf(t.color!);
    if (color !== undefined) row.color = color;
    const status = levelCode(t.statuslevel!);
    const change = levelCode(t.changelevel!);
    if (status !== null || change !== null) row.fileLevels = { status, change };
    out.push(row);
  }
  if (total) throw new OutcomeError(problems, total);
  const type = String(kept[0]?.row.type ?? '').trim().toUpperCase();
  return {
    rows: out,
    entity: out[0]?.entity ?? null,
    year: out[0]?.year != null ? String(out[0].year) : null,
    hsCutPoints: kept.some(({ row }) => String(row.hscutpoints ?? '').trim().toUpperCase() === 'Y'),
    suspensionTable: (SUSPENSION_TABLES as readonly string[]).includes(type) ? (type as SuspensionTable) : null,
  };
}
