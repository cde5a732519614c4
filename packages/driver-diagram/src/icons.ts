import { svg, type SVGTemplateResult } from 'lit';
import type { ChangeStatus } from '@outcome-kit/core';

/** Each change idea's status has its own shape beside its name, so colour never carries it alone. */
const SHAPES: Record<ChangeStatus, SVGTemplateResult> = {
  // a hollow dashed circle: nothing tried yet
  'not-tested': svg`<circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 1.8"/>`,
  // a half-filled circle: cycles under way
  testing: svg`<circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 1.6a6.4 6.4 0 0 1 0 12.8z" fill="currentColor"/>`,
  // a filled circle with a check
  adopted: svg`<circle cx="8" cy="8" r="7.2" fill="currentColor"/><path d="M4.4 8.3l2.4 2.4 4.8-5" fill="none" stroke="#fff" stroke-width="1.8"/>`,
  // a circle struck through
  abandoned: svg`<circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M3.5 12.5l9-9" stroke="currentColor" stroke-width="1.8"/>`,
};

/** A change idea's status shape, hidden from assistive technology (the status is written beside it). */
export function changeStatusIcon(status: ChangeStatus): SVGTemplateResult {
  return svg`<svg class="icon" data-change-status=${status} viewBox="0 0 16 16" aria-hidden="true" focusable="false">${SHAPES[status]}</svg>`;
}
