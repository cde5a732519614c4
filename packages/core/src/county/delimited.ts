/**
 * A small synchronous reader of delimited text (CDE's tab-delimited files, or a CSV re-save):
 * quotes, doubled quotes, CRLF and a BOM. Plain TypeScript without code generation, so it runs
 * under a strict Content-Security-Policy; each row keeps the line it started on.
 */
import { sniffDelimiter } from '../load/csv.js';

export interface DelimitedText {
  header: string[];
  /** Data rows, fields as text. */
  rows: string[][];
  /** The 1-based line each data row starts on (header = line 1). */
  lines: number[];
  delimiter: string;
}

/** Splits delimited text into a header and rows; blank lines are skipped. */
export function parseDelimited(text: string, delimiter?: string): DelimitedText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = delimiter ?? sniffDelimiter(body);
  const out: string[][] = [];
  const lines: number[] = [];
  const len = body.length;
  let pos = 0;
  let line = 1;
  let nextQuote = body.indexOf('"');
  while (pos < len) {
    let end = body.indexOf('\n', pos);
    if (end < 0) end = len;
    const cut = end > pos && body.charCodeAt(end - 1) === 13 ? end - 1 : end;
    // The next quote in the text, looked up again only once passed (no quadratic scans).
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = body.indexOf('"', pos);
    if (nextQuote === -1 || nextQuote >= end) {
      // Fast path: a line without quotes is one record.
      if (cut > pos) {
        out.push(body.slice(pos, cut).split(d));
        lines.push(line);
      }
      pos = end + 1;
      line++;
      continue;
    }
    const start = line;
    const r = quotedRecord(body, pos, d);
    if (!(r.fields.length === 1 && r.fields[0] === '')) {
      out.push(r.fields);
      lines.push(start);
    }
    line += r.lines;
    pos = r.next;
  }
  const header = (out.shift() ?? []).map((h) => h.trim());
  lines.shift();
  return { header, rows: out, lines, delimiter: d };
}

/** Reads one record that has quotes, from `pos` to the end of its last line. */
function quotedRecord(body: string, pos: number, d: string): { fields: string[]; next: number; lines: number } {
  const fields: string[] = [];
  let field = '';
  let lines = 1;
  let i = pos;
  const len = body.length;
  while (i < len) {
    const c = body[i]!;
    if (c === '"' && field === '') {
      i++;
      while (i < len) {
        const q = body[i]!;
        if (q === '"') {
          if (body[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') lines++;
        field += q;
        i++;
      }
    } else if (c === d) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      i++;
      fields.push(field);
      return { fields, next: i, lines };
    } else {
      field += c;
      i++;
    }
  }
  fields.push(field);
  return { fields, next: len, lines };
}
