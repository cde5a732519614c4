/**
 * The run chart's plan in pixels for the chart's width, made before Vega draws: how many ticks
 * the x axis can label (one per month for monthly data, per school year for yearly data, thinned
 * to fit), and where each text goes so it stays inside the plot and off the other texts.
 */
import { textWidth, wrapText } from '../export/text-width.js';
import type { RunChartModel, XValue } from './types.js';

/** The chart width assumed when none is known. */
export const RUN_DEFAULT_WIDTH = 640;
/** The plot's height in pixels. */
export const RUN_PLOT_HEIGHT = 300;
/** Pixels of the y axis (labels and title) and padding beside the plot, assumed generously. */
const Y_AXIS = 78;
export const LABEL_FONT = 11;
export const LABEL_LINE = 13;

/** The plot's width for a chart `width` pixels wide. */
export function plotWidth(width: number | undefined): number {
  return Math.max(80, Math.round(width ?? RUN_DEFAULT_WIDTH) - Y_AXIS);
}

const key = (x: XValue) => (x instanceof Date ? x.getTime() : typeof x === 'number' ? x : NaN);

/** Where the point at `index` sits on the x axis, in pixels from the plot's left edge. */
export function pointPx(model: Pick<RunChartModel, 'xType'> & { points: ReadonlyArray<{ x: XValue }> }, index: number, plot: number): number {
  const pts = model.points;
  if (model.xType === 'string') {
    // A point scale with half a step of padding at each end.
    const n = pts.length;
    return n > 0 ? ((index + 0.5) / n) * plot : 0;
  }
  const first = key(pts[0]!.x);
  const span = key(pts.at(-1)!.x) - first;
  return span > 0 ? ((key(pts[index]!.x) - first) / span) * plot : plot / 2;
}

/** Months from the first date to the last (inclusive). */
function monthsSpanned(model: RunChartModel): number {
  const a = model.points[0]!.x as Date;
  const b = model.points.at(-1)!.x as Date;
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
}

/** Every `step`-th tick is labelled so that labels `labelPx` wide (plus a gap) fit `plot`. */
export function tickStep(count: number, labelPx: number, plot: number): number {
  const fit = Math.max(1, Math.floor(plot / (labelPx + 12)));
  return Math.max(1, Math.ceil(count / fit));
}

/**
 * A month step that divides the year (1, 2, 3, 4, 6 or 12, then whole years): Vega counts a month
 * interval's steps from January each year, so a step of 5 would tick Nov then Jan, two months apart.
 */
export function monthStep(step: number): number {
  const fit = [1, 2, 3, 4, 6, 12].find((d) => d >= step);
  return fit ?? Math.ceil(step / 12) * 12;
}

/** The x axis's ticks for dates: a time interval with a step, or explicit school-year values. */
export function dateTicks(model: RunChartModel, plot: number, sample: string): Record<string, unknown> {
  const w = textWidth(sample, LABEL_FONT);
  if (model.datePrecision === 'month') return { tickCount: { interval: 'month', step: monthStep(tickStep(monthsSpanned(model), w, plot)) } };
  if (model.datePrecision === 'year') {
    const years = (model.points.at(-1)!.x as Date).getUTCFullYear() - (model.points[0]!.x as Date).getUTCFullYear() + 1;
    return { tickCount: { interval: 'year', step: tickStep(years, w, plot) } };
  }
  return { tickCount: Math.max(2, Math.floor(plot / (w + 24))) };
}

/** A text placed at `x` px: reading rightwards from x when it fits, else leftwards, else wrapped to the wider side. */
export interface Placed {
  lines: string[];
  align: 'left' | 'right';
  /** The box it takes, in plot pixels. */
  x0: number;
  x1: number;
}

export function placeAt(text: string, x: number, plot: number, gap: number, prefer: 'left' | 'right' = 'left'): Placed {
  const w = textWidth(text, LABEL_FONT);
  const rightward = x + gap + w <= plot;
  const leftward = x - gap - w >= 0;
  const align = rightward && (prefer === 'left' || !leftward) ? 'left' : leftward ? 'right' : plot - x >= x ? 'left' : 'right';
  const room = align === 'left' ? plot - x - gap : x - gap;
  const lines = rightward || leftward ? [text] : wrapText(text, Math.max(40, room), LABEL_FONT);
  const width = Math.max(...lines.map((l) => textWidth(l, LABEL_FONT)));
  return align === 'left' ? { lines, align, x0: x + gap, x1: x + gap + width } : { lines, align, x0: x - gap - width, x1: x - gap };
}

/** Stacks boxes downwards from `top` so no two overlap: returns each box's top, in pixels. */
export function stack(boxes: ReadonlyArray<{ x0: number; x1: number; lines: number }>, top: number): number[] {
  const placed: Array<{ x0: number; x1: number; y0: number; y1: number }> = [];
  return boxes.map((b) => {
    let y = top;
    const h = b.lines * LABEL_LINE;
    for (let moved = true; moved; ) {
      moved = false;
      for (const p of placed) {
        if (b.x0 < p.x1 + 4 && b.x1 > p.x0 - 4 && y < p.y1 + 2 && y + h > p.y0 - 2) {
          y = p.y1 + 2;
          moved = true;
        }
      }
    }
    placed.push({ x0: b.x0, x1: b.x1, y0: y, y1: y + h });
    return y;
  });
}
