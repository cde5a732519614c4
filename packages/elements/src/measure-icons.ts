/**
 * Shapes shared by the widgets that show interim measures and statuses (the theory of action, the
 * driver diagram): a status's shape, a verdict's glyph, and a measure's sparkline. Decorative:
 * every one sits beside the words it stands for.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { LinkStatus, Measure, MeasureVerdict } from '@outcome-kit/core';

/** Each status has its own shape, so colour is never the only carrier of meaning. */
const STATUS_SHAPES: Record<LinkStatus, SVGTemplateResult> = {
  // a star
  achieved: svg`<path fill="currentColor" d="M8 .8l2.2 4.6 5 .7-3.6 3.5.9 5L8 12.2 3.5 14.6l.9-5L.8 6.1l5-.7z"/>`,
  // a filled circle with a check
  'on-track': svg`<circle cx="8" cy="8" r="7.2" fill="currentColor"/><path d="M4.4 8.3l2.4 2.4 4.8-5" fill="none" stroke="#fff" stroke-width="1.8"/>`,
  // a half-filled circle
  'in-progress': svg`<circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 1.6a6.4 6.4 0 0 1 0 12.8z" fill="currentColor"/>`,
  // a warning triangle
  'off-track': svg`<path d="M8 .9l7.4 13.6H.6z" fill="currentColor"/><path d="M8 5.2v4.6M8 11.3v1.5" stroke="#fff" stroke-width="1.8"/>`,
  // a hollow dashed circle
  'not-started': svg`<circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 1.8"/>`,
};

/** A status's shape, hidden from assistive technology (its name is written beside it). */
export function statusIcon(status: LinkStatus): SVGTemplateResult {
  return svg`<svg class="icon" data-status=${status} viewBox="0 0 16 16" aria-hidden="true" focusable="false">${STATUS_SHAPES[status]}</svg>`;
}

const VERDICT_SHAPES: Record<MeasureVerdict, SVGTemplateResult> = {
  improving: svg`<path d="M2 12l5-5 3 3 4-5M10 5h4v4" fill="none" stroke="currentColor" stroke-width="1.8"/>`,
  worsening: svg`<path d="M2 4l5 5 3-3 4 5M10 11h4V7" fill="none" stroke="currentColor" stroke-width="1.8"/>`,
  signal: svg`<path d="M1 8c2-5 4-5 6 0s4 5 6 0" fill="none" stroke="currentColor" stroke-width="1.8"/>`,
  'no-signal': svg`<path d="M2 8h12" fill="none" stroke="currentColor" stroke-width="1.8"/>`,
  'too-few': svg`<circle cx="3" cy="8" r="1.5" fill="currentColor"/><circle cx="8" cy="8" r="1.5" fill="currentColor"/><circle cx="13" cy="8" r="1.5" fill="currentColor"/>`,
  'no-data': svg`<circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M4 12l8-8" stroke="currentColor" stroke-width="1.6"/>`,
};

/** A verdict's glyph, hidden from assistive technology (the verdict is written beside it). */
export function verdictIcon(verdict: MeasureVerdict): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${VERDICT_SHAPES[verdict]}</svg>`;
}

/** The decorative arrow between stages (the order is carried by the list). */
export const arrowIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M2 10h14M11 5l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>`;

const W = 88;
const H = 28;
const PAD = 3;

/**
 * A measure's values as a tiny line (gaps break it), its median dashed, points in a signal
 * dotted, and the latest value marked. Decorative: the latest value, the verdict and the values
 * table say the same in words.
 */
export function sparkline(measure: Measure): SVGTemplateResult | null {
  const ys = measure.values.map((p) => p.y);
  const given = ys.filter((y): y is number => y !== null);
  if (!given.length) return null;
  const median = measure.run.phases[0]?.median ?? null;
  let lo = Math.min(...given, ...(median === null ? [] : [median]));
  let hi = Math.max(...given, ...(median === null ? [] : [median]));
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const n = ys.length;
  const xOf = (k: number) => PAD + (W - 2 * PAD) * (n === 1 ? 0.5 : k / (n - 1));
  const yOf = (v: number) => H - PAD - ((H - 2 * PAD) * (v - lo)) / (hi - lo);
  const segments: string[] = [];
  let current: string[] = [];
  ys.forEach((y, k) => {
    if (y === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${xOf(k).toFixed(1)},${yOf(y).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const last = ys.reduce<number>((at, y, k) => (y === null ? at : k), -1);
  const signalled = measure.run.points.filter((p) => p.y !== null && p.signals.length > 0);
  return svg`<svg class="sparkline" part="sparkline" viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false">
    ${median === null ? null : svg`<line x1=${PAD} x2=${W - PAD} y1=${yOf(median)} y2=${yOf(median)} stroke="currentColor" stroke-opacity="0.6" stroke-dasharray="3 2" stroke-width="1"/>`}
    ${segments.map((pts) => svg`<polyline points=${pts} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/>`)}
    ${signalled.map((p) => svg`<circle cx=${xOf(p.index)} cy=${yOf(p.y!)} r="1.8" fill="currentColor"/>`)}
    <circle cx=${xOf(last)} cy=${yOf(ys[last]!)} r="3" fill="var(--outcome-background, #fff)" stroke="currentColor" stroke-width="1.5"/>
  </svg>`;
}
