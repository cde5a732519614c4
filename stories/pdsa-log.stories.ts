import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@outcome-kit/pdsa-log';
import { NEVER } from './fixtures.js';

/*
 * Fixtures are functions (so neither Storybook nor the story test takes them for stories), shared
 * with test/widgets/pdsa-log.test.ts. All data is illustrative.
 */

/** The demo district's document: the driver diagram with its PDSA cycles. */
export const LOG_URL = '/data/attendance-driver-diagram.json';

/** Three cycles in Spanish, from one classroom to the district. */
export function spanishData() {
  return {
    title: 'Ciclos PDSA: saludo en la puerta (ilustrativo)',
    cycles: [
      { id: 'a', change: 'saludo', 'change-text': 'Saludo personal en la puerta', title: 'Un salón de 3.º', start: '2024-09-02', end: '2024-09-20', scale: 'classroom', plan: 'La maestra saluda a cada estudiante por su nombre.', prediction: 'Menos llegadas tarde.', result: 'Llegadas tarde: de 9 a 4 por semana.', learned: 'Funciona mejor con una rutina fija.', decision: 'adapt', 'prediction-met': 'sí' },
      { id: 'b', change: 'saludo', title: 'Toda la escuela', start: '2024-10-07', end: '2024-11-15', scale: 'school', decision: 'adapt', 'prediction-met': 'no', result: 'Dos grados no lo hicieron a diario.' },
      { id: 'c', change: 'saludo', title: 'Todo el distrito', start: '2025-01-06', end: '2025-03-14', scale: 'district', decision: 'adopt', 'prediction-met': 'sí' },
    ],
  };
}

/** A cycle whose decision is not one of adapt, adopt, abandon. */
export function badData() {
  return { cycles: [{ id: 'a', title: 'A test', start: '2024-09-02', decision: 'maybe' }] };
}

interface LogArgs {
  data?: unknown;
  src?: string;
  change: string;
  heading?: string;
  'heading-level': number;
  exports: boolean;
  lang: string;
  width?: string;
}

const meta: Meta<LogArgs> = {
  title: 'Widgets/PDSA log',
  component: 'outcome-pdsa-log',
  tags: ['autodocs'],
  excludeStories: /(Data|_URL)$/,
  args: { src: LOG_URL, change: 'c-letters', 'heading-level': 2, exports: false, lang: 'en' },
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    change: { control: 'text' },
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    exports: { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    width: { control: 'text' },
  },
  render: (a) => html`<div style=${a.width ? `max-width: ${a.width}` : nothing}>
    <outcome-pdsa-log
      .data=${a.data}
      src=${a.data ? nothing : (a.src ?? nothing)}
      change=${a.change || nothing}
      heading=${a.heading ?? nothing}
      heading-level=${a['heading-level']}
      ?exports=${a.exports}
      lang=${a.lang}
    ></outcome-pdsa-log>
  </div>`,
};
export default meta;
type Story = StoryObj<LogArgs>;

/** One change idea's three cycles: adapted twice, adopted after the third at four schools. */
export const Default: Story = { name: 'One change idea' };

/** Every change idea's cycles, grouped. */
export const AllChangeIdeas: Story = { name: 'Every change idea', args: { change: '' } };

/** From one classroom to the district, in Spanish. */
export const Spanish: Story = { name: 'In Spanish', args: { data: spanishData(), change: '', lang: 'es' } };

/** On a phone. */
export const Phone: Story = { name: 'On a phone', args: { width: '22rem' } };

export const Loading: Story = { args: { data: NEVER() }, parameters: { skipAxeWait: true } };

export const Empty: Story = { name: 'No cycles yet', args: { data: { cycles: [] } } };

/** A decision that is not adapt, adopt or abandon: the message names the path. */
export const ErrorState: Story = { name: 'A bad decision', args: { data: badData() } };
