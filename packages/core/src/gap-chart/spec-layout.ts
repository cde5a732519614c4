/**
 * Where the gap chart puts things, worked out in pixels for the chart's width before Vega draws:
 * wide charts name the groups on the y axis, narrow ones above each row so the plot keeps the
 * width; the x domain leaves room for every gap label on the side away from the reference, so no
 * label crosses the reference line, a name or the edge.
 */
import { textWidth, widest, wrapText } from '../export/text-width.js';

/** Below this chart width (CSS px) the group names go above their rows. */
export const GAP_NARROW_BELOW = 560;
/** The chart width assumed when none is known (the static renderer's default). */
export const GAP_DEFAULT_WIDTH = 640;

export const PAD = { top: 4, right: 16, bottom: 8, left: 8 };
export const LINE = 15;
export const FONT = 12;
export const GAP_FONT = 11;
/** Space between a dot and its gap label. */
export const GAP_DX = 12;
/** The dot zone of a row (its marks), in pixels. */
const DOT_ZONE = 28;

/** One row as the layout sees it. */
export interface LayoutRow {
  name: string;
  levels: string;
  /** The row's marks: lowest and highest of this year's and last year's values. */
  lo: number | null;
  hi: number | null;
  gapText: string;
}

export interface GapLayout {
  narrow: boolean;
  width: number;
  /** The plot's width as planned. */
  plot: number;
  /** Wide layout: the y axis labels' width. */
  labelWidth: number;
  rowHeight: number;
  /** Narrow layout: the height of the name lines above each row's dots. */
  headerHeight: number;
  /** Each row's name lines (and level lines), as drawn. */
  lines: string[][];
  /** Per row: the side of its gap label. */
  side: Array<'left' | 'right' | null>;
  domain: [number, number];
  px(v: number): number;
}

/** Chooses the layout and the x domain. `ref` is the reference value (null: no gap labels). */
export function gapLayout(rows: readonly LayoutRow[], ref: number | null, width: number | undefined): GapLayout {
  const w = Math.max(200, Math.round(width ?? GAP_DEFAULT_WIDTH));
  const narrow = w < GAP_NARROW_BELOW;
  const inner = w - PAD.left - PAD.right;
  let labelWidth = 0;
  let lines: string[][];
  if (narrow) {
    lines = rows.map((r) => [...wrapText(r.name, inner, FONT, true), ...(r.levels ? wrapText(r.levels, inner, FONT) : [])]);
  } else {
    const cap = Math.max(160, Math.min(250, 0.34 * w));
    lines = rows.map((r) => [...wrapText(r.name, cap, FONT), ...(r.levels ? wrapText(r.levels, cap, FONT) : [])]);
    labelWidth = Math.min(cap, widest(lines.flat(), FONT));
  }
  const most = Math.max(1, ...lines.map((l) => l.length));
  const headerHeight = narrow ? most * LINE + 6 : 0;
  const rowHeight = narrow ? headerHeight + DOT_ZONE : Math.max(34, most * LINE + 4);
  const plot = narrow ? inner : inner - labelWidth - 14;

  const xs = rows.flatMap((r) => [r.lo, r.hi]).concat(ref === null ? [] : [ref]).filter((v): v is number => v !== null);
  let lo0 = Math.min(...xs);
  let hi0 = Math.max(...xs);
  if (!Number.isFinite(lo0)) [lo0, hi0] = [0, 1];
  if (hi0 - lo0 < 1e-9) [lo0, hi0] = [lo0 - 1, hi0 + 1];
  const span = hi0 - lo0;
  const side = rows.map((r): 'left' | 'right' | null => {
    if (!r.gapText || r.lo === null || r.hi === null || ref === null) return null;
    if (r.hi <= ref) return 'left';
    if (r.lo >= ref) return 'right';
    return r.hi - ref >= ref - r.lo ? 'right' : 'left';
  });
  // Room on each side (pixels) so every label fits on its side; grown until it holds.
  let left = 4;
  let right = 4;
  for (let k = 0; k < 6; k++) {
    const d = plot - left - right;
    rows.forEach((r, i) => {
      const need = GAP_DX + textWidth(r.gapText, GAP_FONT) + 2;
      if (side[i] === 'left') left = Math.max(left, need - ((r.lo! - lo0) / span) * d);
      if (side[i] === 'right') right = Math.max(right, need - ((hi0 - r.hi!) / span) * d);
    });
    // The plot's data part keeps at least 40% of its width.
    const excess = left + right - 0.6 * plot;
    if (excess > 0) {
      left -= excess / 2;
      right -= excess / 2;
    }
  }
  const d = plot - left - right;
  const domain: [number, number] = [lo0 - (left / d) * span, hi0 + (right / d) * span];
  const px = (v: number) => ((v - domain[0]) / (domain[1] - domain[0])) * plot;
  return { narrow, width: w, plot, labelWidth, rowHeight, headerHeight, lines, side, domain, px };
}

/** A text placed at `x` in a plot `plot` pixels wide: reading right from x, left from it, or wrapped. */
export function placeLabel(text: string, x: number, plot: number, fontSize: number, bold = false): { lines: string[]; align: 'left' | 'right'; x: number } {
  const w = textWidth(text, fontSize, bold);
  if (x + 4 + w <= plot) return { lines: [text], align: 'left', x: x + 4 };
  if (x - 4 - w >= 0) return { lines: [text], align: 'right', x: x - 4 };
  const room = Math.max(x - 4, plot - x - 4);
  const lines = wrapText(text, room, fontSize, bold);
  return plot - x - 4 >= x - 4 ? { lines, align: 'left', x: x + 4 } : { lines, align: 'right', x: x - 4 };
}
