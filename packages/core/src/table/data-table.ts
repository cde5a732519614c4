/** One column of a data table: the key into each row and its heading. */
export interface TableColumn {
  key: string;
  label: string;
  /** Right-align and treat as a number in the table. */
  numeric?: boolean;
}

/** A data table as plain text cells: the accessible table, the CSV export and tests all read it. */
export interface DataTable {
  caption: string;
  columns: TableColumn[];
  rows: Array<Record<string, string>>;
  /**
   * The same cells as values, for exports (one per row, by column key): numbers as numbers, dates
   * as ISO "2024-09-01", null for none. The CSV writes these where given, not the formatted text.
   */
  values?: Array<Record<string, string | number | null>>;
}

/** A value as a CSV cell: a plain number (no grouping, "." for decimals), an ISO date, or the text. */
function valueCell(value: string | number | null | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return '';
  return typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** A signed number as the tables write it: "-3.5", "+2.6", "-1,234.5", "-12.5%". Only digits, separators and a sign: never a formula. */
const PLAIN_NUMBER = /^[+-]?\.?\d[\d.,]*%?$/;

/**
 * Neutralises a cell a spreadsheet would run as a formula (starting with = + - @, tab or CR) by
 * prefixing an apostrophe. A plain signed number ("-3.5", "+2.6", "-1,234", "-12.5%") is left as
 * it is, so it stays a number in the spreadsheet: with nothing but digits, separators and one
 * leading sign it cannot call a function.
 */
export function neutralizeCell(text: string): string {
  const start = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  // A spreadsheet that splits on `;` or tab (or a comma, in another locale) would start a new
  // cell after it: "Hispanic;=1+1" gives "=1+1". Neutralise a formula start after each of them too.
  return start.replace(AFTER_DELIMITER, (all, delimiter: string, space: string, rest: string) => (PLAIN_NUMBER.test(rest) ? all : `${delimiter}${space}'${rest}`));
}

const AFTER_DELIMITER = /([,;\t])( *)([=+\-@][^,;\t]*)/g;

/** Quotes a cell holding a quote, a line break, or any delimiter a spreadsheet may split on (`,` `;` tab). */
function quoteCell(text: string): string {
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes a data table as CSV (RFC 4180 quoting, CRLF line ends), every cell neutralised. */
export function tableToCsv(table: DataTable): string {
  const lines = [table.columns.map((c) => quoteCell(neutralizeCell(c.label)))];
  table.rows.forEach((row, i) => {
    const values = table.values?.[i];
    lines.push(table.columns.map((c) => quoteCell(neutralizeCell(valueCell(values?.[c.key]) ?? row[c.key] ?? ''))));
  });
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
