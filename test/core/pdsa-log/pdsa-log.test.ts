import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isOutcomeError, loadText, loadValue, normalizePdsaLogOptions, pdsaLogTable, pdsaLogWidget, drawViews, type OutcomeError, type PdsaLogModel } from '../../../packages/core/src/index.js';

const DOC = JSON.parse(readFileSync(new URL('../../../demo/public/data/attendance-driver-diagram.json', import.meta.url), 'utf8'));
const analyse = (value: unknown, options = {}): PdsaLogModel => pdsaLogWidget.analyse(loadValue(value), normalizePdsaLogOptions(options));

function problemsOf(run: () => unknown): OutcomeError {
  try {
    run();
  } catch (error) {
    assert.ok(isOutcomeError(error), String(error));
    return error;
  }
  assert.fail('expected an OutcomeError');
}

describe('PDSA log: cycles grouped by change idea, in date order', () => {
  it('groups the five demo cycles under their three change ideas, named from the driver diagram', () => {
    const model = analyse(DOC);
    assert.equal(model.cycleCount, 5);
    assert.deepEqual(model.groups.map((g) => [g.change, g.cycles.length]), [['c-letters', 3], ['c-calls', 1], ['c-bus', 1]]);
    assert.equal(model.groups[0]!.changeText, 'Attendance letters rewritten in plain English and Spanish');
  });

  it('the letters were adopted after the third cycle, at 4 schools, with predictions met in 2 of 3', () => {
    const g = analyse(DOC, { change: 'c-letters' }).groups[0]!;
    assert.deepEqual(g.cycles.map((c) => c.number), [1, 2, 3]);
    assert.equal(g.adoptedAfter, 3);
    assert.equal(g.adoptedScale, 'schools');
    assert.equal(g.adoptedSites, 4);
    assert.equal(g.latestDecision, 'adopt');
    assert.deepEqual(g.predictions, { met: 2, of: 3 });
    assert.equal(g.maxScale, 'schools');
    assert.equal(g.ramps, true);
  });

  it('orders cycles by start date whatever the data order, and numbers them from 1', () => {
    const model = analyse({ cycles: [
      { id: 'b', title: 'Second', start: '2024-10-01', change: 'x' },
      { id: 'a', title: 'First', start: '2024-09-01', change: 'x' },
      { id: 'c', title: 'Undated', change: 'x' },
    ] });
    assert.deepEqual(model.groups[0]!.cycles.map((c) => `${c.number}:${c.id}`), ['1:a', '2:b', '3:c']);
  });

  it('a scale that steps back is not a ramp', () => {
    const g = analyse([
      { id: 'a', title: 'A', start: '2024-09-01', scale: 'school' },
      { id: 'b', title: 'B', start: '2024-10-01', scale: 'classroom' },
    ]).groups[0]!;
    assert.equal(g.ramps, false);
    assert.equal(g.maxScale, 'school');
  });

  it('says it in words, in English and Spanish', () => {
    const model = analyse(DOC, { change: 'c-letters' });
    assert.equal(
      pdsaLogWidget.summary(model, { lang: 'en' }),
      'Change idea: Attendance letters rewritten in plain English and Spanish. 3 cycles; adopted after the third at 4 schools; predictions met in 2 of 3.',
    );
    assert.equal(
      pdsaLogWidget.summary(model, { lang: 'es' }),
      'Idea de cambio: Attendance letters rewritten in plain English and Spanish. 3 ciclos; adoptado tras el tercero en 4 escuelas; predicciones cumplidas en 2 de 3.',
    );
    const all = analyse(DOC);
    assert.match(pdsaLogWidget.summary(all, { lang: 'en' }), /^5 PDSA cycles across 3 change ideas\. .*Family outreach calls after the second absence in a month: 1 cycle; latest decision: adapt; predictions met in 1 of 1\./);
    assert.match(pdsaLogWidget.summary(all, { lang: 'en' }), /Bus passes for families more than a mile from school: 1 cycle; latest decision: abandon; predictions met in 0 of 1\.$/);
  });

  it('the table has one row per cycle with ISO dates and the decision in words', () => {
    const model = analyse(DOC, { change: 'c-letters' });
    const table = pdsaLogTable(model, 'en', 'PDSA');
    assert.equal(table.rows.length, 3);
    assert.deepEqual(
      [table.rows[2]!.start, table.rows[2]!.end, table.rows[2]!.scale, table.rows[2]!.met, table.rows[2]!.decision],
      ['2024-11-04', '2024-12-13', 'At 4 schools', 'Yes', 'Adopt'],
    );
    assert.equal(drawViews(pdsaLogWidget, model, { lang: 'es' }).table.rows[0]!.decision, 'Adaptar');
  });

  it('reads a CSV log, one row per cycle', async () => {
    const csv = 'id,change,title,start,end,scale,sites,decision,prediction-met\np1,calls,One clerk,2025-01-06,2025-01-31,one school,1,adapted,yes\np2,calls,All clerks,2025-02-03,2025-02-28,district,,adopt,no\n';
    const model = pdsaLogWidget.analyse(await loadText(csv, 'csv'), normalizePdsaLogOptions({}));
    const g = model.groups[0]!;
    assert.deepEqual(g.cycles.map((c) => [c.scale, c.decision, c.predictionMet]), [['school', 'adapt', true], ['district', 'adopt', false]]);
    assert.equal(pdsaLogWidget.summary(model, { lang: 'en' }), 'Change idea: calls. 2 cycles; adopted after the second across the district; predictions met in 1 of 2.');
  });
});

describe('PDSA log: bad input gets one clear message naming the row or path', () => {
  it('names the CSV row of a bad date, an unknown scale and a bad decision', async () => {
    const csv = 'id,title,start,scale,decision\np1,A,2024-13-45,school,adopt\np2,B,2024-09-01,galaxy,adopt\np3,C,2024-09-01,school,maybe\n';
    const loaded = await loadText(csv, 'csv');
    const e = problemsOf(() => pdsaLogWidget.analyse(loaded, normalizePdsaLogOptions({})));
    assert.equal(e.total, 3);
    assert.deepEqual(e.problems.map((p) => [p.code, p.row]), [['not-date', 2], ['bad-scale', 3], ['bad-decision', 4]]);
    assert.equal(e.problems[0]!.message.en, 'Row 2: start “2024-13-45” is not a date (write 2024-09-16).');
    assert.equal(e.problems[2]!.message.es, 'Fila 4: la decisión “maybe” no es adapt, adopt ni abandon.');
  });

  it('a duplicate id, a missing title and an end before the start, by JSON path', () => {
    const e = problemsOf(() => analyse({ cycles: [
      { id: 'a', title: 'A', start: '2024-09-10', end: '2024-09-01' },
      { id: 'a' },
    ] }));
    assert.deepEqual(e.problems.map((p) => [p.code, p.field]), [['end-before-start', 'cycles[0].end'], ['missing-field', 'cycles[1].title'], ['duplicate-id', 'cycles[1].id']]);
  });

  it('something that is not a log says what is expected', () => {
    const e = problemsOf(() => analyse({ links: [] }));
    assert.equal(e.first.code, 'no-cycles');
  });

  it('a change option that is not text is an option error', () => {
    assert.throws(() => normalizePdsaLogOptions({ change: 5 as never }), (e: unknown) => isOutcomeError(e) && e.first.code === 'bad-option');
  });
});
