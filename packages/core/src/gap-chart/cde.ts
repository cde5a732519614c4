import { OutcomeError } from '../errors.js';
import type { RawRow } from '../load/types.js';
import { DASHBOARD_COLOR_ORDER, type DashboardColor } from '../theme/tokens.js';
import { toNumber, toText } from '../validate/coerce.js';
import { DASHBOARD_CUT_POINTS, type SuspensionTable } from './facts.js';
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
  /** Suspension files: the cut-point table named by the `type` column, when Outcome Kit has it. */
  suspensionTable: SuspensionTable | null;
}

const TABLES = new Set(Object.keys(DASHBOARD_CUT_POINTS).filter((k) => k.startsWith('susp-')).map((k) => k.slice(5)));

/** True when rows look like a CDE Dashboard file (its own column names). */
export function isDashboardFile(rows: readonly RawRow[]): boolean {
  const first = rows[0];
  if (!first) return false;
  const keys = new Set(Object.keys(first).map((k) => k.trim().toLowerCase()));
  return keys.has('studentgroup') && keys.has('currstatus');
}

const lower = (row: RawRow): RawRow => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.trim().toLowerCase(), v]));
const starred = (v: unknown) => typeof v === 'string' && v.trim() === '*';
const num = (v: unknown): number | null => (starred(v) ? null : (toNumber(v) ?? null));
const text = (v: unknown): string | null => toText(v) ?? null;
/** A 14-digit CDS code from whatever the file holds (a number loses its leading zero). */
export const normalizeCds = (v: unknown): string => String(v ?? '').replace(/[\s-]/g, '').padStart(14, '0');

/** The file's `color` column: 1 Red … 5 Blue, 0 no colour; blank or unknown → recompute. */
function colorOf(v: unknown): DashboardColor | null | undefined {
  const n = num(v);
  if (n === 0) return null;
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 5 ? DASHBOARD_COLOR_ORDER[n - 1] : undefined;
}

function entityName(r: RawRow): string | null {
  const own = String(r.rtype ?? '').trim().toUpperCase() === 'S' ? r.schoolname : r.districtname;
  return text(own) ?? text(r.schoolname) ?? text(r.districtname) ?? text(r.countyname);
}

/**
 * Reads a CDE Dashboard download file (tab-delimited, its own column names: studentgroup,
 * currstatus, priorstatus, change, currdenom, color, cds, rtype, schoolname, districtname,
 * reportingyear) for one entity. Rows for other CDS codes are dropped; "*" (privacy) marks a
 * group as suppressed and its values are not kept. The file's colour is kept so that the
 * analysis prefers it; its change is kept because it was computed from unrounded statuses.
 */
export function readDashboardFile(raw: readonly RawRow[], options: { cds?: string | null } = {}): DashboardFile {
  let rows = raw.map(lower);
  if (options.cds) {
    const wanted = normalizeCds(options.cds);
    rows = rows.filter((r) => normalizeCds(r.cds) === wanted);
    if (!rows.length) throw new OutcomeError(gapProblem('no-cds', (m) => m.noCds(wanted), { field: 'cds', value: options.cds }));
  } else {
    const codes = [...new Set(rows.map((r) => normalizeCds(r.cds)))];
    if (codes.length > 1) throw new OutcomeError(gapProblem('several-cds', (m) => m.severalCds(codes.slice(0, 5)), { field: 'cds' }));
  }
  const out = rows.map((r): GapRow => {
    const suppressed = starred(r.currstatus) || starred(r.currdenom);
    const row: GapRow = {
      group: text(r.studentgroup) ?? '',
      value: suppressed ? null : num(r.currstatus),
      prior: suppressed ? null : num(r.priorstatus),
      change: suppressed ? null : num(r.change),
      n: suppressed ? null : num(r.currdenom),
      year: text(r.reportingyear),
      entity: entityName(r),
    };
    if (suppressed) row.suppressed = true;
    else if ('color' in r) {
      const color = colorOf(r.color);
      if (color !== undefined) row.color = color;
    }
    return row;
  });
  const type = String(rows[0]?.type ?? '').trim().toUpperCase();
  return {
    rows: out,
    entity: out[0]?.entity ?? null,
    year: out[0]?.year != null ? String(out[0].year) : null,
    hsCutPoints: rows.some((r) => String(r.hscutpoints ?? '').trim().toUpperCase() === 'Y'),
    suspensionTable: TABLES.has(type) ? (type as SuspensionTable) : null,
  };
}
