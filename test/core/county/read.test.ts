import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectIndicator, detectYear, parseDelimited, readDashboardFiles, type DashboardRecord } from '../../../packages/core/src/index.js';

// Small files in the shape of CDE's Dashboard downloads (column names from the record layouts,
// ../shared/reference/dashboard.md §6). Expected values are read off the rows by hand: file codes
// 1 = worst … 5 = best (so chronic statuslevel 2 = High), color 1 Red … 5 Blue, 0 = none.

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';

const CHRONIC_HEADER = ['cds', 'rtype', 'schoolname', 'districtname', 'countyname', 'charter_flag', 'coe_flag', 'dass_flag', 'studentgroup', 'currdenom', 'currstatus', 'priordenom', 'change', 'statuslevel', 'changelevel', 'color', 'reportingyear'];
const CHRONIC_2024 = tsv([
  CHRONIC_HEADER,
  ['27661590000000', 'D', '', 'Salinas Union High', 'Monterey', '', '', '', 'ALL', '14000', '22.5', '13800', '-3.4', '1', '4', '2', '2024'], // row 2
  ['27661590000000', 'D', '', 'Salinas Union High', 'Monterey', '', '', '', 'SWD', '1700', '31.0', '1650', '0.6', '1', '2', '1', '2024'], // row 3
  ['27661590000000', 'D', '', 'Salinas Union High', 'Monterey', '', '', '', 'PI', '*', '*', '9', '', '0', '0', '0', '2024'], // row 4
  ['27661592730109', 'S', 'Alisal High', 'Salinas Union High', 'Monterey', 'Y', '', 'Y', 'ALL', '2500', '15.0', '2480', '-1.0', '2', '3', '3', '2024'], // row 5
  ['27661590000000', 'D', '', 'Salinas Union High', 'Monterey', '', '', '', 'HI', '12000', 'abc', '11900', '-3.0', '1', '4', '2', '2024'], // row 6: bad number
  ['2.76605e+13', 'D', '', 'Salinas Union High', 'Monterey', '', '', '', 'AA', '90', '30.0', '95', '1.0', '1', '2', '1', '2024'], // row 7: CDS mangled
  ['27661590000000', 'D', '', 'Salinas Union High', 'Monterey', '', '', '', 'WH', '300', '12.0', '310', '-1.0', '2', '3', '7', '2024'], // row 8: colour code 7
  ['27661590000000', 'D', '', 'Salinas Union High', 'Monterey', '', '', '', 'SWD', '1700', '31.0', '1650', '0.6', '1', '2', '1', '2024'], // row 9: duplicate
]);

const byKey = (records: DashboardRecord[], cds: string, group: string) => records.find((r) => r.cds === cds && r.group === group);

