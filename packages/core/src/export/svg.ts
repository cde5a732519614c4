import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { wrapText } from './text-width.js';

/** Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters no XML document may hold (a control character in the data would make the SVG unreadable). */
export function stripNonXml(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Escapes text for XML content and attributes. */
export function escapeXml(text: string): string {
  return stripNonXml(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Puts an accessible `<title>` and `<desc>` first inside an SVG document, with `role="img"`, so
 * a chart saved as a file (or rendered in Node) still says what it shows. Text is escaped, and
 * characters XML forbids are removed from the whole document (Vega writes data text as it is).
 */
export function withTitleAndDesc(svg: string, title: string, desc: string): string {
  return stripNonXml(svg).replace(/<svg\b[^>]*>/, (open) => {
    const withRole = /\srole=/.test(open) ? open : open.replace(/^<svg/, '<svg role="img"');
    return `${withRole}<title>${escapeXml(title)}</title><desc>${escapeXml(desc)}</desc>`;
  });
}

/** What a board-ready chart says around the chart itself. */
export interface BoardText {
  title: string;
  summary: string;
  /** Where the data came from ("California School Dashboard, 2025", a file's address). */
  source: string;
  /** The date the figures stand at, as written on the page ("2025-06-30"), or a Date. */
  asOf: string | Date;
  lang: Lang;
}

const BOARD_WORDS: Record<Lang, { source: (s: string) => string; asOf: (d: string) => string }> = {
  en: { source: (s) => `Source: ${s}`, asOf: (d) => `As of ${d}` },
  es: { source: (s) => `Fuente: ${s}`, asOf: (d) => `Datos al ${d}` },
};

/** A date as the board reads it ("Jun 30, 2025"); text that is not an ISO date is kept as written. */
function asOfText(asOf: string | Date, lang: Lang): string {
  const date = asOf instanceof Date ? asOf : /^\d{4}-\d{2}-\d{2}$/.test(asOf.trim()) ? new Date(`${asOf.trim()}T00:00:00Z`) : null;
  return date && !Number.isNaN(date.getTime()) ? formatDate(date, lang, 'day') : String(asOf);
}

/**
 * A chart made ready for a board packet or a slide: its title above it, and under it the
 * summary, the source and an "as of" line, all visible text in the one SVG (not only `<title>`
 * and `<desc>`, which stay too). The chart keeps its own size; the page grows around it.
 */
export function boardSvg(chartSvg: string, text: BoardText): string {
  const clean = stripNonXml(chartSvg);
  const open = clean.match(/<svg\b[^>]*>/)?.[0] ?? '';
  const num = (name: string) => Number(open.match(new RegExp(`\\s${name}="([\\d.]+)`))?.[1] ?? 0);
  const w = Math.max(240, num('width') || 640);
  const h = num('height') || 400;
  const pad = 16;
  const inner = w - 2 * pad;
  const words = BOARD_WORDS[text.lang];
  const font = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif"';
  let y = pad;
  const block = (lines: string[], size: number, lh: number, attrs: string) => {
    const out = lines.map((line, i) => `<text x="${pad}" y="${y + size + i * lh}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`).join('');
    y += lines.length * lh;
    return out;
  };
  const head = block(wrapText(text.title, inner, 18, true), 18, 24, 'font-weight="bold" fill="#1a1a1a"');
  y += 8;
  const chartY = y;
  y += h + 12;
  const body = block(wrapText(text.summary, inner, 13), 13, 18, 'fill="#1a1a1a"');
  y += 6;
  const foot = block([...wrapText(words.source(text.source), inner, 12), ...wrapText(words.asOf(asOfText(text.asOf, text.lang)), inner, 12)], 12, 16, 'fill="#4a4a4a"');
  const total = Math.ceil(y + pad);
  const chart = clean.replace(/<svg\b[^>]*>/, (o) => o.replace(/^<svg/, `<svg x="0" y="${chartY}"`).replace(/\srole="[^"]*"/, ''));
  return (
    `<svg role="img" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${total}" viewBox="0 0 ${w} ${total}">` +
    `<title>${escapeXml(text.title)}</title><desc>${escapeXml(text.summary)}</desc>` +
    `<rect width="100%" height="100%" fill="#ffffff"/><g ${font}>${head}${body}${foot}</g>${chart}</svg>`
  );
}
