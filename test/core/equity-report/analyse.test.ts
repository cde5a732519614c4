import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyzeEquityReport,
  cellLabel,
  daReasonTexts,
  equityReportSummary,
  equityReportTable,
  equityReportWidget,
  gapChartInput,
  isOutcomeError,
  loadValue,
  nextSort,
  readEntityDocument,
  type OutcomeError,
} from '../../../packages/core/src/index.js';
import { ejemploDocument } from './fixture.js';

const model = (options = {}) => analyzeEquityReport(ejemploDocument(), options);

function failure(value: unknown): OutcomeError {
  try {
    readEntityDocument(value);
  } catch (error) {
    assert.ok(isOutcomeError(error));
    return error;
  }
  assert.fail('expected an OutcomeError');
}

describe('equity report: analysis', () => {
  it('shows the latest year, groups in the CDE order, indicators in the Dashboard order', () => {
    const m = model();
    assert.equal(m.year, '2024');
    assert.deepEqual(m.years, ['2023', '2024']);
    assert.deepEqual(m.groups.map((g) => g.code), ['ALL', 'EL', 'SWD']);
    assert.deepEqual(m.indicators, ['chronic', 'ela']);
  });

  it('never holds a group of 10 or fewer students, only counts it', () => {
    const m = model();
    assert.ok(!m.groups.some((g) => g.code === 'PI'));
    assert.equal(m.suppressedCount, 1);
    assert.ok(!JSON.stringify(m).includes('"PI"'));
  });

  it('names each cell as the Dashboard does: colour, status level, change level', () => {
    const swd = model().groups.find((g) => g.code === 'SWD')!;
    assert.equal(cellLabel(swd.cells.chronic!, 'en'), 'Red · Very High · Increased');
    assert.equal(cellLabel(swd.cells.chronic!, 'es'), 'Rojo · Muy alto · Aumentó');
    assert.equal(swd.cells.chronic!.prior, 34.4);
  });

  it('counts, per indicator, the student groups with a colour and those in Red and Orange (not All Students)', () => {
    assert.deepEqual(model().counts, [
      { indicator: 'chronic', allStudents: 'yellow', evaluated: 2, red: 1, orange: 1 },
      { indicator: 'ela', allStudents: 'orange', evaluated: 2, red: 2, orange: 0 },
    ]);
  });

  it('takes the DA verdict of the year shown, with the priority areas each group meets', () => {
    const m = model();
    assert.equal(m.da?.eligible, true);
    assert.deepEqual(m.da?.qualifyingGroups, ['SWD']);
    assert.deepEqual(m.groups.find((g) => g.code === 'SWD')!.areas, [4, 5]);
    assert.equal(model({ year: '2023' }).da?.eligible, false);
  });

  it('DA reasons that would name a hidden group are dropped; the verdict stays', () => {
    const doc = ejemploDocument();
    doc.da!['2024']!.reasons.push(
      { group: 'PI', area: 5, indicators: [{ indicator: 'chronic', color: 'red', statusLevel: 'very-high' }] },
      { group: 'PI', area: 4, indicators: [{ indicator: 'ela', color: 'red', statusLevel: 'very-low' }] },
    );
    doc.da!['2024']!.qualifyingGroups.push('PI');
    const m = analyzeEquityReport(doc);
    assert.equal(m.da?.eligible, true);
    assert.deepEqual(m.da?.qualifyingGroups, ['SWD']);
    assert.ok(!m.da!.reasons.some((r) => r.group === 'PI'));
  });

  it('an earlier year shows that year, with no change (no prior year) and no colour', () => {
    const all = model({ year: '2023' }).groups[0]!.cells.chronic!;
    assert.equal(all.status, 28.9);
    assert.equal(all.noColorReason, 'no-prior-year');
    assert.equal(cellLabel(all, 'en'), 'No color (no prior year) · Very High');
  });

  it('a year the document does not have is a bad option naming the years it has', () => {
    assert.throws(() => model({ year: '2019' }), (e: unknown) => isOutcomeError(e) && e.first.field === 'year' && e.first.message.en.includes('2023, 2024'));
  });
});

describe('equity report: DA reasons in words', () => {
  it('one sentence per group, qualifying groups first, areas in order', () => {
    const m = model();
    const texts = daReasonTexts(m.da!.reasons, m.da!.qualifyingGroups, 'en');
    assert.deepEqual(texts, [
      { group: 'SWD', qualifying: true, text: 'Students with Disabilities: ELA Red (priority 4) and chronic absenteeism Red (priority 5)' },
      { group: 'EL', qualifying: false, text: 'English Learners: ELA Red (priority 4)' },
    ]);
    assert.equal(daReasonTexts(m.da!.reasons, m.da!.qualifyingGroups, 'es')[0]!.text, 'Estudiantes con discapacidades: ELA en Rojo (prioridad 4) y ausentismo crónico en Rojo (prioridad 5)');
  });

  it('a year that used status levels names the level', () => {
    const texts = daReasonTexts([{ group: 'HOM', area: 5, indicators: [{ indicator: 'chronic', color: null, statusLevel: 'very-high' }] }], [], 'en');
    assert.equal(texts[0]!.text, 'Homeless: chronic absenteeism Very High (priority 5)');
  });
});