describe('readDashboardFiles: a tab-delimited CDE file', () => {
  const result = readDashboardFiles([{ name: 'chronicdownload2024.txt', text: CHRONIC_2024 }]);
  const file = result.files[0]!;

  it('tells the indicator and year, and keeps the good rows', () => {
    assert.equal(file.indicator, 'chronic');
    assert.deepEqual(file.years, ['2024']);
    assert.equal(file.rows, 8);
    assert.equal(file.records, 4);
    assert.equal(file.rejected, 4);
    assert.equal(file.failed, false);
  });

  it('reads levels and colour from the file codes (lower is better: statuslevel 1 = Very High)', () => {
    const all = byKey(result.records, '27661590000000', 'ALL')!;
    assert.equal(all.statusLevel, 'very-high');
    assert.equal(all.changeLevel, 'declined'); // change code 4 of lower-is-better = Declined
    assert.equal(all.color, 'orange');
    assert.equal(all.colorSource, 'file');
    assert.equal(all.n, 14000);
    assert.equal(all.priorN, 13800);
    assert.equal(all.status, 22.5);
    assert.equal(all.change, -3.4);
    assert.equal(all.rtype, 'D');
    assert.equal(all.name, 'Salinas Union High');
    assert.equal(all.countyName, 'Monterey');
    assert.equal(all.charter, false);
    const swd = byKey(result.records, '27661590000000', 'SWD')!;
    assert.deepEqual([swd.statusLevel, swd.changeLevel, swd.color], ['very-high', 'increased', 'red']);
  });

  it('reads a school row with its own name and flags', () => {
    const school = byKey(result.records, '27661592730109', 'ALL')!;
    assert.equal(school.rtype, 'S');
    assert.equal(school.name, 'Alisal High');
    assert.equal(school.districtName, 'Salinas Union High');
    assert.equal(school.charter, true);
    assert.equal(school.dass, true);
    assert.equal(school.coe, false);
    assert.equal(school.color, 'yellow');
  });

  it('keeps a "*" (privacy) row with no n, status or level', () => {
    const pi = byKey(result.records, '27661590000000', 'PI')!;
    assert.deepEqual([pi.n, pi.status, pi.change, pi.statusLevel, pi.color], [null, null, null, null, null]);
  });

  it('names the file and the row of each bad row', () => {
    const byCode = Object.fromEntries(file.problems.map((p) => [p.code, p]));
    assert.equal(byCode['not-number']!.row, 6);
    assert.equal(byCode['not-number']!.field, 'currstatus');
    assert.equal(byCode['not-number']!.file, 'chronicdownload2024.txt');
    assert.equal(byCode['not-number']!.message.en, 'chronicdownload2024.txt, row 6: currstatus “abc” is not a number; the row is skipped.');
    assert.match(byCode['not-number']!.message.es, /^chronicdownload2024\.txt, fila 6: currstatus “abc” no es un número/);
    assert.equal(byCode['bad-cds']!.row, 7);
    assert.equal(byCode['not-code']!.row, 8);
    assert.equal(byCode['not-code']!.field, 'color');
    assert.equal(byCode.duplicate!.row, 9);
  });
});

