/**
 * The Dashboard facts by year and entity type: cut points, grids, the safety net, size rules and
 * the groups that never get a colour, looked up by indicator, Dashboard year (2017f … 2025) and
 * entity type (school, LEA, state; DASS schools and county offices where they differ). Each fact
 * names its provenance: a section of ../shared/reference/dashboard.md, or "real rows: N rows,
 * file, year" from ../shared/reference/dashboard-real-rows.md (CDE's own download files), which
 * wins where the two disagree. A correction is one line here.
 */
import {
  DASHBOARD_CUT_POINTS,
  DASHBOARD_GRIDS,
  type CutBounds,
  type CutPoints,
  type DashboardGridId,
  type IndicatorId,
  type SuspensionTable,
} from './facts.js';

/** The Dashboard years Outcome Kit knows, oldest first. Fall 2017 files carry `2017f`. */
export const DASHBOARD_YEARS = ['2017f', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'] as const;
export type DashboardYear = (typeof DASHBOARD_YEARS)[number];
/** The rules used when no year is given: the current Dashboard. */
export const LATEST_DASHBOARD_YEAR: DashboardYear = '2025';

/** Who the row is for: a school, an LEA (district, county office, charter LEA) or the state (file `rtype` S, D, X). */
export type DashboardEntityType = 'school' | 'lea' | 'state';

/**
 * A Dashboard year from what a file or option gives: `2024`, "2024", "2017f", "2023-24" (the fall
 * of the second year), "2023–2024". Anything else (spring 2017 "2017s", words) → null.
 */
export function dashboardYear(value: unknown): DashboardYear | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim().toLowerCase();
  if (text === '2017f' || text === 'fall 2017') return '2017f';
  let m = /^(\d{4})$/.exec(text);
  if (m) return (DASHBOARD_YEARS as readonly string[]).includes(m[1]!) && m[1] !== '2017' ? (m[1] as DashboardYear) : null;
  m = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second !== first + 1) return null;
    return dashboardYear(second === 2017 ? '2017f' : String(second));
  }
  return null;
}

const order = (y: DashboardYear) => DASHBOARD_YEARS.indexOf(y);
/** True when `year` lies in [from, to] (inclusive). */
export const yearIn = (year: DashboardYear, from: DashboardYear, to: DashboardYear = LATEST_DASHBOARD_YEAR) => order(year) >= order(from) && order(year) <= order(to);

/** One fact valid over a span of years, with its provenance. */
interface Era<T> {
  from: DashboardYear;
  to?: DashboardYear;
  value: T;
  source: string;
}

const pick = <T>(eras: readonly Era<T>[], year: DashboardYear): Era<T> | undefined => eras.find((e) => yearIn(year, e.from, e.to));

/** What a year reports for an indicator: nothing, the status only, or status, change and colour. */
export type Reporting = 'none' | 'status' | 'color';

/**
 * What each indicator reports by year [dashboard.md §1]. 2020 and 2021 had no Dashboard (graduation
 * status files only: not levelled here); 2022 was status only; CCI status only in 2017f and 2023;
 * ELPI absent in 2018 (ELPAC transition) and status only in 2019.
 */
