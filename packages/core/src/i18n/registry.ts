/**
 * Languages beyond English and Spanish: a page or an app registers a language's strings, and every
 * catalogue looks them up per string, falling back to English for any string not translated.
 *
 * A catalogue is the plain `{ en, es }` record a widget already has (strings, nested records and
 * functions of the message's values). A translation gives strings with `{name}` placeholders —
 * the English function's parameter names, as `exportMessages` writes them — or `{0}`, `{1}`… by
 * position, or functions (for plurals and grammar a template cannot express).
 */
import type { Lang } from './lang.js';

/** A message: a text, a function of the message's values, or a record of messages. */
export type Message = string | ((...args: never[]) => string) | { readonly [key: string]: Message };

/** A language's strings for one catalogue: any subset of it; strings may stand for functions. */
export type Translation = { readonly [key: string]: string | ((...args: never[]) => string) | Translation };

/** A registered language: its strings per catalogue (`core`, `gap`, `run-chart`…). */
export type LanguagePack = { readonly [catalogue: string]: Translation };

/** The translations registered so far, by language tag (lower case), then catalogue. */
const registered = new Map<string, Map<string, Translation>>();
/** Merged catalogues, by `catalogue|tag`; emptied whenever a language is registered. */
const merged = new Map<string, unknown>();

const normalise = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-');

/**
 * Registers (or extends) a language: `registerLanguage('vi', { core: { showData: 'Hiện dữ liệu' } })`.
 * Later calls for the same tag add to it; a string given again replaces the earlier one.
 */
export function registerLanguage(tag: string, pack: LanguagePack): void {
  const key = normalise(tag);
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(key)) throw new Error(`“${tag}” is not a language tag (for example vi, pt-BR or zh-Hant).`);
  const catalogues = registered.get(key) ?? new Map<string, Translation>();
  for (const [name, strings] of Object.entries(pack)) catalogues.set(name, deepMerge(catalogues.get(name) ?? {}, strings));
  registered.set(key, catalogues);
  merged.clear();
}

/** Forgets a registered language (for tests and apps that unload one). */
export function unregisterLanguage(tag: string): void {
  registered.delete(normalise(tag));
  merged.clear();
}

/** The languages a page can use: English, Spanish and every registered tag. */
export function registeredLanguages(): string[] {
  return [...new Set(['en', 'es', ...registered.keys()])];
}

/**
 * The best language for a tag: the exact registered tag (`pt-br`), else its primary language
 * (`pt`), else Spanish or English as `resolveLang` gives. Always one the registry can serve.
 */
export function resolveLanguage(tag: string | null | undefined): string {
  const key = normalise(tag ?? '');
  if (registered.has(key)) return key;
  const primary = key.split('-')[0] ?? '';
  if (registered.has(primary)) return primary;
  return primary === 'es' ? 'es' : 'en';
}

/**
 * One catalogue in a language: the built-in one (`en`, `es`) with any registered strings over it,
 * every string missing there taken from English. The same object is returned until a language is
 * registered, so callers may compare catalogues by identity.
 */
export function localize<T extends object>(catalogue: string, base: Readonly<Record<Lang, T>>, tag: string): T {
  const lang = resolveLanguage(tag);
  const own = registered.get(lang)?.get(catalogue);
  const builtIn = (base as Record<string, T | undefined>)[lang];
  if (!own) return builtIn ?? base.en;
  const key = `${catalogue}|${lang}`;
  let result = merged.get(key) as T | undefined;
  if (!result) {
    result = overlay(builtIn ?? base.en, base.en, own) as T;
    merged.set(key, result);
  }
  return result;
}

/**
 * A drop-in for a `{ en, es }` catalogue record that also answers every registered language:
 * `export const GAP_MESSAGES = catalogueRecord('gap', { en, es })` keeps `GAP_MESSAGES[lang]`.
 */
export function catalogueRecord<T extends object>(catalogue: string, base: Record<Lang, T>): Record<Lang, T> & Readonly<Record<string, T>> {
  return new Proxy(base, {
    get: (target, prop, receiver) => (typeof prop === 'string' && prop !== 'then' ? localize(catalogue, target, prop) : Reflect.get(target, prop, receiver)),
  }) as Record<Lang, T> & Readonly<Record<string, T>>;
}

/** The English text of every message, for translators: `{ key: "Data for {title}" }`, nested keys dotted. */
export function exportCatalogue(messages: object): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out[path] = value;
    else if (typeof value === 'function') {
      const params = parameterNames(value as (...args: unknown[]) => string);
      try {
        out[path] = String((value as (...args: unknown[]) => unknown)(...params.map((p) => `{${p}}`)));
      } catch {
        out[path] = params.map((p) => `{${p}}`).join(' ');
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(messages, '');
  return out;
}

/** A flat export (`{ "col.group": "…" }`) back into the nested shape `registerLanguage` takes. */
export function nestTranslation(flat: Readonly<Record<string, string>>): Translation {
  const root: Record<string, unknown> = {};
  for (const [path, text] of Object.entries(flat)) {
    if (typeof text !== 'string') continue;
    const keys = path.split('.');
    let node = root;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = text;
  }
  return root as Translation;
}

/** A function's parameter names as written in its source (`(row, field) => …` → row, field). */
export function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = Function.prototype.toString.call(fn);
  const m = /^(?:async\s*)?(?:function\b[^(]*)?\(([^)]*)\)/.exec(source) ?? /^(?:async\s+)?([\w$]+)\s*=>/.exec(source);
  if (!m) return [];
  return m[1]!
    .split(',')
    .map((p) => p.replace(/=.*$/s, '').replace(/[:?].*$/s, '').trim())
    .filter(Boolean);
}

/** A template ("Datos de {title}") as a function with the English function's parameters. */
function compile(template: string, english: (...args: never[]) => string): (...args: unknown[]) => string {
  const names = parameterNames(english);
  return (...args: unknown[]) =>
    template.replace(/\{([\w$]+)\}/g, (whole, name: string) => {
      const i = /^\d+$/.test(name) ? Number(name) : names.indexOf(name);
      // A placeholder the message does not have stays as written, so the translator sees it.
      if (i < 0 || i >= args.length) return whole;
      const value = args[i];
      return value === undefined ? '' : String(value);
    });
}

/** The built-in catalogue with a translation over it; English wherever the translation is silent. */
function overlay(builtIn: unknown, english: unknown, own: unknown): unknown {
  if (own === undefined) return builtIn ?? english;
  if (typeof english === 'function') {
    if (typeof own === 'function') return own;
    if (typeof own === 'string') return compile(own, english as (...args: never[]) => string);
    return builtIn ?? english;
  }
  if (typeof english === 'string') return typeof own === 'string' ? own : (builtIn ?? english);
  if (english && typeof english === 'object' && own && typeof own === 'object') {
    const out: Record<string, unknown> = {};
    const b = (builtIn && typeof builtIn === 'object' ? builtIn : english) as Record<string, unknown>;
    for (const key of Object.keys(english)) {
      out[key] = overlay(b[key], (english as Record<string, unknown>)[key], (own as Record<string, unknown>)[key]);
    }
    return out;
  }
  return builtIn ?? english;
}

function deepMerge(a: Translation, b: Translation): Translation {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = v && typeof v === 'object' && prev && typeof prev === 'object' ? deepMerge(prev as Translation, v) : v;
  }
  return out as Translation;
}
