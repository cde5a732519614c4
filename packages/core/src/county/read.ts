/**
 * Reads any set of CDE Dashboard download files (indicators × years, statewide or filtered) into
 * one long table: entity × student group × indicator × year (DashboardRecord). Plain TypeScript,
 * synchronous and CSP-safe. A bad row is one clear problem naming the file and the row; a bad file
 * never stops the others. Columns as the record layouts name them (../shared/reference/dashboard.md §6).
 */
import { DASHBOARD_INDICATORS, type SuspensionTable, SUSPENSION_TABLES } from '../gap-chart/facts.js';
import { resolveGroup } from '../gap-chart/groups.js';
import { dashboardLevels, levelFromFileCode, type LevelOptions } from '../gap-chart/levels.js';
import type { RawRow } from '../load/types.js';
import { DASHBOARD_COLOR_ORDER, type DashboardColor } from '../theme/tokens.js';
import { parseDelimited } from './delimited.js';
import { decodeDashboardBytes } from './encoding.js';
import { dashboardFileProblem, type DashboardFileProblem } from './messages.js';
import type { CountyIndicator, DashboardRecord, RecordType } from './types.js';

/** One input file: its text (tab-delimited or CSV), or rows already loaded (e.g. by DuckDB). */
export interface DashboardSource {
  /** The file's name (`chronicdownload2024.txt`): names it in problems, and tells indicator and year when the columns do not. */
  name: string;
  text?: string;
  /** The file's bytes: read as UTF-8, or as Windows-1252 when they are not valid UTF-8 (a note says so). */
  bytes?: Uint8Array;
  /** Rows as objects (column name → value), when the file was loaded elsewhere. */
  rows?: readonly RawRow[];
  /** The row number of the first data row as the user counts it (default 2: header = row 1). With `text`, rows count by line. */
  firstRow?: number;
  /** Say which indicator or year the file holds, when neither its name nor its columns do. */
  indicator?: CountyIndicator;
  year?: string;
}

export interface ReadDashboardOptions {
  /** Keep only entities of this county (2-digit county code, e.g. `27`). */
  county?: string;
  /** Problems kept per file (the rest are counted); default 20. */
  maxProblemsPerFile?: number;
}

/** What the reader made of one file. */
export interface DashboardFileReport {
  name: string;
  indicator: CountyIndicator | null;
  /** Dashboard years found in it. */
  years: string[];
  /** Data rows read. */
  rows: number;
  /** Records made (rows kept). */
  records: number;
  /** Rows rejected (each with a problem, possibly counted only). */
  rejected: number;
  /** Rows of other counties left out (`county` option). */
  skipped: number;
  problems: DashboardFileProblem[];
  /** All problems found, including those not kept. */
  problemCount: number;
  /** The whole file was unusable (not a Dashboard file, unknown indicator). */
  failed: boolean;
}

export interface DashboardReadResult {
  records: DashboardRecord[];
  files: DashboardFileReport[];
  /** Every kept problem, file by file. */
  problems: DashboardFileProblem[];
}

/** File-name stems and `indicator` column values → indicator. */
const INDICATOR_NAMES: Readonly<Record<string, CountyIndicator>> = {
  ela: 'ela',
  math: 'math',
  elpi: 'elpi',
  grad: 'grad',
  cci: 'cci',
  chronic: 'chronic',
  chro: 'chronic',
  chrabs: 'chronic',
  susp: 'susp',
  suspension: 'susp',
};
const OTHER_INDICATORS = ['science', 'sci'];

/**
 * The indicator of a file: its `indicator` column value (ELA, MATH, ELPI, GRAD, CCI, CHRO, SUSP),
 * else its name's stem (`eladownload2024.txt`, `CHRONIC_2024.txt`, `suspdownload2017f.txt`).
 * Returns the other name found (e.g. `science`) as `other` when it is not one of the seven.
 */
