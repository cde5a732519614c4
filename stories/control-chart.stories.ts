import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@outcome-kit/control-chart';
import { MISSING_URL, NEVER } from './fixtures.js';

/** A small seeded random generator, so the stories' illustrative data is the same every time. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const MONTHS = Array.from({ length: 24 }, (_, i) => {
  const y = 2023 + Math.floor((i + 7) / 12);
  return `${y}-${String(((i + 7) % 12) + 1).padStart(2, '0')}`;
});

/** Chronic absence counts out of enrolment, with a drop after a change in month 13. */
function absence(seed: number, n: number, rate: number, drop = 0.04) {
  const r = random(seed);
  return MONTHS.map((month, i) => {
    const enrolled = n + Math.round((r() - 0.5) * n * 0.1);
    const p = rate - (i >= 13 ? drop : 0) + (r() - 0.5) * 0.02;
    return { month, absent: Math.round(enrolled * p), enrolled };
  });
}

const P_DATA = absence(7, 420, 0.22);
const LARGE = absence(11, 48000, 0.18, 0.006);
const SUSPENSIONS = (() => {
  const r = random(5);
  return MONTHS.map((month, i) => ({ month, suspensions: Math.round((i >= 12 ? 14 : 22) + (r() - 0.5) * 10), enrolled: 2400 + Math.round(r() * 200) }));
})();
const COUNTS = (() => {
  const r = random(3);
  return MONTHS.map((month, i) => ({ month, incidents: Math.round(6 + (r() - 0.5) * 6 + (i === 17 ? 9 : 0)) }));
})();
const DAYS = (() => {
  const r = random(9);
  return MONTHS.map((month, i) => ({ month, days: Math.round(30 + (r() - 0.5) * 12 - (i > 14 ? 8 : 0)) }));
})();
const VISITS = (() => {
  const r = random(13);
  return MONTHS.slice(0, 16).flatMap((month) => Array.from({ length: 4 + Math.floor(r() * 3) }, () => ({ month, minutes: Math.round(40 + (r() - 0.5) * 20) })));
})();
const BETWEEN = (() => {
  const r = random(21);
  return Array.from({ length: 20 }, (_, i) => ({ incident: i + 1, days: Math.max(1, Math.round(-Math.log(1 - r()) * 12)) }));
})();
const SCHOOLS = (() => {
  const names = ['Alder', 'Birch Grove', 'Cedar Ridge', 'Dogwood', 'Elmwood', 'Fir Valley', 'Garfield', 'Hawthorne'];
  return names.flatMap((school, k) =>
    absence(100 + k, 300 + k * 90, 0.16 + k * 0.015, school === 'Garfield' ? 0.07 : 0.004).map((row) => ({ ...row, school })),
  ).concat(MONTHS.slice(-4).map((month) => ({ month, absent: 30, enrolled: 210, school: 'Juniper (new)' })));
})();
const CHANGES = JSON.stringify([{ x: '2024-08', label: 'Attendance letters' }]);

interface ControlArgs {
  data?: unknown;
  src?: string;
  heading?: string;
  chart: string;
  x: string;
  y: string;
  n?: string;
  facet?: string;
  freeze?: string;
  phases?: string;
  exclude?: string;
  multiply?: string;
  target?: string;
  direction?: string;
  method?: string;
  scale?: string;
  changes?: string;
  'y-label'?: string;
  lang: string;
  exports: boolean;
}

/**
 * `<outcome-control-chart>`: is the process stable, given how many students each point covers?
 * Limits per point (qicharts2's), Anhøj's runs rules or the NHS XmR rules, and small multiples by
 * school. The data in these stories is illustrative.
 */
