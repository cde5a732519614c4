/**
 * Coercions from what people really type into typed values. Each returns `undefined` when the
 * value cannot be read, and `null` when it is blank.
 */
import { isolateBidi } from '../i18n/bidi.js';

const MINUS = /[\u2212\u2012\u2013]/g;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** True for null, undefined, and strings that are blank or a conventional "no value" mark. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'number') return Number.isNaN(value);
  return typeof value === 'string' && /^\s*(|-|–|—|n\/?a|null|na)\s*$/i.test(value);
}

/** Reads a number: 12, " 12 ", "1,234", "−3.5", "+4". NaN and ±Infinity are not numbers here. */
export function toNumber(value: unknown): number | null | undefined {
  // The common case first: a plain number as written ("12.5"), read without the blank and minus checks.
  if (typeof value === 'string' && PLAIN.test(value)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  if (isBlank(value)) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(MINUS, '-');
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  if (PLAIN.test(text)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Reads a percentage in percent units: "85%", "85 %", 85, "12.5" → 85, 85, 85, 12.5. */
export function toPercent(value: unknown): number | null | undefined {
  if (typeof value === 'string') return toNumber(value.trim().replace(/\s*%$/, ''));
  return toNumber(value);
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;
const SCHOOL_YEAR = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/;
const US_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function utc(year: number, month: number, day: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? d : undefined;
}

/**
 * Reads a date: ISO "2024-03-15" (time ignored), "2024-03" (first of the month), "2024",
 * US "3/15/2024", and school years "2023-24" / "2023–2024" (July 1 of the first year, when
 * California's school year begins; "2011-12" is read as a school year, not December). Date objects pass through; numbers are years (1900–2100) or
 * epoch milliseconds.
 */
export function toDate(value: unknown): Date | null | undefined {
  if (isBlank(value)) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) return utc(value, 1, 1);
    return new Date(value);
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let m = SCHOOL_YEAR.exec(text);
  if (m) {
    const start = Number(m[1]);
    const end = m[2]!.length === 2 ? Number(m[2]) : Number(m[2]) % 100;
    // "2023-24" is a school year; "2024-03" (not the next year) falls through to a month.
    if (end === (start + 1) % 100) return utc(start, 7, 1);
  }
  if ((m = ISO_DAY.exec(text))) return utc(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = ISO_MONTH.exec(text))) return utc(Number(m[1]), Number(m[2]), 1);
  if ((m = YEAR.exec(text))) return utc(Number(m[1]), 1, 1);
  if ((m = US_DAY.exec(text))) return utc(Number(m[3]), Number(m[1]), Number(m[2]));
  return undefined;
}

/**
 * Reads text: strings trimmed, numbers and booleans written out; objects are not text. A string
 * with bidi controls (U+202E …) is made its own isolate, so it cannot reorder the text around it.
 */
export function toText(value: unknown): string | null | undefined {
  if (isBlank(value)) return null;
  if (typeof value === 'string') return isolateBidi(value.trim());
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
