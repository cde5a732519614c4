import { OutcomeError, problem } from '../errors.js';
import { DASHBOARD_SIZE_RULES } from '../gap-chart/facts.js';
import { langOfCatalogue } from '../gap-chart/messages.js';
import { toNumber } from '../validate/coerce.js';
import { COUNTY_MESSAGES, type CountyMessages } from './messages.js';
import type { EquityReportOptions, EquityReportOptionsInput } from './types.js';

const given = (v: unknown): boolean => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/** Throws the one `bad-option` error, naming the option, its value and what was expected (en/es). */
export function badCountyOption(name: string, value: unknown, expected: (m: CountyMessages) => string): never {
  throw new OutcomeError(problem('bad-option', (m) => m.badOption(name, value, expected(COUNTY_MESSAGES[langOfCatalogue(m)])), { field: name, value }));
}

/** A Dashboard year option as text (`2024`, `2017f`), or null for "the latest". */
export function yearOption(value: unknown): string | null {
  return given(value) ? String(value).trim() : null;
}

/** The privacy threshold option: a whole number of 0 or more (default 10). */
export function suppressOption(value: unknown): number {
  if (!given(value)) return DASHBOARD_SIZE_RULES.suppressAtOrBelow;
  const n = toNumber(value);
  if (typeof n !== 'number' || n < 0 || !Number.isInteger(n)) badCountyOption('suppressBelow', value, (m) => m.expect.count);
  return n;
}

/** Normalises the equity report's options once (idempotent). */
export function normalizeEquityReportOptions(input: EquityReportOptionsInput | null | undefined = {}): EquityReportOptions {
  const o = input ?? {};
  return { year: yearOption(o.year), suppressBelow: suppressOption(o.suppressBelow) };
}

/** The element's attributes (kebab-case) and the option each one sets. */
export const EQUITY_REPORT_ATTRIBUTES: Readonly<Record<string, keyof EquityReportOptionsInput>> = {
  year: 'year',
  'suppress-below': 'suppressBelow',
};
