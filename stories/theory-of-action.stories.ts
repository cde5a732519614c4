import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@outcome-kit/theory-of-action';
import '@outcome-kit/run-chart/define'; // the opened measure's full run chart (the script-tag bundle defines it; npm pages import it)
import { NEVER } from './fixtures.js';

/*
 * Fixtures are exported as functions (so neither Storybook nor the story test takes them for
 * stories) and shared with test/widgets/theory-of-action.test.ts. All data is illustrative.
 */

const MONTHS = ['2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05'];

/** Values at school months from `from` (default August 2024). */
function monthly(ys: ReadonlyArray<number | null>, from = 0) {
  return ys.map((y, i) => ({ x: MONTHS[from + i]!, y }));
}

/** Valle Verde COE's theory of action for Mesa Alta Unified (chronic absenteeism); the same as demo/public/data/theory-of-action.json. */
export function valleVerdeData() {
  return {
    title: 'Valle Verde COE theory of action: chronic absenteeism in Mesa Alta Unified',
    description:
      "Illustrative data. How the Valle Verde County Office of Education's differentiated assistance for Mesa Alta Unified School District is meant to reach students, link by link, and what the interim measures show for the 2024–25 school year.",
    links: [
      {
        id: 'root-cause',
        stage: 'analysis',
        label: 'Root-cause analysis of chronic absenteeism',
        description: 'The COE and the district studied the 2024 Dashboard, attendance records and empathy interviews with families.',
        status: 'achieved',
        owner: 'Valle Verde COE, Continuous Improvement team',
        evidence:
          'Chronic absenteeism on the 2024 Dashboard: Very High for students with disabilities (34.0%) and English learners (31.5%). 42 family empathy interviews; transportation and illness were the two most-named barriers.',
        measures: [],
      },
      {
        id: 'lcap-goal',
        stage: 'plans',
        label: "Attendance goal and actions in the district's LCAP",
        description: 'LCAP Goal 3 sets four attendance actions; every school writes an attendance improvement plan.',
        status: 'achieved',
        owner: 'Mesa Alta USD, Educational Services',
        evidence: 'LCAP adopted by the board in June 2024; school plans approved by site councils.',
        measures: [{ name: 'Schools with an attendance improvement plan', unit: 'schools', direction: 'up', goal: 12, values: monthly([3, 5, 8, 10, 11, 12, 12, 12, 12, 12]) }],
      },
      {
        id: 'coaching',
        stage: 'services',
        label: 'Attendance team coaching (COE)',
        description: "COE coaches meet each school's attendance team to run PDSA cycles on Tier 1 practices.",
        owner: 'Valle Verde COE, Student Support Services',
        measures: [{ name: 'Coaching sessions held', unit: 'sessions', direction: 'up', goal: 10, values: monthly([2, 3, 4, 4, 6, 7, 8, 8, 9, 8]) }],
      },
      {
        id: 'outreach',
        stage: 'services',
        label: 'Brokered family outreach (county health and community partners)',
        description: 'Community health workers from partner agencies visit families of students with many absences.',
        owner: 'Valle Verde County Health and Human Services, brokered by the COE',
        measures: [{ name: 'Home visits by community health workers', unit: 'visits', direction: 'up', goal: 30, values: monthly([12, 15, 14, 18, 20, 22, 25, 24, 27, 29]) }],
      },
      {
        id: 'referrals',
        stage: 'district-practice',
        label: 'District answers attendance referrals quickly',
        description: "The district's attendance office follows up on every referral from a school within five school days.",
        owner: 'Mesa Alta USD, Child Welfare and Attendance',
        measures: [{ name: 'Referrals answered within 5 school days', unit: '%', direction: 'up', goal: 90, values: monthly([72, 70, 68, 66, 63, 60, 58, 57, 55, 52]) }],
      },
      {
        id: 'tier1',
        stage: 'school-practice',
        label: 'Classrooms run Tier 1 attendance practices',
        description: 'Daily welcome and check-in, positive attendance nudges home, and a monthly attendance team meeting.',
        owner: 'School principals and teachers',
        measures: [{ name: 'Classrooms with daily attendance check-ins', unit: '%', direction: 'up', goal: 80, values: monthly([15, 22, 28, 30, 34, 38], 4) }],
      },
      {
        id: 'chronic',
        stage: 'student-outcomes',
        label: 'Fewer students chronically absent',
        description: 'Students absent 10% or more of the days they were enrolled, year to date.',
        owner: 'Mesa Alta USD and Valle Verde COE',
        measures: [
          { name: 'Chronically absent students, all', unit: '%', direction: 'down', goal: 20, values: monthly([27.9, 28.4, 27.1, 28.8, 29.5, 28.0, 27.6, 28.3, 27.2, 27.8]) },
          {
            name: 'Chronically absent students with disabilities',
            unit: '%',
            direction: 'down',
            goal: 25,
            values: monthly([33.5, 34.1, 33.0, 34.8, 35.2, 34.0, 33.6, 34.4, 33.1, 33.9]),
          },
        ],
      },
    ],
  };
}

