import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@outcome-kit/gap-chart';
import { BAD_GROUPS, CHRONIC_GROUPS, ELA_GROUPS, GRAD_GROUPS, LOCAL_GROUPS } from './data/gap-data.js';
import { MISSING_URL, NEVER } from './fixtures.js';

interface GapArgs {
  data?: unknown;
  src?: string;
  heading?: string;
  indicator: string;
  reference: string;
  sort: string;
  'suppress-below': string;
  direction?: string;
  unit?: string;
  lang: string;
  exports: boolean;
}

/**
 * `<outcome-gap-chart>`: which student groups are behind on an indicator, and is the gap closing?
 * Each group's dot carries its Dashboard colour, a shape for that colour and the level's name;
 * groups with 10 or fewer students are removed before anything is drawn.
 */
const meta: Meta<GapArgs> = {
  title: 'Widgets/Gap chart',
  component: 'outcome-gap-chart',
  tags: ['autodocs'],
  args: { indicator: 'ela', reference: 'all', sort: 'gap', 'suppress-below': '10', lang: 'en', exports: false, data: ELA_GROUPS },
  argTypes: {
    indicator: { control: 'select', options: ['ela', 'math', 'elpi', 'chronic', 'susp', 'grad', 'cci', 'custom'] },
    reference: { control: 'text', description: '`all`, `highest`, `state:<value>` or a group code' },
    sort: { control: 'select', options: ['gap', 'value', 'group', 'none'] },
    'suppress-below': { control: 'text' },
    direction: { control: 'select', options: ['', 'higher', 'lower'] },
    unit: { control: 'select', options: ['', 'percent', 'points', 'dfs'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    exports: { control: 'boolean' },
    data: { control: 'object' },
  },
  render: (a) => html`<outcome-gap-chart
    .data=${a.src ? undefined : a.data}
    src=${a.src ?? nothing}
    heading=${a.heading ?? nothing}
    indicator=${a.indicator}
    reference=${a.reference}
    sort=${a.sort}
    suppress-below=${a['suppress-below']}
    direction=${a.direction || nothing}
    unit=${a.unit || nothing}
    lang=${a.lang}
    ?exports=${a.exports}
  ></outcome-gap-chart>`,
};
export default meta;
type Story = StoryObj<GapArgs>;

/** English Language Arts against All Students; Pacific Islander (8 students) is suppressed. */
export const EnglishLanguageArts: Story = { args: { exports: true } };

/** Chronic absenteeism: lower is better, so a group above the reference line is behind. */
export const ChronicAbsenteeism: Story = { args: { data: CHRONIC_GROUPS, indicator: 'chronic' } };

/** Graduation rate (higher is better); a group of 6 students is suppressed, Foster Youth has no prior year. */
export const GraduationRate: Story = { name: 'Graduation rate', args: { data: GRAD_GROUPS, indicator: 'grad' } };

/** Against the state's rate instead of the district's All Students. */
export const AgainstTheState: Story = { name: 'Against the state', args: { data: GRAD_GROUPS, indicator: 'grad', reference: 'state:87.0' } };

/** A CDE Dashboard download file, loaded as-is and filtered to one district by its CDS code. */
export const CdeDownloadFile: Story = {
  name: 'A CDE download file',
  args: { src: '/data/cde-chronic-sample.txt', indicator: 'chronic', data: undefined, heading: 'Chronic absenteeism, from the CDE Dashboard file' },
  render: (a) => html`<outcome-gap-chart src=${a.src!} indicator=${a.indicator} cds="19647330000000" heading=${a.heading ?? nothing} lang=${a.lang}></outcome-gap-chart>`,
};

/** Against the highest-performing group shown, the way equity gaps are often read. */
export const AgainstHighestGroup: Story = { name: 'Against the highest group', args: { reference: 'highest' } };

/** A local measure with no Dashboard levels: no colours, names and gaps only. */
export const LocalMeasure: Story = {
  name: 'A local measure',
  args: { data: LOCAL_GROUPS, indicator: 'custom', direction: 'higher', unit: 'percent', heading: 'Grade 3 students reading at benchmark' },
};

/** Spanish. */
export const Spanish: Story = { name: 'In Spanish', args: { lang: 'es', data: CHRONIC_GROUPS, indicator: 'chronic' } };

/** Loading: the data has not arrived yet. */
export const Loading: Story = { args: { data: NEVER() }, parameters: { skipAxeWait: true } };

/** No data yet. */
export const Empty: Story = { name: 'No data yet', args: { data: [] } };

/** A bad value: the message names the field and the row. */
export const BadValue: Story = { name: 'A bad value', args: { data: BAD_GROUPS } };

/** The file could not be loaded. */
export const MissingFile: Story = { name: 'A missing file', args: { src: MISSING_URL, data: undefined } };

/** Layout-sensitive cases: below 560 px the names go above their rows and the plot keeps the width. */
const phone = (story: () => unknown) => html`<div style="max-width: 22.5rem">${story()}</div>`;

/** On a phone (360 px). */
export const PhoneWidth: Story = { name: 'On a phone', args: { exports: true }, decorators: [phone] };

/** On a phone, in Spanish: long group names wrap, none is cut. */
export const PhoneWidthSpanish: Story = { name: 'On a phone, in Spanish', args: { lang: 'es' }, decorators: [phone] };

/** Chronic absenteeism on a phone (lower is better: the gaps read “−” for behind all the same). */
export const PhoneWidthChronic: Story = { name: 'Chronic absenteeism on a phone', args: { data: CHRONIC_GROUPS, indicator: 'chronic' }, decorators: [phone] };
