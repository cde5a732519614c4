import type { RawRow } from './types.js';

/**
 * A small delimited-text parser (RFC 4180 quoting) for the browser: no dependency, no code
 * generation (no `Function`, so a strict Content-Security-Policy is fine), one pass over the text.
 * It reads what arquero's `fromCSV(text, { autoType: false })` read, cell for cell:
 * - values stay strings; an empty cell is `null`; a cell missing from a short row is `undefined`;
 *   cells beyond the header are dropped;
 * - a cell that starts with `"` is quoted: delimiters and line breaks inside are text and `""` is
 *   one quote; a quote later in a cell is an ordinary character;
 * - lines end with LF, CRLF or a lone CR; a line break at the very end makes no row.
 * Differences, on malformed text only: characters after a closing quote are kept (`"a"b` → `ab`;
 * arquero dropped them and the next cell), and a quote never closed runs to the end of the text
 * (its opening quote kept, as arquero kept it).
 * The caller removes a byte-order mark and blank lines first (csv.ts).
 */
export function parseDelimited(text: string, delimiter: string): { names: string[]; rows: (string | null | undefined)[][] } {
  const table: (string | null | undefined)[][] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let row: (string | null)[] = [];
  while (i < n) {
    let cell: string;
    let end: number; // index of the character that ended the cell (delimiter, line break) or n
    if (text.charCodeAt(i) === 34 /* " */) {
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          // Never closed: the rest of the text, as written.
          value = text.slice(i);
          j = n;
          break;
        }
        value += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      // Anything between the closing quote and the end of the cell is kept as text.
      end = j;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === d || c === 10 || c === 13) break;
        end++;
      }
      cell = end > j ? value + text.slice(j, end) : value;
    } else {
      end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === d || c === 10 || c === 13) break;
        end++;
      }
      cell = text.slice(i, end);
    }
    row.push(cell === '' ? null : cell);
    if (end >= n) break;
    const c = text.charCodeAt(end);
    i = end + 1;
    if (c === 13 && text.charCodeAt(i) === 10) i++;
    if (c !== d) {
      table.push(row);
      row = [];
    } else if (i >= n) row.push(null); // a delimiter at the very end: one more, empty cell
  }
  if (row.length) table.push(row);
  const header = table.shift() ?? [];
  return { names: header.map((name) => name ?? ''), rows: table };
}

/**
 * The rows of a delimited text as objects keyed by `keys` (one per header column, in order).
 * The fast path: with no quote in the text, lines and cells are cut with `indexOf`.
 */
export function delimitedRows(text: string, delimiter: string, keys?: string[]): { names: string[]; rows: RawRow[] } {
  if (text.indexOf('"') < 0) return plainRows(text, delimiter, keys);
  const { names, rows } = parseDelimited(text, delimiter);
  const k = keys ?? names;
  const out: RawRow[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!;
    const row: RawRow = {};
    for (let c = 0; c < k.length; c++) row[k[c]!] = cells[c];
    out[r] = row;
  }
  return { names, rows: out };
}

/** No quotes anywhere: each line is cut at the delimiter. */
function plainRows(text: string, delimiter: string, keys?: string[]): { names: string[]; rows: RawRow[] } {
  const n = text.length;
  const lines: string[] = [];
  let start = 0;
  while (start < n) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = n;
    let line = text.slice(start, nl);
    // A lone CR also ends a line (old Mac files); CRLF leaves a CR at the end of the line.
    if (line.indexOf('\r') >= 0) {
      const parts = line.split('\r');
      if (parts[parts.length - 1] === '') parts.pop();
      lines.push(...parts);
    } else lines.push(line);
    start = nl + 1;
  }
  const names = lines.length ? lines[0]!.split(delimiter) : [];
  const k = keys ?? names;
  const width = k.length;
  const rows: RawRow[] = new Array(Math.max(0, lines.length - 1));
  for (let r = 1; r < lines.length; r++) {
    const line = lines[r]!;
    const row: RawRow = {};
    let from = 0;
    for (let c = 0; c < width; c++) {
      if (from > line.length) {
        row[k[c]!] = undefined;
        continue;
      }
      let to = line.indexOf(delimiter, from);
      if (to < 0) to = line.length;
      row[k[c]!] = to === from ? null : line.slice(from, to);
      from = to + 1;
    }
    rows[r - 1] = row;
  }
  return { names, rows };
}
