import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  daEligibility,
  daFromRecords,
  daReasonSentences,
  daVerdictSentence,
  type CountyIndicator,
  type DaIndicatorRow,
  type DaInput,
  type DashboardColor,
  type DashboardRecord,
  type DashboardStatusLevel,
} from '../../../packages/core/src/index.js';

// Every expectation below is read off the per-year rules in the header and `rules` of
// ../shared/conformance/da-eligibility-cases.json (CDE's "LEA Criteria for Differentiated
// Assistance" pages and its eligibility files' definitions sheets), not off the code.

const row = (color: DashboardColor | null, statusLevel: DashboardStatusLevel | null = null, n: number | null = 100): DaIndicatorRow => ({
  color,
  statusLevel,
  changeLevel: null,
  n,
  status: null,
  change: null,
  priorN: null,
});
type Rows = Partial<Record<CountyIndicator, DaIndicatorRow>>;
const input = (year: string, groups: Record<string, Rows>): DaInput => ({ year, leaType: 'district', groups });
/** The areas one group meets, alone in an LEA. */
const areas = (year: string, rows: Rows, group = 'SWD') => daEligibility(input(year, { [group]: rows })).groups[group] ?? [];

describe('DA, colour years (2018, 2023, 2024): priority 4 from ELA and Math', () => {
  for (const year of ['2018', '2023', '2024']) {
    it(`${year}: both Red, or one Red and the other Orange, meet priority 4`, () => {
      assert.deepEqual(areas(year, { ela: row('red'), math: row('red') }), [4]);
      assert.deepEqual(areas(year, { ela: row('red'), math: row('orange') }), [4]);
      assert.deepEqual(areas(year, { ela: row('orange'), math: row('red') }), [4]);
    });
    it(`${year}: both Orange, Red with Yellow, or one indicator alone do not`, () => {
      assert.deepEqual(areas(year, { ela: row('orange'), math: row('orange') }), []);
      assert.deepEqual(areas(year, { ela: row('red'), math: row('yellow') }), []);
      assert.deepEqual(areas(year, { ela: row('red') }), []);
      assert.deepEqual(areas(year, { ela: row('red'), math: row(null, 'very-low') }), []); // no colour is not Orange
    });
  }
});

describe('DA, colour years: priorities 5, 6 and 8', () => {
  for (const year of ['2018', '2024']) {
    it(`${year}: graduation Red or chronic absenteeism Red meet priority 5; Orange does not`, () => {
      assert.deepEqual(areas(year, { grad: row('red') }), [5]);
      assert.deepEqual(areas(year, { chronic: row('red') }), [5]);
      assert.deepEqual(areas(year, { grad: row('orange'), chronic: row('orange') }), []);
    });
    it(`${year}: suspension Red meets priority 6, Orange does not`, () => {
      assert.deepEqual(areas(year, { susp: row('red') }), [6]);
      assert.deepEqual(areas(year, { susp: row('orange') }), []);
    });
    it(`${year}: College/Career Red meets priority 8; a Very Low status without colour does not`, () => {
      assert.deepEqual(areas(year, { cci: row('red') }), [8]);
      assert.deepEqual(areas(year, { cci: row(null, 'very-low', 200) }), []);
    });
  }
  it('a colour is taken as the file gives it: a Red row counts whatever its n (the file applied its own minimum)', () => {
    assert.deepEqual(areas('2024', { susp: row('red', null, 16) }, 'HOM'), [6]);
  });
});

