import { DASHBOARD_COLORS, NO_COLOR, type DashboardColor } from '../theme/tokens.js';

/**
 * SVG paths in a 16×16 box for the Vega symbol shapes the Dashboard colour tokens name
 * (DASHBOARD_COLORS[…].shape, NO_COLOR.shape), so an HTML table shows the same shape as the charts.
 */
export const SHAPE_PATHS: Readonly<Record<string, string>> = {
  'triangle-down': 'M1.5 3h13L8 14.5z',
  diamond: 'M8 1l7 7-7 7-7-7z',
  square: 'M2.5 2.5h11v11h-11z',
  'triangle-up': 'M8 1.5l6.5 11.5h-13z',
  circle: 'M8 1.5a6.5 6.5 0 1 0 0.01 0z',
  cross: 'M5.5 1.5h5v4h4v5h-4v4h-5v-4h-4v-5h4z',
};

/** A colour's swatch as plain data: its token's fill and the path of its token's shape (no colour: the cross). */
export function swatchOf(color: DashboardColor | null): { fill: string; path: string } {
  const token = color ? DASHBOARD_COLORS[color] : NO_COLOR;
  return { fill: token.fill, path: SHAPE_PATHS[token.shape] ?? SHAPE_PATHS.circle! };
}
