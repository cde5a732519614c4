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
  let line = 1;
  let row: string[] = [];
  let rowLine = 1;
  let field = '';
  let i = 0;
  const len = body.length;
  const endRow = () => {
    row.push(field);
    field = '';
    if (!(row.length === 1 && row[0] === '')) {
      out.push(row);
      lines.push(rowLine);
    }
    row = [];
  };
  while (i < len) {
    const c = body[i]!;
    if (c === '"' && field === '') {
      // Quoted field: read to the closing quote ("" is a quote).
      i++;
      for (;;) {
        if (i >= len) break;
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
        if (q === '\n') line++;
        field += q;
        i++;
      }
      continue;
    }
    if (c === d) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRow();
      if (c === '\r' && body[i + 1] === '\n') i++;
      i++;
      line++;
      rowLine = line;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) endRow();
  const header = (out.shift() ?? []).map((h) => h.trim());
  lines.shift();
  return { header, rows: out, lines, delimiter: d };
}
