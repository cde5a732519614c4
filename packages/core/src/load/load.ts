import { OutcomeError, problem } from '../errors.js';
import { parseCsv } from './csv.js';
import { looksLikeJson, parseJson } from './json.js';
import { checkRowCount } from './limits.js';
import type { Loaded, RawRow } from './types.js';

/** Data given directly: an array of objects (or any JSON value) from the `data` property. */
export function loadValue(value: unknown): Loaded {
  return { value, format: 'objects', firstRow: 1 };
}

/** Data given as text: JSON when it starts with `[` or `{`, otherwise CSV (comma or tab). */
export async function loadText(text: string, format?: 'json' | 'csv'): Promise<Loaded> {
  const kind = format ?? (looksLikeJson(text) ? 'json' : 'csv');
  return kind === 'json' ? parseJson(text) : parseCsv(text);
}

/**
 * The rows of loaded data. Accepts an array of objects, or an object whose `data` or `rows`
 * property is one; anything else gets one clear message.
 */
export function rowsOf(loaded: Loaded): RawRow[] {
  let value = loaded.value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    value = Array.isArray(v.data) ? v.data : Array.isArray(v.rows) ? v.rows : value;
  }
  if (!Array.isArray(value)) throw new OutcomeError(problem('not-rows', (m) => m.notRows));
  checkRowCount(value.length);
  value.forEach((row, i) => {
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      throw new OutcomeError(problem('not-rows', (m) => m.notRows, { row: i + loaded.firstRow, value: row }));
    }
  });
  return value as RawRow[];
}
