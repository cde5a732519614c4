/**
 * Text widths for Vega in Node, where there is no canvas to measure with. Vega's own fallback
 * guesses 0.8 em a character, about half as wide again as real text: charts then shrink to
 * leave room for labels that are not that long, and labels are cut short. These are Helvetica's
 * (and Arial's) advance widths, in thousandths of an em, for printable ASCII (32–126).
 */
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0–9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A–O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P–Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a–o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p–z { | } ~
];

/** Bold is about a tenth wider in these fonts. */
const BOLD = 1.1;

/**
 * The SVG's text is drawn in whatever font the viewer has for system-ui: Segoe UI and San
 * Francisco are within a few percent of Helvetica, DejaVu Sans (Linux) is about 15% wider.
 * Widths are taken that much wider, so no label runs past the SVG's edge in any of them.
 */
const WIDEST_FONT = 1.15;

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return WIDTHS[code - 32]!;
  // Accented Latin letters (Spanish) are as wide as their base letter; anything else, a typical width.
  const base = ch.normalize('NFD').charCodeAt(0);
  if (base >= 32 && base <= 126) return WIDTHS[base - 32]!;
  if (ch === '\u2026') return 1000;
  return code >= 0x2e80 ? 1000 : 556;
}

/** The width in pixels of a text at a font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * fontSize * WIDEST_FONT * (bold ? BOLD : 1);
}

/** The part of a Vega text item the width depends on. */
interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: number | string | null;
  limit?: number | string | null;
}

/**
 * A `textMetrics.width` for Vega (it supports a user-defined one). Vega truncates a text to
 * `limit` by asking widths of its prefixes, and sizes bounds with the width of the whole text;
 * capping at `limit` gives both the right answer: a text wider than the limit reads as too long
 * to the truncation, and as the limit's width to the bounds, which is what is drawn.
 */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? +item.fontSize || 0 : 11;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (weight != null && +weight >= 600);
  const width = textWidth(text == null ? '' : String(text).trim(), size, bold);
  const limit = item.limit != null ? +item.limit : 0;
  return limit > 0 ? Math.min(width, limit) : width;
}
