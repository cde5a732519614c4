/**
 * The differentiated-assistance (DA) rule of each Dashboard year, in ONE place: which indicator
 * meets which LCFF priority area, by colour or by status level, for which student groups.
 * Sources: CDE "LEA Criteria for Differentiated Assistance" (leaproposedcrit.asp, 2018–2024
 * versions) and the definitions sheets of CDE's yearly LCFF eligibility files, as summarised with
 * their verification in the header and `rules` of ../shared/conformance/da-eligibility-cases.json.
 */
import type { CountyIndicator, PriorityArea } from './types.js';

/** How a criterion reads a row: the colour (Red, or Red/Orange for the academic pair) or the worst status level. */
export type DaReading = 'color' | 'status';

export interface DaYearRule {
  /** The Dashboard year this rule is for (`2017` = the Fall 2017 Dashboard). */
  year: string;
  /** P4 ELA and Math: colour (both Red, or one Red and the other Orange) or status (both Very Low, 2022). */
  academic: DaReading;
  /** P4 ELPI: the groups it counts for and how it reads; null = no ELPI criterion that year. */
  elpi: { groups: readonly string[]; reading: DaReading } | null;
  /** P5, P6, P8 indicators and how each reads; absent = not a criterion that year. */
  single: Partial<Record<'grad' | 'chronic' | 'susp' | 'cci', DaReading>>;
  source: string;
  /** Whether CDE's determinations reproduce the rule (../shared/conformance/da-eligibility-cases.json). */
  verified: boolean | 'partial';
}

const COLOR_ALL = { grad: 'color', chronic: 'color', susp: 'color', cci: 'color' } as const;

/** The rule per Dashboard year. 2020 and 2021 had no Dashboard colours and no DA determination. */
export const DA_RULES: Readonly<Record<string, DaYearRule>> = {
  // Fall 2017: ELPI Red for EL; no chronic absenteeism or CCI colour existed (never met) [partial].
  '2017': { year: '2017', academic: 'color', elpi: { groups: ['EL'], reading: 'color' }, single: COLOR_ALL, source: 'leaproposedcrit2018.asp', verified: 'partial' },
  // 2018: no ELPI criterion (the 2018 ELPI had no level or colour).
  '2018': { year: '2018', academic: 'color', elpi: null, single: COLOR_ALL, source: 'leaproposedcrit2018.asp; 2019-20 page', verified: true },
  // 2019: ELPI status Very Low for EL (the 2019 ELPI had no colour) [not verified: no 2019 rows].
  '2019': { year: '2019', academic: 'color', elpi: { groups: ['EL'], reading: 'status' }, single: COLOR_ALL, source: 'leaproposedcrit.asp (2019-20)', verified: false },
  // 2022: status levels only (Very Low, or Very High for chronic/suspension); no CCI, no P8.
  '2022': {
    year: '2022',
    academic: 'status',
    elpi: { groups: ['EL'], reading: 'status' },
    single: { grad: 'status', chronic: 'status', susp: 'status' },
    source: 'leaproposedcrit.asp (2022-23); 2022 eligibility file definitions',
    verified: true,
  },
  // 2023: CCI status Very Low was the proxy for Red (the 2023 CCI had no colour).
  '2023': {
    year: '2023',
    academic: 'color',
    elpi: { groups: ['EL'], reading: 'color' },
    single: { grad: 'color', chronic: 'color', susp: 'color', cci: 'status' },
    source: 'leaproposedcrit.asp (2023); 2023 eligibility file definitions',
    verified: true,
  },
  // 2024: ELPI Red for EL and Long-Term English Learners.
  '2024': { year: '2024', academic: 'color', elpi: { groups: ['EL', 'LTEL'], reading: 'color' }, single: COLOR_ALL, source: 'leaproposedcrit.asp (2024); 2024 eligibility file definitions', verified: true },
};

/** The priority area each indicator feeds. */
export const DA_AREA_OF: Readonly<Record<CountyIndicator, PriorityArea>> = { ela: 4, math: 4, elpi: 4, grad: 5, chronic: 5, susp: 6, cci: 8 };

/**
 * The student groups DA counts: the group columns of CDE's eligibility files (TOM there = MR).
 * All Students never counts; EO, ELO, RFP, SBA, CAA are not accountability groups.
 */
export const DA_GROUPS: readonly string[] = ['AA', 'AI', 'AS', 'EL', 'FI', 'FOS', 'HI', 'HOM', 'LTEL', 'MR', 'PI', 'SED', 'SWD', 'WH'];

/**
 * Minimum n for a criterion that reads a status level: 30, or 15 for Foster Youth and Homeless.
 * Not stated by CDE; found from its determinations (the minimum lies in 29–31, and in 14–20 for FOS/HOM).
 * A criterion that reads a colour takes it as the file gives it (the file has already applied its minimum).
 */
export const DA_STATUS_MIN_N = { default: 30, fosterHomeless: 15, fosterHomelessGroups: ['FOS', 'HOM'] as readonly string[] };

/** `2017f` → `2017`; `2023-24` → `2023`; anything else as given. */
export function daYearOf(year: string): string {
  const m = /^(\d{4})/.exec(String(year).trim());
  return m ? m[1]! : String(year).trim();
}

/**
 * The rule for a Dashboard year: that year's, or for a year after the last known one the latest
 * rule (unverified for that year); null for a year with no DA determination (2020, 2021, before 2017).
 */
export function daRuleFor(year: string): DaYearRule | null {
  const y = daYearOf(year);
  const own = DA_RULES[y];
  if (own) return own;
  const known = Object.keys(DA_RULES).sort();
  const last = known.at(-1)!;
  if (/^\d{4}$/.test(y) && y > last) return { ...DA_RULES[last]!, year: y, verified: false };
  return null;
}
