import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dashboardLevels, gridColor, levelFromFileCode, type IndicatorId, type LevelOptions } from '../../../packages/core/src/index.js';

// Every expectation below is read off ../shared/reference/dashboard.md (§2, §3, §5) and, where they
// differ, ../shared/reference/dashboard-real-rows.md (CDE's own rows win), not from the code.
const BIG = 1000;
const status = (ind: IndicatorId, v: number, o: LevelOptions = {}) => dashboardLevels(ind, v, 0, BIG, o).statusLevel;
const change = (ind: IndicatorId, c: number, o: LevelOptions = {}) => dashboardLevels(ind, 50, c, BIG, o).changeLevel;

type Case = [number, string];
const S = { VL: 'very-low', L: 'low', M: 'medium', H: 'high', VH: 'very-high' } as const;
const C = { DS: 'declined-significantly', D: 'declined', M: 'maintained', I: 'increased', IS: 'increased-significantly' } as const;

/** Both sides of each of the four status boundaries, lowest first. */
const statusCases = (b: [number, number][]): Case[] => [
  [b[0]![0], S.VL], [b[0]![1], S.L], [b[1]![0], S.L], [b[1]![1], S.M],
  [b[2]![0], S.M], [b[2]![1], S.H], [b[3]![0], S.H], [b[3]![1], S.VH],
];
const changeCases = (b: [number, number][]): Case[] => [
  [b[0]![0], C.DS], [b[0]![1], C.D], [b[1]![0], C.D], [b[1]![1], C.M],
  [b[2]![0], C.M], [b[2]![1], C.I], [b[3]![0], C.I], [b[3]![1], C.IS],
];

