import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { driverDiagramTable, driverDiagramWidget, isOutcomeError, loadText, loadValue, normalizeDriverDiagramOptions, type DriverDiagramModel, type OutcomeError } from '../../../packages/core/src/index.js';

const DOC = JSON.parse(readFileSync(new URL('../../../demo/public/data/attendance-driver-diagram.json', import.meta.url), 'utf8'));
const analyse = (value: unknown): DriverDiagramModel => driverDiagramWidget.analyse(loadValue(value), normalizeDriverDiagramOptions({}));

function problemsOf(run: () => unknown): OutcomeError {
  try {
    run();
  } catch (error) {
    assert.ok(isOutcomeError(error), String(error));
    return error;
  }
  assert.fail('expected an OutcomeError');
}

const tree = (nodes: Record<string, unknown>[]) => ({ nodes });
const AIM = { id: 'aim', kind: 'aim', text: 'Fewer absences' };

describe('driver diagram: the tree from the aim', () => {
  const model = analyse(DOC);

  it('walks the tree depth first with each node at its level', () => {
    assert.deepEqual(
      model.nodes.map((n) => `${n.level}:${n.id}`),
      ['1:aim', '2:p-belong', '3:s-adult', '4:c-mentors', '2:p-families', '3:s-messages', '4:c-letters', '4:c-calls', '2:p-barriers', '3:s-health', '4:c-bus'],
    );
    assert.deepEqual(model.counts, { primary: 3, secondary: 3, change: 4, cycles: 5 });
  });

  it('each change idea takes its status from its PDSA cycles', () => {
    const status = Object.fromEntries(model.nodes.filter((n) => n.kind === 'change').map((n) => [n.id, n.changeStatus]));
    // no cycle; adopted at cycle 3; adapted once; abandoned once
    assert.deepEqual(status, { 'c-mentors': 'not-tested', 'c-letters': 'adopted', 'c-calls': 'testing', 'c-bus': 'abandoned' });
    assert.deepEqual(model.changeCounts, { 'not-tested': 1, testing: 1, adopted: 1, abandoned: 1 });
    const letters = model.nodes.find((n) => n.id === 'c-letters')!;
    assert.equal(letters.pdsa?.cycles.length, 3);
    assert.equal(letters.pdsa?.latestDecision, 'adopt');
  });

  it("the aim's measure is read with the run-chart rules: 8 months below the median of 23.0 and 9 falling is improving, goal not met, so on track", () => {
    const aim = model.nodes[0]!;
    const chronic = aim.measures[0]!;
    assert.equal(chronic.run.phases[0]!.median, 23);
    assert.equal(chronic.verdict, 'improving');
    // mean 22.325, mean moving range 1.1263: the lower limit 22.325 − 2.66 × 1.1263 = 19.33 puts 18.8, 18.1 and 17.5 outside
    assert.deepEqual([...chronic.rules].sort(), ['astronomical', 'shift', 'trend']);
    assert.equal(chronic.goalMet, false);
    assert.equal(aim.measureStatus, 'on-track');
    const belonging = model.nodes.find((n) => n.id === 'p-belong')!;
    assert.equal(belonging.measures[0]!.verdict, 'too-few');
    assert.equal(belonging.measureStatus, 'in-progress');
  });

  it('a status given in the data wins over the cycles', () => {
    const m = analyse(tree([AIM, { id: 'p', parent: 'aim', kind: 'primary', text: 'P' }, { id: 'c', parent: 'p', kind: 'change', text: 'C', status: 'adopted' }]));
    assert.equal(m.nodes[2]!.changeStatus, 'adopted');
    assert.equal(m.nodes[2]!.derived, false);
  });

  it('says it in words, in English and Spanish', () => {
    assert.equal(
      driverDiagramWidget.summary(model, { lang: 'en' }),
      'Aim: Reduce chronic absenteeism from 24% to 15% by June 2026. It has 3 primary drivers, 3 secondary drivers and 4 change ideas. ' +
        'Change ideas: 1 not tested yet, 1 being tested, 1 adopted, and 1 abandoned. 5 PDSA cycles logged. The aim\u2019s measure, Chronic absence rate: improving.'.replace('\u2019', "'"),
    );
    assert.match(driverDiagramWidget.summary(model, { lang: 'es' }), /^Objetivo: Reduce .*Tiene 3 impulsores primarios, 3 impulsores secundarios y 4 ideas de cambio\. Ideas de cambio: 1 sin probar, 1 en prueba, 1 adoptada y 1 abandonada\. 5 ciclos PDSA registrados\./);
  });

  it('the table lists every node with its level, parent and status', () => {
    const t = driverDiagramTable(model, 'en', 'Driver diagram');
    assert.equal(t.rows.length, 11);
    assert.deepEqual(t.rows[6], {
      level: 'Change idea',
      text: 'Attendance letters rewritten in plain English and Spanish',
      parent: "Messages home are clear, timely and in the family's language",
      owner: 'Attendance clerks',
      status: 'Adopted',
      cycles: '3 (Adopt)',
      measures: '',
    });
  });

  it('reads flat CSV rows', async () => {
    const csv = 'id,parent,kind,text,owner,measures\naim,,aim,Fewer absences,Team,chronic\np1,aim,primary driver,Belonging,,\nc1,p1,change idea,Mentors,Counselors,\n';
    const m = driverDiagramWidget.analyse(await loadText(csv, 'csv'), normalizeDriverDiagramOptions({}));
    assert.deepEqual(m.nodes.map((n) => [n.kind, n.level]), [['aim', 1], ['primary', 2], ['change', 3]]);
    assert.equal(m.nodes[0]!.measures[0]!.name, 'chronic');
    assert.equal(m.nodes[0]!.measures[0]!.verdict, 'no-data');
  });
});

