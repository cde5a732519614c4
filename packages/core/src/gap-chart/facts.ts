/**
 * The California School Dashboard facts this widget relies on, in ONE place (with facts-years.ts,
 * which looks them up by Dashboard year and entity type). Each fact names its source in
 * ../shared/reference/dashboard.md (S1…S24) or the real CDE rows of
 * ../shared/reference/dashboard-real-rows.md (which win where the two disagree), and whether it is
 * verified; a correction is one line here. Nothing else in gap-chart/ hard-codes a cut point, a
 * grid cell or a size rule. The tables below are the current (2022+) rules.
 */
import type { Localized } from '../i18n/lang.js';
import type { DashboardColor } from '../theme/tokens.js';

export type IndicatorId = 'ela' | 'math' | 'elpi' | 'chronic' | 'susp' | 'grad' | 'cci' | 'science' | 'custom';
/** `dfs`: points from standard; `percent`: a rate in percent; `points`: other points (Science Points, custom). */
export type IndicatorUnit = 'dfs' | 'percent' | 'points';
export type IndicatorDirection = 'higher' | 'lower';
export type DashboardGridId = 'higher' | 'lower' | 'academic' | 'graduation';
/**
 * Suspension cut-point tables by the file's `type` code (ES, MS, HS, ED, HD, UD) [C: S3b, S8].
 * `HS` = the High School table [real rows]. `HD` (LEA High School District) is derived from 87
 * real rows (dashboard-real-rows.md).
 */
export const SUSPENSION_TABLES = ['UD', 'ED', 'HD', 'HS', 'ES', 'MS'] as const;

export type SuspensionTable = (typeof SUSPENSION_TABLES)[number];

export const DASHBOARD_STATUS_LEVELS = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;
export const DASHBOARD_CHANGE_LEVELS = ['declined-significantly', 'declined', 'maintained', 'increased', 'increased-significantly'] as const;
/** Status levels in numeric order (Very Low = smallest value, whichever direction is better). */
export type DashboardStatusLevel = (typeof DASHBOARD_STATUS_LEVELS)[number];
/** Change levels in numeric order, named by the direction of the number, not by good or bad [C: S5]. */
export type DashboardChangeLevel = (typeof DASHBOARD_CHANGE_LEVELS)[number];

/**
 * How a CDE file's `statuslevel` and `changelevel` codes read, listed from code 1 to code 5:
 * 1 = worst … 5 = best, so the order flips for lower-is-better indicators; 0 = no data
 * [C: S3 (ELA 2017), S7/S8 (2017–2022), S8 spring 2017]; the 2023+ coding [U].
 */
export const FILE_LEVEL_CODES = {
  status: {
    higher: [...DASHBOARD_STATUS_LEVELS],
    lower: [...DASHBOARD_STATUS_LEVELS].reverse(),
  },
  change: {
    higher: [...DASHBOARD_CHANGE_LEVELS],
    lower: [...DASHBOARD_CHANGE_LEVELS].reverse(),
  },
} as const satisfies {
  status: Record<IndicatorDirection, readonly DashboardStatusLevel[]>;
  change: Record<IndicatorDirection, readonly DashboardChangeLevel[]>;
};

/** A fact's provenance: the reference's source ids and whether the reference confirms it. */
export interface FactSource {
  source: string;
  verified: boolean;
}

/**
 * Cut points as the lowest (0.1-rounded) value of levels 2–5 in numeric order: a value below
 * `[0]` is level 1, from `[3]` up level 5. E.g. chronic status `[2.6, 5.1, 10.1, 20.1]` means
 * ≤ 2.5 Very Low, 2.6–5.0 Low, 5.1–10.0 Medium, 10.1–20.0 High, ≥ 20.1 Very High.
 */
export type CutBounds = readonly [number, number, number, number];

export interface CutPoints extends FactSource {
  status: CutBounds;
  change: CutBounds;
}

const ACADEMIC_CHANGE: CutBounds = [-15.0, -2.9, 3.0, 15.0]; // DS ≤ −15.1, M ±2.9, IS ≥ +15.0 [C: S4 fall 2017]; decimals [U]
const SUSPENSION_CHANGE: CutBounds = [-1.9, -0.2, 0.3, 2.1]; // DS ≤ −2.0, M ±0.2, IS ≥ +2.1