const TABLES: Array<{ label: string; ind: IndicatorId; o?: LevelOptions; status: [number, number][]; change: [number, number][] }> = [
  { label: 'chronic absenteeism', ind: 'chronic', status: [[2.5, 2.6], [5.0, 5.1], [10.0, 10.1], [20.0, 20.1]], change: [[-3.0, -2.9], [-0.5, -0.4], [0.4, 0.5], [3.0, 3.1]] },
  { label: 'suspension, LEA Unified (default)', ind: 'susp', status: [[1.0, 1.1], [2.5, 2.6], [4.5, 4.6], [8.0, 8.1]], change: [[-2.0, -1.9], [-0.3, -0.2], [0.2, 0.3], [2.0, 2.1]] },
  { label: 'suspension, LEA Elementary', ind: 'susp', o: { suspensionTable: 'ED' }, status: [[0.5, 0.6], [1.5, 1.6], [3.0, 3.1], [6.0, 6.1]], change: [[-2.0, -1.9], [-0.3, -0.2], [0.2, 0.3], [2.0, 2.1]] },
  { label: 'suspension, high school (2024 school report)', ind: 'susp', o: { suspensionTable: 'HS' }, status: [[0.5, 0.6], [1.5, 1.6], [6.0, 6.1], [10.0, 10.1]], change: [[-2.0, -1.9], [-0.3, -0.2], [0.2, 0.3], [3.0, 3.1]] },
  { label: 'suspension, school elementary', ind: 'susp', o: { suspensionTable: 'ES' }, status: [[0.5, 0.6], [1.0, 1.1], [3.0, 3.1], [6.0, 6.1]], change: [[-1.0, -0.9], [-0.3, -0.2], [0.2, 0.3], [2.0, 2.1]] },
  { label: 'suspension, school middle', ind: 'susp', o: { suspensionTable: 'MS' }, status: [[0.5, 0.6], [2.0, 2.1], [8.0, 8.1], [12.0, 12.1]], change: [[-3.0, -2.9], [-0.3, -0.2], [0.2, 0.3], [4.0, 4.1]] },
  { label: 'ELA grades 3–8', ind: 'ela', status: [[-70.1, -70.0], [-5.1, -5.0], [9.9, 10.0], [44.9, 45.0]], change: [[-15.1, -15.0], [-3.0, -2.9], [2.9, 3.0], [14.9, 15.0]] },
  { label: 'Math grades 3–8', ind: 'math', status: [[-95.1, -95.0], [-25.1, -25.0], [-0.1, 0.0], [34.9, 35.0]], change: [[-15.1, -15.0], [-3.0, -2.9], [2.9, 3.0], [14.9, 15.0]] },
  { label: 'ELA high-school cut points', ind: 'ela', o: { hsCutPoints: true }, status: [[-45.1, -45.0], [-0.1, 0.0], [29.9, 30.0], [74.9, 75.0]], change: [[-15.1, -15.0], [-3.0, -2.9], [2.9, 3.0], [14.9, 15.0]] },
  { label: 'Math high-school cut points', ind: 'math', o: { hsCutPoints: true }, status: [[-115.1, -115.0], [-60.1, -60.0], [-0.1, 0.0], [24.9, 25.0]], change: [[-15.1, -15.0], [-3.0, -2.9], [2.9, 3.0], [14.9, 15.0]] },
  // real rows: −10.0 is Declined (42 rows), −10.1 Declined Significantly (33); the rest pinned too (ELPI 2024).
  { label: 'English Learner Progress', ind: 'elpi', status: [[34.9, 35.0], [44.9, 45.0], [54.9, 55.0], [64.9, 65.0]], change: [[-10.1, -10.0], [-2.0, -1.9], [1.9, 2.0], [9.9, 10.0]] },
  // real rows 2022–2024: 67.5 VL / 68.4 L; 79.0 L / 80.0 M; 90.4 Medium / 90.7 High; 94.9 H / 95.1 VH. Change pinned on 2018 rows.
  { label: 'graduation rate (2022+)', ind: 'grad', status: [[67.5, 68.4], [79.0, 80.0], [90.4, 90.7], [94.9, 95.1]], change: [[-5.1, -5.0], [-1.0, -0.9], [0.9, 1.0], [4.9, 5.0]] },
  // real rows 2018: 66.9 VL / 67.0 L (3 rows each), 79.9/80.0, 89.9/90.0, 94.9/95.0 all pinned.
  { label: 'graduation rate (2018)', ind: 'grad', o: { year: 2018 }, status: [[66.9, 67.0], [79.9, 80.0], [89.9, 90.0], [94.9, 95.0]], change: [[-5.1, -5.0], [-1.0, -0.9], [0.9, 1.0], [4.9, 5.0]] },
  // real rows, fall 2017 ELPI (CELDT): 59.9 VL / 60.0 L, 66.9/67.0, 74.9/75.0, 84.9/85.0; −10.1 DS / −10.0 D, −1.5 D / −1.4 M, 1.4 M / 1.5 I, 9.9 I / 10.0 IS.
  { label: 'English Learner Progress (fall 2017)', ind: 'elpi', o: { year: '2017f' }, status: [[59.9, 60.0], [66.9, 67.0], [74.9, 75.0], [84.9, 85.0]], change: [[-10.1, -10.0], [-1.5, -1.4], [1.4, 1.5], [9.9, 10.0]] },
  // real rows, fall 2017 graduation: 66.9 VL / 67.0 L, 84.9 L / 85.0 M, 89.9/90.0, 94.9/95.0.
  { label: 'graduation rate (fall 2017)', ind: 'grad', o: { year: '2017f' }, status: [[66.9, 67.0], [84.9, 85.0], [89.9, 90.0], [94.9, 95.0]], change: [[-5.1, -5.0], [-1.0, -0.9], [0.9, 1.0], [4.9, 5.0]] },
  // real rows, 2018 DASS schools: L 67.0–69.9, M 70.0–79.9, H 80.0–89.9, VH ≥ 90.0; Maintained ±2.9; −10.4 DS / −9.8 D, 9.9 I / 10.1 IS (bracketed).
  { label: 'graduation rate, 2018 DASS school', ind: 'grad', o: { year: 2018, dass: true }, status: [[66.9, 67.0], [69.9, 70.0], [79.9, 80.0], [89.9, 90.0]], change: [[-10.4, -9.8], [-3.0, -2.9], [2.9, 3.0], [9.9, 10.1]] },
  // real rows: 87 HD rows; status brackets 1.4 VL / 1.6 L, 3.3 L / 3.7 M, 5.8 M / 6.1 H, 8.5 H / 9.1 VH; change −3.6 DS / −2.6 D, −0.5 D / −0.4 M, 0.4 M / 0.5 I, 3.0 I / 3.3 IS.
  { label: 'suspension, LEA High School District (HD)', ind: 'susp', o: { suspensionTable: 'HD' }, status: [[1.4, 1.6], [3.3, 3.7], [5.8, 6.1], [8.5, 9.1]], change: [[-3.6, -2.6], [-0.5, -0.4], [0.4, 0.5], [3.0, 3.3]] },
  { label: 'college/career', ind: 'cci', status: [[9.9, 10.0], [34.9, 35.0], [54.9, 55.0], [69.9, 70.0]], change: [[-9.1, -9.0], [-2.0, -1.9], [1.9, 2.0], [8.9, 9.0]] },
];

