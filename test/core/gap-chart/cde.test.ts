import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  gapChartWidget,
  isDashboardFile,
  loadText,
  normalizeGapOptions,
  OutcomeError,
  readDashboardFile,
  type GapModel,
  type GapOptionsInput,
  type Loaded,
} from '../../../packages/core/src/index.js';

// Column names from ../shared/reference/dashboard.md §6; expected levels from §2–§3 and
// ../shared/reference/dashboard-real-rows.md (size rules, prior year).
const FIXTURE = readFileSync(new URL('../../../demo/public/data/cde-chronic-sample.txt', import.meta.url), 'utf8');
const tsv = (lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
const analyse = async (text: string, o: GapOptionsInput) => gapChartWidget.analyse(await loadText(text), normalizeGapOptions(o));
const by = (model: GapModel, code: string) => model.groups.find((g) => g.code === code)!;

/** Runs `fn`, expecting an OutcomeError; returns its problems. */
async function problems(fn: () => unknown) {
  try {
    await fn();
  } catch (e) {
    assert.ok(e instanceof OutcomeError, String(e));
    return e.problems;
  }
  assert.fail('expected an OutcomeError');
}

describe('CDE Dashboard file: the demo chronic absenteeism sample', () => {
  it('is recognised by its own column names; plain rows are not', async () => {
    const loaded = await loadText(FIXTURE);
    assert.equal(isDashboardFile(loaded.value as never), true);
    assert.equal(isDashboardFile([{ group: 'ALL', value: 1, n: 30 }]), false);
    assert.equal(isDashboardFile([]), false);
  });

  it('keeps one district by CDS code, names it from districtname (rtype D), and drops the “*” group', async () => {
    const model = await analyse(FIXTURE, { indicator: 'chronic', cds: '19647330000000' });
    assert.equal(model.entity, 'Example Unified');
    assert.equal(model.year, '2025');
    assert.equal(model.suppressedCount, 1);
    assert.deepEqual(model.groups.map((g) => g.code).sort(), ['AA', 'ALL', 'AS', 'EL', 'FOS', 'HI', 'HOM', 'SED', 'SWD', 'WH']);
    assert.ok(!JSON.stringify(model).includes('"PI"'));
  });

  it('reads a school by CDS code given as a number, named from schoolname (rtype S)', async () => {
    const model = await analyse(FIXTURE, { indicator: 'chronic', cds: 19647330100001 });
    assert.equal(model.entity, 'Example Elementary');
    assert.deepEqual(model.groups.map((g) => g.code).sort(), ['ALL', 'FOS', 'HI']);
    // School-level Foster Youth: 22 students < 30 (the 15 minimum is for LEAs only); the file agrees (colour 0).
    assert.deepEqual([by(model, 'FOS').color, by(model, 'FOS').noColorReason, by(model, 'FOS').colorMinimum, by(model, 'FOS').crossCheck], [null, 'too-few-students', 30, 'agrees']);
    // Hispanic: 64 students now, 28 last year < 30 → no colour; the file agrees.
    assert.deepEqual([by(model, 'HI').color, by(model, 'HI').noColorReason, by(model, 'HI').crossCheck], [null, 'too-few-students-prior-year', 'agrees']);
    // 20.0 High (10.1–20.0); −2.0 Declined; High × Declined = Yellow; the file says 3 (Yellow), 2 (High), 4 (Declined).
    assert.deepEqual([by(model, 'ALL').statusLevel, by(model, 'ALL').changeLevel, by(model, 'ALL').color, by(model, 'ALL').crossCheck], ['high', 'declined', 'yellow', 'agrees']);
  });

  it('requires a CDS code when the file holds several entities, and names a code it lacks', async () => {
    const several = await problems(() => analyse(FIXTURE, { indicator: 'chronic' }));
    assert.equal(several[0]!.code, 'several-cds');
    const none = await problems(() => analyse(FIXTURE, { indicator: 'chronic', cds: '01000000000000' }));
    assert.equal(none[0]!.message.en, 'The Dashboard file has no rows for CDS code “01000000000000”.');
  });

  it('the file’s colours agree with the reference’s cut points and lower-is-better grid', async () => {
    const model = await analyse(FIXTURE, { indicator: 'chronic', cds: '19647330000000' });
    const expect: Record<string, string> = {
      ALL: 'yellow', // 24.0 Very High, −4.9 Declined Significantly
      EL: 'yellow', // 27.9, −3.3
      SWD: 'orange', // 35.6, −1.4 Declined
      SED: 'yellow',
      HI: 'yellow',
      AA: 'red', // 38.3, +2.2 Increased
      WH: 'yellow', // 15.3 High, −3.5 Declined Significantly
      AS: 'green', // 6.2 Medium, −1.7 Declined
      HOM: 'red', // 40.4, −0.3 Maintained
    };
    for (const [code, color] of Object.entries(expect)) {
      const g = by(model, code);
      assert.deepEqual([g.color, g.colorSource, g.crossCheck], [color, 'file', 'agrees'], code);
    }
    assert.deepEqual([by(model, 'WH').statusLevel, by(model, 'AS').statusLevel, by(model, 'AA').changeLevel], ['high', 'medium', 'increased']);
  });

  it('LEA Foster Youth with 19 students (≥ 15, and 39 last year) is coloured: Very High × Declined under the safety net = Orange', async () => {
    // 42.1 Very High; −9.2 would be Declined Significantly, but 19 < 150 → Declined; VH × Declined = Orange.
    const fos = by(await analyse(FIXTURE, { indicator: 'chronic', cds: '19647330000000' }), 'FOS');
    assert.deepEqual([fos.statusLevel, fos.changeLevel, fos.color, fos.colorMinimum, fos.safetyNet, fos.crossCheck], ['very-high', 'declined', 'orange', 15, true, 'agrees']);
  });

  it('the file’s colour 0 wins over a computed colour, and the disagreement is said in words', async () => {
    // 7.0 Medium, 0.0 Maintained, 500 students: the 2024 rules give Yellow, the file gives 0.
    const text = tsv([[...HEADER, 'color'], [...D, 'ALL', '500', '7.0', '7.0', '0.0', '2024', '0']]);
    const g = (await analyse(text, { indicator: 'chronic' })).groups[0]!;
    assert.deepEqual([g.color, g.colorSource, g.noColorReason, g.crossCheck], [null, null, 'not-colored-in-file', 'differs']);
    assert.deepEqual([g.crossCheckDetail!.differs, g.crossCheckDetail!.color, g.crossCheckDetail!.year], [['color'], 'yellow', '2024']);
    assert.equal(g.crossCheckDetail!.note.en, 'CDE’s file gives No color; Outcome Kit’s 2024 rules give Yellow (Medium × Maintained). The file’s color is shown.');
    assert.equal(g.crossCheckDetail!.note.es, 'El archivo de CDE da Sin color; las reglas 2024 de Outcome Kit dan Amarillo (Medio × Se mantuvo). Se muestra el color del archivo.');
  });
});

const HEADER = ['cds', 'rtype', 'schoolname', 'districtname', 'countyname', 'studentgroup', 'currdenom', 'currstatus', 'priorstatus', 'change', 'reportingyear'];
const D = ['01611920000000', 'D', '', 'Sample Unified', 'Alameda'];

describe('CDE Dashboard file: columns and which value wins', () => {
  it('classifies with the file’s change (from unrounded statuses), never value − prior', async () => {
    // Very Low 2.5; prior 2.1; the file's change is 0.5 (Increased), while 2.5 − 2.1 = 0.4 would be Maintained.
    const text = tsv([HEADER, [...D, 'ALL', '500', '2.5', '2.1', '0.5', '2024']]);
    const g = (await analyse(text, { indicator: 'chronic' })).groups[0]!;
    assert.deepEqual([g.change, g.changeLevel, g.color, g.colorSource, g.levelSource], [0.5, 'increased', 'green', 'cut-points', 'cut-points']);
  });

  it('reads statuslevel/changelevel 1 = worst: for a lower-is-better indicator 1 is Very High and Increased Significantly', async () => {
    const text = tsv([
      [...HEADER, 'statuslevel', 'changelevel', 'color'],
      [...D, 'ALL', '500', '30.0', '25.0', '5.0', '2024', '1', '1', '1'],
      [...D, 'EL', '500', '1.0', '5.0', '-4.0', '2024', '5', '5', '5'],
    ]);
    const model = await analyse(text, { indicator: 'chronic' });
    assert.deepEqual([by(model, 'ALL').statusLevel, by(model, 'ALL').changeLevel, by(model, 'ALL').color], ['very-high', 'increased-significantly', 'red']);
    assert.deepEqual([by(model, 'EL').statusLevel, by(model, 'EL').changeLevel, by(model, 'EL').color], ['very-low', 'declined-significantly', 'blue']);
    assert.equal(by(model, 'ALL').crossCheck, 'agrees');
  });

  it('reads statuslevel/changelevel 1 = worst for a higher-is-better indicator: 1 is Very Low and Declined Significantly', async () => {
    const text = tsv([[...HEADER, 'statuslevel', 'changelevel', 'color'], [...D, 'ALL', '500', '-80.0', '-60.0', '-20.0', '2024', '1', '1', '1']]);
    const g = (await analyse(text, { indicator: 'ela' })).groups[0]!;
    assert.deepEqual([g.statusLevel, g.changeLevel, g.color, g.levelSource, g.crossCheck], ['very-low', 'declined-significantly', 'red', 'file', 'agrees']);
  });

  it('the file’s levels and colour win over the cut points; a disagreement is flagged, not hidden', async () => {
    // 24.0 is Very High by the cut points; the file says statuslevel 2 (High), colour 3 (Yellow).
    const text = tsv([[...HEADER, 'statuslevel', 'changelevel', 'color'], [...D, 'ALL', '500', '24.0', '24.0', '0.0', '2024', '2', '3', '3']]);
    const g = (await analyse(text, { indicator: 'chronic' })).groups[0]!;
    assert.deepEqual([g.statusLevel, g.changeLevel, g.color, g.crossCheck], ['high', 'maintained', 'yellow', 'differs']);
  });

  it('level code 0 or blank falls back to the cut points', async () => {
    const text = tsv([[...HEADER, 'statuslevel', 'changelevel'], [...D, 'ALL', '500', '7.0', '7.0', '0.0', '2024', '0', '']]);
    const g = (await analyse(text, { indicator: 'chronic' })).groups[0]!;
    assert.deepEqual([g.statusLevel, g.changeLevel, g.color, g.levelSource], ['medium', 'maintained', 'yellow', 'cut-points']);
  });

  it('“*” in currstatus or currdenom suppresses the group; “*” in priorstatus alone is just no prior', async () => {
    const text = tsv([
      HEADER,
      [...D, 'ALL', '500', '7.0', '7.0', '0.0', '2024'],
      [...D, 'AI', '*', '*', '*', '*', '2024'],
      [...D, 'FI', '45', '*', '6.0', '*', '2024'],
      [...D, 'MR', '*', '61.37', '6.0', '1.0', '2024'],
      [...D, 'EL', '45', '8.0', '*', '', '2024'],
    ]);
    const model = await analyse(text, { indicator: 'chronic' });
    assert.deepEqual(model.groups.map((g) => g.code).sort(), ['ALL', 'EL']);
    assert.equal(model.suppressedCount, 3);
    assert.deepEqual([by(model, 'EL').prior, by(model, 'EL').noColorReason], [null, 'no-prior-year']);
    assert.ok(!JSON.stringify(model).includes('61.37'));
  });

  it('suspension: the file’s type picks the cut-point table (ED differs from the default UD)', async () => {
    const head = [...HEADER, 'type'];
    const row = (type: string) => tsv([head, [...D, 'ALL', '500', '1.0', '1.0', '0.0', '2024', type]]);
    // ED: 1.0 is Low (0.6–1.5), Low × Maintained = Green. UD: 1.0 is Very Low (≤ 1.0), Very Low × Maintained = Blue.
    const ed = (await analyse(row('ED'), { indicator: 'susp' })).groups[0]!;
    assert.deepEqual([ed.statusLevel, ed.color], ['low', 'green']);
    const ud = (await analyse(row('UD'), { indicator: 'susp' })).groups[0]!;
    assert.deepEqual([ud.statusLevel, ud.color], ['very-low', 'blue']);
    // HD (LEA High School District), derived from 87 real rows: 1.0 is Very Low (≤ 1.4), VL × Maintained = Blue.
    const hd = (await analyse(row('HD'), { indicator: 'susp' })).groups[0]!;
    assert.deepEqual([hd.statusLevel, hd.color, hd.noColorReason], ['very-low', 'blue', null]);
  });

  it('suspension HD without a file colour: the file’s level codes are coloured by the lower-is-better grid', async () => {
    const text = tsv([[...HEADER, 'type', 'statuslevel', 'changelevel'], [...D, 'ALL', '500', '3.0', '3.0', '0.0', '2024', 'HD', '3', '3']]);
    const g = (await analyse(text, { indicator: 'susp' })).groups[0]!;
    assert.deepEqual([g.statusLevel, g.changeLevel, g.color, g.levelSource], ['medium', 'maintained', 'yellow', 'file']); // Medium × Maintained = Yellow
    const small = tsv([[...HEADER, 'type', 'statuslevel', 'changelevel'], [...D, 'ALL', '29', '3.0', '3.0', '0.0', '2024', 'HD', '3', '3']]);
    assert.equal((await analyse(small, { indicator: 'susp' })).groups[0]!.noColorReason, 'too-few-students');
  });

  it('ELA: hscutpoints = Y applies the high-school cut points', async () => {
    const head = [...HEADER, 'hscutpoints'];
    const row = (flag: string) => tsv([head, [...D, 'ALL', '500', '20.0', '20.0', '0.0', '2024', flag]]);
    assert.equal((await analyse(row('Y'), { indicator: 'ela' })).groups[0]!.statusLevel, 'medium'); // HS: 0.0 … +29.9
    assert.equal((await analyse(row(''), { indicator: 'ela' })).groups[0]!.statusLevel, 'high'); // 3–8: +10.0 … +44.9
  });

  it('readDashboardFile returns the rows, entity, year and flags for one CDS code', async () => {
    const loaded = await loadText(FIXTURE);
    const file = readDashboardFile(loaded.value as never, { cds: '19647330000000', firstRow: 2 });
    assert.equal(file.rows.length, 11);
    assert.deepEqual(file.rows[0], {
      group: 'ALL', year: '2025', entity: 'Example Unified', value: 24, prior: 28.9, change: -4.9, n: 6020, priorN: 6021,
      dashboard: { year: '2025', entityType: 'lea', dass: false, coe: false, charter: false, currNSizeMet: true, priorNSizeMet: true, box: 250 },
      color: 'yellow', fileLevels: { status: 1, change: 5 },
    });
    assert.deepEqual(file.rows.find((r) => r.group === 'PI'), { group: 'PI', year: '2025', entity: 'Example Unified', value: null, prior: null, change: null, n: null, suppressed: true });
    assert.deepEqual([file.hsCutPoints, file.suspensionTable, file.entityType, file.dass, file.coe, file.charter, file.layout], [false, null, 'lea', false, false, false, 'standard']);
  });
});

describe('CDE Dashboard file: bad input names the column and the row (header = row 1)', () => {
  const load = async (lines: string[][]): Promise<Loaded> => loadText(tsv(lines));

  it('a missing student group', async () => {
    const loaded = await load([HEADER, [...D, 'ALL', '500', '7.0', '7.0', '0.0', '2024'], [...D, '', '50', '8.0', '7.0', '1.0', '2024']]);
    const [p] = await problems(() => gapChartWidget.analyse(loaded, normalizeGapOptions({ indicator: 'chronic' })));
    assert.deepEqual([p!.code, p!.field, p!.row], ['required', 'studentgroup', 3]);
    assert.equal(p!.message.en, 'Row 3, field “studentgroup”: a value is required.');
    assert.equal(p!.message.es, 'Fila 3, campo “studentgroup”: se requiere un valor.');
  });

  it('a non-numeric status, and a colour code outside 0–5, counted after the CDS filter with the file’s own row numbers', async () => {
    const other = ['09999999999999', 'D', '', 'Other', 'Alameda'];
    const loaded = await load([
      [...HEADER, 'color'],
      [...other, 'ALL', 'x', 'x', 'x', 'x', '2024', 'x'],
      [...D, 'ALL', '500', 'abc', '7.0', '0.0', '2024', '3'],
      [...D, 'EL', '50', '8.0', '7.0', '1.0', '2024', '7'],
    ]);
    const ps = await problems(() => gapChartWidget.analyse(loaded, normalizeGapOptions({ indicator: 'chronic', cds: '01611920000000' })));
    assert.deepEqual(ps.map((p) => [p.code, p.field, p.row]), [['not-number', 'currstatus', 3], ['not-allowed', 'color', 4]]);
    assert.equal(ps[0]!.message.en, 'Row 3, field “currstatus”: “abc” is not a number.');
    assert.equal(ps[1]!.message.en, 'Row 4, field “color”: “7” is not one of: 0, 1, 2, 3, 4, 5.');
  });

  it('a file without a currdenom column', async () => {
    const ps = await problems(() => readDashboardFile([{ studentgroup: 'ALL', currstatus: '1.0' }]));
    assert.deepEqual([ps[0]!.code, ps[0]!.field], ['missing-field', 'currdenom']);
  });
});

describe('plain rows: bad input names the field and the row (CSV header = row 1)', () => {
  it('a missing group and a non-numeric value', async () => {
    const loaded = await loadText('group,value,prior,n\nALL,12,13,100\n,13,12,50\nEL,abc,3,40\n');
    const ps = await problems(() => gapChartWidget.analyse(loaded, normalizeGapOptions({ indicator: 'chronic' })));
    assert.deepEqual(ps.map((p) => [p.code, p.field, p.row]), [['required', 'group', 3], ['not-percent', 'value', 4]]);
    assert.equal(ps[0]!.message.en, 'Row 3, field “group”: a value is required.');
    assert.equal(ps[1]!.message.en, 'Row 4, field “value”: “abc” is not a percentage.');
  });

  it('a field missing from every row is named once', async () => {
    const ps = await problems(() => gapChartWidget.analyse(loadTextSync('value,n\n1,100\n'), normalizeGapOptions({})));
    assert.deepEqual([ps[0]!.code, ps[0]!.field], ['missing-field', 'group']);
  });

  it('“*” in value or n suppresses the group; “*” in prior is just no prior', async () => {
    const loaded = await loadText('group,value,prior,n\nALL,12,13,100\nEL,*,13,*\nSWD,61.37,11,*\nAA,15,*,60\n');
    const model = gapChartWidget.analyse(loaded, normalizeGapOptions({ indicator: 'chronic' }));
    assert.deepEqual(model.groups.map((g) => g.code).sort(), ['AA', 'ALL']);
    assert.equal(model.suppressedCount, 2);
    assert.equal(model.groups.find((g) => g.code === 'AA')!.prior, null);
    assert.ok(!JSON.stringify(model).includes('61.37'));
  });

  it('uses the mapped field names', async () => {
    const loaded = await loadText('Grupo,Tasa,Antes,Estudiantes\nALL,12,13,100\nEL,15,15,80\n');
    const model = gapChartWidget.analyse(loaded, normalizeGapOptions({ indicator: 'chronic', group: 'Grupo', value: 'Tasa', prior: 'Antes', n: 'Estudiantes' }));
    assert.deepEqual(model.groups.map((g) => [g.code, g.behind]), [['EL', 3], ['ALL', 0]]);
  });
});

/** CSV objects as `loadText` would give them, without awaiting. */
function loadTextSync(csv: string): Loaded {
  const [head, ...lines] = csv.trim().split('\n');
  const keys = head!.split(',');
  return { value: lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v]))), format: 'csv', firstRow: 2 };
}
