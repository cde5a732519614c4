import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildEntityDocuments,
  entityHierarchy,
  equityCounts,
  suppressRecords,
  type CountyIndicator,
  type DashboardColor,
  type DashboardRecord,
} from '../../../packages/core/src/index.js';

// Hand-built long tables; expectations worked out from the privacy rule (groups of 10 or fewer
// never shown nor derivable: ../shared/DESIGN.md, brief) and the CDS layout (county 2 + district 5
// + school 7 digits), not from the code's output.

const rec = (over: Partial<DashboardRecord> & Pick<DashboardRecord, 'group'>): DashboardRecord => ({
  cds: '27661590000000',
  rtype: 'D',
  name: 'Salinas Union High',
  indicator: 'chronic',
  year: '2024',
  n: 100,
  priorN: 100,
  status: 10,
  change: 0,
  statusLevel: null,
  changeLevel: null,
  color: null,
  colorSource: 'file',
  ...over,
});
const groupsOf = (records: readonly DashboardRecord[]) => records.map((r) => r.group).sort();

describe('suppression', () => {
  it('removes groups of 10 or fewer (10 removed, 11 kept) and rows with no n', () => {
    const r = suppressRecords([rec({ group: 'SWD', n: 10 }), rec({ group: 'SED', n: 11 }), rec({ group: 'FOS', n: null })]);
    assert.deepEqual(groupsOf(r.records), ['SED']);
    assert.equal(r.suppressed, 2);
  });

  it('complementary: one race hidden and the rest plus All Students shown → the next smallest race is hidden too', () => {
    // 8 + 30 + 40 + 50 + 60 + 12 = 200 = All Students: AA would be 200 − 192 = 8.
    const cell = [
      rec({ group: 'ALL', n: 200 }),
      rec({ group: 'AA', n: 8 }),
      rec({ group: 'AI', n: 30 }),
      rec({ group: 'AS', n: 40 }),
      rec({ group: 'FI', n: 50 }),
      rec({ group: 'HI', n: 60 }),
      rec({ group: 'WH', n: 12 }),
      rec({ group: 'SWD', n: 15 }),
    ];
    const r = suppressRecords(cell);
    assert.deepEqual(groupsOf(r.records), ['AI', 'ALL', 'AS', 'FI', 'HI', 'SWD']);
    assert.equal(r.suppressed, 1);
    assert.equal(r.complementary, 1);
  });

  it('two races already hidden: nothing more to hide; an empty group (n 0) gives no one away', () => {
    const two = suppressRecords([rec({ group: 'ALL', n: 100 }), rec({ group: 'AA', n: 8 }), rec({ group: 'PI', n: 5 }), rec({ group: 'HI', n: 87 })]);
    assert.deepEqual(groupsOf(two.records), ['ALL', 'HI']);
    const zero = suppressRecords([rec({ group: 'ALL', n: 100 }), rec({ group: 'PI', n: 0 }), rec({ group: 'HI', n: 60 }), rec({ group: 'WH', n: 40 })]);
    assert.deepEqual(groupsOf(zero.records), ['ALL', 'HI', 'WH']);
  });

  it('English learners: EL = EL only + RFEP, so a hidden RFEP hides EL only as well', () => {
    const r = suppressRecords([rec({ group: 'EL', n: 50 }), rec({ group: 'ELO', n: 45 }), rec({ group: 'RFP', n: 5 })]);
    assert.deepEqual(groupsOf(r.records), ['EL']);
  });

  it('the only race present is hidden → All Students is hidden (it would equal it)', () => {
    const r = suppressRecords([rec({ group: 'ALL', n: 20 }), rec({ group: 'AA', n: 8 }), rec({ group: 'SED', n: 20 })]);
    assert.deepEqual(groupsOf(r.records), ['SED']);
  });

  it('partitions are per entity, indicator and year', () => {
    const r = suppressRecords([rec({ group: 'ALL', n: 100 }), rec({ group: 'AA', n: 8 }), rec({ group: 'HI', n: 92, indicator: 'susp' })]);
    // chronic: AA hidden, no other race → ALL hidden; suspension's HI is another cell.
    assert.deepEqual(groupsOf(r.records), ['HI']);
  });

  it("last year's n: a prior n of 10 or fewer, or a prior record hidden, removes priorN and change", () => {
    const r = suppressRecords([
      rec({ group: 'SWD', year: '2024', n: 40, priorN: 9, change: 3 }),
      // 2023: WH hidden as the complement of AA; 2024 WH would give 2023's n back through priorN.
      rec({ group: 'ALL', year: '2023', n: 100 }),
      rec({ group: 'AA', year: '2023', n: 8 }),
      rec({ group: 'WH', year: '2023', n: 40 }),
      rec({ group: 'HI', year: '2023', n: 52 }),
      rec({ group: 'WH', year: '2024', n: 45, priorN: 40, change: -1 }),
      rec({ group: 'HI', year: '2024', n: 55, priorN: 52, change: 2 }),
    ]);
    const by = (g: string, y: string) => r.records.find((x) => x.group === g && x.year === y);
    assert.deepEqual([by('SWD', '2024')!.priorN, by('SWD', '2024')!.change], [null, null]);
    assert.equal(by('WH', '2023'), undefined);
    assert.deepEqual([by('WH', '2024')!.priorN, by('WH', '2024')!.change], [null, null]);
    assert.deepEqual([by('HI', '2024')!.priorN, by('HI', '2024')!.change], [52, 2]);
    assert.equal(r.priorRemoved, 2);
  });
});