describe('Dashboard cut points, both sides of every boundary', () => {
  for (const t of TABLES) {
    it(`classifies ${t.label} status`, () => {
      for (const [v, level] of statusCases(t.status)) assert.equal(status(t.ind, v, t.o), level, `status ${v}`);
    });
    it(`classifies ${t.label} change`, () => {
      for (const [c, level] of changeCases(t.change)) assert.equal(change(t.ind, c, t.o), level, `change ${c}`);
    });
  }
  it('keeps the chronic absenteeism asymmetry: −3.0 is Declined Significantly but +3.0 only Increased', () => {
    assert.equal(change('chronic', -3.0), 'declined-significantly');
    assert.equal(change('chronic', 3.0), 'increased');
    assert.equal(change('chronic', 3.1), 'increased-significantly');
  });
  it('classifies values rounded to 0.1, halves away from zero', () => {
    assert.equal(status('chronic', 2.54), 'very-low');
    assert.equal(status('chronic', 2.55), 'low');
    assert.equal(change('chronic', -2.95), 'declined-significantly');
    assert.equal(change('chronic', -2.94), 'declined');
  });
});

const GRID_VALUES = {
  lower: { status: { VL: 1, L: 4, M: 7, H: 15, VH: 25 }, change: { IS: 5, I: 1, M: 0, D: -1, DS: -5 } },
  higher: { status: { VH: 97, H: 92, M: 85, L: 70, VL: 60 }, change: { DS: -6, D: -2, M: 0, I: 2, IS: 6 } },
  academic: { status: { VH: 60, H: 20, M: 0, L: -30, VL: -100 }, change: { DS: -20, D: -5, M: 0, I: 5, IS: 20 } },
};

// The reference's tables, row by row, in the reference's own row and column order.
const LOWER = ['Y G B B B', 'O Y G G B', 'O O Y G G', 'R O O Y Y', 'R R R O Y']; // rows VL…VH, columns IS I M D DS
const HIGHER = ['Y G B B B', 'O Y G G B', 'O O Y G G', 'R O O Y Y', 'R R R O Y']; // rows VH…VL, columns DS D M I IS
// Graduation [real rows]: VH × Declined = Blue (768 rows), VL × Increased = Red (616), VL × IS = Red (173); VH × DS never seen.
const GRADUATION = ['Y B B B B', 'O Y G G B', 'O O Y G G', 'R O O Y Y', 'R R R R R'];
const ACADEMIC = ['G G B B B', 'G G G G B', 'Y Y Y G G', 'O O O Y Y', 'R R R O O']; // rows VH…VL, columns DS D M I IS
const COLOR = { R: 'red', O: 'orange', Y: 'yellow', G: 'green', B: 'blue' } as const;

function checkGrid(ind: IndicatorId, grid: string[], values: { status: Record<string, number>; change: Record<string, number> }) {
  const rows = Object.values(values.status);
  const cols = Object.values(values.change);
  grid.forEach((line, r) => {
    line.split(' ').forEach((letter, c) => {
      const got = dashboardLevels(ind, rows[r]!, cols[c]!, BIG).color;
      assert.equal(got, COLOR[letter as keyof typeof COLOR], `${ind} row ${r + 1} column ${c + 1}`);
    });
  });
}

