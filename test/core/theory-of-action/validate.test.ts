import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isOutcomeError, loadText, loadValue, readTheoryOfAction, type OutcomeError } from '../../../packages/core/src/index.js';
import type { Loaded } from '../../../packages/core/src/index.js';

function problems(loaded: Loaded): OutcomeError {
  try {
    readTheoryOfAction(loaded);
  } catch (error) {
    assert.ok(isOutcomeError(error));
    return error;
  }
  assert.fail('expected an OutcomeError');
}

const STAGE_LIST = 'analysis, plans, services, district-practice, school-practice, student-outcomes';

describe('theory of action: validating a JSON document', () => {
  it('names a bad stage by its path and link, in English and Spanish', () => {
    const error = problems(loadValue({ links: [{ id: 'a', stage: 'analysis' }, { id: 'b', stage: 'plans' }, { id: 'coaching', stage: 'servces' }] }));
    assert.equal(error.problems.length, 1);
    const p = error.first;
    assert.equal(p.code, 'bad-stage');
    assert.equal(p.field, 'links[2].stage');
    assert.equal(p.value, 'servces');
    assert.equal(p.message.en, `links[2].stage (link “coaching”): “servces” is not a stage. Use one of: ${STAGE_LIST}.`);
    assert.equal(p.message.es, `links[2].stage (eslabón “coaching”): “servces” no es una etapa. Use uno de: ${STAGE_LIST}.`);
  });

  it('names a bad value by link, measure and position', () => {
    const doc = { links: [{ id: 'a', stage: 'services', measures: [{ name: 'Visits', values: [{ x: '2024-08', y: 3 }, { x: '2024-09', y: 'lots' }] }] }] };
    const p = problems(loadValue(doc)).first;
    assert.equal(p.field, 'links[0].measures[0].values[1].y');
    assert.equal(p.message.en, 'links[0].measures[0].values[1].y (link “a”, measure “Visits”): “lots” is not a number.');
    assert.equal(p.message.es, 'links[0].measures[0].values[1].y (eslabón “a”, medida “Visits”): “lots” no es un número.');
  });

  it('lists every problem: missing id, bad status, duplicate id, unknown and backward links, bad dates', () => {
    const doc = {
      links: [
        { stage: 'plans' },
        { id: 'a', stage: 'services', status: 'great', leadsTo: ['nowhere', 'b'] },
        { id: 'a', stage: 'plans' },
        { id: 'b', stage: 'analysis', measures: [{ name: 'M', values: [{ x: '2024-08', y: 1 }, { x: '2024-13', y: 2 }, { x: '2024-10', y: 3 }] }] },
      ],
    };
    const error = problems(loadValue(doc));
    assert.deepEqual(
      error.problems.map((p) => p.message.en),
      [
        'links[0].id: a value is required.',
        'links[1].status (link “a”): “great” is not a status. Use one of: not-started, in-progress, on-track, off-track, achieved.',
        'links[3].measures[0].values[1].x (link “b”, measure “M”): “2024-13” is not a date, though the measure’s other x values are (use 2024-09 or 2024-09-15).',
        'links[2].id (link “a”): the id “a” is already used by links[1]. Give each link its own id.',
        'links[1].leadsTo (link “a”): no link has the id “nowhere”.',
        'links[1].leadsTo (link “a”): the link “b” is not in a later stage. A link leads to links further along the chain.',
      ],
    );
    assert.equal(error.problems[3]!.message.es, 'links[2].id (eslabón “a”): el id “a” ya lo usa links[1]. Dé a cada eslabón su propio id.');
    assert.equal(error.total, 6);
  });

  it('lists at most ten problems and counts them all', () => {
    const error = problems(loadValue({ links: Array.from({ length: 12 }, (_, i) => ({ id: `l${i}`, stage: 'nowhere' })) }));
    assert.equal(error.problems.length, 10);
    assert.equal(error.total, 12);
  });

  it('says what a theory of action looks like when the data is something else', () => {
    const p = problems(loadValue([1, 2])).first;
    assert.equal(p.message.en, 'links[0]: “1” is not an object with named fields.');
    const q = problems(loadValue({ title: 'No links' })).first;
    assert.equal(q.code, 'not-document');
    assert.match(q.message.en, /^The data must be a theory of action: a JSON object with a “links” list/);
    assert.match(q.message.es, /^Los datos deben ser una teoría de acción/);
  });

  it('reads what people type: stage names, status words, directions, percentages, out-of-order dates, ids in a string', () => {
    const doc = readTheoryOfAction(
      loadValue({
        title: ' Attendance ',
        links: [
          { id: 'a', stage: 'Analysis of performance', label: 'A', status: 'Achieved', leadsTo: 'b; c' },
          { id: 'b', stage: 'District practice', label: 'B' },
          {
            id: 'c',
            stage: 'school_practice',
            measures: [{ name: 'Rate', direction: 'lower', goal: '20%', values: [{ x: '2024-10', y: '18.5%' }, { x: '2024-09', y: null }, { x: '2024-11', y: 17 }] }],
          },
        ],
      }),
    );
    assert.equal(doc.title, 'Attendance');
    assert.deepEqual(doc.links.map((l) => [l.id, l.stage, l.status, l.leadsTo, l.label]), [
      ['a', 'analysis', 'achieved', ['b', 'c'], 'A'],
      ['b', 'district-practice', null, null, 'B'],
      ['c', 'school-practice', null, null, 'c'],
    ]);
    const m = doc.links[2]!.measures[0]!;
    assert.deepEqual([m.unit, m.direction, m.goal], ['%', 'down', 20]);
    assert.deepEqual(m.values.map((p) => [p.label, p.y]), [['2024-09', null], ['2024-10', 18.5], ['2024-11', 17]]);
  });

  it('accepts a bare array of links', () => {
    const doc = readTheoryOfAction(loadValue([{ id: 'a', stage: 'plans', label: 'A' }]));
    assert.equal(doc.links[0]!.stage, 'plans');
  });
});

