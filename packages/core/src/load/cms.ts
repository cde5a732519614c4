/**
 * What content-management systems do to pasted markup, recognised and named (issue 20):
 * WordPress's automatic paragraphs put `</p><p>` and `<br />` into inline data and leave blank
 * lines in it; word processors and "smart quotes" turn an attribute's straight quotes into curly
 * ones, so the value (a data address, a field name) carries them and nothing matches.
 */
import type { Problem } from '../errors.js';

/** Curly quotes (and primes, guillemets) that editors put where HTML needs `"` or `'`. */
export const CURLY_QUOTES = '\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u2033\u2032\u00AB\u00BB';
const CURLY = new RegExp(`[${CURLY_QUOTES}]`);
const CURLY_START = new RegExp(`^[${CURLY_QUOTES}]`);
const CURLY_END = new RegExp(`[${CURLY_QUOTES}]$`);

/**
 * The text without its blank and whitespace-only lines (outside quoted cells, whose line breaks
 * are data). Line endings of the lines kept are kept as they were.
 */
export function skipBlankLines(text: string): string {
  if (!/(^|\n)[ \t\r\u00A0]*\n|\n[ \t\r\u00A0]+$/.test(text)) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  let quoted = false;
  for (const line of lines) {
    if (quoted || line.replace(/[ \t\r\u00A0]/g, '') !== '') kept.push(line);
    // An odd number of quotes leaves a quoted cell open onto the next line.
    if ((line.split('"').length - 1) % 2 === 1) quoted = !quoted;
  }
  return kept.join('\n');
}

/** The first HTML tag a CMS's automatic paragraphs leave in text (`</p>`, `<p>`, `<br />`), or null. */
export function cmsTagIn(text: string): string | null {
  const match = /<\/?(p|br|div|span)(\s[^<>]*)?\/?>|&nbsp;/i.exec(text);
  return match ? match[0] : null;
}

/**
 * The problem with inline data that holds HTML tags (null when it holds none): most likely the
 * editor's automatic paragraphs, with how to avoid them.
 */
export function cmsMarkupProblem(text: string): Problem | null {
  const tag = cmsTagIn(text);
  if (!tag) return null;
  return {
    code: 'cms-paragraphs',
    value: tag,
    message: {
      en:
        `The inline data holds the HTML tag ${tag}, most likely from the editor's automatic paragraphs ` +
        `(WordPress and other CMSs add <p> and <br> where text has line breaks or blank lines). ` +
        `Paste the data in a Custom HTML block (or the editor's HTML/source view) with no blank lines, or upload it as a file and give its address in src.`,
      es:
        `Los datos en línea contienen la etiqueta HTML ${tag}, probablemente de los párrafos automáticos del editor ` +
        `(WordPress y otros CMS añaden <p> y <br> donde el texto tiene saltos de línea o líneas en blanco). ` +
        `Pegue los datos en un bloque «HTML personalizado» (o en la vista HTML o de código del editor) sin líneas en blanco, o súbalos como archivo y ponga su dirección en src.`,
    },
  };
}

/** Attributes whose text may rightly begin and end with quotation marks. */
const TEXT_ATTRIBUTES = new Set(['heading', 'x-label', 'y-label', 'entity']);

/**
 * The problem with an attribute written with curly quotes (null when there is none): the quotes
 * around the value are part of it (`src=”/files/data.csv”`), or a quoted value with a space
 * split into two attributes (`heading=“Chronic absence”`). Names the attribute and the quote.
 * With `known` (the element's own attributes), only their values are checked (an `aria-label` or
 * `title` may rightly be quoted); a name with a curly quote in it is always named.
 */
export function curlyQuoteProblem(attributes: Iterable<{ name: string; value: string }>, known?: ReadonlySet<string>): Problem | null {
  for (const { name, value } of attributes) {
    let found: string | null = null;
    if (CURLY.test(name)) found = name;
    else if (!known || known.has(name)) {
      const v = value.trim();
      const starts = CURLY_START.test(v);
      const ends = CURLY_END.test(v);
      const count = [...v].filter((c) => CURLY_QUOTES.includes(c)).length;
      if ((starts || ends) && count === 1) found = v;
      else if (starts && ends && !TEXT_ATTRIBUTES.has(name)) found = v;
    }
    if (found === null) continue;
    const quote = [...found].find((c) => CURLY_QUOTES.includes(c))!;
    const field = name.replace(new RegExp(`[${CURLY_QUOTES}]`, 'g'), '');
    return {
      code: 'curly-quotes',
      field,
      value: found,
      message: {
        en: `The attribute ${field} is written with curly quotes (${quote}), which HTML reads as part of the value (${found}). Retype them as straight quotes ("): word processors and "smart quotes" change them.`,
        es: `El atributo ${field} está escrito con comillas tipográficas (${quote}), que HTML lee como parte del valor (${found}). Vuelva a escribirlas como comillas rectas ("): los procesadores de texto y las «comillas inteligentes» las cambian.`,
      },
    };
  }
  return null;
}