describe('five-by-five grids, all 25 cells', () => {
  it('colours a lower-is-better indicator (chronic absenteeism)', () => checkGrid('chronic', LOWER, GRID_VALUES.lower));
  it('colours suspension with the same lower-is-better grid', () =>
    checkGrid('susp', LOWER, { status: { VL: 0.5, L: 2, M: 3, H: 6, VH: 10 }, change: { IS: 3, I: 1, M: 0, D: -1, DS: -3 } }));
  it('colours graduation with its own grid (three cells differ from the mirror)', () => checkGrid('grad', GRADUATION, GRID_VALUES.higher));
  it('graduation grid cells as the real rows give them: VL × Increased Red, VL × IS Red, VH × Declined Blue', () => {
    assert.equal(gridColor('grad', 'very-low', 'increased'), 'red');
    assert.equal(gridColor('grad', 'very-low', 'increased-significantly'), 'red');
    assert.equal(gridColor('grad', 'very-high', 'declined'), 'blue');
    assert.equal(gridColor('cci', 'very-low', 'increased'), 'orange'); // the mirror still holds for CCI
  });
  it('colours ELPI and College/Career with the same higher-is-better grid', () => {
    checkGrid('elpi', HIGHER, { status: { VH: 70, H: 60, M: 50, L: 40, VL: 30 }, change: { DS: -12, D: -5, M: 0, I: 5, IS: 12 } });
    checkGrid('cci', HIGHER, { status: { VH: 80, H: 60, M: 40, L: 20, VL: 5 }, change: { DS: -10, D: -5, M: 0, I: 5, IS: 10 } });
  });
  it('colours ELA and Math with the academic grid', () => {
    checkGrid('ela', ACADEMIC, GRID_VALUES.academic);
    checkGrid('math', ACADEMIC, { status: { VH: 50, H: 10, M: -10, L: -50, VL: -120 }, change: GRID_VALUES.academic.change });
  });
});

describe('size rules and reasons for no colour', () => {
  it('needs 30 students for a colour: 29 has none, 30 has one', () => {
    assert.deepEqual(dashboardLevels('chronic', 7, 0, 29), { statusLevel: 'medium', changeLevel: 'maintained', color: null, reason: 'too-few-students', safetyNet: true, colorChangeLevel: 'maintained', year: '2025', minimum: 30 });
    assert.equal(dashboardLevels('chronic', 7, 0, 30).color, 'yellow');
  });
  it('needs only 15 for Foster Youth and Homeless at the LEA level', () => {
    const lea = { entityType: 'lea' } as const;
    assert.equal(dashboardLevels('chronic', 7, 0, 15, { ...lea, group: 'FOS' }).color, 'yellow');
    assert.equal(dashboardLevels('chronic', 7, 0, 14, { ...lea, group: 'FOS' }).reason, 'too-few-students');
    assert.equal(dashboardLevels('chronic', 7, 0, 15, { ...lea, group: 'HOM' }).color, 'yellow');
    assert.equal(dashboardLevels('chronic', 7, 0, 15, { ...lea, group: 'SWD' }).reason, 'too-few-students');
  });
  it('gives no colour without a prior year, a status, or for a custom indicator', () => {
    assert.equal(dashboardLevels('chronic', 7, null, 100).reason, 'no-prior-year');
    assert.equal(dashboardLevels('chronic', null, 1, 100).reason, 'no-status');
    const custom = dashboardLevels('custom', 7, 1, 100);
    assert.deepEqual([custom.statusLevel, custom.changeLevel, custom.color, custom.reason, custom.safetyNet], [null, null, null, 'custom-indicator', false]);
    assert.equal(dashboardLevels('science', 40, 1, 100).reason, 'no-cut-points');
  });
  it('applies the small-denominator safety net below 150: significant changes fall to Increased/Declined', () => {
    assert.equal(dashboardLevels('chronic', 1, 3.1, 150).changeLevel, 'increased-significantly');
    assert.equal(dashboardLevels('chronic', 1, 3.1, 150).color, 'yellow');
    const small = dashboardLevels('chronic', 1, 3.1, 149);
    assert.equal(small.changeLevel, 'increased');
    assert.equal(small.color, 'green');
    assert.equal(small.safetyNet, true);
    assert.equal(dashboardLevels('chronic', 25, -5, 100).changeLevel, 'declined');
    assert.equal(dashboardLevels('ela', 0, 20, 100).changeLevel, 'increased-significantly');
  });
});

