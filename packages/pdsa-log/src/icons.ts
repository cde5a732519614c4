import { svg, type SVGTemplateResult } from 'lit';
import type { PdsaDecision } from '@outcome-kit/core';

/** Each decision has its own shape beside its word: adopt a check, adapt a turning arrow, abandon a cross. */
const SHAPES: Record<PdsaDecision, SVGTemplateResult> = {
  adopt: svg`<circle cx="8" cy="8" r="7.2" fill="currentColor"/><path d="M4.4 8.3l2.4 2.4 4.8-5" fill="none" stroke="#fff" stroke-width="1.8"/>`,
  adapt: svg`<path d="M13 8a5 5 0 1 1-1.5-3.6" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M12.8 1.5v3.6H9.2" fill="none" stroke="currentColor" stroke-width="1.8"/>`,
  abandon: svg`<circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="currentColor" stroke-width="1.8"/>`,
};

/** A decision's shape, hidden from assistive technology (the decision is written beside it). */
export function decisionIcon(decision: PdsaDecision | null): SVGTemplateResult {
  const shape = decision ? SHAPES[decision] : svg`<circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 1.8"/>`;
  return svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${shape}</svg>`;
}

/** Met: a check; not met: a cross; not checked: a dash. */
export function metIcon(met: boolean | null): SVGTemplateResult {
  const shape = met === null ? svg`<path d="M3 8h10" stroke="currentColor" stroke-width="1.8"/>` : met ? svg`<path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="2"/>` : svg`<path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" stroke-width="2"/>`;
  return svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${shape}</svg>`;
}