const CSV = `stage,link,label,status,owner,measure,unit,direction,goal,x,y
analysis,root,Root-cause analysis,achieved,COE,,,,,,
services,coaching,Coaching,,COE,Visits,visits,up,,2024-08,5
services,coaching,Coaching,,COE,Visits,visits,up,,2024-09,4
district-practice,teams,Attendance teams,,District,,,,,,
`;

describe('theory of action: a flat CSV, one row per measure value', () => {
  it('groups rows into links and measures', async () => {
    const doc = readTheoryOfAction(await loadText(CSV));
    assert.deepEqual(doc.links.map((l) => [l.id, l.stage, l.label, l.status, l.owner, l.measures.length]), [
      ['root', 'analysis', 'Root-cause analysis', 'achieved', 'COE', 0],
      ['coaching', 'services', 'Coaching', null, 'COE', 1],
      ['teams', 'district-practice', 'Attendance teams', null, 'District', 0],
    ]);
    const m = doc.links[1]!.measures[0]!;
    assert.deepEqual(m.values.map((p) => [p.label, p.y, p.row]), [['2024-08', 5, 3], ['2024-09', 4, 4]]);
  });

  it('names the row and the column of a bad value', async () => {
    const bad = CSV.replace('2024-09,4', '2024-09,four').replace('district-practice,teams', 'distrct,teams');
    const error = problems(await loadText(bad));
    assert.deepEqual(error.problems.map((p) => [p.row, p.field, p.message.en]), [
      [4, 'y', 'Row 4, field “y” (link “coaching”, measure “Visits”): “four” is not a number.'],
      [5, 'stage', 'Row 5, field “stage” (link “teams”): “distrct” is not a stage. Use one of: ' + STAGE_LIST + '.'],
    ]);
    assert.equal(error.problems[0]!.message.es, 'Fila 4, campo “y” (eslabón “coaching”, medida “Visits”): “four” no es un número.');
  });

  it('flags a link whose repeated columns disagree, and a row without a link', async () => {
    const bad = CSV.replace('services,coaching,Coaching,,COE,Visits,visits,up,,2024-09', 'plans,coaching,Coaching,,COE,Visits,visits,up,,2024-09') + ',,,,,,,,,2024-10,3\n';
    const error = problems(await loadText(bad));
    assert.deepEqual(error.problems.map((p) => p.message.en), [
      'Row 4, field “stage” (link “coaching”): “plans” differs from “services” given for the same link or measure in row 3.',
      'Row 6, field “link”: a value is required.',
    ]);
  });

  it('reads the same flat rows given as JSON objects', () => {
    const doc = readTheoryOfAction(loadValue([
      { stage: 'services', link: 'coaching', measure: 'Visits', x: '2024-08', y: 5 },
      { stage: 'services', link: 'coaching', measure: 'Visits', x: '2024-09', y: '4' },
    ]));
    assert.deepEqual(doc.links[0]!.measures[0]!.values.map((p) => [p.label, p.y, p.row]), [['2024-08', 5, 1], ['2024-09', 4, 2]]);
  });

  it('needs a link column', async () => {
    const error = problems(await loadText('stage,measure,x,y\nservices,Visits,2024-08,3\n'));
    assert.equal(error.first.message.en, 'field “link”: a value is required.');
  });
});