describe('indicators without cut points', () => {
  it('Science has no levels of its own (cut points not in the reference), but keeps its value', () => {
    const sci = dashboardLevels('science', 40, 5, 500);
    assert.deepEqual([sci.statusLevel, sci.changeLevel, sci.color, sci.reason, sci.safetyNet], [null, null, null, 'no-cut-points', false]);
  });
});

describe('the small-denominator safety net applies to the indicators the reference names', () => {
  // §3: chronic and suspension [C], graduation [3P], CCI (real rows 2024); not ELA, Math or ELPI. Graduation
  // 2023+ keeps DS/IS in the file's change level (checked below), so it is tested here with 2018 rules.
  const extreme: Array<[IndicatorId, number, number]> = [
    ['chronic', 5, 4],
    ['susp', 3, 3],
    ['grad', 85, 6],
    ['cci', 40, 10],
    ['ela', 0, 20],
    ['math', 0, 20],
    ['elpi', 50, 11],
  ];
  const applies = new Set(['chronic', 'susp', 'grad', 'cci']);
  for (const [ind, value, rise] of extreme) {
    const o: LevelOptions = ind === 'grad' ? { year: 2018 } : {};
    it(`${ind}: 149 students ${applies.has(ind) ? 'turns' : 'keeps'} a significant increase ${applies.has(ind) ? 'into Increased' : 'as it is'}`, () => {
      assert.equal(dashboardLevels(ind, value, rise, 150, o).changeLevel, 'increased-significantly');
      assert.equal(dashboardLevels(ind, value, rise, 149, o).changeLevel, applies.has(ind) ? 'increased' : 'increased-significantly');
      assert.equal(dashboardLevels(ind, value, -rise, 149, o).changeLevel, applies.has(ind) ? 'declined' : 'declined-significantly');
    });
  }
});

describe('CDE file level codes (§6: 1 = worst … 5 = best, 0 = no data)', () => {
  it('reads statuslevel for higher-is-better as 1 Very Low … 5 Very High, and for chronic/suspension as 1 Very High … 5 Very Low', () => {
    assert.deepEqual([1, 2, 3, 4, 5].map((c) => levelFromFileCode('status', c, 'higher')), ['very-low', 'low', 'medium', 'high', 'very-high']);
    assert.deepEqual([1, 2, 3, 4, 5].map((c) => levelFromFileCode('status', c, 'lower')), ['very-high', 'high', 'medium', 'low', 'very-low']);
  });
  it('reads changelevel for higher-is-better as 1 Declined Significantly … 5 Increased Significantly, reversed for chronic/suspension', () => {
    assert.deepEqual([1, 2, 3, 4, 5].map((c) => levelFromFileCode('change', c, 'higher')), ['declined-significantly', 'declined', 'maintained', 'increased', 'increased-significantly']);
    assert.deepEqual([1, 2, 3, 4, 5].map((c) => levelFromFileCode('change', c, 'lower')), ['increased-significantly', 'increased', 'maintained', 'declined', 'declined-significantly']);
  });
  it('reads 0, blank and anything else as no level', () => {
    for (const c of [0, null, undefined, 6, 2.5, -1]) assert.equal(levelFromFileCode('status', c, 'higher'), null, String(c));
  });
  it('the worst codes (1, 1) land in each grid’s Red corner and the best (5, 5) in its Blue corner', () => {
    assert.equal(gridColor('chronic', levelFromFileCode('status', 1, 'lower'), levelFromFileCode('change', 1, 'lower')), 'red');
    assert.equal(gridColor('grad', levelFromFileCode('status', 1, 'higher'), levelFromFileCode('change', 1, 'higher')), 'red');
    assert.equal(gridColor('chronic', levelFromFileCode('status', 5, 'lower'), levelFromFileCode('change', 5, 'lower')), 'blue');
    assert.equal(gridColor('ela', levelFromFileCode('status', 5, 'higher'), levelFromFileCode('change', 5, 'higher')), 'blue');
  });
});