describe('readDashboardFiles: several files, indicators and years', () => {
  const elpiCsv = [
    'cds,rtype,schoolname,districtname,countyname,studentgroup,currdenom,currstatus,priordenom,change,reportingyear',
    '1611190000000,D,,Alameda Unified,Alameda,English Learner,100,45.0,120,-3.0,2024',
    '1611190000000,D,,Alameda Unified,Alameda,Long-Term English Learner,12,50.0,25,1.0,2024',
    '"1611190000000",D,,"Alameda Unified, ""AUSD""",Alameda,English Learner,100,45.0,120,-3.0,2023',
  ].join('\n');
  const grad2017 = tsv([
    ['cds', 'rtype', 'schoolname', 'districtname', 'countyname', 'studentgroup', 'currdenom', 'currstatus', 'priordenom', 'change', 'statuslevel', 'changelevel', 'color'],
    ['33672150000000', 'D', '', 'Riverside Unified', 'Riverside', 'SWD', '225', '54.3', '203', '-11.7', '1', '1', '1'],
  ]);
  const susp = tsv([
    ['cds', 'rtype', 'districtname', 'studentgroup', 'currdenom', 'currstatus', 'change', 'type', 'indicator', 'reportingyear', 'color'],
    ['27661590000000', 'D', 'Salinas Union High', 'ALL', '15000', '5.0', '0.1', 'HD', 'SUSP', '2023', '3'],
  ]);
  const ela = tsv([
    ['cds', 'rtype', 'districtname', 'studentgroup', 'currdenom', 'currstatus', 'change', 'hscutpoints', 'reportingyear', 'color'],
    ['27661590000000', 'D', 'Salinas Union High', 'ALL', '3000', '-20.0', '4.0', 'Y', '2024', '3'],
    ['27661590000000', 'D', 'Salinas Union High', 'EL', '1000', '-90.0'], // truncated last line
  ]);
  const result = readDashboardFiles([
    { name: 'elpidownload2024.csv', text: elpiCsv },
    { name: 'notes.txt', text: 'cds\tstudentgroup\tcurrdenom\tcurrstatus\n01611190000000\tALL\t10\t5\n' },
    { name: 'graddownload2017f.txt', text: grad2017 },
    { name: 'sciencedownload2024.txt', text: 'cds\tstudentgroup\tcurrdenom\tcurrstatus\n01611190000000\tALL\t10\t5\n' },
    { name: 'download.txt', text: susp },
    { name: 'ELA_2024.txt', text: ela },
    { name: 'mathdownload2024.txt', text: 'cds\tstudentgroup\tcurrstatus\n01611190000000\tALL\t5\n' },
    { name: 'emptydownload.txt', text: '' },
  ]);
  const report = (name: string) => result.files.find((f) => f.name === name)!;

  it('reads a CSV re-save: lost leading zero put back, group names read as codes, quoted fields', () => {
    assert.equal(report('elpidownload2024.csv').indicator, 'elpi');
    assert.deepEqual(report('elpidownload2024.csv').years, ['2023', '2024']);
    const el = result.records.find((r) => r.indicator === 'elpi' && r.group === 'EL' && r.year === '2024')!;
    assert.equal(el.cds, '01611190000000');
    assert.equal(result.records.some((r) => r.group === 'LTEL'), true);
    assert.equal(result.records.find((r) => r.year === '2023' && r.indicator === 'elpi')!.name, 'Alameda Unified, "AUSD"');
  });

  it('computes the colour when the file has none (ELPI 45.0 Medium, −3.0 Declined → Orange)', () => {
    const el = result.records.find((r) => r.indicator === 'elpi' && r.group === 'EL' && r.year === '2024')!;
    assert.deepEqual([el.statusLevel, el.changeLevel, el.color, el.colorSource], ['medium', 'declined', 'orange', 'computed']);
    const ltel = result.records.find((r) => r.group === 'LTEL')!; // n 12: below every colour minimum (30; 15 for LEA-level LTEL in 2024)
    assert.deepEqual([ltel.color, ltel.colorSource], [null, 'none']);
  });

  it('takes the year from the file name (2017f) and the indicator from the indicator column', () => {
    assert.deepEqual(report('graddownload2017f.txt').years, ['2017f']);
    assert.equal(result.records.find((r) => r.indicator === 'grad')!.color, 'red');
    assert.equal(report('download.txt').indicator, 'susp');
    const s = result.records.find((r) => r.indicator === 'susp')!;
    assert.equal(s.suspensionType, 'HD');
    assert.equal(s.year, '2023');
    assert.equal(result.records.find((r) => r.indicator === 'ela')!.hsCutPoints, true);
  });

  it('reports an unusable file by name and goes on with the others', () => {
    assert.equal(report('notes.txt').failed, true);
    assert.equal(report('notes.txt').problems[0]!.code, 'no-indicator');
    assert.equal(report('sciencedownload2024.txt').problems[0]!.code, 'other-indicator');
    assert.equal(report('mathdownload2024.txt').problems[0]!.code, 'missing-column');
    assert.equal(report('mathdownload2024.txt').problems[0]!.field, 'currdenom');
    assert.equal(report('emptydownload.txt').failed, true);
    assert.equal(result.records.filter((r) => r.cds === '01611190000000' && r.group === 'ALL').length, 0);
  });

  it('rejects a truncated last line, naming file and row', () => {
    const p = report('ELA_2024.txt').problems[0]!;
    assert.equal(p.code, 'short-row');
    assert.equal(p.row, 3);
    assert.equal(p.message.en, 'ELA_2024.txt, row 3: 6 of the header\'s 10 fields (a truncated file or a broken line); the row is skipped.');
    assert.equal(report('ELA_2024.txt').records, 1);
  });
});

