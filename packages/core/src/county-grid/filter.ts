import { compareCells, sortRows, type SortState } from '../equity-report/sort.js';
import type { GridFilter, GridRow } from './types.js';

/** Text folded for matching: lower case, accents removed ("Peñasco" matches "penasco"). */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/** The rows a filter keeps: the name contains the query (or the CDS code starts with it), and, with `daOnly`, the LEA is eligible for DA. */
export function filterGridRows(rows: readonly GridRow[], filter: GridFilter): GridRow[] {
  const q = fold(filter.query);
  const digits = q.replace(/[\s-]/g, '');
  return rows.filter(
    (r) => (!q || fold(r.name).includes(q) || (/^\d+$/.test(digits) && r.cds.startsWith(digits))) && (!filter.daOnly || r.da?.eligible === true),
  );
}

/** DA order, ascending: eligible first, then not eligible, then no result. */
const daRank = (r: GridRow) => (r.da === null ? 2 : r.da.eligible ? 0 : 1);

/** The rows in a column's order: by name (the page's language collation), DA status, or an indicator's cell (Red first). */
export function sortGridRows(rows: readonly GridRow[], sort: SortState | null, lang: 'en' | 'es' = 'en'): GridRow[] {
  if (!sort) return [...rows];
  const key = sort.key;
  if (key === 'name') return sortRows(rows, sort, (a, b) => a.name.localeCompare(b.name, lang === 'es' ? 'es-US' : 'en-US'));
  if (key === 'da') return sortRows(rows, sort, (a, b) => daRank(a) - daRank(b), (r) => r.da === null);
  return sortRows(rows, sort, (a, b) => compareCells(a.cells[key], b.cells[key]), (r) => !r.cells[key]);
}
