import type { Localized } from '../i18n/lang.js';

/** The five California School Dashboard performance colours, worst to best. */
export type DashboardColor = 'red' | 'orange' | 'yellow' | 'green' | 'blue';

export const DASHBOARD_COLOR_ORDER: readonly DashboardColor[] = ['red', 'orange', 'yellow', 'green', 'blue'];

export interface DashboardColorToken {
  /** Fill colour. Marks are always outlined in `theme.text.primary`, so each reaches 3:1. */
  fill: string;
  /** The level's name: colour is never the only carrier of meaning. */
  name: Localized;
  /** A Vega symbol shape, distinct per colour. */
  shape: string;
  /** Position from worst (1, Red) to best (5, Blue), as in CDE files' `color` column. */
  rank: 1 | 2 | 3 | 4 | 5;
}

/** Dashboard colours, their names in English and Spanish, and a distinct shape for each. */
export const DASHBOARD_COLORS: Record<DashboardColor, DashboardColorToken> = {
  red: { fill: '#c8102e', name: { en: 'Red', es: 'Rojo' }, shape: 'triangle-down', rank: 1 },
  orange: { fill: '#e87722', name: { en: 'Orange', es: 'Anaranjado' }, shape: 'diamond', rank: 2 },
  yellow: { fill: '#f2c500', name: { en: 'Yellow', es: 'Amarillo' }, shape: 'square', rank: 3 },
  green: { fill: '#2e8540', name: { en: 'Green', es: 'Verde' }, shape: 'triangle-up', rank: 4 },
  blue: { fill: '#0b5cad', name: { en: 'Blue', es: 'Azul' }, shape: 'circle', rank: 5 },
};

/** Shape and fill for a group with no Dashboard colour (too few students, no prior year). */
export const NO_COLOR = { fill: '#ffffff', shape: 'cross', name: { en: 'No color', es: 'Sin color' } as Localized };

/** Categorical palette: each colour reaches at least 3:1 against white (WCAG 1.4.11). */
export const CATEGORICAL = ['#0b5cad', '#b7410e', '#1b7a3e', '#8e3b91', '#7a5c00', '#00727a', '#a3174c', '#4d4d4d'] as const;

/** Text and line colours: each reaches at least 4.5:1 against white (WCAG 1.4.3). */
export const TEXT = {
  primary: '#1a1a1a',
  muted: '#4a4a4a',
  accent: '#0b5cad',
  error: '#a4001d',
} as const;

/**
 * Colours for run-chart marks: the measure, its centre line, signals, goal. Each ≥ 3:1 on white.
 * The measure's blue is its own (not the accent's, not Dashboard Blue), so a page's
 * `--outcome-line-color` and `--outcome-accent-color` recolour each on its own (see palette.ts).
 */
export const MARKS = {
  measure: '#0b5394',
  centre: '#4a4a4a',
  signal: '#b7410e',
  improvement: '#1b7a3e',
  deterioration: '#a4001d',
  goal: '#7a5c00',
  grid: '#d9d9d9',
  background: '#ffffff',
} as const;

/** The font Outcome Kit charts use unless `--outcome-font-family` says otherwise. */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Which marks a screen reader meets inside a chart: only the data points, each described in words
 * by its own `description` field. Rules, lines, areas and texts are drawn for the eye; what they
 * say is in the summary and the table, so Vega-Lite's generated "x2: …; part: 0" never reaches anyone.
 */
export const MARK_ARIA = { mark: { aria: false }, point: { aria: true } } as const;