describe('readDashboardFiles: rows loaded elsewhere, county filter, encoding', () => {
  it('reads row objects (any column case) and counts rows from firstRow', () => {
    const rows = [
      { CDS: 27661590000000, RType: 'D', DistrictName: 'Salinas Union High', StudentGroup: 'ALL', CurrDenom: 100, CurrStatus: 5.5, Change: -0.5, Color: 4, ReportingYear: 2024 },
      { CDS: 1611190000000, RType: 'D', DistrictName: 'Alameda Unified', StudentGroup: 'ALL', CurrDenom: 'x', CurrStatus: 5, Change: 0, Color: 4, ReportingYear: 2024 },
    ];
    const r = readDashboardFiles([{ name: 'suspdownload2024.txt', rows, firstRow: 1 }]);
    assert.equal(r.records.length, 1);
    assert.equal(r.records[0]!.cds, '27661590000000');
    assert.equal(r.records[0]!.color, 'green');
    assert.equal(r.records[0]!.year, '2024');
    assert.equal(r.problems[0]!.row, 2);
    assert.equal(r.problems[0]!.field, 'currdenom');
  });
  it('keeps one county with `county`', () => {
    const r = readDashboardFiles([{ name: 'chronicdownload2024.txt', text: CHRONIC_2024 }], { county: '01' });
    assert.equal(r.records.length, 0);
    // Seven rows of county 27 are left out; the row whose CDS is mangled is rejected (its county is unknown).
    assert.equal(r.files[0]!.skipped, 7);
    assert.equal(r.files[0]!.rejected, 1);
  });
  it('warns when the text holds undecodable characters (a Windows-1252 file read as UTF-8)', () => {
    const text = tsv([CHRONIC_HEADER, ['27661590000000', 'D', '', 'Pe\uFFFDa Unified', 'Monterey', '', '', '', 'ALL', '100', '5.0', '100', '0', '4', '3', '3', '2024']]);
    const r = readDashboardFiles([{ name: 'chronicdownload2024.txt', text }]);
    assert.equal(r.records.length, 1);
    assert.equal(r.problems.at(-1)!.code, 'encoding');
  });
});

describe('readDashboardFiles: bytes', () => {
  const header = 'cds\trtype\tdistrictname\tstudentgroup\tcurrdenom\tcurrstatus\tchange\tcolor\treportingyear\n';
  it('reads Windows-1252 bytes (0xF1 = ñ) and says so; UTF-8 bytes without a note', () => {
    const line = '27661590000000\tD\tPe\u00f1a Unified\tALL\t100\t5.0\t0.1\t3\t2018\n';
    const cp1252 = Uint8Array.from([...header + line].map((ch) => ch.charCodeAt(0))); // ñ is 0xF1 in Windows-1252
    const r = readDashboardFiles([{ name: 'suspdownload2018.txt', bytes: cp1252 }]);
    assert.equal(r.records[0]!.name, 'Peña Unified');
    assert.deepEqual(r.problems.map((p) => p.code), ['windows-1252']);
    const utf8 = readDashboardFiles([{ name: 'suspdownload2018.txt', bytes: new TextEncoder().encode(header + line) }]);
    assert.equal(utf8.records[0]!.name, 'Peña Unified');
    assert.deepEqual(utf8.problems, []);
  });
});

describe('file names and delimited text', () => {
  it('detects indicator and year from CDE names', () => {
    assert.equal(detectIndicator('chronicdownload2024.txt').indicator, 'chronic');
    assert.equal(detectIndicator('SUSPENSION_2024.txt').indicator, 'susp');
    assert.equal(detectIndicator('data/2017/ccidownload2017f.txt').indicator, 'cci');
    assert.equal(detectIndicator('whatever.txt', 'CHRO').indicator, 'chronic');
    assert.equal(detectIndicator('sciencedownload2024.txt').other, 'science');
    assert.equal(detectYear('graddownload2017f.txt'), '2017f');
    assert.equal(detectYear('ELA_2024.txt'), '2024');
    assert.equal(detectYear('eladownload.txt'), null);
  });
  it('parses quotes, doubled quotes, CRLF and a BOM; rows keep their line', () => {
    const p = parseDelimited('\uFEFFa,b\r\n1,"x, ""y"""\r\n\r\n2,"multi\nline"\n3,z');
    assert.deepEqual(p.header, ['a', 'b']);
    assert.deepEqual(p.rows, [['1', 'x, "y"'], ['2', 'multi\nline'], ['3', 'z']]);
    assert.deepEqual(p.lines, [2, 4, 6]);
  });
});