const COUNTY = [
  rec({ cds: '27102720000000', name: 'Monterey County Office of Education', group: 'ALL', coe: true, countyName: 'Monterey' }),
  rec({ cds: '27661590000000', group: 'ALL', countyName: 'Monterey' }),
  rec({ cds: '27661592730109', rtype: 'S', name: 'Alisal High', districtName: 'Salinas Union High', group: 'ALL' }),
  rec({ cds: '27661590124487', rtype: 'S', name: 'Mission Charter', districtName: 'Salinas Union High', group: 'ALL', charter: true }),
  // A school whose district has no rows of its own.
  rec({ cds: '27754732730000', rtype: 'S', name: 'Gonzales High', districtName: 'Gonzales Unified', group: 'ALL', countyName: 'Monterey' }),
];

describe('entity hierarchy', () => {
  const h = entityHierarchy(COUNTY);
  it('county → LEAs (county office marked) → schools (charters marked), from the CDS codes', () => {
    assert.deepEqual(h.counties.map((c) => [c.cds, c.name]), [['27000000000000', 'Monterey']]);
    const county = h.counties[0]!;
    assert.deepEqual(county.children.map((c) => [c.cds, c.kind]), [
      ['27754730000000', 'district'], // Gonzales Unified (made from its school's row)
      ['27102720000000', 'coe'],
      ['27661590000000', 'district'],
    ]);
    const salinas = h.byCds.get('27661590000000')!;
    assert.deepEqual(salinas.children.map((c) => [c.name, c.kind, c.parent]), [
      ['Alisal High', 'school', '27661590000000'],
      ['Mission Charter', 'charter', '27661590000000'],
    ]);
    assert.equal(h.byCds.get('27754730000000')!.name, 'Gonzales Unified');
    assert.equal(h.byCds.get('27661590000000')!.parent, '27000000000000');
  });
});

describe('equity counts', () => {
  it('counts the student groups with a colour and those in Red or Orange (All Students and EO not counted)', () => {
    const c = (group: string, color: DashboardColor | null, indicator: CountyIndicator = 'chronic') => rec({ group, color, indicator });
    const counts = equityCounts([c('ALL', 'red'), c('EO', 'red'), c('SWD', 'red'), c('HI', 'orange'), c('WH', 'orange'), c('AS', 'blue'), c('FOS', null), c('SWD', 'yellow', 'ela')]);
    assert.equal(counts.length, 2);
    const chronic = counts.find((x) => x.indicator === 'chronic')!;
    assert.deepEqual([chronic.evaluated, chronic.red, chronic.orange], [4, 1, 2]);
    assert.deepEqual(chronic.colors, { red: 1, orange: 2, yellow: 0, green: 0, blue: 1 });
    const ela = counts.find((x) => x.indicator === 'ela')!;
    assert.deepEqual([ela.evaluated, ela.red, ela.orange], [1, 0, 0]);
  });
});