const REPORTING: Record<string, readonly Era<Reporting>[]> = {
  ela: [{ from: '2017f', to: '2019', value: 'color', source: 'dashboard.md §1' }, { from: '2020', to: '2021', value: 'none', source: 'dashboard.md §1' }, { from: '2022', to: '2022', value: 'status', source: 'dashboard.md §1' }, { from: '2023', value: 'color', source: 'dashboard.md §1' }],
  chronic: [{ from: '2017f', to: '2017f', value: 'none', source: 'dashboard.md §1 (first reported 2018)' }, { from: '2018', to: '2019', value: 'color', source: 'dashboard.md §1' }, { from: '2020', to: '2021', value: 'none', source: 'dashboard.md §1' }, { from: '2022', to: '2022', value: 'status', source: 'dashboard.md §1' }, { from: '2023', value: 'color', source: 'dashboard.md §1' }],
  elpi: [{ from: '2017f', to: '2017f', value: 'color', source: 'real rows: 8,587 rows, elpidownload2017f.txt, 2017f' }, { from: '2018', to: '2018', value: 'none', source: 'dashboard.md §1 (ELPAC transition) [U]' }, { from: '2019', to: '2019', value: 'status', source: 'dashboard.md §1 (S17)' }, { from: '2020', to: '2021', value: 'none', source: 'dashboard.md §1' }, { from: '2022', to: '2022', value: 'status', source: 'dashboard.md §1' }, { from: '2023', value: 'color', source: 'dashboard.md §1' }],
  cci: [{ from: '2017f', to: '2017f', value: 'status', source: 'real rows: 13,457 rows, ccidownload2017f.txt, 2017f (status only)' }, { from: '2018', to: '2019', value: 'color', source: 'dashboard.md §1' }, { from: '2020', to: '2022', value: 'none', source: 'dashboard.md §1 (CCI not reported 2022)' }, { from: '2023', to: '2023', value: 'status', source: 'dashboard.md §1 (S6, S17)' }, { from: '2024', value: 'color', source: 'dashboard.md §1' }],
  // Science: reported (status 2024, colours 2025 [dashboard.md §1]) but its cut points are not in the reference: no levels.
  science: [{ from: '2017f', value: 'color', source: 'dashboard.md §1; Science cut points not in the reference [U]' }],
  custom: [{ from: '2017f', value: 'none', source: 'not a Dashboard indicator' }],
};
REPORTING.math = REPORTING.ela!;
REPORTING.grad = REPORTING.ela!;
REPORTING.susp = [{ from: '2017f', value: 'color', source: 'dashboard.md §1 (S3c: fall 2017 suspension)' }, ...REPORTING.chronic!.slice(1)];

const cut = (status: CutBounds, change: CutBounds, source: string, verified = true): CutPoints => ({ status, change, source, verified });
const C = DASHBOARD_CUT_POINTS;

