import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@outcome-kit/run-chart';
import { BAD_POINTS, CHRONIC_MONTHLY, FEW_POINTS, ON_TRACK_WEEKLY, SHIFT_WEEKLY, TOO_FEW_RUNS, TREND_MONTHLY, TUTORING_PHASES } from './data/run-data.js';
import { MISSING_URL, NEVER } from './fixtures.js';

interface RunArgs {
  data?: unknown;
  src?: string;
  heading?: string;
  x: string;
  y: string;
  rules: string;
  baseline?: string;
  direction?: string;
  goal?: string;
  'y-format': string;
  'min-points'?: string;
  changes?: string;
  lang: string;
  exports: boolean;
}

/**
 * `<outcome-run-chart>`: is this change an improvement, or noise? The median, the run-chart rules
 * and the changes (PDSA cycles) where they began. Signals are named in words and drawn with their
 * own shape.
 */
const meta: Meta<RunArgs> = {
  title: 'Widgets/Run chart',
  component: 'outcome-run-chart',
  tags: ['autodocs'],
  args: {
    data: CHRONIC_MONTHLY,
    heading: 'Chronic absence rate (monthly)',
    x: 'month',
    y: 'rate',
    rules: 'ihi',
    baseline: '12',
    direction: 'down',
    goal: '15',
    'y-format': 'percent',
    lang: 'en',
    exports: false,
  },
  argTypes: {
    rules: { control: 'inline-radio', options: ['ihi', 'anhoej'] },
    direction: { control: 'inline-radio', options: ['', 'up', 'down'] },
    'y-format': { control: 'inline-radio', options: ['number', 'percent'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    baseline: { control: 'text' },
    goal: { control: 'text' },
    'min-points': { control: 'text' },
    changes: { control: 'text', description: 'JSON: `[{"x":"2024-10","label":"…"}]`' },
    exports: { control: 'boolean' },
    data: { control: 'object' },
  },
  render: (a) => html`<outcome-run-chart
    .data=${a.src ? undefined : a.data}
    src=${a.src ?? nothing}
    heading=${a.heading ?? nothing}
    x=${a.x}
    y=${a.y}
    rules=${a.rules}
    baseline=${a.baseline || nothing}
    direction=${a.direction || nothing}
    goal=${a.goal || nothing}
    y-format=${a['y-format']}
    min-points=${a['min-points'] || nothing}
    changes=${a.changes || nothing}
    lang=${a.lang}
    ?exports=${a.exports}
  ></outcome-run-chart>`,
};
export default meta;
type Story = StoryObj<RunArgs>;

/** Two changes tested after a 12-month baseline; the rate falls: a shift and a trend. */
export const ImprovementAfterChanges: Story = { name: 'Improvement after the changes', args: { exports: true } };

/** The same data read with Anhøj's rules (longest run and crossings). */
export const AnhoejRules: Story = { name: 'Anhøj rules', args: { rules: 'anhoej' } };

/** Random variation: no rule signals, so there is no evidence of change yet. */
export const NoSignal: Story = {
  name: 'No signal',
  args: { data: ON_TRACK_WEEKLY, x: 'week', y: 'percent', heading: 'Grade 9 students with no failing grade (weekly)', baseline: '', direction: 'up', goal: '' },
};

/** A shift: 8 weeks in a row above the median, in the better direction. */
export const Shift: Story = {
  args: { data: SHIFT_WEEKLY, x: 'week', y: 'percent', heading: 'Students with an attendance plan (weekly)', baseline: '', direction: 'up', goal: '' },
};

/** A trend: 6 months in a row going up (a repeated value would neither add nor break it). */
export const Trend: Story = {
  args: { data: TREND_MONTHLY, x: 'month', y: 'percent', heading: 'Families at conferences (monthly)', baseline: '', direction: 'up', goal: '50' },
};

/** Too few runs: the values stay on one side of the median for long stretches. */
export const TooFewRuns: Story = {
  name: 'Too few runs',
  args: { data: TOO_FEW_RUNS, x: 'week', y: 'days', 'y-format': 'number', heading: 'Days to close a referral', baseline: '', direction: 'down', goal: '' },
};

/** Phases: a new median after the tutoring schedule changed. */
export const Phases: Story = {
  args: { data: TUTORING_PHASES, x: 'week', y: 'attended', 'y-format': 'number', heading: 'Students attending tutoring each week', baseline: '', direction: 'up', goal: '' },
};

/** Too few points: the chart shows them, and says how many more the rules need. */
export const TooFewPoints: Story = { name: 'Too few points', args: { data: FEW_POINTS, baseline: '' } };

/** Spanish. */
export const Spanish: Story = { name: 'In Spanish', args: { lang: 'es', heading: 'Tasa de ausentismo crónico (mensual)' } };

/** Loading: the data has not arrived yet. */
export const Loading: Story = { args: { data: NEVER() }, parameters: { skipAxeWait: true } };

/** No data yet. */
export const Empty: Story = { name: 'No data yet', args: { data: [] } };

/** A value that is not a number: the message names the field and the row. */
export const BadValue: Story = { name: 'A bad value', args: { data: BAD_POINTS, baseline: '' } };

/** The file could not be loaded. */
export const MissingFile: Story = { name: 'A missing file', args: { src: MISSING_URL, data: undefined } };

/** Layout-sensitive cases: how the chart reads on a phone and with every kind of signal at once. */
const phone = (story: () => unknown) => html`<div style="max-width: 22.5rem">${story()}</div>`;

/** One school year of monthly data (August to June): one label per month, thinned to fit. */
export const OneSchoolYearMonthly: Story = {
  name: 'One school year of monthly data',
  args: {
    data: [24.1, 22.8, 23.5, 25.2, 24.0, 22.6, 23.9, 24.7, 23.1, 22.4, 21.9].map((rate, i) => ({ month: `${i < 5 ? 2024 : 2025}-${String(((7 + i) % 12) + 1).padStart(2, '0')}`, rate })),
    heading: 'Chronic absence rate, 2024–25 (monthly)',
    baseline: '',
    goal: '',
  },
};

/** A shift, a trend inside it and an astronomical point at once: the shape, a shaded band, a ring and the limit. */
export const ShiftTrendAndAstronomical: Story = {
  name: 'A shift, a trend and an astronomical point at once',
  args: {
    data: [5, 4, 5, 4, 5, 4, 6, 7, 8, 9, 10, 40].map((y, i) => ({ month: `2024-${String(i + 1).padStart(2, '0')}`, y })),
    y: 'y',
    'y-format': 'number',
    heading: 'Referrals closed in the month',
    baseline: '',
    direction: 'up',
    goal: '',
    'min-points': '10',
  },
};

/** On a phone (360 px), with the changes' labels kept inside the plot. */
export const PhoneWidth: Story = { name: 'On a phone', decorators: [phone] };

/** On a phone, in Spanish: no label cut. */
export const PhoneWidthSpanish: Story = { name: 'On a phone, in Spanish', args: { lang: 'es', heading: 'Tasa de ausentismo crónico (mensual)' }, decorators: [phone] };