describe('buildEntityDocuments', () => {
  const records = [
    ...COUNTY,
    // Salinas Union High, 2024: SWD meets priorities 4 and 5; PI (n 7) is suppressed.
    rec({ group: 'SWD', indicator: 'ela', color: 'red', n: 1500 }),
    rec({ group: 'SWD', indicator: 'math', color: 'red', n: 1500 }),
    rec({ group: 'SWD', indicator: 'chronic', color: 'red', n: 1700 }),
    rec({ group: 'PI', n: 7, status: 42.9 }),
    rec({ group: 'HI', n: 50 }),
    rec({ cds: '27661592730109', rtype: 'S', name: 'Alisal High', group: 'SWD', n: 9, status: 33.3 }),
  ];
  const built = buildEntityDocuments(records, { generated: '2026-12-02T00:00:00Z', sources: ['chronicdownload2024.txt'] });
  const doc = (cds: string) => built.documents.find((d) => d.entity.cds === cds)!;

  it('one document per county, LEA and school, each listed in the index with its path', () => {
    assert.equal(built.documents.length, 7);
    assert.deepEqual(
      built.index.entities.map((e) => [e.kind, e.href]),
      [
        ['county', 'counties/27.json'],
        ['district', 'districts/2775473.json'], // Gonzales Unified, by name first
        ['school', 'schools/27754732730000.json'],
        ['coe', 'districts/2710272.json'],
        ['district', 'districts/2766159.json'],
        ['school', 'schools/27661592730109.json'],
        ['charter', 'schools/27661590124487.json'],
      ],
    );
    assert.deepEqual(built.index.years, ['2024']);
  });

  it('a district document: its records, parents, children with their paths, DA by year with the reasons', () => {
    const d = doc('27661590000000');
    assert.equal(d.format, 'outcome-kit/entity');
    assert.deepEqual(d.parents.map((p) => p.kind), ['state', 'county']);
    assert.deepEqual(d.children.map((c) => c.href), ['schools/27661592730109.json', 'schools/27661590124487.json']);
    assert.deepEqual(d.indicators, ['chronic', 'ela', 'math']);
    assert.equal(d.da!['2024']!.eligible, true);
    assert.deepEqual(d.da!['2024']!.groups, { SWD: [4, 5] });
    assert.deepEqual(d.meta, { suppressBelow: 10, sources: ['chronicdownload2024.txt'], generated: '2026-12-02T00:00:00Z' });
  });

  it('no suppressed group in any document, as a record or a child record', () => {
    const text = JSON.stringify(built.documents);
    assert.equal(text.includes('42.9'), false); // PI's status
    assert.equal(text.includes('33.3'), false); // the school's SWD status
    assert.equal(built.privacy.suppressed, 2);
    assert.equal(built.privacy.complementary, 1); // HI, the only other race of Salinas's chronic 2024
    assert.equal(doc('27661590000000').records.some((r) => r.group === 'HI'), false);
    for (const d of built.documents) for (const r of [...d.records, ...d.children.flatMap((c) => c.records)]) assert.ok(r.n !== null && r.n > 10);
  });

  it('a county document summarises its LEAs with DA; childGroups keeps child files small', () => {
    const c = doc('27000000000000');
    assert.deepEqual(c.children.map((x) => x.kind), ['district', 'coe', 'district']);
    assert.equal(c.children.find((x) => x.cds === '27661590000000')!.da!['2024']!.eligible, true);
    const small = buildEntityDocuments(records, { generated: 'x', childGroups: ['ALL'] });
    const child = small.documents.find((d) => d.entity.cds === '27000000000000')!.children.find((x) => x.cds === '27661590000000')!;
    assert.deepEqual(groupsOf(child.records), ['ALL']);
  });

  it('a higher threshold: DA reasons that would show a removed group are dropped, the verdict stays', () => {
    const hom = [rec({ group: 'HOM', indicator: 'chronic', color: 'red', n: 16 }), rec({ group: 'HOM', indicator: 'susp', color: 'red', n: 16 })];
    const built20 = buildEntityDocuments(hom, { generated: 'x', suppressBelow: 20 });
    const da = built20.documents.find((d) => d.entity.cds === '27661590000000')!.da!['2024']!;
    assert.equal(da.eligible, true);
    assert.deepEqual([da.groups, da.reasons, da.qualifyingGroups], [{}, [], []]);
    const built10 = buildEntityDocuments(hom, { generated: 'x' });
    assert.deepEqual(built10.documents.find((d) => d.entity.cds === '27661590000000')!.da!['2024']!.groups, { HOM: [5, 6] });
  });
});
