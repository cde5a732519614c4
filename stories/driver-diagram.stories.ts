import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@outcome-kit/driver-diagram';
import { NEVER } from './fixtures.js';

/*
 * Fixtures are functions (so neither Storybook nor the story test takes them for stories), shared
 * with test/widgets/driver-diagram.test.ts. All data is illustrative.
 */

/** The demo district's attendance diagram, with its measures and PDSA cycles. */
export const DIAGRAM_URL = '/data/attendance-driver-diagram.json';

/** A small diagram in Spanish. */
export function spanishData() {
  return {
    title: 'Diagrama de impulsores: asistencia en Mesa Alta (ilustrativo)',
    nodes: [
      { id: 'aim', kind: 'aim', text: 'Bajar el ausentismo crónico del 24 % al 15 % para junio de 2026' },
      { id: 'p1', parent: 'aim', kind: 'primary', text: 'Las familias y la escuela se comunican a tiempo' },
      { id: 's1', parent: 'p1', kind: 'secondary', text: 'Mensajes claros en el idioma de cada familia' },
      { id: 'c1', parent: 's1', kind: 'change', text: 'Cartas de asistencia en lenguaje sencillo', owner: 'Oficina de asistencia' },
      { id: 'c2', parent: 's1', kind: 'change', text: 'Llamadas a las familias tras la segunda falta' },
    ],
    cycles: [
      { id: 'k1', change: 'c1', title: 'Carta en una escuela', start: '2024-09-09', end: '2024-09-27', scale: 'school', decision: 'adapt', 'prediction-met': 'sí' },
      { id: 'k2', change: 'c1', title: 'Carta en cuatro escuelas', start: '2024-11-04', end: '2024-12-13', scale: 'schools', sites: 4, decision: 'adopt', 'prediction-met': 'sí' },
    ],
  };
}

/** Flat rows, as a CSV would give them: no measures, no cycles yet. */
export function flatRowsData() {
  return [
    { id: 'aim', parent: '', kind: 'aim', text: 'Every 3rd grader reads at grade level by 2027', owner: 'Literacy team' },
    { id: 'p1', parent: 'aim', kind: 'primary', text: 'Daily explicit phonics instruction' },
    { id: 'p2', parent: 'aim', kind: 'primary', text: 'Reading at home' },
    { id: 'c1', parent: 'p1', kind: 'change', text: 'Decodable readers in every K–2 classroom' },
    { id: 'c2', parent: 'p2', kind: 'change', text: 'Family reading nights each quarter' },
  ];
}

/** A diagram whose change idea hangs from an id that does not exist. */
export function badData() {
  return { nodes: [{ id: 'aim', kind: 'aim', text: 'Aim' }, { id: 'c1', parent: 'p9', kind: 'change', text: 'Lost idea' }] };
}

interface DiagramArgs {
  data?: unknown;
  src?: string;
  heading?: string;
  'heading-level': number;
  'pdsa-href': string;
  rules: string;
  'min-points': string;
  exports: boolean;
  lang: string;
  width?: string;
}

const meta: Meta<DiagramArgs> = {
  title: 'Widgets/Driver diagram',
  component: 'outcome-driver-diagram',
  tags: ['autodocs'],
  excludeStories: /(Data|_URL)$/,
  args: { src: DIAGRAM_URL, 'heading-level': 2, 'pdsa-href': '', rules: 'ihi', 'min-points': '10', exports: false, lang: 'en' },
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'pdsa-href': { control: 'text' },
    rules: { control: 'inline-radio', options: ['ihi', 'anhoej'] },
    'min-points': { control: 'text' },
    exports: { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    width: { control: 'text' },
  },
  render: (a) => html`<div style=${a.width ? `max-width: ${a.width}` : nothing}>
    <outcome-driver-diagram
      .data=${a.data}
      src=${a.data ? nothing : (a.src ?? nothing)}
      heading=${a.heading ?? nothing}
      heading-level=${a['heading-level']}
      pdsa-href=${a['pdsa-href'] || nothing}
      rules=${a.rules}
      min-points=${a['min-points']}
      ?exports=${a.exports}
      lang=${a.lang}
    ></outcome-driver-diagram>
  </div>`,
};
export default meta;
type Story = StoryObj<DiagramArgs>;

/** A district's attendance aim, its drivers and the change ideas it is testing, with their PDSA cycles. */
export const Default: Story = { name: 'Attendance, with PDSA cycles' };

/** Each change idea links to its PDSA log on the page. */
export const LinkedToLogs: Story = { name: 'Linked to the PDSA logs', args: { 'pdsa-href': '#log-{id}' } };

/** From flat rows, as a CSV file gives them. */
export const FlatRows: Story = { name: 'From flat rows', args: { data: flatRowsData() } };

/** In Spanish. */
export const Spanish: Story = { name: 'In Spanish', args: { data: spanishData(), lang: 'es' } };

/** On a phone: the stacked tree. */
export const Phone: Story = { name: 'On a phone', args: { width: '22rem' } };

export const Loading: Story = { args: { data: NEVER() }, parameters: { skipAxeWait: true } };

export const Empty: Story = { name: 'No data yet', args: { data: { nodes: [] } } };

/** A parent that does not exist: the message names the row. */
export const ErrorState: Story = { name: 'A missing parent', args: { data: badData() } };
