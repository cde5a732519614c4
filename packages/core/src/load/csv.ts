import { OutcomeError, problem } from '../errors.js';
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

/**
 * Parses CSV (or tab-delimited) text with arquero, loaded on first use. Values stay strings:
 * `validate` coerces them, so "1,234" and "85%" are read the way people meant them. No code
 * generation, so it works under a Content-Security-Policy without 'unsafe-eval'.
 */
export async function parseCsv(text: string): Promise<Loaded> {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new OutcomeError(problem('empty-csv', (m) => m.badCsv('no header row')));
  let rows: RawRow[];
  try {
    const aq = await import('arquero');
    const table = aq.fromCSV(body, { delimiter: sniffDelimiter(body), autoType: false });
    // Read cell by cell: `table.objects()` compiles a function with `Function`, which a strict
    // CSP (no 'unsafe-eval') blocks; `fromCSV` and `get` need no code generation.
    const names = table.columnNames();
    const count = table.numRows();
    rows = new Array(count);
    for (let i = 0; i < count; i++) {
      const row: RawRow = {};
      for (const name of names) row[name] = table.get(name, i);
      rows[i] = row;
    }
  } catch (error) {
    if (isCspEvalError(error)) throw new OutcomeError(problem('csp-needs-json', (m) => m.cspNeedsJson));
    const detail = error instanceof Error ? error.message : String(error);
    throw new OutcomeError(problem('bad-csv', (m) => m.badCsv(detail)));
  }
  return { value: rows, format: 'csv', firstRow: 2 };
}
