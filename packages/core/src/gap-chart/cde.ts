import { OutcomeError, problem, type Problem } from '../errors.js';
import type { RawRow } from '../load/types.js';
import { DASHBOARD_COLOR_ORDER, type DashboardColor } from '../theme/tokens.js';
import { toText } from '../validate/coerce.js';
import type { Schema } from '../validate/schema.js';
import { validate } from '../validate/validate.js';
import type { DashboardRowContext } from './dashboard-context.js';
import { SUSPENSION_TABLES, type SuspensionTable } from './facts.js';
import type { DashboardEntityType } from './facts-years.js';
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
  /** The entity's `rtype`: school (S), LEA (D) or state (X); null when the file has no `rtype`. */
  entityType: DashboardEntityType | null;
  /** The entity's `dass_flag`, `coe_flag` and `charter_flag` (Y). */
  dass: boolean;
  coe: boolean;
  charter: boolean;
  /** `elpi-2017f`: the fall 2017 ELPI layout (no `studentgroup` column; every row is English Learners). */
  layout: 'standard' | 'elpi-2017f';
}

/** Options for `readDashboardFile`. */
export interface DashboardFileOptions {
  /** Keep only this entity's rows (14-digit CDS code; a number that lost its leading zero is fine). */
  cds?: string | null;
  /** The row number the user sees for the first data row: 2 for a text file (header = row 1, the default), 1 for objects. */
  firstRow?: number;
}

/**
 * The fall 2017 ELPI file (elpidownload2017f.txt) has no `studentgroup` column: one row per entity,
 * all English Learners, with CELDT counts (`currtesters`) and `nsize_met` [real rows].
 */
const isElpi2017Layout = (keys: ReadonlySet<string>) => !keys.has('studentgroup') && keys.has('currstatus') && keys.has('currdenom') && (keys.has('nsize_met') || keys.has('currtesters'));

/** True when rows look like a CDE Dashboard file (its own column names), the 2017 ELPI layout included. */
export function isDashboardFile(rows: readonly RawRow[]): boolean {
  const first = rows[0];
  if (!first) return false;
  const keys = new Set(Object.keys(first).map((k) => k.trim().toLowerCase()));
  return (keys.has('studentgroup') && keys.has('currstatus')) || isElpi2017Layout(keys);
}

const lower = (row: RawRow): RawRow => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.trim().toLowerCase(), v]));
const isLowerKey = (k: string) => k === k.trim().toLowerCase();
/** The rows with lower-case column names; copied only when some name is not (CDE files' are). */
const lowerAll = (raw: readonly RawRow[]): readonly RawRow[] => (raw.every((r) => Object.keys(r).every(isLowerKey)) ? raw : raw.map(lower));
const starred = (v: unknown) => typeof v === 'string' && v.trim() === '*';
const text = (v: unknown): string | null => toText(v) ?? null;
/**
 * A 14-digit CDS code from whatever the file or option holds: a number that lost its leading zero
 * (13 digits), or a 7-digit county-district code ("3367215", or the same padded to 14 digits with
 * leading zeros), which names the LEA (its school part is 0000000). No real code starts with "00"
 * (county codes are 01–58) except the state's, all zeros.
 */
export const normalizeCds = (v: unknown): string => {
  const digits = String(v ?? '').replace(/[\s-]/g, '');
  const significant = digits.replace(/^0+/, '');
  if (/^\d+$/.test(digits) && significant.length > 0 && significant.length <= 7) return `${significant.padStart(7, '0')}0000000`;
  return digits.padStart(14, '0');
};

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
const ENTITY_TYPES: Record<string, DashboardEntityType> = { S: 'school', D: 'lea', L: 'lea', X: 'state' };
const code = (v: unknown) => String(v ?? '').trim().toUpperCase();
/** A Y/N flag: Y → true, N → false, blank or absent → undefined. */
const yesNo = (v: unknown): boolean | undefined => (code(v) === 'Y' ? true : code(v) === 'N' ? false : undefined);
const numberOr = (v: unknown): number | null => {
  if (v === null || v === undefined || starred(v)) return null;
  const x = typeof v === 'number' ? v : Number(String(v).trim());
  return String(v).trim() === '' || !Number.isFinite(x) ? null : x;
};