describe('DA, ELPI by year', () => {
  it('2017: ELPI Red meets priority 4 for English learners only', () => {
    assert.deepEqual(areas('2017', { elpi: row('red') }, 'EL'), [4]);
    assert.deepEqual(areas('2017', { elpi: row('orange') }, 'EL'), []);
    assert.deepEqual(areas('2017', { elpi: row('red') }, 'SED'), []);
  });
  it('2018: no ELPI criterion (the 2018 ELPI had no level or colour)', () => {
    assert.deepEqual(areas('2018', { elpi: row('red', 'very-low') }, 'EL'), []);
  });
  it('2019: ELPI status Very Low for EL with n ≥ 30; 29 students or a Low status do not', () => {
    assert.deepEqual(areas('2019', { elpi: row(null, 'very-low', 30) }, 'EL'), [4]);
    assert.deepEqual(areas('2019', { elpi: row(null, 'very-low', 29) }, 'EL'), []);
    assert.deepEqual(areas('2019', { elpi: row('red', 'low', 300) }, 'EL'), []);
  });
  it('2023: ELPI Red for EL, not for Long-Term English Learners', () => {
    assert.deepEqual(areas('2023', { elpi: row('red') }, 'EL'), [4]);
    assert.deepEqual(areas('2023', { elpi: row('red') }, 'LTEL'), []);
  });
  it('2024: ELPI Red for EL and for Long-Term English Learners; Orange for neither', () => {
    assert.deepEqual(areas('2024', { elpi: row('red') }, 'EL'), [4]);
    assert.deepEqual(areas('2024', { elpi: row('red') }, 'LTEL'), [4]);
    assert.deepEqual(areas('2024', { elpi: row('orange') }, 'LTEL'), []);
  });
});

describe('DA 2022: status levels only', () => {
  it('priority 4: ELA and Math both Very Low (n ≥ 30); Very Low with Low does not (no Orange alternative)', () => {
    assert.deepEqual(areas('2022', { ela: row(null, 'very-low', 30), math: row(null, 'very-low', 30) }), [4]);
    assert.deepEqual(areas('2022', { ela: row(null, 'very-low'), math: row(null, 'low') }), []);
    assert.deepEqual(areas('2022', { ela: row(null, 'very-low', 29), math: row(null, 'very-low', 100) }), []);
  });
  it('a colour does not count in 2022: Red ELA and Math with Low statuses meet nothing', () => {
    assert.deepEqual(areas('2022', { ela: row('red', 'low'), math: row('red', 'low') }), []);
  });
  it('priority 5: graduation Very Low or chronic absenteeism Very High (the worst end for lower-is-better)', () => {
    assert.deepEqual(areas('2022', { grad: row(null, 'very-low') }), [5]);
    assert.deepEqual(areas('2022', { chronic: row(null, 'very-high') }), [5]);
    assert.deepEqual(areas('2022', { chronic: row(null, 'very-low') }), []);
    assert.deepEqual(areas('2022', { grad: row(null, 'very-high') }), []);
  });
  it('priority 6: suspension Very High; Very Low does not', () => {
    assert.deepEqual(areas('2022', { susp: row(null, 'very-high') }), [6]);
    assert.deepEqual(areas('2022', { susp: row(null, 'very-low') }), []);
  });
  it('n-size: 30 for a status criterion, 15 for Foster Youth and Homeless', () => {
    assert.deepEqual(areas('2022', { chronic: row(null, 'very-high', 30) }), [5]);
    assert.deepEqual(areas('2022', { chronic: row(null, 'very-high', 29) }), []);
    assert.deepEqual(areas('2022', { chronic: row(null, 'very-high', 15) }, 'FOS'), [5]);
    assert.deepEqual(areas('2022', { chronic: row(null, 'very-high', 14) }, 'FOS'), []);
    assert.deepEqual(areas('2022', { susp: row(null, 'very-high', 15) }, 'HOM'), [6]);
    assert.deepEqual(areas('2022', { susp: row(null, 'very-high', null) }, 'HOM'), []);
  });
  it('ELPI Very Low for EL meets priority 4; no College/Career criterion (no P8 in 2022)', () => {
    assert.deepEqual(areas('2022', { elpi: row(null, 'very-low') }, 'EL'), [4]);
    assert.deepEqual(areas('2022', { cci: row('red', 'very-low') }), []);
  });
});

describe('DA 2023: College/Career by status (Very Low was the proxy for Red)', () => {
  it('CCI Very Low with n ≥ 30 meets priority 8; Low, or 29 students, does not', () => {
    assert.deepEqual(areas('2023', { cci: row(null, 'very-low', 30) }), [8]);
    assert.deepEqual(areas('2023', { cci: row(null, 'low', 300) }), []);
    assert.deepEqual(areas('2023', { cci: row(null, 'very-low', 29) }), []);
  });
});

