/**
 * What the builder may put inside the code a webmaster copies: pure functions from the file's
 * text (and the preview's model) to a publishable table. The preview analyses the whole file on
 * the webmaster's computer; the code carries only the rows of the groups that chart shows, so a
 * group of 10 or fewer students — and a group hidden so that one cannot be worked out by
 * subtraction — never reaches a published page, not even inside a `<script>` element.
 */
import { isDashboardFile, normalizeCds, parseCsv, parseJson, resolveGroup, sniffDelimiter, type GapModel } from '@outcome-kit/core';

/** A file read as a table of text cells, its columns in the file's order. */
export interface TextTable {
  columns: string[];
  rows: Array<Record<string, string>>;
  /** The file's column separator (`,` `;` or tab); JSON files have none. */
  delimiter: ',' | ';' | '\t' | null;
}

/** Never below this, whatever the threshold field says: the kit's privacy floor. */
export const PRIVACY_FLOOR = 10;

const cellText = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** Reads a CSV (comma, semicolon or tab) or a JSON array of rows into text cells; null when it is not a table. */
export async function readTable(text: string, format: 'csv' | 'json'): Promise<TextTable | null> {
  if (format === 'json') {
    const value = parseJson(text).value;
    if (!Array.isArray(value) || !value.every((r) => r && typeof r === 'object' && !Array.isArray(r))) return null;
    const columns = [...new Set(value.flatMap((r) => Object.keys(r as object)))];
    const rows = value.map((r) => Object.fromEntries(columns.map((c) => [c, cellText((r as Record<string, unknown>)[c])])));
    return { columns, rows, delimiter: null };
  }
  const loaded = await parseCsv(text);
  const raw = loaded.value as Array<Record<string, unknown>>;
  const columns = raw.length ? Object.keys(raw[0]!) : [];
  const rows = raw.map((r) => Object.fromEntries(columns.map((c) => [c, cellText(r[c])])));
  const d = sniffDelimiter(text.replace(/^\uFEFF/, ''));
  return { columns, rows, delimiter: d === ';' ? ';' : d === '\t' ? '\t' : ',' };
}

/** "12,5" → "12.5", "1.480" → "1480", "1.480,5%" → "1480.5%"; anything else as it is. */
export function decimalPoint(cell: string): string {
  const t = cell.trim();
  const m = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%?)$/.exec(t);
  if (!m || (!m[3] && !m[2]!.includes('.'))) return cell;
  return `${m[1]}${m[2]!.replace(/\./g, '')}${m[3] ? `.${m[3]}` : ''}${m[4]}`;
}

/**
 * A semicolon file (as spreadsheets set to Spanish and many other languages save "CSV") with its
 * decimal commas as points, so 12,5 stays twelve and a half; how many cells changed.
 */
export function withDecimalPoints(table: TextTable): { table: TextTable; changed: number } {
  let changed = 0;
  const rows = table.rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => {
        const out = decimalPoint(v);
        if (out !== v) changed++;
        return [k, out];
      }),
    ),
  );
  return { table: { ...table, rows }, changed };
}