/** Every cut-point table, one line each. Keys: indicator, or indicator-variant. */
export const DASHBOARD_CUT_POINTS = {
  'ela-3-8': { status: [-70.0, -5.0, 10.0, 45.0], change: ACADEMIC_CHANGE, source: 'S4 (fall 2017)', verified: true },
  'math-3-8': { status: [-95.0, -25.0, 0.0, 35.0], change: ACADEMIC_CHANGE, source: 'S22 (3P); one-decimal forms [U]', verified: false },
  'ela-hs': { status: [-45.0, 0.0, 30.0, 75.0], change: ACADEMIC_CHANGE, source: 'S22 (3P); one-decimal forms [U]', verified: false },
  'math-hs': { status: [-115.0, -60.0, 0.0, 25.0], change: ACADEMIC_CHANGE, source: 'S22 (3P); one-decimal forms [U]', verified: false },
  chronic: { status: [2.6, 5.1, 10.1, 20.1], change: [-2.9, -0.4, 0.5, 3.1], source: 'S5 (2023), S4b', verified: true },
  'susp-UD': { status: [1.1, 2.6, 4.6, 8.1], change: SUSPENSION_CHANGE, source: 'S4c, S5d; one-decimal form [U]', verified: true },
  'susp-ED': { status: [0.6, 1.6, 3.1, 6.1], change: SUSPENSION_CHANGE, source: 'S5 (2017/2019/2023)', verified: true },
  'susp-HS': { status: [0.6, 1.6, 6.1, 10.1], change: [-1.9, -0.2, 0.3, 3.1], source: 'S4b (school 0139212); real rows: 244 HS rows 2018–2024 consistent', verified: true },
  'susp-ES': { status: [0.6, 1.1, 3.1, 6.1], change: [-0.9, -0.2, 0.3, 2.1], source: 'real rows: pinned 2018–2024 (0.5/0.6, 1.0/1.1, 3.0/3.1, 6.0/6.1; −1.0 DS/−0.9 D)', verified: true },
  'susp-MS': { status: [0.6, 2.1, 8.1, 12.1], change: [-2.9, -0.2, 0.3, 4.1], source: 'recollection [U]; real rows: 155 MS rows 2018 consistent', verified: false },
  // HD: status bracketed by real rows (L from (1.4, 1.6], M (3.3, 3.7], H (5.8, 6.1], VH (8.5, 9.1]), change
  // Maintained ±0.4 pinned, IS from (3.0, 3.3], DS from (−3.6, −2.6]: the round values inside the brackets.
  'susp-HD': { status: [1.6, 3.6, 6.1, 9.1], change: [-2.9, -0.4, 0.5, 3.1], source: 'real rows: 87 HD rows, Monterey LEAs 2018–2024 (M ±0.4 pinned; other bounds bracketed)', verified: false },
  // ELPI: 35/45/55/65 pinned; change −10.0 is Declined (42 rows), −10.1 DS (33); ±2.0 and 10.0 pinned [real rows, 2024].
  elpi: { status: [35.0, 45.0, 55.0, 65.0], change: [-10.0, -1.9, 2.0, 10.0], source: 'real rows: 12,916 rows, elpidownload2024, 2024 (all boundaries pinned)', verified: true },
  // Graduation 2022+: 67.5 VL / 68.4 L, 90.4 Medium / 90.7 High [real rows]; 68.0 and 90.5 are the round values inside the brackets.
  grad: { status: [68.0, 80.0, 90.5, 95.0], change: [-5.0, -0.9, 1.0, 5.0], source: 'real rows: graduation 2022–2024 (L from (67.5, 68.4], H from (90.4, 90.7]); change pinned 2018', verified: false },
  cci: { status: [10.0, 35.0, 55.0, 70.0], change: [-9.0, -1.9, 2.0, 9.0], source: 'real rows: status pinned on 13,457 rows 2017f; change ±2.0 pinned, ±9 bracketed', verified: false },
} as const satisfies Record<string, CutPoints>;
export type CutPointsKey = keyof typeof DASHBOARD_CUT_POINTS;

export interface DashboardGrid extends FactSource {
  /** Row labels top to bottom, as the reference prints the table. */
  rows: readonly DashboardStatusLevel[];
  /** Column labels left to right, as the reference prints the table. */
  cols: readonly DashboardChangeLevel[];
  cells: readonly (readonly DashboardColor[])[];
}

const HIGH_DOWN: readonly DashboardStatusLevel[] = ['very-high', 'high', 'medium', 'low', 'very-low'];
const CHANGE_UP: readonly DashboardChangeLevel[] = [...DASHBOARD_CHANGE_LEVELS];

/**
 * The 5×5 grid of the non-academic indicators, rows from the worst status to the best and
 * columns from the worst change to the best (each indicator's own axes say which way is worst).
 */