/** Variant keys: `ela-3-8`, `ela-hs`, `susp-ES` …, `grad-dass` (DASS schools and, in 2018, county offices). */
const CUTS: Record<string, readonly Era<CutPoints>[]> = {
  'ela-3-8': [{ from: '2017f', value: C['ela-3-8'], source: C['ela-3-8'].source + '; real rows 2018, 2023, 2024 consistent' }],
  'math-3-8': [{ from: '2017f', value: C['math-3-8'], source: 'S22 (3P); real rows: −95.0/−25.0/0.0 pinned 2018–2024' }],
  'ela-hs': [{ from: '2017f', value: C['ela-hs'], source: 'S22 (3P); real rows: every hs-flagged row 2018–2024 consistent' }],
  'math-hs': [{ from: '2017f', value: C['math-hs'], source: 'S22 (3P); real rows: every hs-flagged row 2018–2024 consistent' }],
  chronic: [{ from: '2018', value: C.chronic, source: 'dashboard.md §2a; real rows: 1,472 rows, chronic 2018/2023/2024, all levels agree' }],
  'susp-UD': [{ from: '2017f', value: C['susp-UD'], source: 'dashboard.md §2b; real rows 2018–2024 consistent' }],
  'susp-ED': [{ from: '2017f', value: C['susp-ED'], source: 'dashboard.md §2b; real rows 2018–2024 consistent' }],
  'susp-HS': [{ from: '2017f', value: C['susp-HS'], source: 'dashboard.md §2b; real rows: 244 HS rows 2018–2024 consistent' }],
  'susp-ES': [{ from: '2017f', value: C['susp-ES'], source: 'real rows: ES pinned (0.5/0.6, 1.0/1.1, 3.0/3.1, 6.0/6.1; −1.0 DS/−0.9 D), 851 rows 2018–2024' }],
  'susp-MS': [{ from: '2017f', value: C['susp-MS'], source: 'dashboard.md §2b [U]; real rows: 155 MS rows 2018 consistent' }],
  'susp-HD': [{ from: '2017f', value: C['susp-HD'], source: C['susp-HD'].source }],
  elpi: [
    { from: '2017f', to: '2017f', value: cut([60.0, 67.0, 75.0, 85.0], [-10.0, -1.4, 1.5, 10.0], 'real rows: 8,587 rows, elpidownload2017f.txt, 2017f (59.9 VL/60.0 L, 66.9/67.0, 74.9/75.0, 84.9/85.0; −10.1 DS/−10.0 D, −1.5 D/−1.4 M, 1.4 M/1.5 I, 9.9 I/10.0 IS)'), source: 'real rows: 8,587 rows, elpidownload2017f.txt, 2017f' },
    { from: '2019', value: C.elpi, source: C.elpi.source },
  ],
  grad: [
    { from: '2017f', to: '2017f', value: cut([67.0, 85.0, 90.0, 95.0], C.grad.change, 'real rows: 13,509 rows, graddownload2017f.txt, 2017f (66.9 VL/67.0 L, 84.9 L/85.0 M, 89.9/90.0, 94.9/95.0)'), source: 'real rows: 13,509 rows, graddownload2017f.txt, 2017f' },
    { from: '2018', to: '2021', value: cut([67.0, 80.0, 90.0, 95.0], C.grad.change, 'real rows: 17,104 rows, graddownload2018.txt, 2018 (66.9 VL/67.0 L, 79.9/80.0, 89.9/90.0, 94.9/95.0; change −5.1 DS/−5.0 D, −1.0/−0.9, 0.9/1.0, 4.9/5.0); 2019 assumed as 2018 [U]'), source: 'real rows: 17,104 rows, graddownload2018.txt, 2018' },
    { from: '2022', value: C.grad, source: C.grad.source },
  ],
  'grad-dass': [
    { from: '2018', to: '2021', value: cut([67.0, 70.0, 80.0, 90.0], [-10.0, -2.9, 3.0, 10.0], 'real rows: 3,085 DASS school rows and 247 county-office rows, graddownload2018.txt, 2018 (L 67.0–69.9, M 70.0–79.9, H 80.0–89.9, VH ≥ 90.0; M ±2.9; DS ≤ −10.1 and IS ≥ 10.0 only bracketed: −10.4 DS/−9.8 D, 9.9 I/10.1 IS); 2019 assumed [U]', false), source: 'real rows: graddownload2018.txt, 2018 DASS' },
  ],
  cci: [{ from: '2017f', value: C.cci, source: 'real rows: 13,457 rows, ccidownload2017f.txt, 2017f (status pinned); 2018, 2023, 2024 consistent; change ±9 only bracketed' }],
};

/** The graduation grid: the higher-is-better grid except three cells [real rows]. */
const GRID: Record<string, readonly Era<DashboardGridId>[]> = {
  ela: [{ from: '2017f', value: 'academic', source: 'dashboard.md §3; real rows: all 25 cells seen 2018–2024' }],
  chronic: [{ from: '2017f', value: 'lower', source: 'dashboard.md §3; real rows 2018–2024' }],
  elpi: [{ from: '2017f', value: 'higher', source: 'real rows: 25/25 cells, 9,347 rows (2017f, 2024)' }],
  grad: [{ from: '2017f', value: 'graduation', source: DASHBOARD_GRIDS.graduation.source }],
  cci: [{ from: '2017f', value: 'higher', source: 'real rows: every observed cell 2018 (20), 2024 (17)' }],
};
GRID.math = GRID.ela!;
GRID.susp = GRID.chronic!;

