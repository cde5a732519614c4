import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dashboardLevels, dashboardRules, dashboardYear, type LevelOptions } from '../../../packages/core/src/index.js';

// The corrected facts, both sides of each boundary, with values worked out by hand from
// ../shared/reference/dashboard-real-rows.md (CDE's own rows), never from the code.
const lv = (ind: Parameters<typeof dashboardLevels>[0], v: number | null, c: number | null, n: number | null, o: LevelOptions = {}) => dashboardLevels(ind, v, c, n, o);

describe('the year: from the file or an option; an unknown year is said, not guessed', () => {
  it('reads the forms files and options use', () => {
    assert.equal(dashboardYear(2024), '2024');
    assert.equal(dashboardYear('2024'), '2024');
    assert.equal(dashboardYear('2017f'), '2017f');
    assert.equal(dashboardYear('2017F'), '2017f');
    assert.equal(dashboardYear('2023-24'), '2024');
    assert.equal(dashboardYear('2016-17'), '2017f');
    assert.equal(dashboardYear('2017'), null); // spring or fall? Spring 2017 used other rules (dashboard.md §2c)
    assert.equal(dashboardYear('2016'), null);
    assert.equal(dashboardYear('2023-25'), null);
    assert.equal(dashboardYear('next year'), null);
  });
  it('no year → the latest rules; an unknown year → no levels, reason unknown-year', () => {
    assert.equal(lv('grad', 90.4, 0, 500).statusLevel, 'medium'); // 2022+: 90.4 is Medium
    const unknown = lv('grad', 90.4, 0, 500, { year: 2016 });
    assert.deepEqual([unknown.statusLevel, unknown.changeLevel, unknown.color, unknown.reason, unknown.year], [null, null, null, 'unknown-year', null]);
    assert.equal(lv('chronic', 7, 0, 500, { year: 2020 }).reason, 'unknown-year'); // no Dashboard in 2020
    assert.equal(lv('chronic', 7, 0, 500, { year: '2017f' }).reason, 'unknown-year'); // chronic first reported 2018
  });
  it('a status-only year gives the status level but no colour', () => {
    const y2022 = lv('grad', 90.2, null, 41, { year: 2022 }); // real rows 2022: 90.2 → Medium
    assert.deepEqual([y2022.statusLevel, y2022.color, y2022.reason], ['medium', null, 'status-only-year']);
    assert.equal(lv('cci', 55.2, 3, 500, { year: 2023 }).reason, 'status-only-year'); // CCI 2023 status only
    assert.equal(lv('cci', 9.9, null, 500, { year: '2017f' }).statusLevel, 'very-low'); // 9.9 VL / 10.0 L (2017f)
    assert.equal(lv('cci', 10.0, null, 500, { year: '2017f' }).statusLevel, 'low');
  });
});

