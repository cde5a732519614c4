import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveGroup, STUDENT_GROUPS } from '../../../packages/core/src/index.js';

// Typed in from ../shared/reference/dashboard.md §4: code → record-layout English, the Dashboard's
// display label where it gives one ("same" and "—" mean the layout name), and the Spanish column.
const REFERENCE: Array<[code: string, layout: string, display: string, spanish: string]> = [
  ['ALL', 'All Students', 'All Students', 'Todos los estudiantes'],
  ['AA', 'Black or African American', 'African American', 'Afroamericanos'],
  ['AI', 'American Indian or Alaska Native', 'American Indian or Alaska Native', 'Indígenas americanos o nativos de Alaska'],
  ['AS', 'Asian', 'Asian', 'Asiáticos'],
  ['FI', 'Filipino', 'Filipino', 'Filipinos'],
  ['HI', 'Hispanic or Latino', 'Hispanic', 'Hispanos o latinos'],
  ['PI', 'Native Hawaiian or Pacific Islander', 'Native Hawaiian or Pacific Islander', 'Nativos de Hawái o de las islas del Pacífico'],
  ['WH', 'White', 'White', 'Blancos'],
  ['MR', 'Multiple Races/Two or More Races', 'Two or More Races', 'Dos o más razas'],
  ['EL', 'English Learner', 'English Learners', 'Estudiantes de inglés'],
  ['LTEL', 'Long-Term English Learner', 'Long-Term English Learner', 'Estudiantes de inglés a largo plazo'],
  ['ELO', 'English Learners Only', 'English Learners Only', 'Solo estudiantes de inglés'],
  ['RFP', 'Recently Reclassified Fluent-English Proficient Only', 'Recently Reclassified Fluent-English Proficient Only', 'Reclasificados recientemente como competentes en inglés'],
  ['EO', 'English Only', 'English Only', 'Solo inglés'],
  ['SED', 'Socioeconomically Disadvantaged', 'Socioeconomically Disadvantaged', 'Socioeconómicamente desfavorecidos'],
  ['SWD', 'Students with Disabilities', 'Students with Disabilities', 'Estudiantes con discapacidades'],
  ['FOS', 'Foster Youth', 'Foster Youth', 'Jóvenes en hogares de crianza temporal'],
  ['HOM', 'Homeless Youth', 'Homeless', 'Jóvenes sin hogar'],
  ['SBA', 'Students who took the Smarter Balanced Summative Assessment', 'Students who took the Smarter Balanced Summative Assessment', 'Estudiantes que tomaron la prueba Smarter Balanced'],
  ['CAA', 'Students who took the California Alternate Assessment', 'Students who took the California Alternate Assessment', 'Estudiantes que tomaron la Evaluación Alternativa de California'],
];

describe('student group codes', () => {
  it('knows every code in the reference, and no other', () => {
    assert.deepEqual(Object.keys(STUDENT_GROUPS).sort(), REFERENCE.map(([code]) => code).sort());
  });

  for (const [code, layout, display, spanish] of REFERENCE) {
    it(`names ${code} “${display}” in English and “${spanish}” in Spanish`, () => {
      assert.deepEqual(resolveGroup(code), { code, name: { en: display, es: spanish }, known: true });
      assert.equal(STUDENT_GROUPS[code]!.layout, layout);
    });
  }

  it('reads a code in any case, the layout name, and the English or Spanish display name', () => {
    for (const text of ['el', ' El ', 'English Learner', 'english learners', 'Estudiantes de inglés']) assert.equal(resolveGroup(text).code, 'EL', text);
    assert.equal(resolveGroup('Hispanic or Latino').code, 'HI');
    assert.equal(resolveGroup('Homeless Youth').code, 'HOM');
    assert.equal(resolveGroup('Black or African American').code, 'AA');
  });

  it('keeps a free name as given, trimmed, in both languages', () => {
    assert.deepEqual(resolveGroup('  Grade 3 cohort '), { code: 'Grade 3 cohort', name: { en: 'Grade 3 cohort', es: 'Grade 3 cohort' }, known: false });
  });
});