/**
 * The small-denominator safety net (fewer than 150 students → no Declined/Increased
 * Significantly column for the colour): `none`, `all-groups`, `all-students` (only the All
 * Students row, fall 2017). `keepsRawChange`: the file's change level keeps DS/IS while the
 * colour uses the collapsed column (graduation 2023+).
 */
export interface SafetyNetRule {
  applies: 'none' | 'all-groups' | 'all-students';
  keepsRawChange: boolean;
  below: number;
  source: string;
}
const net = (applies: SafetyNetRule['applies'], source: string, keepsRawChange = false): SafetyNetRule => ({ applies, keepsRawChange, below: 150, source });
const SAFETY_NET: Record<string, readonly Era<SafetyNetRule>[]> = {
  chronic: [{ from: '2017f', value: net('all-groups', 'dashboard.md §3 (S7); real rows: flag = currdenom < 150, 2018/2023/2024'), source: '' }],
  susp: [
    { from: '2017f', to: '2017f', value: net('all-students', 'dashboard.md §3 (S3c: fall 2017 schools/LEAs only)'), source: '' },
    { from: '2018', value: net('all-groups', 'dashboard.md §3 (S8); real rows: flag = currdenom < 150, 2018/2023/2024'), source: '' },
  ],
  grad: [
    { from: '2017f', to: '2017f', value: net('all-students', 'real rows: graddownload2017f.txt, 2017f (All Students only; groups keep DS/IS)'), source: '' },
    { from: '2018', to: '2022', value: net('all-groups', 'real rows: 12,872 rows, graddownload2018.txt, 2018 (safetynet = currdenom < 150)'), source: '' },
    { from: '2023', value: net('all-groups', 'real rows: graduation 2023/2024 (changelevel keeps DS/IS; box and colour use the collapsed column)', true), source: '' },
  ],
  cci: [
    { from: '2017f', to: '2022', value: net('none', 'real rows: 40 CCI 2018 rows with n < 150 keep DS/IS'), source: '' },
    { from: '2023', value: net('all-groups', 'real rows: CCI 2024 (smalldenom flag, collapsed levels)'), source: '' },
  ],
};

/** Size rules for a colour [dashboard.md §5; real rows]. */
export interface SizeRule {
  /** Minimum current (and, when `prior`, prior-year) denominator for a colour. */
  min: number;
  /** The smaller minimum and the groups it is for, at the LEA (and state) level only. */
  smallMin: number;
  smallGroups: readonly string[];
  /** Whether last year's denominator must meet the minimum too. */
  prior: boolean;
  source: string;
}
const SIZE: readonly Era<SizeRule>[] = [
  {
    from: '2017f',
    to: '2023',
    value: { min: 30, smallMin: 15, smallGroups: ['FOS', 'HOM'], prior: true, source: 'real rows: 30 (15 for FOS/HOM at the LEA level only; schools 30: grad 2018 school HOM 15–29, 264 rows, none coloured); the prior-year denominator needs the same minimum (all years)' },
    source: '',
  },
  {
    from: '2024',
    value: { min: 30, smallMin: 15, smallGroups: ['FOS', 'HOM', 'LTEL'], prior: true, source: 'real rows: ELPI 2024 statewide, coloured ⇔ currdenom ≥ min and priordenom ≥ min (9,690 coloured, 0 exceptions); 15 for FOS, HOM, LTEL at the LEA level only' },
    source: '',
  },
];

/** The size rule of a Dashboard year (the same for every indicator). */
export const sizeRule = (year: DashboardYear): SizeRule => pick(SIZE, year)!.value;

/** Groups that never get a colour (ELA/Math) [real rows]. `?` = a blank group code in a file. */
const NO_COLOR_GROUPS: Record<string, readonly Era<readonly string[]>[]> = {
  ela: [
    { from: '2017f', to: '2023', value: ['EO', 'ELO', 'RFP', 'SBA', 'CAA', '?'], source: 'real rows: 2018 EO 230, ELO 182, blank 190; 2023 EO 51, ELO 34, RFP 28, SBA 56, CAA 16 rows with n ≥ 30 and a change, all colour 0' },
    { from: '2024', value: ['EO', 'ELO', 'RFP', '?'], source: 'real rows: 2024 SBA 54/56 and CAA 10/10 coloured; EO/ELO/RFP absent (kept uncoloured)' },
  ],
};
NO_COLOR_GROUPS.math = NO_COLOR_GROUPS.ela!;