describe('graduation by year', () => {
  it('2018: 66.9 Very Low, 67.0 Low; 2022+: 67.5 Very Low, 68.4 Low', () => {
    assert.equal(lv('grad', 66.9, 0, 500, { year: 2018 }).statusLevel, 'very-low');
    assert.equal(lv('grad', 67.0, 0, 500, { year: 2018 }).statusLevel, 'low');
    assert.equal(lv('grad', 67.5, 0, 500, { year: 2024 }).statusLevel, 'very-low');
    assert.equal(lv('grad', 68.4, 0, 500, { year: 2024 }).statusLevel, 'low');
  });
  it('2022+: 90.0–90.4 Medium (7 real rows), 90.7 High; 2018: 90.0 High', () => {
    for (const v of [90.0, 90.2, 90.3, 90.4]) assert.equal(lv('grad', v, 0, 500, { year: 2023 }).statusLevel, 'medium', String(v));
    assert.equal(lv('grad', 90.7, 0, 500, { year: 2023 }).statusLevel, 'high');
    assert.equal(lv('grad', 90.0, 0, 500, { year: 2018 }).statusLevel, 'high');
  });
  it('DASS schools and county offices used their own cuts in 2018 only; 2023 DASS rows follow the normal ones', () => {
    assert.equal(lv('grad', 69.9, 0, 500, { year: 2018, dass: true }).statusLevel, 'low');
    assert.equal(lv('grad', 70.0, 0, 500, { year: 2018, dass: true }).statusLevel, 'medium');
    assert.equal(lv('grad', 70.0, 0, 500, { year: 2018, coe: true, entityType: 'lea' }).statusLevel, 'medium');
    assert.equal(lv('grad', 70.0, 0, 500, { year: 2018 }).statusLevel, 'low');
    assert.equal(lv('grad', 2.9, 2.9, 500, { year: 2018, dass: true }).changeLevel, 'maintained');
    assert.equal(lv('grad', 2.9, 2.9, 500, { year: 2018 }).changeLevel, 'increased');
    assert.equal(lv('grad', 70.0, 0, 500, { year: 2023, dass: true }).statusLevel, 'low');
  });
  it('2023+ change level keeps Declined/Increased Significantly under the safety net while the colour uses the collapsed column', () => {
    // 92.0 High, −6.0: n 100 < 150 → file changelevel DS, colour High × Declined = Yellow (2023 "AS high × DS, file yellow").
    const small = lv('grad', 92.0, -6.0, 100, { year: 2023 });
    assert.deepEqual([small.changeLevel, small.colorChangeLevel, small.color, small.safetyNet], ['declined-significantly', 'declined', 'yellow', true]);
    // n 150: no safety net, High × DS = Orange.
    const big = lv('grad', 92.0, -6.0, 150, { year: 2023 });
    assert.deepEqual([big.changeLevel, big.color], ['declined-significantly', 'orange']);
    // 2018: the file's change level itself collapses.
    assert.equal(lv('grad', 92.0, -6.0, 100, { year: 2018 }).changeLevel, 'declined');
  });
  it('fall 2017: the safety net for All Students only; groups keep DS/IS', () => {
    // 90.2 High, +7.1, n 61: real row (HI) file IS, Blue.
    const hi = lv('grad', 90.2, 7.1, 61, { year: '2017f', group: 'HI' });
    assert.deepEqual([hi.changeLevel, hi.color], ['increased-significantly', 'blue']);
    const all = lv('grad', 90.2, 7.1, 61, { year: '2017f', group: 'ALL' });
    assert.deepEqual([all.changeLevel, all.color], ['increased', 'green']);
  });
});

describe('ELPI and CCI', () => {
  it('ELPI: −10.0 Declined, −10.1 Declined Significantly (2024)', () => {
    assert.equal(lv('elpi', 50, -10.0, 500, { year: 2024 }).changeLevel, 'declined');
    assert.equal(lv('elpi', 50, -10.1, 500, { year: 2024 }).changeLevel, 'declined-significantly');
  });
  it('ELPI has no safety net: 32 students keep Declined Significantly', () => {
    // real row: n 32, 15.6, −21.9 → Very Low × DS.
    assert.equal(lv('elpi', 15.6, -21.9, 32, { year: 2024 }).changeLevel, 'declined-significantly');
  });
  it('CCI 2018 had no safety net (n 36, +20.4 → IS, Blue); 2024 has one (Increased, Green)', () => {
    // real row 2018: 55.6 High, +20.4, n 36 → High × IS = Blue.
    const y2018 = lv('cci', 55.6, 20.4, 36, { year: 2018 });
    assert.deepEqual([y2018.changeLevel, y2018.color], ['increased-significantly', 'blue']);
    const y2024 = lv('cci', 55.6, 20.4, 36, { year: 2024 });
    assert.deepEqual([y2024.changeLevel, y2024.color], ['increased', 'green']);
  });
});

