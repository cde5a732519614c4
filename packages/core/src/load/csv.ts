import { OutcomeError, problem } from '../errors.js';
import { MESSAGES } from '../i18n/messages.js';
import { looksLikeHtml } from './json.js';
import { skipBlankLines } from './cms.js';
import { checkRowCount, checkTextSize, lineCount } from './limits.js';
import { delimitedRows } from './csv-fast.js';
import type { Loaded, RawRow } from './types.js';

/** True when an error comes from a Content-Security-Policy that forbids `eval`/`Function`. */
export function isCspEvalError(error: unknown): boolean {
  if (typeof EvalError !== 'undefined' && error instanceof EvalError) return true;
  const text = error instanceof Error ? error.message : String(error);
  return /unsafe-eval|Content Security Policy|Refused to evaluate/i.test(text);
}

/** Picks the delimiter of a delimited text from its header line: tab for CDE files, else comma. */
export function sniffDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const tabs = header.split('\t').length - 1;
  const commas = header.split(',').length - 1;
  const semis = header.split(';').length - 1;
  if (tabs > 0 && tabs >= commas) return '\t';
  if (semis > commas) return ';';
  return ',';
}

/** True when a text parses as JSON. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The header's column names as written (quotes removed), so two columns of one name, or one
 * name twice once trimmed ("n" and " n"), are refused by name instead of one silently winning.
 */
export function headerNames(text: string, delimiter: string): string[] {
  const names: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') quoted = true;
    else if (c === delimiter) names.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') break;
    else cell += c;
  }
  names.push(cell);
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.trim();
    if (key === '') continue;
    if (seen.has(key)) throw new OutcomeError(problem('duplicate-header', (m) => m.duplicateHeader(key), { field: key }));
    seen.add(key);
  }
  return names;
}

/**
 * Parses CSV (or tab- or semicolon-delimited) text (csv-fast.ts). Values stay strings:
 * `validate` coerces them, so "1,234" and "85%" are read the way people meant them. No code
 * generation, so it works under a Content-Security-Policy without 'unsafe-eval'.
 */
export async function parseCsv(text: string): Promise<Loaded> {
  // Blank and whitespace-only lines (a CMS's paragraphs, an editor's spacing) are skipped, not read as empty rows.
  const body = skipBlankLines(text.replace(/^\uFEFF/, ''));
  if (!body.trim()) throw new OutcomeError(problem('empty-csv', (m) => m.badCsv('no header row')));
  checkTextSize(body);
  if (looksLikeHtml(body)) throw new OutcomeError(problem('not-csv', (m) => m.notCsv(m === MESSAGES.es ? 'una página web (HTML)' : 'a web page (HTML)')));
  if (/^\s*[[{]/.test(body) && isJson(body)) throw new OutcomeError(problem('not-csv', (m) => m.notCsv('JSON')));
  checkRowCount(lineCount(body.trimEnd()));
  const delimiter = sniffDelimiter(body);
  const header = headerNames(body, delimiter);
  let rows: RawRow[];
  try {
    // csv-fast.ts: no dependency and no code generation (a strict CSP is fine); headers padded with spaces (" n") are read trimmed ("n").
    rows = delimitedRows(body, delimiter, header.map((name) => name.trim() || name)).rows;
  } catch (error) {
    if (isCspEvalError(error)) throw new OutcomeError(problem('csp-needs-json', (m) => m.cspNeedsJson));
    const detail = error instanceof Error ? error.message : String(error);
    throw new OutcomeError(problem('bad-csv', (m) => m.badCsv(detail)));
  }
  return { value: rows, format: 'csv', firstRow: 2 };
}
