import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@outcome-kit/county-grid';
import { badCountyDocument, countyDocument, districtDocument } from './data/county-data.js';
import { MISSING_URL, NEVER } from './fixtures.js';

interface GridArgs {
  data?: unknown;
  src?: string;
  heading?: string;
  'heading-level': number;
  year: string;
  group: string;
  query: string;
  'da-only': boolean;
  'report-href': string;
  lang: string;
  exports: boolean;
  /** A maximum width for the story's box, to show the narrow layout. */
  width?: string;
}

/**
 * `<outcome-county-grid>`: the page a county office leads with. Every district (or a district's
 * schools) × every Dashboard indicator, for All Students or a chosen group, with each LEA's
 * differentiated-assistance status. Sort, search, filter to DA, switch the year; each name links
 * to that entity's equity report. All data is illustrative.
 */
const meta: Meta<GridArgs> = {
  title: 'Widgets/County grid',
  component: 'outcome-county-grid',
  tags: ['autodocs'],
  args: { data: countyDocument(), 'heading-level': 2, year: '', group: 'ALL', query: '', 'da-only': false, 'report-href': '#equity-report-{cds}', lang: 'en', exports: false },
  argTypes: {
    data: { control: false },
    src: { control: 'text' },
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    year: { control: 'select', options: ['', '2023', '2024'] },
    group: { control: 'select', options: ['ALL', 'EL', 'SWD', 'SED', 'HI', 'AA', 'FOS', 'HOM'] },
    query: { control: 'text' },
    'da-only': { control: 'boolean' },
    'report-href': { control: 'text' },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    exports: { control: 'boolean' },
    width: { control: 'text' },
  },
  render: (a) => html`<div style=${a.width ? `max-width: ${a.width}` : nothing}>
    <outcome-county-grid
      .data=${a.src ? undefined : a.data}
      src=${a.src ?? nothing}
      heading=${a.heading ?? nothing}
      heading-level=${a['heading-level']}
      year=${a.year || nothing}
      group=${a.group}
      query=${a.query || nothing}
      ?da-only=${a['da-only']}
      report-href=${a['report-href'] || nothing}
      lang=${a.lang}
      ?exports=${a.exports}
    ></outcome-county-grid>
  </div>`,
};
export default meta;
type Story = StoryObj<GridArgs>;

/** Valle Verde County's eight LEAs on the 2024 Dashboard, All Students, with DA status. */
export const County: Story = { args: { exports: true } };

/** One student group across the county: students with disabilities. */
export const StudentGroup: Story = { name: 'One student group', args: { group: 'SWD' } };

/** Only the LEAs eligible for differentiated assistance. */
export const EligibleOnly: Story = { name: 'Eligible only', args: { 'da-only': true } };

/** A name search ("unified"). */
export const Search: Story = { args: { query: 'unified' } };

/** A district's schools (no DA column: schools are not LEAs). */
export const Schools: Story = { args: { data: districtDocument() } };

/** Without `report-href`: each name is a button that fires `outcome-select` for the page to handle. */
export const EventsOnly: Story = { name: 'Events only, no links', args: { 'report-href': '' } };

/** En español. */
export const Spanish: Story = { name: 'En español', args: { lang: 'es' } };

/** On a phone: the table scrolls sideways in its own region, the names stay in view. */
export const Narrow: Story = { args: { width: '320px' } };

/** While the document loads. */
export const Loading: Story = { args: { data: NEVER() }, parameters: { skipAxeWait: true } };

/** The document cannot be loaded. */
export const LoadError: Story = { name: 'A load error', args: { src: MISSING_URL } };

/** A count that is not a number: the message names the field (`children[1].records[0].n`). */
export const BadDocument: Story = { name: 'A bad document', args: { data: badCountyDocument() } };
