import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { drawViews, loadValue, normalizeTheoryOfActionOptions, theoryOfActionWidget, type TheoryOfActionModel } from '../../../packages/core/src/index.js';
import { measure, NO_SIGNAL, SHIFT_DOWN, SHIFT_UP, UNMEASURED_BREAK } from './fixtures.js';

const analyse = (doc: unknown): TheoryOfActionModel => theoryOfActionWidget.analyse(loadValue(doc), normalizeTheoryOfActionOptions());
const views = (doc: unknown, lang: 'en' | 'es' = 'en', title?: string) => drawViews(theoryOfActionWidget, analyse(doc), title ? { lang, title } : { lang });

const FULL = {
  links: [
    { id: 'an', stage: 'analysis', label: 'Analysis', status: 'achieved' },
    { id: 'pl', stage: 'plans', label: 'LCAP goal', status: 'achieved' },
    { id: 'sv', stage: 'services', label: 'Coaching', measures: [measure('Visits', SHIFT_UP)] },
    { id: 'dp', stage: 'district-practice', label: 'Data reviews', status: 'on-track' },
    { id: 'sp', stage: 'school-practice', label: 'Tier 1', status: 'on-track' },
    { id: 'so', stage: 'student-outcomes', label: 'Attendance', measures: [measure('Chronic absence', SHIFT_DOWN, { direction: 'down', unit: '%' })] },
  ],
};

describe('theory of action: the summary', () => {
  it('names where the chain breaks when a link has no measure yet (en)', () => {
    assert.equal(
      views(UNMEASURED_BREAK).summary,
      'The chain has 3 links in 3 stages: 1 achieved, 1 on track, and 1 not started. ' +
        'Services are on track, but district practice has no measure yet: the chain cannot yet show that support reaches classrooms. ' +
        '1 interim measure: 1 improving. 1 status is derived from its measures’ run charts (IHI rules).',
    );
  });

  it('names where the chain breaks when a link has no measure yet (es)', () => {
    assert.equal(
      views(UNMEASURED_BREAK, 'es').summary,
      'La cadena tiene 3 eslabones en 3 etapas: 1 logrado, 1 por buen camino y 1 sin iniciar. ' +
        'Los servicios van por buen camino, pero la práctica del distrito aún no tiene ninguna medida: la cadena todavía no puede mostrar que el apoyo llega a las aulas. ' +
        '1 medida intermedia: 1 mejorando. 1 estado se deriva de las gráficas de rachas de sus medidas (reglas IHI).',
    );
  });

  it('names the off-track link and the others off track after it', () => {
    const doc = {
      links: [
        { id: 'pl', stage: 'plans', label: 'LCAP goal', status: 'achieved' },
        { id: 'sa', stage: 'services', label: 'Coaching', status: 'off-track' },
        { id: 'sb', stage: 'services', label: 'Outreach', status: 'on-track' },
        { id: 'so', stage: 'student-outcomes', label: 'Attendance', measures: [measure('Chronic absence', SHIFT_UP, { direction: 'down' })] },
      ],
    };
    assert.equal(
      views(doc).summary,
      'The chain has 4 links in 3 stages: 1 achieved, 1 on track, and 2 off track. ' +
        'Improvement plans are on track, but the “Coaching” link (services) is off track: the chain breaks here, and support may not be reaching district leaders. ' +
        'Also off track: Attendance. 1 interim measure: 1 worsening. 1 status is derived from its measures’ run charts (IHI rules).',
    );
    assert.equal(
      views(doc, 'es').summary,
      'La cadena tiene 4 eslabones en 3 etapas: 1 logrado, 1 por buen camino y 2 fuera de rumbo. ' +
        'Los planes de mejora van por buen camino, pero el eslabón “Coaching” (los servicios) está fuera de rumbo: aquí se rompe la cadena y puede que el apoyo no esté llegando a los líderes del distrito. ' +
        'También fuera de rumbo: Attendance. 1 medida intermedia: 1 empeorando. 1 estado se deriva de las gráficas de rachas de sus medidas (reglas IHI).',
    );
  });

  it('agrees the verb with a plural stage', () => {
    const doc = {
      links: [
        { id: 'sp', stage: 'school-practice', label: 'Tier 1', status: 'on-track' },
        { id: 'so', stage: 'student-outcomes', label: 'Attendance', status: 'off-track' },
      ],
    };
    assert.match(views(doc).summary, /School and classroom practice is on track, but student outcomes are off track: the chain breaks here, and support may not be reaching students\./);
    assert.match(views(doc, 'es').summary, /La práctica en escuelas y aulas va por buen camino, pero los resultados estudiantiles están fuera de rumbo: aquí se rompe la cadena y puede que el apoyo no esté llegando a los estudiantes\./);
  });

  it('says the chain holds when every link is on track or achieved', () => {
    assert.equal(
      views(FULL).summary,
      'The chain has 6 links in 6 stages: 2 achieved and 4 on track. Every link is on track or achieved: the chain holds from the analysis of performance to student outcomes. ' +
        '2 interim measures: 2 improving. 2 statuses are derived from their measures’ run charts (IHI rules).',
    );
  });

  it('says no break shows yet when links are only in progress', () => {
    const doc = { links: [{ id: 'sv', stage: 'services', label: 'Coaching', measures: [measure('Visits', NO_SIGNAL), measure('Calls', [1, 2])] }] };
    assert.equal(
      views(doc).summary,
      'The chain has 1 link in 1 stage: 1 in progress. No break in the chain shows yet. 2 interim measures: 1 with no signal and 1 with too few points for the run-chart rules. ' +
        '1 status is derived from its measures’ run charts (IHI rules).',
    );
    assert.equal(
      views(doc, 'es').summary,
      'La cadena tiene 1 eslabón en 1 etapa: 1 en curso. Todavía no se ve ninguna ruptura en la cadena. 2 medidas intermedias: 1 sin señal y 1 con muy pocos puntos para las reglas de la gráfica de rachas. ' +
        '1 estado se deriva de las gráficas de rachas de sus medidas (reglas IHI).',
    );
  });
});

