/**
 * Small hand-made entity documents for the equity-report and county-grid tests. Colours and levels
 * were worked out by hand from the cut points and grids in ../shared/reference/dashboard.md (§2, §3):
 * e.g. chronic 35.6% (≥ 20.1: Very High) up 1.2 (0.5–3.0: Increased) → Red; ELA −28.4 (−70…−5.1:
 * Low) up 2.6 (−2.9…2.9: Maintained) → Orange. Invented figures.
 */
import type { CountyIndicator, DashboardRecord, EntityDocument } from '@outcome-kit/core';

type Rec = [group: string, indicator: CountyIndicator, year: string, n: number, status: number, change: number | null, color: DashboardRecord['color'], statusLevel: DashboardRecord['statusLevel'], changeLevel: DashboardRecord['changeLevel']];

const rec = (cds: string, name: string, rtype: DashboardRecord['rtype']) =>
  ([group, indicator, year, n, status, change, color, statusLevel, changeLevel]: Rec): DashboardRecord => ({
    cds, rtype, name, indicator, year, group, n, priorN: null, status, change, statusLevel, changeLevel, color, colorSource: 'file',
  });

const DISTRICT = '60999990000000';

const districtRecords: Rec[] = [
  ['ALL', 'chronic', '2024', 5000, 24.1, -4.8, 'yellow', 'very-high', 'declined-significantly'],
  ['SWD', 'chronic', '2024', 700, 35.6, 1.2, 'red', 'very-high', 'increased'],
  ['EL', 'chronic', '2024', 1600, 27.9, -1.0, 'orange', 'very-high', 'declined'],
  ['PI', 'chronic', '2024', 8, 40.0, 5.0, 'red', 'very-high', 'increased-significantly'],
  ['ALL', 'ela', '2024', 5200, -28.4, 2.6, 'orange', 'low', 'maintained'],
  ['SWD', 'ela', '2024', 690, -98.3, 2.9, 'red', 'very-low', 'maintained'],
  ['EL', 'ela', '2024', 1480, -72.5, -2.4, 'red', 'very-low', 'maintained'],
  ['ALL', 'chronic', '2023', 5100, 28.9, null, null, 'very-high', null],
  ['SWD', 'chronic', '2023', 710, 34.4, null, null, 'very-high', null],
  ['EL', 'chronic', '2023', 1580, 28.9, null, null, 'very-high', null],
  ['ALL', 'ela', '2023', 5150, -31.0, null, null, 'low', null],
  ['SWD', 'ela', '2023', 700, -101.2, null, null, 'very-low', null],
  ['EL', 'ela', '2023', 1500, -70.1, null, null, 'very-low', null],
];

/** Ejemplo Unified, 2023 and 2024: three groups shown (Pacific Islander has 8 students), eligible for DA in 2024 through students with disabilities. */
export function ejemploDocument(): EntityDocument {
  return {
    format: 'outcome-kit/entity',
    version: 1,
    entity: { cds: DISTRICT, name: 'Ejemplo Unified', kind: 'district', parent: '60000000000000' },
    parents: [{ cds: '60000000000000', name: 'Valle Verde County', kind: 'county' }],
    years: ['2023', '2024'],
    indicators: ['ela', 'chronic'],
    records: districtRecords.map(rec(DISTRICT, 'Ejemplo Unified', 'D')),
    da: {
      '2024': {
        eligible: true,
        year: '2024',
        groups: { SWD: [4, 5], EL: [4] },
        qualifyingGroups: ['SWD'],
        reasons: [
          { group: 'EL', area: 4, indicators: [{ indicator: 'ela', color: 'red', statusLevel: 'very-low' }] },
          { group: 'SWD', area: 5, indicators: [{ indicator: 'chronic', color: 'red', statusLevel: 'very-high' }] },
          { group: 'SWD', area: 4, indicators: [{ indicator: 'ela', color: 'red', statusLevel: 'very-low' }] },
        ],
      },
      '2023': { eligible: false, year: '2023', groups: {}, qualifyingGroups: [], reasons: [] },
    },
    children: [],
    meta: { suppressBelow: 10, sources: ['hand-made test fixture'], generated: '2026-12-01T00:00:00Z' },
  };
}

const child = (cds: string, name: string, kind: 'district' | 'coe' | 'charter', rows: Rec[], da: EntityDocument['da']) => ({
  cds, name, kind, parent: '60000000000000', records: rows.map(rec(cds, name, 'D')), ...(da ? { da } : {}), href: `districts/${cds}.json`,
});

const da = (year: string, eligible: boolean, qualifyingGroups: string[]) => ({ [year]: { eligible, year, groups: {}, qualifyingGroups, reasons: [] } });

/** Valle Verde County with three LEAs: Alamo (eligible in 2024), Bonita (not), Cerro charter (no DA result). */
export function countyFixture(): EntityDocument {
  return {
    format: 'outcome-kit/entity',
    version: 1,
    entity: { cds: '60000000000000', name: 'Valle Verde County', kind: 'county' },
    parents: [],
    years: ['2023', '2024'],
    indicators: ['chronic', 'ela'],
    records: [],
    children: [
      child('60111110000000', 'Alamo Unified', 'district', [
        ['ALL', 'chronic', '2024', 3000, 24.1, -4.8, 'yellow', 'very-high', 'declined-significantly'],
        ['ALL', 'ela', '2024', 3100, -28.4, 2.6, 'orange', 'low', 'maintained'],
        ['SWD', 'chronic', '2024', 400, 35.6, 1.2, 'red', 'very-high', 'increased'],
        ['ALL', 'chronic', '2023', 3050, 28.9, null, null, 'very-high', null],
      ], { ...da('2024', true, ['SWD']), ...da('2023', false, []) }),
      child('60222220000000', 'Bonita Elementary', 'district', [
        ['ALL', 'chronic', '2024', 900, 8.0, -0.3, 'yellow', 'medium', 'maintained'],
        ['ALL', 'ela', '2024', 950, 12.0, 3.5, 'green', 'high', 'increased'],
        ['SWD', 'chronic', '2024', 9, 30.0, 2.0, 'red', 'very-high', 'increased'],
        ['ALL', 'chronic', '2023', 880, 8.3, null, null, 'medium', null],
      ], { ...da('2024', false, []), ...da('2023', false, []) }),
      child('60333330000000', 'Cerro Charter', 'charter', [
        ['ALL', 'chronic', '2024', 200, 30.5, 2.0, 'red', 'very-high', 'increased'],
        ['ALL', 'chronic', '2023', 190, 28.5, null, null, 'very-high', null],
      ], undefined),
    ],
    meta: { suppressBelow: 10, sources: ['hand-made test fixture'], generated: '2026-12-01T00:00:00Z', illustrative: true },
  };
}
