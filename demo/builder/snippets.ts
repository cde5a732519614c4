/**
 * The code a webmaster copies: pure functions from the builder's choices to HTML text. Every value
 * goes through `escapeAttribute` (or is inline data made safe by `inlineDataText`), so nothing a
 * webmaster types — a data address with quotes, a heading with `<` — can break out of its place.
 */

/** An attribute as it will be written: `true` for a boolean attribute written without a value. */
export type Attributes = Array<[name: string, value: string | true]>;

export interface InlineData {
  format: 'csv' | 'json';
  /** Text already made safe for a `<script>` element by `inlineDataText`. */
  text: string;
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Makes a file's text safe to sit inside `<script type="…">…</script>`, or says why it cannot.
 * JSON can escape `<` inside its strings (`\u003c`), so any JSON fits; CSV has no escape, so a CSV
 * holding `</script`, `<script` or `<!--` is refused.
 */
export function inlineDataText(text: string, format: 'csv' | 'json'): { text: string } | { error: string } {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  if (format === 'json') {
    try {
      JSON.parse(body);
    } catch (error) {
      return { error: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
    }
    // `<` only appears inside JSON strings, where \u003c means the same character.
    return { text: body.replace(/</g, '\\u003c') };
  }
  if (/<(!--|\/?script)/i.test(body)) {
    return { error: 'The file contains “<script” or “<!--”, which cannot be placed inside a web page. Put the file on your website and give its address instead.' };
  }
  return { text: body };
}

function attributeText([name, value]: [string, string | true]): string {
  return value === true ? name : `${name}="${escapeAttribute(value)}"`;
}

/** An element's start tag, one attribute a line when it would be long. */
function startTag(tag: string, attributes: Attributes, indent = ''): string {
  const parts = attributes.map(attributeText);
  const oneLine = `<${tag}${parts.map((p) => ` ${p}`).join('')}>`;
  if (oneLine.length + indent.length <= 100) return oneLine;
  return `<${tag}\n${parts.map((p) => `${indent}  ${p}`).join('\n')}\n${indent}>`;
}

/** `<script src>` + the element (with its inline data, when the data is a file). */
export function scriptTagSnippet(loaderUrl: string, tag: string, attributes: Attributes, inline?: InlineData): string {
  const script = `<script src="${escapeAttribute(loaderUrl)}"></script>`;
  const type = inline?.format === 'json' ? 'application/json' : 'text/csv';
  const body = inline ? `\n  <script type="${type}">\n${inline.text}\n  </script>\n` : '';
  return `${script}\n\n${startTag(tag, attributes)}${body}</${tag}>\n`;
}

/** The embed page's address: the widget and its attributes as query parameters. */
export function embedUrl(embedPage: string, widget: string, attributes: Attributes): string {
  const url = new URL(embedPage);
  url.search = '';
  url.searchParams.set('widget', widget);
  for (const [name, value] of attributes) url.searchParams.set(name, value === true ? '' : value);
  return url.href;
}

export interface IframeOptions {
  title: string;
  height: number;
  /** The resizer script's address, or null to leave the line out. */
  resizerUrl: string | null;
}

/** `<iframe>` on the embed page (+ the optional resizer line). */
export function iframeSnippet(src: string, options: IframeOptions): string {
  const iframe = startTag('iframe', [
    ['src', src],
    ['title', options.title],
    ['width', '100%'],
    ['height', String(options.height)],
    ['style', 'border: 0'],
    ['loading', 'lazy'],
  ]);
  const resizer = options.resizerUrl ? `\n<script src="${escapeAttribute(options.resizerUrl)}"></script>` : '';
  return `${iframe}</iframe>${resizer}\n`;
}