const meta: Meta<ControlArgs> = {
  title: 'Widgets/Control chart',
  component: 'outcome-control-chart',
  tags: ['autodocs'],
  args: {
    data: P_DATA,
    heading: 'Chronic absence at Garfield Middle (monthly)',
    chart: 'p',
    x: 'month',
    y: 'absent',
    n: 'enrolled',
    direction: 'down',
    changes: CHANGES,
    lang: 'en',
    exports: false,
  },
  argTypes: {
    chart: { control: 'select', options: ['i', 'mr', 'p', 'pp', 'u', 'up', 'c', 'xbar', 's', 'g', 't'] },
    method: { control: 'inline-radio', options: ['qic', 'nhs'] },
    direction: { control: 'inline-radio', options: ['', 'up', 'down'] },
    scale: { control: 'inline-radio', options: ['shared', 'free'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    exports: { control: 'boolean' },
    data: { control: 'object' },
  },
  render: (a) => html`<outcome-control-chart
    .data=${a.src ? undefined : a.data}
    src=${a.src ?? nothing}
    heading=${a.heading ?? nothing}
    chart=${a.chart}
    x=${a.x}
    y=${a.y}
    n=${a.n || nothing}
    facet=${a.facet || nothing}
    freeze=${a.freeze || nothing}
    phases=${a.phases || nothing}
    exclude=${a.exclude || nothing}
    multiply=${a.multiply || nothing}
    target=${a.target || nothing}
    direction=${a.direction || nothing}
    method=${a.method || nothing}
    scale=${a.scale || nothing}
    changes=${a.changes || nothing}
    y-label=${a['y-label'] || nothing}
    lang=${a.lang}
    ?exports=${a.exports}
  ></outcome-control-chart>`,
};
export default meta;
type Story = StoryObj<ControlArgs>;

/** p chart: the share of students chronically absent, limits varying with enrolment; the drop after the change signals. */
export const PChart: Story = { name: 'P chart', args: { exports: true, freeze: '12' } };

/** Laney p′: with 48,000 students a plain p chart flags almost every month; p′ widens the limits by the between-month variation. */
export const LaneyPPrime: Story = { name: 'Laney p′ chart', args: { data: LARGE, chart: 'pp', heading: 'Chronic absence, whole district (Laney p′)', changes: '' } };

/** The same district data as a plain p chart, for comparison. */
export const PChartLargeDenominators: Story = { name: 'P chart with large denominators', args: { data: LARGE, chart: 'p', heading: 'Chronic absence, whole district (p chart)', changes: '' } };

/** u chart: suspensions per 100 students, limits varying with enrolment. */
export const UChart: Story = {
  name: 'U chart',
  args: { data: SUSPENSIONS, chart: 'u', y: 'suspensions', multiply: '100', heading: 'Suspensions per 100 students (monthly)', 'y-label': 'Per 100 students', changes: JSON.stringify([{ x: '2024-07', label: 'Restorative circles' }]) },
};

/** Laney u′ on the same data. */
export const LaneyUPrime: Story = { name: 'Laney u′ chart', args: { ...UChart.args, chart: 'up', heading: 'Suspensions per 100 students (Laney u′)' } };

/** c chart: counts of incidents each month (no denominator). */
export const CChart: Story = { name: 'C chart', args: { data: COUNTS, chart: 'c', y: 'incidents', n: '', heading: 'Safety incidents reported (monthly)', changes: '' } };

/** I chart (individuals) of days to approve a plan, with phases. */
export const IChart: Story = { name: 'I chart (individuals)', args: { data: DAYS, chart: 'i', y: 'days', n: '', phases: '2024-10', heading: 'Days to approve a student support plan', changes: '' } };

/** The moving ranges of the same data. */
export const MovingRange: Story = { name: 'Moving range chart', args: { ...IChart.args, chart: 'mr', phases: '', heading: 'Days to approve a plan: moving ranges' } };

/** NHS “Making Data Count” rules with a target: the variation and assurance verdicts in words. */
export const NhsRules: Story = { name: 'NHS rules', args: { ...IChart.args, method: 'nhs', phases: '', target: '35', heading: 'Days to approve a plan (NHS rules, target 35)' } };

/** x̄ chart: several coaching visits a month, the mean length per month. */
export const XbarChart: Story = { name: 'Xbar chart (means)', args: { data: VISITS, chart: 'xbar', y: 'minutes', n: '', direction: '', heading: 'Coaching visit length (mean minutes per month)', changes: '' } };

/** s chart: the spread of visit lengths per month. */
export const SChart: Story = { name: 'S chart (standard deviations)', args: { ...XbarChart.args, chart: 's', heading: 'Coaching visit length (standard deviation per month)' } };

/** g chart: incidents between events (here days, counted as opportunities). */
export const GChart: Story = { name: 'G chart', args: { data: BETWEEN, chart: 'g', x: 'incident', y: 'days', n: '', direction: 'up', heading: 'Days between bus incidents (g chart)', changes: '' } };

/** t chart: time between events, transformed. */
export const TChart: Story = { name: 'T chart', args: { ...GChart.args, chart: 't', heading: 'Days between bus incidents (t chart)' } };

/** An excluded month: shown, but left out of the limits. */
export const Excluded: Story = { args: { exclude: '2024-03', heading: 'Chronic absence (March 2024 excluded: a data error)' } };

/** Small multiples: one p′ chart per school, ordered by signal, under one summary table. A new school has too few points. */
export const SmallMultiples: Story = { args: { data: SCHOOLS, chart: 'pp', facet: 'school', heading: 'Chronic absence by school (monthly)' } };

/** Small multiples with a y scale of their own each. */
export const SmallMultiplesFreeScale: Story = { name: 'Small multiples, each on its own scale', args: { ...SmallMultiples.args, scale: 'free' } };

/** The district's file of every school, from a CSV (28 schools). */
export const DistrictFromCsv: Story = { name: 'A district from a CSV file', args: { data: undefined, src: '/data/chronic-absence-by-school.csv', y: 'chronic', chart: 'pp', facet: 'school', changes: '', heading: 'Chronic absence by school, Valley Unified (illustrative)' } };

/** Spanish. */
export const Spanish: Story = { name: 'In Spanish', args: { lang: 'es', heading: 'Ausentismo crónico en Garfield (mensual)' } };

/** Spanish small multiples. */
export const SpanishSmallMultiples: Story = { name: 'Small multiples in Spanish', args: { ...SmallMultiples.args, lang: 'es', heading: 'Ausentismo crónico por escuela' } };

/** A p chart without n: it says it needs denominators. */
export const PChartWithoutN: Story = { name: 'A p chart without denominators', args: { n: '', heading: 'A p chart without denominators' } };

/** A count above its n: the message names the row and says why it cannot be. */
export const CountAboveN: Story = {
  name: 'A count above its denominator',
  args: { data: [...P_DATA.slice(0, 5), { month: '2024-01', absent: 520, enrolled: 410 }, ...P_DATA.slice(6)], heading: 'A count above its enrolment' },
};

/** Loading: the data has not arrived yet. */
export const Loading: Story = { args: { data: NEVER() }, parameters: { skipAxeWait: true } };

/** No data yet. */
export const Empty: Story = { name: 'No data yet', args: { data: [] } };

/** The file could not be loaded. */
export const MissingFile: Story = { name: 'A missing file', args: { src: MISSING_URL, data: undefined } };