/** Seven values in a row going up (a trend): improving when higher is better. */
const RISING = [3, 4, 3, 4, 5, 6, 7, 8, 9, 9];
/** Seven values in a row going down: improving when lower is better. */
const FALLING = [31, 30, 31, 30, 29, 28, 27, 26, 25, 25];

/** Every link on track or achieved: the chain holds. */
export function onTrackData() {
  return {
    title: 'Reading by grade 3: the chain holds',
    links: [
      { id: 'an', stage: 'analysis', label: 'Literacy data review with the district', status: 'achieved' },
      { id: 'pl', stage: 'plans', label: 'Early literacy actions in the LCAP', status: 'achieved' },
      { id: 'sv', stage: 'services', label: 'Structured literacy coaching', measures: [{ name: 'Coaching cycles completed', unit: 'cycles', direction: 'up', values: monthly(RISING) }] },
      { id: 'dp', stage: 'district-practice', label: 'District screens every K–3 student', status: 'on-track', owner: 'District assessment office' },
      { id: 'sp', stage: 'school-practice', label: 'Daily small-group phonics', status: 'on-track' },
      {
        id: 'so',
        stage: 'student-outcomes',
        label: 'More grade 3 students reading at benchmark',
        measures: [{ name: 'Students below benchmark', unit: '%', direction: 'down', values: monthly(FALLING) }],
      },
    ],
  };
}

/** Services on track, district practice with no measure yet: where the chain cannot yet show support reaches classrooms. */
export function unmeasuredBreakData() {
  return {
    title: 'Attendance support: where the chain breaks',
    links: [
      { id: 'an', stage: 'analysis', label: 'Root-cause analysis', status: 'achieved' },
      { id: 'pl', stage: 'plans', label: 'Attendance goal in the LCAP', status: 'achieved' },
      { id: 'sv', stage: 'services', label: 'Attendance team coaching', measures: [{ name: 'Coaching sessions held', unit: 'sessions', direction: 'up', values: monthly(RISING) }] },
      { id: 'dp', stage: 'district-practice', label: 'Monthly attendance data reviews' },
      { id: 'sp', stage: 'school-practice', label: 'Tier 1 attendance practices', status: 'not-started' },
      { id: 'so', stage: 'student-outcomes', label: 'Fewer students chronically absent', status: 'not-started' },
    ],
  };
}

