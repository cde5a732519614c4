/**
 * Chart colours by role (text, grid, axes, background, line, accent…), for the light and the dark
 * scheme. The spec builders draw with the light tokens (`TEXT`, `MARKS`), which are also what the
 * static SVG renderer prints; in a browser the element reads each role from its `--outcome-*`
 * custom property at draw time and gives them to Vega as a config (`chartConfig`), recolouring
 * the light tokens in the marks (`themeSpec`). The Dashboard's five colours are never recoloured.
 */
import type { ChartSpec } from '../pipeline/widget.js';
import { contrastRatio } from './contrast.js';
import { DASHBOARD_COLORS, MARKS, TEXT } from './tokens.js';

/** The colours of a chart's chrome and its own marks, by role; each a `#rrggbb` colour. */
export interface ChartPalette {
  /** Titles, labels, mark outlines, the reference line. */
  text: string;
  /** Axis labels, secondary text, the median and last year's marks. */
  muted: string;
  /** The chart's background (the widget's too). */
  background: string;
  /** Grid lines. */
  grid: string;
  /** Axis lines and ticks. */
  axis: string;
  /** The measure's line and its ordinary points. */
  line: string;
  /** Changes (PDSA cycles), links, a custom indicator's points, buttons. */
  accent: string;
  /** Points the run-chart rules flag. */
  signal: string;
  /** The goal line. */
  goal: string;
  /** Error text and rules. */
  error: string;
}

export type PaletteRole = keyof ChartPalette;

/** The light scheme: the tokens the specs are written with (and the static SVG prints). */
export const LIGHT_PALETTE: Readonly<ChartPalette> = {
  text: TEXT.primary,
  muted: TEXT.muted,
  background: MARKS.background,
  grid: MARKS.grid,
  axis: MARKS.centre,
  line: MARKS.measure,
  accent: TEXT.accent,
  signal: MARKS.signal,
  goal: MARKS.goal,
  error: TEXT.error,
};

/**
 * The dark scheme. The background is dark enough that each of the Dashboard's five colours keeps
 * 3:1 against it as it is (Blue, the darkest, 3.06:1); text ≥ 4.5:1, lines and marks ≥ 3:1.
 */
export const DARK_PALETTE: Readonly<ChartPalette> = {
  text: '#f2f2f2',
  muted: '#b3b3b3',
  background: '#050505',
  grid: '#3d3d3d',
  axis: '#8c8c8c',
  line: '#6cb2f5',
  accent: '#8cc8ff',
  signal: '#ff9b5e',
  goal: '#e3b341',
  error: '#ff8f8f',
};

/** The custom property that sets each role (documented on the elements as `@cssproperty`). */
export const PALETTE_PROPERTIES: Readonly<Record<PaletteRole, string>> = {
  text: '--outcome-text-color',
  muted: '--outcome-muted-color',
  background: '--outcome-background',
  grid: '--outcome-grid-color',
  axis: '--outcome-axis-color',
  line: '--outcome-line-color',
  accent: '--outcome-accent-color',
  signal: '--outcome-signal-color',
  goal: '--outcome-goal-color',
  error: '--outcome-error-color',
};

export const PALETTE_ROLES = Object.keys(LIGHT_PALETTE) as PaletteRole[];

/** The Vega-Lite config that carries a palette: background, axes, legends, titles, plain text. */
export function chartConfig(p: ChartPalette): Record<string, unknown> {
  return {
    background: p.background,
    axis: { labelColor: p.muted, titleColor: p.text, gridColor: p.grid, domainColor: p.axis, tickColor: p.axis },
    legend: { labelColor: p.text, titleColor: p.text },
    title: { color: p.text, subtitleColor: p.muted },
    text: { color: p.text },
  };
}

/** The spec-config keys `chartConfig` owns: a spec's own value would beat the embed's config. */
const CONFIG_COLOUR_KEYS: Record<string, readonly string[]> = {
  axis: ['labelColor', 'titleColor', 'gridColor', 'domainColor', 'tickColor'],
  legend: ['labelColor', 'titleColor'],
  title: ['color', 'subtitleColor'],
  text: ['color'],
};

const DASHBOARD_FILLS = new Set(Object.values(DASHBOARD_COLORS).map((t) => t.fill.toLowerCase()));

/** Properties that hold a colour in a mark definition or a config entry. */
const COLOUR_KEY = /^(fill|stroke|color|background)$|Color$/;

