/**
 * Text widths without a browser: specs lay labels out before Vega measures anything (and in Node
 * there is nothing to measure with). Helvetica's (and Arial's) advance widths in thousandths of an
 * em for printable ASCII, taken 15% wider because system-ui on Linux (DejaVu Sans) is that much
 * wider: an estimate that errs long, so a label planned to fit does fit.
 */
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

const WIDEST_FONT = 1.15;

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return WIDTHS[code - 32]!;
  const base = ch.normalize('NFD').charCodeAt(0);
  if (base >= 32 && base <= 126) return WIDTHS[base - 32]!;
  if (ch === '\u2026' || ch === '\u2014') return 1000;
  if (ch === '\u2212' || ch === '\u2013') return 584;
  return code >= 0x2e80 ? 1000 : 600;
}

/** The width in pixels of a text at a font size (bold about a tenth wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * fontSize * WIDEST_FONT * (bold ? 1.1 : 1);
}

/**
 * Splits a text into lines no wider than `width`, at spaces only (a word is never broken; a word
 * wider than the line gets a line of its own).
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The widest of some texts, in pixels. */
export function widest(texts: readonly string[], fontSize: number, bold = false): number {
  let w = 0;
  for (const t of texts) w = Math.max(w, textWidth(t, fontSize, bold));
  return w;
}
