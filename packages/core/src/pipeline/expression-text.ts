/**
 * Text that Vega-Lite copies into a Vega expression, made safe once, here. Vega-Lite writes each
 * encoding's `title` into the marks' ARIA description and tooltip signals as a string literal and
 * escapes `"` but not `\`, line breaks or U+2028/2029: a label ending in `\`, or holding `\"`,
 * breaks out of the literal, and a line break ends it ("Expression parse error"). Data strings
 * never go there; labels a page sets (`y-label`, `x-label`, headings of columns) do.
 */
import type { ChartSpec } from './widget.js';

/** Characters that end or escape a string literal in a Vega expression. */
const BREAKERS = /[\\\u0000-\u001f\u007f\u2028\u2029]/;
const LINE = /\r\n|[\r\n\u2028\u2029]/;

/**
 * One line of label text safe inside a Vega expression string: a backslash becomes the look-alike
 * U+29F5 (⧵), line breaks and other control characters a space.
 */
export function expressionSafeText(text: string): string {
  if (!BREAKERS.test(text)) return text;
  return text
    .replace(/\\/g, '\u29f5')
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A title (a string, or lines) as one safe line; the lines, when it had line breaks. */
function safeTitle(title: unknown): { title: unknown; lines: string[] | null } {
  if (typeof title === 'string') {
    const lines = title.split(LINE).map(expressionSafeText).filter(Boolean);
    return { title: lines.join(' '), lines: lines.length > 1 ? lines : null };
  }
  if (Array.isArray(title) && title.every((t) => typeof t === 'string')) {
    const lines = (title as string[]).flatMap((t) => t.split(LINE)).map(expressionSafeText).filter(Boolean);
    return { title: lines, lines: null };
  }
  return { title, lines: null };
}

/** One channel definition (or a tooltip's list of them), with safe titles. */
function safeChannel(def: unknown, positional: boolean): unknown {
  if (Array.isArray(def)) return def.map((d) => safeChannel(d, false));
  if (!isRecord(def)) return def;
  let out = def;
  if (typeof def.title === 'string' || Array.isArray(def.title)) {
    const { title, lines } = safeTitle(def.title);
    out = { ...def, title };
    // A title over several lines still shows over several lines on its axis (axis titles are not expressions).
    if (lines && positional && def.axis !== null && !(isRecord(def.axis) && 'title' in def.axis)) out.axis = { ...(isRecord(def.axis) ? def.axis : {}), title: lines };
  }
  if (isRecord(def.condition) || Array.isArray(def.condition)) out = { ...out, condition: safeChannel(def.condition, false) };
  return out;
}

const SKIP = new Set(['data', 'datasets', 'values']);
const POSITIONAL = new Set(['x', 'y', 'x2', 'y2', 'theta', 'radius']);

/**
 * The spec with every encoding title safe for Vega's expressions (layers, concatenations and
 * facets included). Data is not walked: it never becomes an expression. Returns the same objects
 * where nothing changes.
 */
export function expressionSafeSpec<T extends ChartSpec | null>(spec: T): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      let changed = false;
      const out = node.map((n) => {
        const w = walk(n);
        if (w !== n) changed = true;
        return w;
      });
      return changed ? out : node;
    }
    if (!isRecord(node)) return node;
    let out: Record<string, unknown> | null = null;
    for (const [key, value] of Object.entries(node)) {
      if (SKIP.has(key)) continue;
      let next: unknown;
      if (key === 'encoding' && isRecord(value)) {
        const enc: Record<string, unknown> = {};
        let changed = false;
        for (const [channel, def] of Object.entries(value)) {
          enc[channel] = safeChannel(def, POSITIONAL.has(channel));
          if (enc[channel] !== def && JSON.stringify(enc[channel]) !== JSON.stringify(def)) changed = true;
          else enc[channel] = def;
        }
        next = changed ? enc : value;
      } else next = walk(value);
      if (next !== value) (out ??= { ...node })[key] = next;
    }
    return out ?? node;
  };
  return (spec === null ? spec : walk(spec)) as T;
}