describe('equity report: views', () => {
  it('summarises in English and Spanish', () => {
    assert.equal(
      equityReportSummary(model(), 'en'),
      'Ejemplo Unified, 2024 Dashboard: 3 student groups on 2 indicators. 3 results are Red and 1 Orange. English Language Arts has the most student groups in Red (2). ' +
        'Eligible for differentiated assistance: One student group meets the criteria in two or more LCFF priority areas: Students with Disabilities. ' +
        'Students with Disabilities: ELA Red (priority 4) and chronic absenteeism Red (priority 5). ' +
        '1 result for groups of 10 or fewer students is not shown, to protect privacy.',
    );
    assert.ok(equityReportSummary(model(), 'es').startsWith('Ejemplo Unified, Dashboard 2024: 3 grupos de estudiantes en 2 indicadores. 3 resultados están en rojo y 1 en anaranjado.'));
  });

  it('the data table has one row per group and each cell in words', () => {
    const t = equityReportTable(model(), 'en', 'Equity report: Ejemplo Unified');
    assert.deepEqual(t.columns.map((c) => c.key), ['code', 'group', 'chronic', 'ela']);
    assert.equal(t.rows[2]!.chronic, 'Red · Very High · Increased; 35.6%, change +1.2 percentage points; 700 students');
    assert.equal(t.rows[2]!.ela, 'Red · Very Low · Maintained; -98.3 points, change +2.9 points; 690 students');
  });

  it('the gap chart gets the shown groups as a Dashboard file, with the published colour and level codes', () => {
    const input = gapChartInput(model(), 'chronic');
    assert.equal(input.rows.length, 3);
    const swd = input.rows.find((r) => r.studentgroup === 'SWD')!;
    // chronic is lower-is-better: level code 1 = Very High status, 2 = Increased change; colour 1 = Red
    assert.deepEqual([swd.statuslevel, swd.changelevel, swd.color, swd.priorstatus, swd.currdenom], [1, 2, 1, 34.4, 700]);
    assert.ok(!input.rows.some((r) => r.studentgroup === 'PI'));
  });

  it('the widget reads a document through the pipeline and draws no Vega chart', () => {
    const m = equityReportWidget.analyse(loadValue(ejemploDocument()), equityReportWidget.options!({ year: '2024' }));
    assert.equal(equityReportWidget.spec(m, { lang: 'en' }), null);
    assert.equal(equityReportWidget.title(m, { lang: 'es' }), 'Informe de equidad: Ejemplo Unified');
  });

  it('sorting a column: first ascending, then descending', () => {
    assert.deepEqual(nextSort(null, 'ela'), { key: 'ela', direction: 'ascending' });
    assert.deepEqual(nextSort({ key: 'ela', direction: 'ascending' }, 'ela'), { key: 'ela', direction: 'descending' });
    assert.deepEqual(nextSort({ key: 'ela', direction: 'descending' }, 'chronic'), { key: 'chronic', direction: 'ascending' });
  });
});

describe('equity report: bad documents', () => {
  it('something that is not an entity document', () => {
    assert.equal(failure([{ a: 1 }]).first.code, 'not-entity-document');
    assert.equal(failure({ format: 'other' }).first.field, 'format');
  });

  it('a bad field is named by its path in the document, in both languages', () => {
    const doc = ejemploDocument();
    (doc.records[3] as unknown as Record<string, unknown>).color = 'purple';
    const e = failure(doc);
    assert.equal(e.first.field, 'records[3].color');
    assert.equal(e.first.message.en, 'The document’s field “records[3].color” is “purple”; expected one of red, orange, yellow, green, blue, or null.');
    assert.ok(e.first.message.es.startsWith('El campo “records[3].color” del documento es “purple”'));
  });

  it('a missing list is named, and every problem is counted', () => {
    const doc = ejemploDocument() as unknown as Record<string, unknown>;
    delete doc.records;
    (doc.entity as Record<string, unknown>).kind = 'city';
    const e = failure(doc);
    assert.deepEqual(e.problems.map((p) => p.field), ['entity.kind', 'records']);
    assert.equal(e.first.message.en, 'The document’s field “entity.kind” is “city”; expected one of state, county, district, coe, charter, school.');
  });
});