/**
 * The spec recoloured for a palette: the light tokens in marks and scale ranges become the
 * palette's colours, and the spec's own config loses the colour keys the embed config sets. Data
 * (`data`, `datasets`) is never touched, nor a scale that holds the Dashboard's colours.
 * Returns a copy; the input is not changed.
 */
export function themeSpec(spec: ChartSpec, palette: ChartPalette): ChartSpec {
  const map = new Map<string, string>();
  for (const role of PALETTE_ROLES) {
    const from = LIGHT_PALETTE[role].toLowerCase();
    if (!map.has(from)) map.set(from, palette[role]);
  }
  const swap = (value: unknown) => (typeof value === 'string' ? (map.get(value.toLowerCase()) ?? value) : value);
  /** `inColour`: below a colour channel (`color: { value }`, `fill: { condition: { value } }`). */
  const walk = (node: unknown, key: string, inColour: boolean): unknown => {
    if (Array.isArray(node)) {
      if (key === 'range' && node.every((v) => typeof v === 'string')) {
        const isDashboard = [...DASHBOARD_FILLS].every((fill) => node.some((v) => (v as string).toLowerCase() === fill));
        return isDashboard ? node : node.map(swap);
      }
      return node.map((v) => walk(v, '', inColour));
    }
    if (!node || typeof node !== 'object') return COLOUR_KEY.test(key) || (inColour && key === 'value') ? swap(node) : node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === 'data' || k === 'datasets' ? v : walk(v, k, inColour || COLOUR_KEY.test(k));
    return out;
  };
  const themed = walk(spec, '', false) as ChartSpec & { config?: Record<string, unknown> };
  if (themed.config) {
    const config: Record<string, unknown> = { ...themed.config };
    delete config.background;
    for (const [section, keys] of Object.entries(CONFIG_COLOUR_KEYS)) {
      const entry = config[section];
      if (!entry || typeof entry !== 'object') continue;
      const rest: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
      for (const k of keys) delete rest[k];
      config[section] = rest;
    }
    themed.config = config;
  }
  return themed;
}

/** A contrast a palette fails: which colours, the ratio, and the least it needs. */
export interface PaletteProblem {
  what: string;
  ratio: number;
  needs: number;
}

/**
 * What a palette fails of WCAG 2.1 AA against its background: text 4.5:1 (1.4.3); lines, marks
 * and the axis 3:1 (1.4.11); each Dashboard colour 3:1, or its outline (the text colour, drawn
 * around every Dashboard mark) 3:1 where the colour itself cannot be. Grid lines are decoration.
 */
export function paletteProblems(p: ChartPalette, options: { dashboardFillsAlone?: boolean } = {}): PaletteProblem[] {
  const problems: PaletteProblem[] = [];
  const check = (what: string, colour: string, needs: number) => {
    const ratio = contrastRatio(colour, p.background);
    if (ratio < needs) problems.push({ what, ratio: Math.round(ratio * 100) / 100, needs });
  };
  for (const role of ['text', 'muted', 'accent', 'error'] as const) check(role, p[role], 4.5);
  for (const role of ['axis', 'line', 'signal', 'goal'] as const) check(role, p[role], 3);
  for (const [name, token] of Object.entries(DASHBOARD_COLORS)) {
    const alone = contrastRatio(token.fill, p.background);
    const outlined = Math.max(alone, contrastRatio(p.text, p.background));
    const ratio = options.dashboardFillsAlone ? alone : outlined;
    if (ratio < 3) problems.push({ what: `Dashboard ${name}`, ratio: Math.round(ratio * 100) / 100, needs: 3 });
  }
  return problems;
}

/** `#rgb`, `#rrggbb`, `rgb(…)` or `rgba(…)` (as `getComputedStyle` gives) → `#rrggbb`, or null. */
export function toHex(colour: string): string | null {
  const text = colour.trim().toLowerCase();
  let m = /^#([0-9a-f]{6})$/.exec(text);
  if (m) return `#${m[1]}`;
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`;
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (!rgb) return null;
  const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? Number(rgb[4].slice(0, -1)) / 100 : Number(rgb[4]);
  if (alpha === 0) return null;
  const byte = (v: string) => Math.max(0, Math.min(255, Math.round(Number(v)))).toString(16).padStart(2, '0');
  return `#${byte(rgb[1]!)}${byte(rgb[2]!)}${byte(rgb[3]!)}`;
}
