import { OutcomeError, problem } from '../errors.js';
import { checkTextSize } from './limits.js';
import type { Loaded } from './types.js';

/** Parses JSON text, naming what is wrong when it is not JSON. */
export function parseJson(text: string): Loaded {
  const body = text.replace(/^\uFEFF/, '');
  checkTextSize(body);
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

/**
 * True when a text is an HTML (or XML) page — a CMS error page, a sign-in page, a link to a
 * viewer — not the data file: it starts with a tag, a comment or a doctype.
 */
export function looksLikeHtml(text: string): boolean {
  return /^[\uFEFF\s]*<(!doctype\s|!--|\?xml|[a-z][a-z0-9-]*[\s/>])/i.test(text);
}