describe('driver diagram: validation names the row of what is wrong', () => {
  it('a missing parent, an unknown parent and a change idea under a change idea', async () => {
    const csv = 'id,parent,kind,text\naim,,aim,Aim\np1,,primary,Orphan driver\nc1,p9,change,Lost idea\nc2,c1,change,Idea under an idea\n';
    const loaded = await loadText(csv, 'csv');
    const err = problemsOf(() => driverDiagramWidget.analyse(loaded, normalizeDriverDiagramOptions({})));
    assert.deepEqual(err.problems.map((p) => [p.code, p.row]), [['orphan', 3], ['unknown-parent', 4], ['wrong-parent', 5]]);
    assert.equal(err.problems[0]!.message.en, 'Row 3: “Orphan driver” (Primary driver) has no parent; every driver and change idea needs one.');
    assert.equal(err.problems[1]!.message.en, 'Row 4: the parent “p9” is not an id in the diagram.');
    assert.equal(err.problems[2]!.message.en, 'Row 5: a change idea cannot sit under a change idea; its parent must be secondary driver / primary driver.');
  });

  it('parents that go round in a circle are named once', () => {
    const e = problemsOf(() => analyse(tree([AIM, { id: 'a', parent: 'b', kind: 'secondary', text: 'A' }, { id: 'b', parent: 'a', kind: 'secondary', text: 'B' }])));
    const circle = e.problems.filter((p) => p.code === 'parent-cycle');
    assert.equal(circle.length, 1);
    assert.equal(circle[0]!.message.en, 'At nodes[1].parent: the parents go round in a circle (a → b → a); a diagram is a tree.');
  });

  it('no aim, two aims, an aim with a parent, a duplicate id, an unknown kind', () => {
    assert.equal(problemsOf(() => analyse(tree([{ id: 'p', kind: 'primary', text: 'P', parent: 'x' }]))).problems[0]!.code, 'no-aim');
    const e = problemsOf(() => analyse(tree([AIM, { id: 'aim2', kind: 'aim', text: 'Another', parent: 'aim' }, { id: 'aim', kind: 'primary', parent: 'aim', text: 'dup' }, { id: 'z', kind: 'wish', text: 'Z' }])));
    assert.deepEqual(e.problems.map((p) => p.code).sort(), ['aim-with-parent', 'bad-kind', 'duplicate-id', 'two-aims']);
  });

  it('a measure or a cycle that names nothing in the document', () => {
    const e = problemsOf(() => analyse({
      nodes: [{ ...AIM, measures: ['nope'] }, { id: 'p', parent: 'aim', kind: 'primary', text: 'P' }],
      measures: [{ id: 'm1', name: 'M', values: [] }],
      cycles: [{ id: 'x', title: 'X', change: 'p' }],
    }));
    assert.deepEqual(e.problems.map((p) => [p.code, p.field]), [['unknown-measure', 'nodes[0].measures'], ['unknown-change', 'cycles[0].change']]);
  });

  it('a document that is not a diagram says what is expected, in Spanish too', () => {
    const e = problemsOf(() => analyse({ links: [] }));
    assert.equal(e.first.code, 'not-document');
    assert.match(e.first.message.es, /no son un diagrama de impulsores/);
  });
});