export function detectIndicator(name: string, columnValue?: unknown): { indicator: CountyIndicator | null; other: string | null } {
  const v = String(columnValue ?? '').trim().toLowerCase();
  if (v && INDICATOR_NAMES[v]) return { indicator: INDICATOR_NAMES[v]!, other: null };
  const base = name.split(/[\\/]/).pop()!.toLowerCase();
  const stem = /^([a-z]+?)(?:download|_|-|\s|\d|\.|$)/.exec(base)?.[1] ?? '';
  if (INDICATOR_NAMES[stem]) return { indicator: INDICATOR_NAMES[stem]!, other: null };
  for (const word of base.split(/[^a-z]+/)) if (INDICATOR_NAMES[word]) return { indicator: INDICATOR_NAMES[word]!, other: null };
  const other = OTHER_INDICATORS.find((o) => stem === o || base.startsWith(o)) ?? (v && !INDICATOR_NAMES[v] ? v : null);
  return { indicator: null, other };
}

/** The Dashboard year in a file name: `chronicdownload2024.txt` → `2024`, `graddownload2017f.txt` → `2017f`. */
export function detectYear(name: string): string | null {
  const base = name.split(/[\\/]/).pop()!.toLowerCase();
  const m = /(20\d\d)(f|s)?(?![0-9])/.exec(base);
  return m ? m[1]! + (m[2] ?? '') : null;
}

/** A 14-digit CDS code, or null when the value cannot be one (scientific notation, letters, > 14 digits). */
export function cdsOf(value: unknown): string | null {
  const s = String(value ?? '').trim().replace(/[\s-]/g, '');
  if (!/^\d{1,14}$/.test(s)) return null;
  return s.padStart(14, '0');
}