const NON_ACADEMIC_CELLS = [
  ['yellow', 'green', 'blue', 'blue', 'blue'],
  ['orange', 'yellow', 'green', 'green', 'blue'],
  ['orange', 'orange', 'yellow', 'green', 'green'],
  ['red', 'orange', 'orange', 'yellow', 'yellow'],
  ['red', 'red', 'red', 'orange', 'yellow'],
] as const;

/** The five-by-five grids (status row × change column → colour), laid out exactly as in §3. */
export const DASHBOARD_GRIDS: Record<DashboardGridId, DashboardGrid> = {
  // Lower is better (chronic, suspension) [C: S5 2023 chronic, S4c 2018 suspension UD].
  lower: {
    rows: [...DASHBOARD_STATUS_LEVELS],
    cols: [...DASHBOARD_CHANGE_LEVELS].reverse(),
    cells: NON_ACADEMIC_CELLS,
    source: 'S5, S4c',
    verified: true,
  },
  // Higher is better (ELPI, CCI): the mirror [real rows: ELPI 25/25 cells, 9,347 rows; every CCI cell seen].
  higher: {
    rows: HIGH_DOWN,
    cols: CHANGE_UP,
    cells: NON_ACADEMIC_CELLS,
    source: 'mirror of S5; real rows: ELPI 25/25 cells (9,347 rows), CCI every observed cell',
    verified: true,
  },
  // Graduation: the mirror except Very Low × Increased = Red (616 rows), Very Low × Increased
  // Significantly = Red (173), Very High × Declined = Blue (768) [real rows 2017f, 2018, 2023, 2024];
  // Very High × Declined Significantly never seen (kept Yellow) [U].
  graduation: {
    rows: HIGH_DOWN,
    cols: CHANGE_UP,
    cells: [
      ['yellow', 'blue', 'blue', 'blue', 'blue'],
      ['orange', 'yellow', 'green', 'green', 'blue'],
      ['orange', 'orange', 'yellow', 'green', 'green'],
      ['red', 'orange', 'orange', 'yellow', 'yellow'],
      ['red', 'red', 'red', 'red', 'red'],
    ],
    source: 'real rows: graduation 2017f, 2018, 2023, 2024 (VL × I and VL × IS Red, VH × D Blue; VH × DS not seen)',
    verified: false,
  },
  // ELA and Math, 3–8 and HS [C: S4 fall 2017, S22 (3P)]; still in force 2023–2025 [U].
  academic: {
    rows: HIGH_DOWN,
    cols: CHANGE_UP,
    cells: [
      ['green', 'green', 'blue', 'blue', 'blue'],
      ['green', 'green', 'green', 'green', 'blue'],
      ['yellow', 'yellow', 'yellow', 'green', 'green'],
      ['orange', 'orange', 'orange', 'yellow', 'yellow'],
      ['red', 'red', 'red', 'orange', 'orange'],
    ],
    source: 'S4 (fall 2017), S22 (3P)',
    verified: true,
  },
};

export interface IndicatorFacts extends FactSource {
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  name: Localized;
  /** The grid that turns levels into a colour; null when the Dashboard gives this indicator none. */
  grid: DashboardGridId | null;
  /** Whether the small-denominator (< 150) "safety net" applies [C: chronic, susp S7/S8; grad S19 (3P); CCI U]. */
  safetyNet: boolean;
}

/** The Dashboard indicators (§1). Spanish names are our translations [U]. */
export const DASHBOARD_INDICATORS: Record<IndicatorId, IndicatorFacts> = {
  ela: { unit: 'dfs', direction: 'higher', grid: 'academic', safetyNet: false, name: { en: 'English Language Arts', es: 'Artes del lenguaje en inglés' }, source: 'S14, S2', verified: true },
  math: { unit: 'dfs', direction: 'higher', grid: 'academic', safetyNet: false, name: { en: 'Mathematics', es: 'Matemáticas' }, source: 'S14', verified: true },
  elpi: { unit: 'percent', direction: 'higher', grid: 'higher', safetyNet: false, name: { en: 'English Learner Progress', es: 'Progreso de los estudiantes de inglés' }, source: 'unit wording [U]', verified: false },
  chronic: { unit: 'percent', direction: 'lower', grid: 'lower', safetyNet: true, name: { en: 'Chronic Absenteeism', es: 'Ausentismo crónico' }, source: 'S7', verified: true },
  susp: { unit: 'percent', direction: 'lower', grid: 'lower', safetyNet: true, name: { en: 'Suspension Rate', es: 'Tasa de suspensión' }, source: 'S8', verified: true },
  grad: { unit: 'percent', direction: 'higher', grid: 'graduation', safetyNet: true, name: { en: 'Graduation Rate', es: 'Tasa de graduación' }, source: 'cohort rules [U]; safety net S19 (3P)', verified: false },
  cci: { unit: 'percent', direction: 'higher', grid: 'higher', safetyNet: true, name: { en: 'College/Career', es: 'Preparación universitaria y profesional' }, source: 'S9; safety net [U]', verified: false },
  // Science: Science Points 0–100, higher better [C: S10]; its cut points are not in the reference [U], so no levels.
  science: { unit: 'points', direction: 'higher', grid: null, safetyNet: false, name: { en: 'Science', es: 'Ciencias' }, source: 'S10; cut points [U]', verified: false },
  custom: { unit: 'points', direction: 'higher', grid: null, safetyNet: false, name: { en: 'Measure', es: 'Medida' }, source: 'not a Dashboard indicator', verified: true },
};

