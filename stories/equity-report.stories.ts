import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@outcome-kit/equity-report';
import '@outcome-kit/gap-chart';
import { badDocument, districtDocument, districtDocuments, oneYearDocument, schoolDocument } from './data/county-data.js';
import { MISSING_URL, NEVER } from './fixtures.js';

interface EquityArgs {
  data?: unknown;
  src?: string;
  heading?: string;
  'heading-level': number;
  year: string;
  lang: string;
  exports: boolean;
  /** A maximum width for the story's box, to show the narrow layout. */
  width?: string;
}

/**
 * `<outcome-equity-report>`: one district or school, every student group × every Dashboard
 * indicator, each cell its colour (with its shape and level names), status and change; the equity
 * counts; and whether the LEA is eligible for differentiated assistance, and why. Sort by any
 * column; activate a cell to open that indicator's gap chart. All data is illustrative.
 */
const meta: Meta<EquityArgs> = {
  title: 'Widgets/Equity report',
  component: 'outcome-equity-report',
  tags: ['autodocs'],
  args: { data: districtDocument(), 'heading-level': 2, year: '', lang: 'en', exports: false },
  argTypes: {
    data: { control: false },
    src: { control: 'text' },
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    year: { control: 'select', options: ['', '2023', '2024'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    exports: { control: 'boolean' },
    width: { control: 'text' },
  },
  render: (a) => html`<div style=${a.width ? `max-width: ${a.width}` : nothing}>
    <outcome-equity-report
      .data=${a.src ? undefined : a.data}
      src=${a.src ?? nothing}
      heading=${a.heading ?? nothing}
      heading-level=${a['heading-level']}
      year=${a.year || nothing}
      lang=${a.lang}
      ?exports=${a.exports}
    ></outcome-equity-report>
  </div>`,
};
export default meta;
type Story = StoryObj<EquityArgs>;

/** Mesa Alta Unified on the 2024 Dashboard: eligible for differentiated assistance, with its reasons. */
export const District: Story = { args: { exports: true } };

/** The same district on the 2023 Dashboard (the year selector starts there). */
export const EarlierYear: Story = { name: 'An earlier year', args: { year: '2023' } };

/** A district that is not eligible for differentiated assistance. */
export const NotEligible: Story = { name: 'Not eligible', args: { data: districtDocuments()[5] } };

/** A school: no differentiated-assistance verdict (schools are not LEAs). */
export const School: Story = { args: { data: schoolDocument() } };

/** One Dashboard year only: no year selector. */
export const OneYear: Story = { name: 'One year only', args: { data: oneYearDocument() } };

/** En español. */
export const Spanish: Story = { name: 'En español', args: { lang: 'es' } };

/** On a phone: the table scrolls sideways in its own region, the group names stay in view. */
export const Narrow: Story = { args: { width: '320px' } };

/** While the document loads. */
export const Loading: Story = { args: { data: NEVER() }, parameters: { skipAxeWait: true } };

/** The document cannot be loaded: the message says where. */
export const LoadError: Story = { name: 'A load error', args: { src: MISSING_URL } };

/** A colour that is not a Dashboard colour: the message names the field (`records[3].color`). */
export const BadDocument: Story = { name: 'A bad document', args: { data: badDocument() } };
