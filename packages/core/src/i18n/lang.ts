/** The languages Outcome Kit speaks. English is the default; Spanish is complete. */
export type Lang = 'en' | 'es';

export const LANGS: readonly Lang[] = ['en', 'es'];

/**
 * Turns any BCP 47 tag (`es-MX`, `EN`, `""`, `undefined`) into a supported language.
 * Anything that is not Spanish falls back to English.
 */
export function resolveLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'es' ? 'es' : 'en';
}

/** A text in every supported language. */
export type Localized = Record<Lang, string>;