/** Non-certified suspension data (`certifyflag` N): a fixed box 180, Orange, in 2018 [real rows; later years U]. */
export const UNCERTIFIED_SUSPENSION = { color: 'orange', box: 180, from: '2018' as DashboardYear, to: '2019' as DashboardYear, source: 'real rows: 5 suspension rows with box 180/Orange, 2018 (dashboard-real-rows.md)' } as const;

/** Who the row is for and which table applies, as far as the facts need it. */
export interface RuleContext {
  hsCutPoints?: boolean;
  suspensionTable?: SuspensionTable;
  entityType?: DashboardEntityType;
  /** A Dashboard Alternative School Status school (file `dass_flag = Y`). */
  dass?: boolean;
  /** A county office of education (file `coe_flag = Y`). */
  coe?: boolean;
}

/** Every fact for one indicator, year and entity, each with its provenance. */
export interface DashboardRules {
  year: DashboardYear;
  reporting: Reporting;
  cuts: CutPoints | null;
  grid: DashboardGridId | null;
  safetyNet: SafetyNetRule;
  size: SizeRule;
  noColorGroups: readonly string[];
  sources: { reporting: string; cuts: string | null; grid: string | null; safetyNet: string; size: string; noColorGroups: string | null };
}

function variantKey(indicator: IndicatorId, year: DashboardYear, ctx: RuleContext): string {
  switch (indicator) {
    case 'ela':
    case 'math':
      return `${indicator}-${ctx.hsCutPoints ? 'hs' : '3-8'}`;
    case 'susp':
      return `susp-${ctx.suspensionTable ?? 'UD'}`;
    case 'grad':
      // 2018: DASS schools, and county offices, used their own cuts; 2023/2024 DASS rows follow the normal ones [real rows].
      return (ctx.dass || ctx.coe) && pick(CUTS['grad-dass']!, year) ? 'grad-dass' : 'grad';
    default:
      return indicator;
  }
}

const NO_NET = net('none', 'dashboard.md §3: no safety net for this indicator');

/**
 * The facts for an indicator in a Dashboard year (default: the latest), or null when the year is
 * not one Outcome Kit knows. `reporting` says whether the year gives levels and colours at all.
 */
export function dashboardRules(indicator: IndicatorId, year: DashboardYear | null = LATEST_DASHBOARD_YEAR, ctx: RuleContext = {}): DashboardRules | null {
  if (year === null) return null;
  const reporting = pick(REPORTING[indicator]!, year)!;
  const levelled = reporting.value !== 'none';
  const cuts = levelled ? (pick(CUTS[variantKey(indicator, year, ctx)] ?? [], year) ?? null) : null;
  const grid = reporting.value === 'color' ? (pick(GRID[indicator] ?? [], year) ?? null) : null;
  const safetyNet = pick(SAFETY_NET[indicator] ?? [], year)?.value ?? NO_NET;
  const size = pick(SIZE, year)!;
  const groups = pick(NO_COLOR_GROUPS[indicator] ?? [], year);
  return {
    year,
    reporting: reporting.value,
    cuts: cuts?.value ?? null,
    grid: grid?.value ?? null,
    safetyNet,
    size: size.value,
    noColorGroups: groups?.value ?? [],
    sources: {
      reporting: reporting.source,
      cuts: cuts?.source ?? null,
      grid: grid?.source ?? null,
      safetyNet: safetyNet.source,
      size: size.value.source,
      noColorGroups: groups?.source ?? null,
    },
  };
}
