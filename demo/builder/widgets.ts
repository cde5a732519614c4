import { DASHBOARD_INDICATORS } from '@outcome-kit/core';

/** One form field: an attribute of the element, with its default (left out of the code when unchanged). */
export interface Field {
  attr: string;
  label: string;
  hint?: string;
  kind: 'text' | 'number' | 'select' | 'checkbox';
  /** The element's own default: a value equal to it is not written into the code. */
  default: string;
  options?: Array<[value: string, label: string]>;
  min?: number;
  /** Shown under "Column names" (a disclosure), not with the main options. */
  columns?: boolean;
  /** The field names a column of the data: once a file is chosen, a picker of its columns. */
  column?: 'required' | 'optional';
  /** The form's starting value when it is not the element's default (written into the code). */
  initial?: string;
}

export interface Widget {
  /** The embed page's name (`widget=`), and the tag without `outcome-`. */
  name: string;
  tag: string;
  label: string;
  description: string;
  /** A file in demo/public/data and the options that fit it. */
  sample: { file: string; values: Record<string, string> };
  fields: Field[];
}

const indicatorOptions = Object.entries(DASHBOARD_INDICATORS).map(([id, facts]): [string, string] => [
  id,
  id === 'custom' ? 'Another measure (not a Dashboard indicator)' : facts.name.en,
]);

export const WIDGETS: Widget[] = [
  {
    name: 'run-chart',
    tag: 'outcome-run-chart',
    label: 'Run chart',
    description: 'Is a change an improvement, or noise? One measure over time, with its median and the run-chart rules.',
    sample: { file: 'chronic-absence-monthly.csv', values: { x: 'month', y: 'rate', 'y-format': 'percent', direction: 'down', baseline: '12' } },
    fields: [
      { attr: 'x', label: 'Column with the dates', hint: 'Dates, months (2024-03) or school years (2023-24).', kind: 'text', default: 'x', column: 'required' },
      { attr: 'y', label: 'Column with the measure', kind: 'text', default: 'y', column: 'required' },
      { attr: 'x-label', label: 'Name of the time axis', hint: 'The axis title, for example "Month". Empty: the column name.', kind: 'text', default: '' },
      { attr: 'y-label', label: 'Name of the measure', hint: 'The axis title, for example "Students chronically absent". Empty: the column name.', kind: 'text', default: '' },
      { attr: 'y-format', label: 'The measure is', kind: 'select', default: 'number', options: [['number', 'a number'], ['percent', 'a percentage']] },
      {
        attr: 'direction',
        label: 'Which way is better',
        kind: 'select',
        default: '',
        options: [['', 'Not set'], ['up', 'Higher is better'], ['down', 'Lower is better']],
      },
      { attr: 'baseline', label: 'Baseline points', hint: 'Freeze the median on the first this many points. Empty: the median of all points.', kind: 'number', default: '', min: 1 },
      { attr: 'goal', label: 'Goal', hint: 'Drawn as a line, for example 15 or 15%.', kind: 'text', default: '' },
      {
        attr: 'rules',
        label: 'Run-chart rules',
        kind: 'select',
        default: 'ihi',
        options: [['ihi', 'IHI: shift, trend, runs, astronomical point'], ['anhoej', 'Anhøj: long runs, too few crossings']],
      },
    ],
  },
  {
    name: 'gap-chart',
    tag: 'outcome-gap-chart',
    label: 'Student-group gap chart',
    description: 'Which student groups are behind, and is the gap closing? Dashboard levels and colours by group.',
    sample: { file: 'gaps-ela.csv', values: { indicator: 'ela' } },
    fields: [
      { attr: 'indicator', label: 'Dashboard indicator', kind: 'select', default: 'custom', initial: indicatorOptions.find(([id]) => id !== 'custom')?.[0], options: indicatorOptions },
      {
        attr: 'reference',
        label: 'Compare each group with',
        hint: 'all (All Students), highest (the highest group), state:-12.5 (a state figure) or a group code such as WH.',
        kind: 'text',
        default: 'all',
      },
      {
        attr: 'suppress-below',
        label: 'Hide groups of this many students or fewer',
        hint: 'To protect privacy: 10 or more. Hidden groups are left out of the code as well.',
        kind: 'number',
        default: '10',
        min: 10,
      },
      { attr: 'group', label: 'Column with the student group', kind: 'text', default: 'group', columns: true, column: 'required' },
      { attr: 'value', label: 'Column with this year’s value', kind: 'text', default: 'value', columns: true, column: 'required' },
      { attr: 'prior', label: 'Column with last year’s value', kind: 'text', default: 'prior', columns: true, column: 'optional' },
      { attr: 'n', label: 'Column with the number of students', kind: 'text', default: 'n', columns: true, column: 'required' },
    ],
  },
  {
    name: 'theory-of-action',
    tag: 'outcome-theory-of-action',
    label: 'Theory of action',
    description: 'Is our theory of action working, link by link? Each link with its status and its interim measures.',
    sample: { file: 'theory-of-action.json', values: {} },
    fields: [],
  },
];

/** Options every widget has. */
export const COMMON_FIELDS: Field[] = [
  { attr: 'heading', label: 'Heading', hint: 'Empty: a heading made from the data.', kind: 'text', default: '' },
  {
    attr: 'heading-level',
    label: 'Heading level',
    hint: 'To fit the outline of your page: 2 under the page title, 3 inside a section.',
    kind: 'select',
    default: '2',
    options: ['2', '3', '4', '5', '6'].map((n): [string, string] => [n, `Heading ${n}`]),
  },
  {
    attr: 'lang',
    label: 'Language',
    hint: 'An iframe does not follow the page’s language: choose one for it.',
    kind: 'select',
    default: '',
    options: [['', 'The page’s language'], ['en', 'English'], ['es', 'Spanish (español)']],
  },
  { attr: 'exports', label: 'Download buttons (CSV, SVG, PNG)', kind: 'checkbox', default: '' },
];