/** What the file says about a row's context: year, entity and CDE's flags (only those it has). */
function contextOf(r: RawRow, has: ReadonlySet<string>): DashboardRowContext {
  const ctx: DashboardRowContext = {};
  const year = text(r.reportingyear);
  if (year !== null) ctx.year = year;
  const rtype = ENTITY_TYPES[code(r.rtype)];
  if (rtype) ctx.entityType = rtype;
  if (has.has('dass_flag')) ctx.dass = code(r.dass_flag) === 'Y';
  if (has.has('coe_flag')) ctx.coe = code(r.coe_flag) === 'Y';
  if (has.has('charter_flag')) ctx.charter = code(r.charter_flag) === 'Y';
  const certified = yesNo(r.certifyflag);
  if (certified !== undefined) ctx.certified = certified;
  const curr = yesNo(r.currnsizemet ?? r.nsize_met);
  if (curr !== undefined) ctx.currNSizeMet = curr;
  const prior = yesNo(r.priornsizemet);
  if (prior !== undefined) ctx.priorNSizeMet = prior;
  const net = yesNo(r.smalldenom ?? r.safetynet);
  if (net !== undefined) ctx.safetyNet = net;
  if (has.has('hscutpoints')) ctx.hsCutPoints = code(r.hscutpoints) === 'Y';
  const type = code(r.type);
  if ((SUSPENSION_TABLES as readonly string[]).includes(type)) ctx.suspensionTable = type as SuspensionTable;
  const box = numberOr(r.box);
  if (box !== null) ctx.box = box;
  return ctx;
}
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
 * currstatus, priorstatus, change, currdenom, priordenom, statuslevel, changelevel, color, box,
 * cds, rtype, schoolname, districtname, charter_flag, coe_flag, dass_flag, type, hscutpoints,
 * certifyflag, currnsizemet, priornsizemet, smalldenom/safetynet, reportingyear) for one entity.
 * Each row keeps its context (`dashboard`: year, entity type, flags) and `priorN` (priordenom),
 * so the levels follow the rules of the file's year and entity. The fall 2017 ELPI layout (no
 * `studentgroup`) reads as one English Learner row per entity.
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
  let all = lowerAll(raw);
  const columns = new Set(all.flatMap((r, i) => (i < 1 ? Object.keys(r) : [])));
  const elpi2017 = isElpi2017Layout(columns);
  // The fall 2017 ELPI layout: every row is the English Learner group.
  if (elpi2017) all = all.map((r) => ({ ...r, studentgroup: 'EL' }));
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
    // Last year's denominator: a prior value needs it above the privacy threshold, a colour needs it at the minimum.
    if (columns.has('priordenom')) row.priorN = numberOr(r.priordenom);
    row.dashboard = contextOf(r, columns);
    const color = colorOf(t.color!);
    if (color !== undefined) row.color = color;
    const status = levelCode(t.statuslevel!);
    const change = levelCode(t.changelevel!);
    if (status !== null || change !== null) row.fileLevels = { status, change };
    out.push(row);
  }
  if (total) throw new OutcomeError(problems, total);
  const type = String(kept[0]?.row.type ?? '').trim().toUpperCase();
  const first = kept[0]?.row;
  return {
    rows: out,
    entity: out[0]?.entity ?? null,
    year: out[0]?.year != null ? String(out[0].year) : null,
    hsCutPoints: kept.some(({ row }) => String(row.hscutpoints ?? '').trim().toUpperCase() === 'Y'),
    suspensionTable: (SUSPENSION_TABLES as readonly string[]).includes(type) ? (type as SuspensionTable) : null,
    entityType: ENTITY_TYPES[code(first?.rtype)] ?? null,
    dass: kept.some(({ row }) => code(row.dass_flag) === 'Y'),
    coe: kept.some(({ row }) => code(row.coe_flag) === 'Y'),
    charter: kept.some(({ row }) => code(row.charter_flag) === 'Y'),
    layout: elpi2017 ? 'elpi-2017f' : 'standard',
  };
}
