/**
 * Bidirectional-text isolation for data strings. A group name holding U+202E (right-to-left
 * override) would otherwise reverse the rest of the sentence it is written into (the summary,
 * an error message). A string with any bidi control becomes its own isolate: wrapped in U+2068
 * (first strong isolate) … U+2069 (pop directional isolate), with every embedding, override or
 * isolate it opened closed inside. Strings without bidi controls are returned as they are.
 */
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function isolateBidi(text: string): string {
  if (!CONTROLS.test(text)) return text;
  let embeddings = 0;
  let isolates = 0;
  let out = '';
  for (const ch of text) {
    if (ch >= '\u202a' && ch <= '\u202e' && ch !== '\u202c') embeddings++;
    else if (ch === '\u202c') {
      if (embeddings === 0) continue; // a stray pop would close what surrounds the string
      embeddings--;
    } else if (ch >= '\u2066' && ch <= '\u2068') isolates++;
    else if (ch === '\u2069') {
      if (isolates === 0) continue;
      isolates--;
    }
    out += ch;
  }
  return `\u2068${out}${'\u202c'.repeat(embeddings)}${'\u2069'.repeat(isolates)}\u2069`;
}