/** No status given anywhere: every status comes from its measures' run charts (improving, worsening, no signal, too few points, no data). */
export function derivedData() {
  return {
    title: 'Statuses derived from interim measures',
    links: [
      { id: 'sv', stage: 'services', label: 'Coaching', measures: [{ name: 'Sessions held', unit: 'sessions', direction: 'up', values: monthly(RISING) }] },
      { id: 'dp', stage: 'district-practice', label: 'Referral follow-up', measures: [{ name: 'Referrals answered in 5 days', unit: '%', direction: 'up', values: monthly([72, 70, 68, 66, 63, 60, 58, 57, 55, 52]) }] },
      { id: 'sp', stage: 'school-practice', label: 'Daily check-ins', measures: [{ name: 'Classrooms checking in daily', unit: '%', direction: 'up', values: monthly([15, 22, 28, 30], 6) }] },
      {
        id: 'so',
        stage: 'student-outcomes',
        label: 'Attendance',
        measures: [
          { name: 'Chronically absent students', unit: '%', direction: 'down', values: monthly([27.9, 28.4, 27.1, 28.8, 29.5, 28.0, 27.6, 28.3, 27.2, 27.8]) },
          { name: 'Students with disabilities chronically absent', unit: '%', direction: 'down', values: [] },
        ],
      },
    ],
  };
}

/** Links with statuses but no measure yet, early in the year. */
export function noMeasuresData() {
  return {
    title: 'A new theory of action, before any measure',
    links: [
      { id: 'an', stage: 'analysis', label: 'Analysis of math performance', status: 'achieved', owner: 'COE' },
      { id: 'pl', stage: 'plans', label: 'Math goal in the LCAP', status: 'in-progress', owner: 'District' },
      { id: 'sv', stage: 'services', label: 'Math coaching', status: 'not-started' },
      { id: 'so', stage: 'student-outcomes', label: 'Math scores rise', status: 'not-started' },
    ],
  };
}

/** Several links per stage, with explicit `leadsTo`. */
export function manyLinksData() {
  const m = (name: string, ys: number[], direction = 'up') => [{ name, unit: '%', direction, values: monthly(ys) }];
  return {
    title: 'Three services, two district practices',
    links: [
      { id: 'an', stage: 'analysis', label: 'Analysis', status: 'achieved' },
      { id: 's1', stage: 'services', label: 'Coaching', leadsTo: ['d1'], measures: m('Schools coached', RISING) },
      { id: 's2', stage: 'services', label: 'Family outreach', leadsTo: ['d2'], status: 'in-progress' },
      { id: 's3', stage: 'services', label: 'Transportation help', leadsTo: ['d2'], status: 'on-track' },
      { id: 'd1', stage: 'district-practice', label: 'Data reviews', measures: m('Schools reviewing data', [50, 52, 55, 53, 58, 60, 61, 63, 62, 66]) },
      { id: 'd2', stage: 'district-practice', label: 'Referral follow-up', status: 'off-track' },
      { id: 'sp', stage: 'school-practice', label: 'Tier 1 practices', status: 'in-progress' },
    ],
  };
}

/** The chain in Spanish, with Spanish labels. */
export function spanishData() {
  return {
    title: 'Teoría de acción de la COE de Valle Verde: ausentismo crónico',
    description: 'Datos ilustrativos.',
    links: [
      { id: 'an', stage: 'analysis', label: 'Análisis de causas del ausentismo crónico', status: 'achieved', owner: 'COE de Valle Verde' },
      { id: 'pl', stage: 'plans', label: 'Meta de asistencia en el LCAP', status: 'achieved' },
      { id: 'sv', stage: 'services', label: 'Asesoría a los equipos de asistencia', measures: [{ name: 'Sesiones de asesoría', unit: 'sesiones', direction: 'up', values: monthly(RISING) }] },
      { id: 'dp', stage: 'district-practice', label: 'Revisión mensual de datos de asistencia' },
      {
        id: 'so',
        stage: 'student-outcomes',
        label: 'Menos estudiantes con ausentismo crónico',
        measures: [{ name: 'Estudiantes con ausentismo crónico', unit: '%', direction: 'down', goal: 20, values: monthly([27.9, 28.4, 27.1, 28.8, 29.5, 28.0, 27.6, 28.3, 27.2, 27.8]) }],
      },
    ],
  };
}

/** A typo in a stage: the message names `links[2].stage` and the link. */
export function badData() {
  return { links: [{ id: 'an', stage: 'analysis', label: 'Analysis' }, { id: 'pl', stage: 'plans', label: 'Plans' }, { id: 'coaching', stage: 'servces', label: 'Coaching' }] };
}

