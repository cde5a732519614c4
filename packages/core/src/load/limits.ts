/**
 * The documented limits of what a web page loads and draws. Above them a widget says so in one
 * clear message instead of freezing the tab: statewide files belong in `outcome-kit publish`
 * (DuckDB), which writes the small per-entity files a page fetches.
 */
import { OutcomeError, problem } from '../errors.js';

export const LIMITS = {
  /** Text (CSV or JSON) a widget reads: 64 MB. */
  maxTextChars: 64 * 1024 * 1024,
  /** Rows a widget reads: 100 000 (a county's per-entity files hold far fewer). */
  maxRows: 100_000,
  /** Points (table rows) a chart draws: 5 000; above it the data table and the CSV still list every row. */
  maxChartRows: 5_000,
} as const;

const count = (n: number) => n.toLocaleString('en-US');
const megabytes = (chars: number) => `${Math.round(chars / 1024 / 1024)} MB`;

/** Refuses a text above `maxTextChars`. */
export function checkTextSize(text: string): void {
  if (text.length > LIMITS.maxTextChars) {
    throw new OutcomeError(problem('too-big', (m) => m.tooBig(megabytes(text.length), megabytes(LIMITS.maxTextChars))));
  }
}

/** Refuses more than `maxRows` rows. */
export function checkRowCount(rows: number): void {
  if (rows > LIMITS.maxRows) throw new OutcomeError(problem('too-big', (m) => m.tooBig(`${count(rows)} rows`, `${count(LIMITS.maxRows)} rows`)));
}

/** Line breaks in a text (an upper bound on its CSV rows + 1), counted without splitting it. */
export function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
