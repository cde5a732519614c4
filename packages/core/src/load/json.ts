import { OutcomeError, problem } from '../errors.js';
import type { Loaded } from './types.js';

/** Parses JSON text, naming what is wrong when it is not JSON. */
export function parseJson(text: string): Loaded {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(body) as unknown, format: 'json', firstRow: 1 };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new OutcomeError(problem('bad-json', (m) => m.badJson(detail)));
  }
}

/** True when a text looks like JSON rather than CSV (starts with `[` or `{`). */
export function looksLikeJson(text: string): boolean {
  return /^[\uFEFF\s]*[[{]/.test(text);
}

/** True when a text is an HTML page (a CMS error page or a link to a viewer, not the file). */
export function looksLikeHtml(text: string): boolean {
  return /^[\uFEFF\s]*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text);
}
