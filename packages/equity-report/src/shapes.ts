import { svg, type SVGTemplateResult } from 'lit';
import { swatchOf, TEXT, type DashboardColor } from '@outcome-kit/core';

/**
 * A Dashboard colour's swatch: the token's fill in the token's shape, outlined dark so even Yellow
 * reaches 3:1. Hidden from assistive technology: the colour's name is always written beside it.
 */
export function colorSwatch(color: DashboardColor | null): SVGTemplateResult {
  const { fill, path } = swatchOf(color);
  return svg`<svg class="swatch" data-color=${color ?? 'none'} viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${path} fill=${fill} stroke=${TEXT.primary} stroke-width="1.2" stroke-linejoin="round"/></svg>`;
}