describe('theory of action: title, spec and table', () => {
  it('takes its title from the document, else a default, and draws no Vega chart', () => {
    assert.equal(views(UNMEASURED_BREAK).title, 'Attendance');
    assert.equal(views({ links: [] }, 'es').title, 'Teoría de acción');
    assert.equal(views(UNMEASURED_BREAK).spec, null);
  });

  it('has one row per measure and one per link without measures, the break marked', () => {
    const table = views({ ...UNMEASURED_BREAK, links: [...UNMEASURED_BREAK.links.slice(0, 2), { ...UNMEASURED_BREAK.links[2], owner: 'District' }] }, 'en', 'Our chain').table;
    assert.equal(table.caption, 'Data for Our chain');
    assert.deepEqual(table.columns.map((c) => c.label), ['Stage', 'Link', 'Status', 'Owner', 'Interim measure', 'Latest value', 'Goal', 'Run-chart verdict', 'Points']);
    assert.deepEqual(table.rows, [
      { stage: 'Analysis of performance', link: 'Root-cause analysis', status: 'Achieved', owner: '', measure: '—', latest: '—', goal: '—', verdict: '—', points: '0' },
      { stage: 'Services', link: 'Coaching', status: 'On track (derived)', owner: '', measure: 'Visits', latest: '7 visits (July 2025)', goal: '—', verdict: 'Improving', points: '12' },
      { stage: 'District practice', link: 'Attendance teams', status: 'Not started (derived) — The chain breaks here', owner: 'District', measure: '—', latest: '—', goal: '—', verdict: '—', points: '0' },
    ]);
  });

  it('writes the table in Spanish, percentages and goals in the measure’s unit', () => {
    const table = views(FULL, 'es').table;
    assert.equal(table.caption, 'Datos de Teoría de acción');
    assert.deepEqual(table.rows[5], {
      stage: 'Resultados estudiantiles',
      link: 'Attendance',
      status: 'Por buen camino (derivado)',
      owner: '',
      measure: 'Chronic absence',
      latest: '4% (julio de 2025)',
      goal: '—',
      verdict: 'Mejorando',
      points: '12',
    });
  });
});