const quoteCell = (cell: string) => (/[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The table as comma-separated text (RFC 4180 quoting), the way every reader takes it. */
export function toCsv(table: TextTable): string {
  const lines = [table.columns.map(quoteCell).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => quoteCell(row[c] ?? '')).join(','));
  return lines.join('\n');
}

/** The table as a JSON array of rows (numbers stay text: the element reads both). */
export function toJson(table: TextTable): string {
  return JSON.stringify(table.rows, null, 1);
}

/** Which columns hold what, for a gap chart file: a CDE download file's own names, else the attributes'. */
interface GapColumns {
  group: string;
  n: string;
  /** Columns that hold (or give away) last year's value. */
  prior: string[];
  /** Last year's n (CDE files), when the file has one. */
  priorN: string | null;
  entity: string | null;
  cds: string | null;
}

function gapColumns(table: TextTable, attrs: ReadonlyMap<string, string>): GapColumns {
  const has = (c: string) => table.columns.includes(c);
  if (isDashboardFile(table.rows)) {
    return { group: 'studentgroup', n: 'currdenom', prior: ['priorstatus', 'change', 'priordenom'].filter(has), priorN: has('priordenom') ? 'priordenom' : null, entity: null, cds: attrs.get('cds') ?? null };
  }
  const prior = attrs.get('prior') ?? 'prior';
  return {
    group: attrs.get('group') ?? 'group',
    n: attrs.get('n') ?? 'n',
    prior: [prior, 'change'].filter(has),
    priorN: null,
    entity: has('entity') ? 'entity' : null,
    cds: null,
  };
}

const count = (cell: string | undefined) => {
  const t = (cell ?? '').trim().replace(/,/g, '');
  return t === '' || !/^[+-]?\d+(\.\d+)?$/.test(t) ? null : Number(t);
};

/** The rows a gap chart's code may carry, or why the builder will not put the file in the code. */
export type Publishable = { table: TextTable; removed: number; blanked: number } | { error: string };

/**
 * Keeps the rows of the groups the model shows, each with n above the threshold (never below 10),
 * of the model's district or school; removes every other row and blanks last year's figures where
 * the model does not show them (a small cohort last year). `attrs`: the element's attributes.
 */
export function publishableGapRows(table: TextTable, model: GapModel, attrs: ReadonlyMap<string, string>): Publishable {
  const cols = gapColumns(table, attrs);
  if (!table.columns.includes(cols.group)) return { error: `The file has no column “${cols.group}” with the student groups, so the builder cannot tell which rows are safe to publish.` };
  if (!table.columns.includes(cols.n)) {
    return { error: `The file has no column “${cols.n}” with the number of students, so the builder cannot tell which groups are too small to publish. Add that column, or name it under “Column names”.` };
  }
  const threshold = Math.max(PRIVACY_FLOOR, model.suppressBelow);
  const shown = new Map(model.groups.map((g) => [g.code, g]));
  const cds = cols.cds ? normalizeCds(cols.cds) : null;
  let removed = 0;
  let blanked = 0;
  const rows: TextTable['rows'] = [];
  for (const row of table.rows) {
    const group = shown.get(resolveGroup(row[cols.group] ?? '').code);
    const n = count(row[cols.n]);
    const sameEntity = cds ? normalizeCds(row.cds) === cds : !cols.entity || model.entity === null || (row[cols.entity] ?? '').trim() === model.entity;
    if (!group || n === null || n <= threshold || !sameEntity) {
      removed++;
      continue;
    }
    const priorN = cols.priorN ? count(row[cols.priorN]) : undefined;
    const priorHidden = group.prior === null || (priorN !== undefined && (priorN === null || priorN <= threshold));
    if (priorHidden && cols.prior.some((c) => (row[c] ?? '').trim() !== '')) {
      const copy = { ...row };
      for (const c of cols.prior) copy[c] = '';
      rows.push(copy);
      blanked++;
    } else {
      rows.push(row);
    }
  }
  return { table: { ...table, rows }, removed, blanked };
}

/** The note under the code when rows were left out or figures blanked. */
export function privacyNote(removed: number, blanked: number): string {
  const parts: string[] = [];
  if (removed) {
    parts.push(
      `${removed} ${removed === 1 ? 'row was' : 'rows were'} left out of the code. Groups of ${PRIVACY_FLOOR} or fewer students are never published, nor a group hidden so that a small one cannot be worked out by subtraction, nor rows the chart does not use.`,
    );
  }
  if (blanked) parts.push(`Last year’s figures of ${blanked} ${blanked === 1 ? 'group were' : 'groups were'} left out too (too few students last year).`);
  return parts.length ? `${parts.join(' ')} The chart shows the same groups as the preview.` : '';
}

/** Names that say what a column holds, best first, per field. */
const HINTS: Record<string, RegExp[]> = {
  x: [/^(date|month|week|day|year|school ?year|period|time|fecha|mes|año)$/i, /date|month|week|year|fecha|mes/i],
  y: [/^(rate|value|percent|pct|y|measure|count|tasa|valor)$/i, /rate|value|percent|pct|tasa|valor/i],
  group: [/^(group|student ?group|studentgroup|subgroup|grupo)$/i, /group|grupo/i],
  value: [/^(value|status|currstatus|rate|score|valor)$/i, /value|status|rate/i],
  prior: [/^(prior|last ?year|priorstatus|previous|anterior)$/i, /prior|previous|last/i],
  n: [/^(n|count|students|denominator|currdenom|enrollment|total)$/i, /^n_|count|denom|students/i],
};

/**
 * Guesses which column is which for a newly chosen file: a column named like the field (date,
 * month; rate, value; group; n…), else, for x, the first column whose cells read as dates and, for
 * y and value, the first numeric column left. Fields with no good guess are left out.
 */
export function guessColumns(fields: readonly string[], table: TextTable): Record<string, string> {
  const out: Record<string, string> = {};
  const used = new Set<string>();
  const take = (field: string, column: string | undefined) => {
    if (column === undefined) return;
    out[field] = column;
    used.add(column);
  };
  for (const field of fields) {
    if (table.columns.includes(field) && !used.has(field)) take(field, field);
  }
  for (const field of fields) {
    if (out[field] !== undefined) continue;
    for (const hint of HINTS[field] ?? []) {
      const column = table.columns.find((c) => !used.has(c) && hint.test(c.trim()));
      if (column !== undefined) {
        take(field, column);
        break;
      }
    }
  }
  const sample = table.rows.slice(0, 20);
  const all = (c: string, test: RegExp) => sample.length > 0 && sample.every((r) => test.test((r[c] ?? '').trim()));
  if (fields.includes('x') && out.x === undefined) take('x', table.columns.find((c) => !used.has(c) && all(c, /^\d{4}(-\d{2}){0,2}$|^\d{4}-\d{2,4}$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/)));
  for (const field of ['y', 'value'] as const) {
    if (fields.includes(field) && out[field] === undefined) take(field, table.columns.find((c) => !used.has(c) && all(c, /^[+-]?[\d.,]+%?$/)));
  }
  return out;
}