describe('size rules: 30 at schools, 15 for FOS/HOM/(2024+) LTEL at the LEA level only, and last year too', () => {
  it('Foster Youth and Homeless: 15 at the LEA level, 30 at a school', () => {
    for (const group of ['FOS', 'HOM']) {
      assert.equal(lv('chronic', 7, 0, 15, { group, entityType: 'lea' }).reason, null, group);
      assert.equal(lv('chronic', 7, 0, 14, { group, entityType: 'lea' }).reason, 'too-few-students', group);
      assert.equal(lv('chronic', 7, 0, 29, { group, entityType: 'school' }).reason, 'too-few-students', group);
      assert.equal(lv('chronic', 7, 0, 30, { group, entityType: 'school' }).reason, null, group);
    }
    assert.equal(lv('chronic', 7, 0, 29, { group: 'HOM' }).reason, 'too-few-students'); // no entity: school rules
    assert.equal(lv('grad', 70, 0, 20, { group: 'HOM', entityType: 'school', year: 2018 }).reason, 'too-few-students');
  });
  it('LTEL: 15 at the LEA level from 2024, 30 before and at schools', () => {
    assert.equal(lv('elpi', 50, 0, 15, { group: 'LTEL', entityType: 'lea', year: 2024 }).color, 'yellow');
    assert.equal(lv('elpi', 50, 0, 15, { group: 'LTEL', entityType: 'school', year: 2024 }).reason, 'too-few-students');
    assert.equal(lv('elpi', 50, 0, 15, { group: 'LTEL', entityType: 'lea', year: 2023 }).reason, 'too-few-students');
  });
  it('the prior year needs the minimum too: prior n 29 → no colour, 30 → colour; 14 / 15 for LEA Foster Youth', () => {
    // real row: ELPI 2024 EL, n 44, prior 29, 11.4, −23.1 → file colour 0.
    assert.equal(lv('elpi', 11.4, -23.1, 44, { year: 2024, priorN: 29 }).reason, 'too-few-students-prior-year');
    assert.equal(lv('elpi', 11.4, -23.1, 44, { year: 2024, priorN: 30 }).color, 'red');
    assert.equal(lv('chronic', 7, 0, 20, { group: 'FOS', entityType: 'lea', priorN: 14 }).reason, 'too-few-students-prior-year');
    assert.equal(lv('chronic', 7, 0, 20, { group: 'FOS', entityType: 'lea', priorN: 15 }).color, 'yellow');
    assert.equal(lv('chronic', 7, 0, 200, { priorN: null }).color, 'yellow'); // unknown prior n: not checked
  });
  it('a file’s n-size flags win: currnsizemet N or priornsizemet N → no colour', () => {
    // real rows: fall 2017 ELPI EL, n 36, prior 46, nsize_met N → colour 0.
    assert.equal(lv('elpi', 91.7, 0.4, 36, { year: '2017f', priorN: 46, currNSizeMet: false }).reason, 'too-few-students');
    assert.equal(lv('chronic', 7, 0, 200, { priorNSizeMet: false }).reason, 'too-few-students-prior-year');
    assert.equal(lv('chronic', 7, 0, 200, { currNSizeMet: true, priorNSizeMet: true }).color, 'yellow');
  });
});

describe('groups the Dashboard never colours', () => {
  it('ELA/Math EO, ELO, RFP: never (n 242, real 2023 row EO 17.0 / −2.3 → colour 0)', () => {
    for (const group of ['EO', 'ELO', 'RFP']) {
      for (const year of [2018, 2023, 2024]) assert.equal(lv('ela', 17.0, -2.3, 242, { group, year }).reason, 'group-not-colored', `${group} ${year}`);
    }
  });
  it('SBA and CAA: not before 2024, coloured from 2024', () => {
    assert.equal(lv('ela', 14.3, -2.5, 275, { group: 'SBA', year: 2023 }).reason, 'group-not-colored');
    assert.equal(lv('math', 14.3, -2.5, 275, { group: 'CAA', year: 2023 }).reason, 'group-not-colored');
    assert.equal(lv('ela', 14.3, -2.5, 275, { group: 'SBA', year: 2024 }).color, 'green'); // High × Maintained (academic grid)
    assert.equal(lv('math', 14.3, -2.5, 275, { group: 'CAA', year: 2024 }).color, 'green');
  });
  it('other indicators colour every group', () => {
    assert.equal(lv('chronic', 7, 0, 200, { group: 'EO' }).color, 'yellow');
  });
});

describe('suspension: non-certified data (2018) is Orange whatever the levels', () => {
  it('certifyflag N in 2018 → Orange (box 180); later years and certified data follow the grid', () => {
    // real row 2018: ES school, 0.0, 0.0, n 36 → Very Low × Maintained would be Blue; the file gives Orange, box 180.
    assert.equal(lv('susp', 0, 0, 36, { year: 2018, suspensionTable: 'ES', certified: false }).color, 'orange');
    assert.equal(lv('susp', 0, 0, 36, { year: 2018, suspensionTable: 'ES' }).color, 'blue');
  });
});

describe('every fact names its provenance', () => {
  it('cut points, grid, safety net, size rule and groups each carry a source', () => {
    const r = dashboardRules('grad', '2018', { dass: true })!;
    assert.match(r.sources.cuts!, /real rows/);
    assert.match(r.sources.grid!, /real rows/);
    assert.match(r.sources.safetyNet, /real rows/);
    assert.match(r.sources.size, /real rows/);
    assert.match(dashboardRules('chronic', '2024')!.sources.cuts!, /dashboard\.md/);
    assert.equal(dashboardRules('grad', null), null);
  });
});
