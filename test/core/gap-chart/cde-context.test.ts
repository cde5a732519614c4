import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gapChartWidget, isDashboardFile, loadText, normalizeCds, normalizeGapOptions, readDashboardFile, type GapModel, type GapOptionsInput } from '../../../packages/core/src/index.js';

// Layouts from the CDE files quoted in ../shared/conformance (fileExcerpts) and
// ../shared/reference/dashboard-real-rows.md; expected levels worked out by hand from that page.
const tsv = (lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
const analyse = async (text: string, o: GapOptionsInput) => gapChartWidget.analyse(await loadText(text), normalizeGapOptions(o));
const by = (model: GapModel, code: string) => model.groups.find((g) => g.code === code)!;

// graddownload2018.txt's columns (statewide file, tab-delimited).
const GRAD18 = ['cds', 'rtype', 'schoolname', 'districtname', 'countyname', 'charter_flag', 'coe_flag', 'dass_flag', 'studentgroup', 'currnumer', 'currdenom', 'currstatus', 'priornumer', 'priordenom', 'priorstatus', 'safetynet', 'change', 'statuslevel', 'changelevel', 'color', 'box', 'reportingyear'];

describe('the reader gives each row its file year and entity, and the model follows their rules', () => {
  it('a 2018 graduation file: 67.0 is Low (2018 cut), with the file’s colour agreeing', async () => {
    // 67.0 Low; +1.0 Increased; n 300 ≥ 150; Low × Increased = Yellow (code 3); box 10 × (5 × 3 + 4) = 190.
    const text = tsv([GRAD18, ['33672150000000', 'D', '', 'Riverside Unified', 'Riverside', '', '', '', 'ALL', '201', '300', '67.0', '198', '300', '66.0', 'N', '1.0', '2', '4', '3', '190', '2018']]);
    const g = (await analyse(text, { indicator: 'grad' })).groups[0]!;
    assert.deepEqual([g.statusLevel, g.changeLevel, g.color, g.crossCheck], ['low', 'increased', 'yellow', 'agrees']);
  });

  it('a 2018 DASS school: 75.0 is Medium by the DASS cuts (Low by the normal ones)', async () => {
    const row = ['01100170130419', 'S', 'Alt School', 'County Office', 'Alameda', '', '', 'Y', 'ALL', '150', '200', '75.0', '150', '200', '75.0', 'N', '0.0', '', '', '', '', '2018'];
    const file = readDashboardFile((await loadText(tsv([GRAD18, row]))).value as never);
    assert.deepEqual([file.dass, file.entityType, file.rows[0]!.dashboard!.dass], [true, 'school', true]);
    const g = (await analyse(tsv([GRAD18, row]), { indicator: 'grad' })).groups[0]!;
    assert.deepEqual([g.statusLevel, g.changeLevel, g.color], ['medium', 'maintained', 'yellow']);
  });

  it('an LEA’s Foster Youth with 20 students is coloured; a school’s is not (30 at schools)', async () => {
    const head = ['cds', 'rtype', 'schoolname', 'districtname', 'studentgroup', 'currdenom', 'currstatus', 'priordenom', 'priorstatus', 'change', 'reportingyear'];
    const lea = tsv([head, ['01611920000000', 'D', '', 'Sample Unified', 'FOS', '20', '7.0', '20', '7.0', '0.0', '2024']]);
    const school = tsv([head, ['01611920100001', 'S', 'Sample School', 'Sample Unified', 'FOS', '20', '7.0', '20', '7.0', '0.0', '2024']]);
    assert.equal((await analyse(lea, { indicator: 'chronic' })).groups[0]!.color, 'yellow'); // Medium × Maintained
    const s = (await analyse(school, { indicator: 'chronic' })).groups[0]!;
    assert.deepEqual([s.color, s.noColorReason, s.colorMinimum], [null, 'too-few-students', 30]);
  });

  it('priordenom below the minimum: no colour, said as “fewer than 30 students last year”', async () => {
    // real row ELPI 2024: n 44, prior 29, 11.4, −23.1 → colour 0.
    const head = ['cds', 'rtype', 'districtname', 'studentgroup', 'currdenom', 'currstatus', 'priordenom', 'priorstatus', 'change', 'reportingyear'];
    const text = tsv([head, ['01100170000000', 'D', 'Alameda County', 'EL', '44', '11.4', '29', '34.5', '-23.1', '2024']]);
    const g = (await analyse(text, { indicator: 'elpi' })).groups[0]!;
    assert.deepEqual([g.statusLevel, g.changeLevel, g.color, g.noColorReason], ['very-low', 'declined-significantly', null, 'too-few-students-prior-year']);
  });

  it('a year without rules: no computed colour (reason unknown-year), the file’s own colour still shown, no cross-check', async () => {
    const head = ['cds', 'rtype', 'districtname', 'studentgroup', 'currdenom', 'currstatus', 'priorstatus', 'change', 'color', 'reportingyear'];
    const text = tsv([head, ['01611920000000', 'D', 'Sample Unified', 'ALL', '500', '7.0', '7.0', '0.0', '', '2016'], ['01611920000000', 'D', 'Sample Unified', 'EL', '500', '7.0', '7.0', '0.0', '4', '2016']]);
    const model = await analyse(text, { indicator: 'chronic' });
    assert.deepEqual([by(model, 'ALL').color, by(model, 'ALL').noColorReason], [null, 'unknown-year']);
    assert.deepEqual([by(model, 'EL').color, by(model, 'EL').colorSource, by(model, 'EL').crossCheck], ['green', 'file', null]);
  });

  it('reads currnsizemet/priornsizemet, smalldenom/safetynet, certifyflag, charter and COE flags, hscutpoints, type and box', async () => {
    const head = ['cds', 'rtype', 'districtname', 'charter_flag', 'coe_flag', 'studentgroup', 'currdenom', 'currstatus', 'change', 'type', 'certifyflag', 'currnsizemet', 'priornsizemet', 'smalldenom', 'box', 'reportingyear'];
    const text = tsv([head, ['27102720000000', 'D', 'Monterey County Office', 'Y', 'Y', 'ALL', '120', '5.0', '0.0', 'HD', 'N', 'Y', 'N', 'Y', '0', '2018']]);
    const file = readDashboardFile((await loadText(text)).value as never);
    assert.deepEqual(file.rows[0]!.dashboard, { year: '2018', entityType: 'lea', coe: true, charter: true, certified: false, currNSizeMet: true, priorNSizeMet: false, safetyNet: true, suspensionTable: 'HD', box: 0 });
    assert.deepEqual([file.coe, file.charter, file.suspensionTable], [true, true, 'HD']);
    assert.equal((await analyse(text, { indicator: 'susp' })).groups[0]!.noColorReason, 'too-few-students-prior-year');
  });
});

describe('the fall 2017 ELPI layout and CDS codes', () => {
  // elpidownload2017f.txt: no studentgroup column, every row is English Learners.
  const ELPI17 = ['cds', 'rtype', 'schoolname', 'districtname', 'countyname', 'charter_flag', 'coe_flag', 'currtesters', 'currnumer', 'currdenom', 'currstatus', 'priornumer', 'priordenom', 'priorstatus', 'change', 'statuslevel', 'changelevel', 'color', 'box', 'flag50pct', 'nsize_met', 'reportingyear'];
  const row = ['33672150000000', 'D', '', 'Riverside Unified', 'Riverside', '', '', '5829', '4767', '6596', '72.3', '4880', '6681', '73.0', '-0.8', '3', '3', '3', '130', '', 'Y', '2017f'];

  it('is recognised and read as one English Learner row (72.3 Medium by the 2017 cuts, −0.8 Maintained, Yellow)', async () => {
    const loaded = await loadText(tsv([ELPI17, row]));
    assert.equal(isDashboardFile(loaded.value as never), true);
    const file = readDashboardFile(loaded.value as never);
    assert.deepEqual([file.layout, file.rows[0]!.group, file.rows[0]!.dashboard!.currNSizeMet], ['elpi-2017f', 'EL', true]);
    const g = (await analyse(tsv([ELPI17, row]), { indicator: 'elpi', cds: '3367215' })).groups[0]!;
    assert.deepEqual([g.code, g.statusLevel, g.changeLevel, g.color, g.crossCheck], ['EL', 'medium', 'maintained', 'yellow', 'agrees']);
  });

  it('a 7-digit county-district code (or the same padded with zeros) names the LEA; a 13-digit code lost its leading zero', () => {
    assert.equal(normalizeCds('3367215'), '33672150000000');
    assert.equal(normalizeCds('00000003367215'), '33672150000000');
    assert.equal(normalizeCds(161119), '01611190000000');
    assert.equal(normalizeCds('1611190000000'), '01611190000000');
    assert.equal(normalizeCds('0'), '00000000000000');
    assert.equal(normalizeCds('33-67215-0000000'), '33672150000000');
  });
});

describe('plain rows: the year and entity type come from options (a file’s own win)', () => {
  const rows = [
    { group: 'ALL', value: 90.2, prior: 90.2, n: 500 },
    { group: 'FOS', value: 90.2, prior: 90.2, n: 20 },
  ];
  it('default: the latest rules at the LEA level (90.2 Medium; Foster Youth 20 ≥ 15 coloured)', () => {
    const model = gapChartWidget.analyse({ value: rows, format: 'objects', firstRow: 1 }, normalizeGapOptions({ indicator: 'grad' }));
    assert.deepEqual([by(model, 'ALL').statusLevel, by(model, 'ALL').color, by(model, 'FOS').color], ['medium', 'yellow', 'yellow']);
  });
  it('dashboardYear 2018: 90.2 High; entityType school: Foster Youth 20 < 30 uncoloured', () => {
    const model = gapChartWidget.analyse({ value: rows, format: 'objects', firstRow: 1 }, normalizeGapOptions({ indicator: 'grad', dashboardYear: '2018', entityType: 'school' }));
    assert.deepEqual([by(model, 'ALL').statusLevel, by(model, 'ALL').color, by(model, 'FOS').noColorReason], ['high', 'green', 'too-few-students']);
  });
  it('a year or entity type it does not know is an option error naming the option', () => {
    assert.throws(() => normalizeGapOptions({ dashboardYear: '2016' }), (e: Error & { problems?: Array<{ field: string }> }) => e.problems?.[0]?.field === 'dashboardYear');
    assert.throws(() => normalizeGapOptions({ entityType: 'county' }), (e: Error & { problems?: Array<{ field: string }> }) => e.problems?.[0]?.field === 'entityType');
    assert.equal(normalizeGapOptions({ dashboardYear: '2023-24' }).dashboardYear, '2024');
  });
});