/** `rtype` from the file, else from the code: school part set → S, district part → D, county → C, else X. */
function recordType(value: unknown, cds: string): RecordType {
  const t = String(value ?? '').trim().toUpperCase();
  if (t === 'X' || t === 'C' || t === 'D' || t === 'S') return t;
  if (t === 'L') return 'D'; // spring 2017 wrote L for LEA
  if (cds.slice(7) !== '0000000') return 'S';
  if (cds.slice(2, 7) !== '00000') return 'D';
  return cds.slice(0, 2) !== '00' ? 'C' : 'X';
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && (v.trim() === '' || v.trim() === '*'));
const starred = (v: unknown) => typeof v === 'string' && v.trim() === '*';
const text = (v: unknown): string | undefined => {
  if (v === null || v === undefined) return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
};
const yes = (v: unknown) => String(v ?? '').trim().toUpperCase() === 'Y';
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Reads a number; undefined means "not a number" (a problem), null blank. */
function num(v: unknown): number | null | undefined {
  if (blank(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'bigint') return Number(v);
  const s = String(v).trim();
  return NUMBER.test(s) ? Number(s) : undefined;
}

const NUMBER_COLUMNS = ['currstatus', 'change', 'currdenom', 'priordenom'] as const;
const CODE_COLUMNS = ['statuslevel', 'changelevel', 'color'] as const;

/** Columns the reader needs; without them a file is not a Dashboard file. */
const REQUIRED = ['cds', 'currstatus', 'currdenom'];

/** Row reader for one file: feed it rows one by one (a streaming publish can), then take the report. */
export interface DashboardFileReader {
  /** The file's indicator (known once the header or first row told it), or null for an unusable file. */
  readonly indicator: CountyIndicator | null;
  /** Reads one row (object by column name, or array in the header's order); returns its record or null (rejected or left out). */
  read(row: RawRow | readonly unknown[], at: number): DashboardRecord | null;
  report(): DashboardFileReport;
}

/**
 * Starts reading one file whose header is `columns`. A file that is not a Dashboard file (a
 * required column missing) or whose indicator cannot be told comes back with `failed` and reads
 * no rows. `firstValue` is a value of the `indicator` column, when the caller has one.
 */
export function createDashboardReader(
  source: Pick<DashboardSource, 'name' | 'indicator' | 'year'>,
  columns: readonly string[],
  options: ReadDashboardOptions & { firstIndicatorValue?: unknown } = {},
): DashboardFileReader {
  const file = source.name;
  const max = options.maxProblemsPerFile ?? 20;
  const report: DashboardFileReport = { name: file, indicator: null, years: [], rows: 0, records: 0, rejected: 0, skipped: 0, problems: [], problemCount: 0, failed: false };
  const add = (p: DashboardFileProblem) => {
    report.problemCount++;
    if (report.problems.length < max) report.problems.push(p);
  };
  const lowerNames = columns.map((c) => String(c).trim().toLowerCase());
  const index = new Map<string, number>();
  lowerNames.forEach((c, i) => {
    if (!index.has(c)) index.set(c, i);
  });
  const has = (c: string) => index.has(c);

  const detected = source.indicator ? { indicator: source.indicator, other: null } : detectIndicator(file, options.firstIndicatorValue);
  const indicator = detected.indicator;
  const fail = (p: DashboardFileProblem) => {
    add(p);
    report.failed = true;
  };
  const missing = REQUIRED.filter((c) => !has(c));
  if (!columns.length) fail(dashboardFileProblem('empty-file', file, (m) => m.emptyFile(file)));
  else if (missing.length) fail(dashboardFileProblem('missing-column', file, (m) => m.missingColumn(file, missing[0]!), { field: missing[0]! }));
  else if (!indicator) fail(detected.other ? dashboardFileProblem('other-indicator', file, (m) => m.otherIndicator(file, detected.other!)) : dashboardFileProblem('no-indicator', file, (m) => m.noIndicator(file)));
  report.indicator = report.failed ? null : indicator;

  const fileYear = source.year ?? detectYear(file);
  const direction = indicator ? DASHBOARD_INDICATORS[indicator].direction : 'higher';
  const hasColor = has('color');
  const hasStatusLevel = has('statuslevel');
  const hasChangeLevel = has('changelevel');
  const hasGroup = has('studentgroup');
  const county = options.county ? options.county.padStart(2, '0') : null;
  const years = new Set<string>();
  const seen = new Set<string>();
  let noYearReported = false;
  let curArr: readonly unknown[] | null = null;
  let curObj: RawRow | null = null;
  /** The current row's value of a (lower-case) column. */
  const get = (c: string): unknown => {
    const i = index.get(c);
    if (i === undefined) return undefined;
    return curArr ? curArr[i] : curObj![columns[i]!];
  };
  // Rows of one entity repeat its code and every file repeats the group codes: read each once.
  let lastRawCds: unknown = undefined;
  let lastCds: string | null = null;
  const groupCodes = new Map<string, string>();

  const read = (row: RawRow | readonly unknown[], at: number): DashboardRecord | null => {
    if (report.failed) return null;
    report.rows++;
    const isArray = Array.isArray(row);
    curArr = isArray ? (row as readonly unknown[]) : null;
    curObj = isArray ? null : (row as RawRow);
    const reject = (p: DashboardFileProblem) => {
      report.rejected++;
      add(p);
      return null;
    };
    if (isArray && (row as readonly unknown[]).length < columns.length) {
      return reject(dashboardFileProblem('short-row', file, (m) => m.shortRow(file, at, (row as readonly unknown[]).length, columns.length), { row: at }));
    }
    const rawCds = get('cds');
    if (rawCds !== lastRawCds || lastRawCds === undefined) {
      lastRawCds = rawCds;
      lastCds = cdsOf(rawCds);
    }
    const cds = lastCds;
    if (!cds) return reject(dashboardFileProblem('bad-cds', file, (m) => m.badCds(file, at, String(rawCds ?? '')), { field: 'cds', row: at, value: rawCds }));
    if (county && cds.slice(0, 2) !== county && cds !== '00000000000000') {
      report.skipped++;
      report.rows--;
      return null;
    }
    const rawGroup = hasGroup ? text(get('studentgroup')) : indicator === 'elpi' ? 'EL' : undefined; // 2017f ELPI: every row is EL
    if (!rawGroup) return reject(dashboardFileProblem('no-group', file, (m) => m.noGroup(file, at), { field: 'studentgroup', row: at }));
    let group = groupCodes.get(rawGroup);
    if (group === undefined) groupCodes.set(rawGroup, (group = resolveGroup(rawGroup).code));
    const year = text(get('reportingyear'))?.toLowerCase() ?? fileYear;
    if (!year) {
      if (!noYearReported) add(dashboardFileProblem('no-year', file, (m) => m.noYear(file), { field: 'reportingyear' }));
      noYearReported = true;
      report.rejected++;
      return null;
    }
    const numbers: Record<string, number | null> = {};
    for (const c of NUMBER_COLUMNS) {
      const v = get(c);
      const n = num(v);
      if (n === undefined) return reject(dashboardFileProblem('not-number', file, (m) => m.badNumber(file, at, c, String(v)), { field: c, row: at, value: v }));
      numbers[c] = n;
    }
    const codes: Record<string, number | null> = {};
    for (const c of CODE_COLUMNS) {
      const v = get(c);
      const n = num(v);
      if (n === undefined || (n !== null && !(Number.isInteger(n) && n >= 0 && n <= 5))) {
        return reject(dashboardFileProblem('not-code', file, (m) => m.badCode(file, at, c, String(v)), { field: c, row: at, value: v }));
      }
      codes[c] = n;
    }
    const key = `${cds}|${group}|${year}`;
    if (seen.has(key)) return reject(dashboardFileProblem('duplicate', file, (m) => m.duplicate(file, at, group), { row: at, value: group }));
    seen.add(key);
    years.add(year);

    const rtype = recordType(get('rtype'), cds);
    const suppressed = starred(get('currstatus')) || starred(get('currdenom'));
    const type = text(get('type'))?.toUpperCase();
    const rec: DashboardRecord = {
      cds,
      rtype,
      name: (rtype === 'S' ? text(get('schoolname')) : undefined) ?? text(get('districtname')) ?? text(get('countyname')) ?? text(get('schoolname')) ?? (rtype === 'X' ? 'California' : cds),
      indicator: indicator!,
      year,
      group,
      n: suppressed ? null : numbers.currdenom!,
      priorN: numbers.priordenom!,
      status: suppressed ? null : numbers.currstatus!,
      change: suppressed ? null : numbers.change!,
      statusLevel: levelFromFileCode('status', codes.statuslevel, direction),
      changeLevel: levelFromFileCode('change', codes.changelevel, direction),
      color: null,
      colorSource: 'none',
    };
    const districtName = text(get('districtname'));
    const countyName = text(get('countyname'));
    if (districtName && rtype === 'S') rec.districtName = districtName;
    if (countyName) rec.countyName = countyName;
    if (has('dass_flag')) rec.dass = yes(get('dass_flag'));
    if (has('coe_flag')) rec.coe = yes(get('coe_flag'));
    if (has('charter_flag')) rec.charter = yes(get('charter_flag'));
    if (has('hscutpoints')) rec.hsCutPoints = yes(get('hscutpoints'));
    if (indicator === 'susp' && type) rec.suspensionType = type;

    if (suppressed) {
      rec.statusLevel = null;
      rec.changeLevel = null;
    } else if (hasColor && codes.color !== null) {
      rec.color = codes.color === 0 ? null : DASHBOARD_COLOR_ORDER[codes.color! - 1]!;
      rec.colorSource = 'file';
    } else {
      const opts: Record<string, unknown> = { ...levelOptions(rec) };
      const flag = (c: string) => (has(c) && !blank(get(c)) ? yes(get(c)) : undefined);
      const flags = { currNSizeMet: flag('currnsizemet'), priorNSizeMet: flag('priornsizemet'), safetyNetFlag: flag('smalldenom') ?? flag('safetynet') };
      for (const [k, v] of Object.entries(flags)) if (v !== undefined) opts[k] = v;
      const levels = dashboardLevels(indicator!, rec.status, rec.change, rec.n, opts as LevelOptions);
      if (!hasStatusLevel || codes.statuslevel === null) rec.statusLevel = levels.statusLevel;
      if (!hasChangeLevel || codes.changelevel === null) rec.changeLevel = levels.changeLevel;
      if (levels.color) {
        rec.color = levels.color as DashboardColor;
        rec.colorSource = 'computed';
      }
    }
    report.records++;
    return rec;
  };

  return {
    indicator: report.indicator,
    read,
    report: () => ({ ...report, years: [...years].sort(), problems: [...report.problems] }),
  };
}

/**
 * The options `dashboardLevels` takes for a record: the year-aware ones (year, entity type, prior
 * n, DASS, COE) with the group, high-school cut points and suspension table.
 */
export function levelOptions(rec: DashboardRecord): LevelOptions {
  const suspensionTable = (SUSPENSION_TABLES as readonly string[]).includes(rec.suspensionType ?? '') ? (rec.suspensionType as SuspensionTable) : undefined;
  const opts: Record<string, unknown> = {
    year: rec.year,
    entityType: rec.rtype === 'S' ? 'school' : rec.rtype === 'X' ? 'state' : 'lea',
    priorN: rec.priorN,
    dass: rec.dass ?? false,
    coe: rec.coe ?? false,
    group: rec.group,
    hsCutPoints: rec.hsCutPoints ?? false,
  };
  if (suspensionTable) opts.suspensionTable = suspensionTable;
  return opts as LevelOptions;
}

/** Reads one file (text or rows) to the end. */
function readOne(source: DashboardSource, options: ReadDashboardOptions, out: DashboardRecord[]): DashboardFileReport {
  const file = source.name;
  if (source.text === undefined && source.bytes !== undefined) {
    const decoded = decodeDashboardBytes(source.bytes);
    const report = readOne({ ...source, bytes: undefined, text: decoded.text }, options, out);
    if (decoded.encoding === 'windows-1252') report.problems.push(dashboardFileProblem('windows-1252', file, (m) => m.windows1252(file)));
    return report;
  }
  if (source.text !== undefined) {
    const parsed = parseDelimited(source.text);
    const iInd = parsed.header.findIndex((h) => h.toLowerCase() === 'indicator');
    const reader = createDashboardReader(source, parsed.header, { ...options, firstIndicatorValue: iInd >= 0 ? parsed.rows[0]?.[iInd] : undefined });
    if (!parsed.header.length || (!parsed.rows.length && !reader.report().failed)) {
      return { ...reader.report(), failed: true, problemCount: 1, problems: [dashboardFileProblem('empty-file', file, (m) => m.emptyFile(file))] };
    }
    for (let i = 0; i < parsed.rows.length; i++) {
      const r = reader.read(parsed.rows[i]!, parsed.lines[i]!);
      if (r) out.push(r);
    }
    const report = reader.report();
    if (source.text.includes('\uFFFD')) report.problems.push(dashboardFileProblem('encoding', file, (m) => m.encoding(file)));
    return report;
  }
  const rows = source.rows ?? [];
  const columns = rows.length ? Object.keys(rows[0]!) : [];
  const indKey = columns.find((c) => c.trim().toLowerCase() === 'indicator');
  const reader = createDashboardReader(source, columns, { ...options, firstIndicatorValue: indKey ? rows[0]![indKey] : undefined });
  const first = source.firstRow ?? 2;
  for (let i = 0; i < rows.length; i++) {
    const r = reader.read(rows[i]!, i + first);
    if (r) out.push(r);
  }
  return reader.report();
}

/**
 * Reads CDE Dashboard download files into one long table. Each file's indicator comes from its
 * `indicator` column or its name (`chronicdownload2024.txt`, `ELA_2024.txt`), its year from
 * `reportingyear` or the name (`2017f`). CDS codes are normalised to 14 digits (a lost leading zero
 * is put back), group names spelled out (a CSV re-save) read as their codes. The file's `color`
 * (0 = none) wins (colorSource 'file'); without one the colour is computed with `dashboardLevels`.
 * "*" in currstatus or currdenom keeps the row with no status and no n (suppressed).
 * A bad row is rejected with a problem naming file and row; a bad file is reported and skipped.
 */
export function readDashboardFiles(files: readonly DashboardSource[], options: ReadDashboardOptions = {}): DashboardReadResult {
  const records: DashboardRecord[] = [];
  const reports: DashboardFileReport[] = [];
  for (const source of files) {
    let report: DashboardFileReport;
    try {
      report = readOne(source, options, records);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const problem = dashboardFileProblem('unexpected', source.name, (m) => m.unexpected(source.name, detail));
      report = { name: source.name, indicator: null, years: [], rows: 0, records: 0, rejected: 0, skipped: 0, problemCount: 1, failed: true, problems: [problem] };
    }
    reports.push(report);
  }
  return { records, files: reports, problems: reports.flatMap((r) => r.problems) };
}