describe('DA: the LEA verdict', () => {
  it('eligible when one student group meets two or more areas', () => {
    const r = daEligibility(input('2024', { SWD: { ela: row('red'), math: row('red'), chronic: row('red') }, HI: { susp: row('red') } }));
    assert.equal(r.eligible, true);
    assert.deepEqual(r.groups, { HI: [6], SWD: [4, 5] });
    assert.deepEqual(r.qualifyingGroups, ['SWD']);
    assert.equal(r.year, '2024');
  });
  it('not eligible when the areas are spread over different groups (one each)', () => {
    const r = daEligibility(input('2024', { SWD: { chronic: row('red') }, HI: { susp: row('red') }, EL: { elpi: row('red') } }));
    assert.equal(r.eligible, false);
    assert.deepEqual(r.qualifyingGroups, []);
  });
  it('All Students never counts, nor groups that are not accountability groups (EO)', () => {
    const bad: Rows = { ela: row('red'), math: row('red'), chronic: row('red'), susp: row('red') };
    const r = daEligibility(input('2024', { ALL: bad, EO: bad }));
    assert.equal(r.eligible, false);
    assert.deepEqual(r.groups, {});
  });
  it('2017f is the 2017 Dashboard; 2020 and 2021 had no determination; after 2024 the 2024 rule', () => {
    assert.equal(daEligibility(input('2017f', { EL: { elpi: row('red') } })).year, '2017');
    const covid = daEligibility(input('2020', { SWD: { grad: row('red'), susp: row('red') } }));
    assert.deepEqual([covid.eligible, covid.groups], [false, {}]);
    assert.deepEqual(areas('2025', { elpi: row('red') }, 'LTEL'), [4]);
  });
  it('reasons in words, English and Spanish', () => {
    const r = daEligibility(input('2024', { SWD: { ela: row('red'), math: row('red'), chronic: row('red') } }));
    assert.deepEqual(daReasonSentences(r, 'en'), ['Students with Disabilities: ELA and Math Red (priority 4) and chronic absenteeism Red (priority 5)']);
    assert.deepEqual(daReasonSentences(r, 'es'), ['Estudiantes con discapacidades: ELA y Matemáticas en Rojo (prioridad 4) y ausentismo crónico en Rojo (prioridad 5)']);
    const mixed = daEligibility(input('2022', { FOS: { ela: row(null, 'very-low', 40), math: row(null, 'very-low', 40), susp: row(null, 'very-high', 40) } }));
    assert.deepEqual(daReasonSentences(mixed, 'en'), ['Foster Youth: ELA and Math Very Low (priority 4) and suspension rate Very High (priority 6)']);
    const orange = daEligibility(input('2024', { HI: { ela: row('orange'), math: row('red') } }));
    assert.deepEqual(daReasonSentences(orange, 'en'), ['Hispanic: ELA Orange and Math Red (priority 4)']);
    assert.match(daVerdictSentence(r, 'en'), /^Eligible for differentiated assistance \(2024 Dashboard\): Students with Disabilities meets/);
    assert.match(daVerdictSentence(orange, 'es'), /^No reúne los requisitos/);
  });
});

describe('daFromRecords', () => {
  const rec = (cds: string, year: string, group: string, indicator: CountyIndicator, color: DashboardColor | null, extra: Partial<DashboardRecord> = {}): DashboardRecord => ({
    cds,
    rtype: 'D',
    name: 'Test LEA',
    indicator,
    year,
    group,
    n: 50,
    priorN: 48,
    status: 1,
    change: 0.5,
    statusLevel: null,
    changeLevel: null,
    color,
    colorSource: 'file',
    ...extra,
  });
  it('builds one LEA-year from the long table (2017f = 2017) and reads the county-office flag', () => {
    const records = [
      rec('27661590000000', '2017f', 'EL', 'elpi', 'red'),
      rec('27661590000000', '2018', 'EL', 'grad', 'red'),
      rec('27102720000000', '2017f', 'EL', 'elpi', 'blue', { coe: true }),
    ];
    const d = daFromRecords(records, '27661590000000', '2017');
    assert.ok(d);
    assert.equal(d.leaType, 'district');
    assert.deepEqual(Object.keys(d.groups), ['EL']);
    assert.deepEqual(Object.keys(d.groups.EL!), ['elpi']);
    assert.equal(d.groups.EL!.elpi!.priorN, 48);
    assert.equal(daFromRecords(records, '27102720000000', '2017f')!.leaType, 'coe');
    assert.equal(daFromRecords(records, '27661590000000', '2024'), null);
  });
});
