import type { Lang } from './lang.js';

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** The Intl locale used for a language (`es` → `es-US`, the Spanish Californians read). */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** Formats a number with at most `digits` decimals ("1,234.5" / "1234,5"). */
export function formatNumber(value: number, lang: Lang = 'en', digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/**
 * Formats a percentage given in percent units (12.5 → "12.5%"), the way Dashboard files and
 * people write rates.
 */
export function formatPercent(value: number, lang: Lang = 'en', digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
}

/** Formats a signed number ("+3.2", "−4.1") for changes and gaps. */
export function formatSigned(value: number, lang: Lang = 'en', digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(lang, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

export type DatePrecision = 'day' | 'month' | 'year';

/** Formats a date ("March 2024", "marzo de 2024", "Mar 4, 2024"), always in UTC. */
export function formatDate(value: Date, lang: Lang = 'en', precision: DatePrecision = 'day'): string {
  if (Number.isNaN(value.getTime())) return '—';
  const key = `d|${lang}|${precision}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(LOCALES[lang], opts);
    cache.set(key, f);
  }
  return f.format(value);
}

/** Joins a list as people write it: "A, B and C" / "A, B y C". */
export function formatList(items: readonly string[], lang: Lang = 'en'): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}