export const INDICATOR_IDS = Object.keys(DASHBOARD_INDICATORS) as IndicatorId[];

/** Size and privacy rules (§5, §3). */
export const DASHBOARD_SIZE_RULES = {
  /** Groups with n at or below this are suppressed: the smallest reported size is 11 [C: S11]. */
  suppressAtOrBelow: 10,
  /** Minimum current denominator for a colour [C: S7 2024, S8 2024]. */
  minColorN: 30,
  /**
   * Foster Youth, Homeless and (2024+) Long-Term English Learners: minimum 15 at the LEA level only;
   * schools need 30 for every group [real rows; C: S13 (3P)]. By year: facts-years.ts.
   */
  minColorNFosterHomeless: 15,
  fosterHomelessGroups: ['FOS', 'HOM', 'LTEL'] as readonly string[],
  /** Fewer than this many students → the 3×5 "safety net" grid [C: S7, S8]; extremes fall to Increased/Declined [real rows]. */
  safetyNetBelow: 150,
  /** The prior-year denominator needs the colour minimum too [real rows: ELPI 2024, 9,690 coloured rows, 0 exceptions]. */
  priorNeedsMinimum: true,
} as const;

export interface StudentGroupFacts {
  /** English name as in the 2024 record layout [C: S2]. */
  layout: string;
  /** Name as shown: the Dashboard's display label where it differs [C: S11], else the layout name. */
  name: Localized;
}

const g = (layout: string, en: string, es: string): StudentGroupFacts => ({ layout, name: { en, es } });

/** Student group codes (file column `studentgroup`, §4). English [C: S2, S11]; Spanish [U] (translations). */
export const STUDENT_GROUPS: Record<string, StudentGroupFacts> = {
  ALL: g('All Students', 'All Students', 'Todos los estudiantes'),
  AA: g('Black or African American', 'African American', 'Afroamericanos'),
  AI: g('American Indian or Alaska Native', 'American Indian or Alaska Native', 'Indígenas americanos o nativos de Alaska'),
  AS: g('Asian', 'Asian', 'Asiáticos'),
  FI: g('Filipino', 'Filipino', 'Filipinos'),
  HI: g('Hispanic or Latino', 'Hispanic', 'Hispanos o latinos'),
  PI: g('Native Hawaiian or Pacific Islander', 'Native Hawaiian or Pacific Islander', 'Nativos de Hawái o de las islas del Pacífico'),
  WH: g('White', 'White', 'Blancos'),
  MR: g('Multiple Races/Two or More Races', 'Two or More Races', 'Dos o más razas'),
  EL: g('English Learner', 'English Learners', 'Estudiantes de inglés'),
  LTEL: g('Long-Term English Learner', 'Long-Term English Learner', 'Estudiantes de inglés a largo plazo'),
  ELO: g('English Learners Only', 'English Learners Only', 'Solo estudiantes de inglés'),
  RFP: g('Recently Reclassified Fluent-English Proficient Only', 'Recently Reclassified Fluent-English Proficient Only', 'Reclasificados recientemente como competentes en inglés'),
  EO: g('English Only', 'English Only', 'Solo inglés'),
  SED: g('Socioeconomically Disadvantaged', 'Socioeconomically Disadvantaged', 'Socioeconómicamente desfavorecidos'),
  SWD: g('Students with Disabilities', 'Students with Disabilities', 'Estudiantes con discapacidades'),
  FOS: g('Foster Youth', 'Foster Youth', 'Jóvenes en hogares de crianza temporal'),
  HOM: g('Homeless Youth', 'Homeless', 'Jóvenes sin hogar'),
  SBA: g('Students who took the Smarter Balanced Summative Assessment', 'Students who took the Smarter Balanced Summative Assessment', 'Estudiantes que tomaron la prueba Smarter Balanced'),
  CAA: g('Students who took the California Alternate Assessment', 'Students who took the California Alternate Assessment', 'Estudiantes que tomaron la Evaluación Alternativa de California'),
};