interface TheoryArgs {
  data?: unknown;
  src?: string;
  heading?: string;
  'heading-level': number;
  layout: string;
  rules: string;
  'min-points': string;
  expand: boolean;
  exports: boolean;
  lang: string;
  /** A maximum width for the story's box, to show the narrow layout. */
  width?: string;
}

/**
 * `<outcome-theory-of-action>`: is our theory of action working, link by link? The chain from the
 * COE's analysis of performance to student outcomes, each link with its status (a name, a shape
 * and a colour) and its interim measures, and where the chain breaks. Activate a measure to see
 * its values and run-chart signals.
 */
const meta: Meta<TheoryArgs> = {
  title: 'Widgets/Theory of action',
  component: 'outcome-theory-of-action',
  tags: ['autodocs'],
  excludeStories: /Data$/,
  args: { data: valleVerdeData(), 'heading-level': 2, layout: 'auto', rules: 'ihi', 'min-points': '10', expand: false, exports: false, lang: 'en' },
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    layout: { control: 'inline-radio', options: ['auto', 'vertical', 'horizontal'] },
    rules: { control: 'inline-radio', options: ['ihi', 'anhoej'] },
    'min-points': { control: 'text' },
    expand: { control: 'boolean' },
    exports: { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    width: { control: 'text' },
  },
  render: (a) => html`<div style=${a.width ? `max-width: ${a.width}` : nothing}>
    <outcome-theory-of-action
      .data=${a.src ? undefined : a.data}
      src=${a.src ?? nothing}
      heading=${a.heading ?? nothing}
      heading-level=${a['heading-level']}
      layout=${a.layout}
      rules=${a.rules}
      min-points=${a['min-points']}
      ?expand=${a.expand}
      ?exports=${a.exports}
      lang=${a.lang}
    ></outcome-theory-of-action>
  </div>`,
};
export default meta;
type Story = StoryObj<TheoryArgs>;

/** Valle Verde COE and Mesa Alta Unified: services on track, district practice off track, so the chain breaks there. */
export const Default: Story = {};

/** Every link on track or achieved. */
export const OnTrack: Story = { name: 'On track', args: { data: onTrackData() } };

/** Services are on track, but district practice has no measure yet. */
export const ChainBreak: Story = { name: 'A break in the chain', args: { data: unmeasuredBreakData() } };

/** No status given: each comes from its measures' run-chart verdicts. */
export const MeasuresOnly: Story = { name: 'Measures only (derived statuses)', args: { data: derivedData() } };

/** Statuses given, no measure yet. */
export const NoMeasuresYet: Story = { name: 'No measures yet', args: { data: noMeasuresData() } };

/** Several links in a stage, each leading to the links it names. */
export const ManyLinksPerStage: Story = { name: 'Many links per stage', args: { data: manyLinksData() } };

/** Spanish. */
export const Spanish: Story = { name: 'In Spanish', args: { data: spanishData(), lang: 'es' } };

/** A narrow column (a phone, a sidebar): the chain runs top to bottom. */
export const Narrow: Story = { args: { width: '22rem' } };

/** Loading: the data has not arrived yet. */
export const Loading: Story = { args: { data: NEVER() }, parameters: { skipAxeWait: true } };

/** No links yet. */
export const Empty: Story = { name: 'No data yet', args: { data: { title: 'Our theory of action', links: [] } } };

/** A typo in a stage: the message names the field and the link. */
export const ErrorState: Story = { name: 'Error', args: { data: badData() } };

/** An opened measure: its full run chart in a dialog as wide as the screen allows (Escape or Close returns to the measure). */
export const OpenedMeasure: Story = { name: 'An opened measure', args: { expand: true } };

/** An opened measure, in Spanish. */
export const OpenedMeasureSpanish: Story = { name: 'An opened measure, in Spanish', args: { expand: true, data: spanishData(), lang: 'es' } };

/** At a laptop's width (1000 px): three columns in two rows, no word broken. */
export const LaptopWidth: Story = { name: 'At a laptop’s width', args: { width: '62rem' } };
