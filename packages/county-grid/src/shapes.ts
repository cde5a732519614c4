import { svg, type SVGTemplateResult } from 'lit';
import { DASHBOARD_COLORS, NO_COLOR, TEXT, type DashboardColor } from '@outcome-kit/core';

/** SVG paths (16×16 box) for the Vega symbol shapes the Dashboard colour tokens name, so the table shows the chart's shapes. */
const PATHS: Record<string, string> = {
  'triangle-down': 'M1.5 3h13L8 14.5z',
  diamond: 'M8 1l7 7-7 7-7-7z',
  square: 'M2.5 2.5h11v11h-11z',
  'triangle-up': 'M8 1.5l6.5 11.5h-13z',
  circle: 'M8 1.5a6.5 6.5 0 1 0 0.01 0z',
  cross: 'M5.5 1.5h5v4h4v5h-4v4h-5v-4h-4v-5h4z',
};

/**
 * A Dashboard colour's swatch: the token's fill in the token's shape, outlined dark so even Yellow
 * reaches 3:1. Hidden from assistive technology: the colour's name is always written beside it.
 */
export function colorSwatch(color: DashboardColor | null): SVGTemplateResult {
  const token = color ? DASHBOARD_COLORS[color] : NO_COLOR;
  return svg`<svg class="swatch" data-color=${color ?? 'none'} viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${PATHS[token.shape] ?? PATHS.circle!} fill=${token.fill} stroke=${TEXT.primary} stroke-width="1.2" stroke-linejoin="round"/></svg>`;
}
