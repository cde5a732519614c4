import type { RawRow } from '../load/types.js';
import { isBlank } from '../validate/coerce.js';
import { Problems, readDocument, type Locator } from './document.js';
import { toaProblem, type Place } from './messages.js';
import type { TheoryOfActionDocument } from './types.js';

/** Column names people use (compared without case, spaces, dashes or underscores) → the document's key. */
const COLUMNS: Record<string, string> = {
  stage: 'stage',
  link: 'id',
  linkid: 'id',
  id: 'id',
  label: 'label',
  linklabel: 'label',
  description: 'description',
  status: 'status',
  owner: 'owner',
  evidence: 'evidence',
  leadsto: 'leadsTo',
  measure: 'name',
  measurename: 'name',
  unit: 'unit',
  direction: 'direction',
  goal: 'goal',
  x: 'x',
  date: 'x',
  month: 'x',
  period: 'x',
  y: 'y',
  value: 'y',
};

const LINK_KEYS = ['stage', 'label', 'description', 'status', 'owner', 'evidence', 'leadsTo'] as const;
const MEASURE_KEYS = ['unit', 'direction', 'goal'] as const;

const squash = (name: string) => name.trim().toLowerCase().replace(/[\s_-]+/g, '');

/** True when an array of objects is flat rows (a `link` or `measure` column) rather than a list of links. */
export function isFlatRows(value: unknown): value is RawRow[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  return value.every((r) => r && typeof r === 'object' && !Array.isArray(r) && !('measures' in r)) && value.some((r) => Object.keys(r as object).some((k) => ['link', 'linkid', 'measure'].includes(squash(k))));
}

interface Group {
  fields: Record<string, unknown>;
  /** The row each field was first given in; `''` is the group's first row. */
  rows: Record<string, number>;
}

/** Keeps the first non-blank value of each key; a later different value is a problem. */
function merge(group: Group, key: string, value: unknown, row: number, place: (key: string) => Place, problems: Problems): void {
  if (isBlank(value)) return;
  if (!(key in group.rows)) {
    group.fields[key] = value;
    group.rows[key] = row;
    return;
  }
  const first = group.fields[key];
  if (String(first).trim().toLowerCase() !== String(value).trim().toLowerCase()) {
    problems.add(toaProblem('conflict', { ...place(key), row }, (m, at) => m.conflict(at, value, first, group.rows[key]!), value));
  }
}

/**
 * Reads flat rows (a CSV, one row per measure value, with the link's and measure's columns
 * repeated) as a theory-of-action document. Columns: stage, link (the id), label, description,
 * status, owner, evidence, leads_to (ids separated by `;`), measure, unit, direction, goal, x, y.
 * A row with no measure declares a link without measures; a measure row with no x declares a
 * measure without values. Problems name the row as the user counts it and the column.
 */
export function documentFromRows(rows: readonly RawRow[], firstRow = 2): TheoryOfActionDocument {
  const problems = new Problems();
  const header = new Map<string, string>(); // document key → the column as written
  for (const row of rows) for (const name of Object.keys(row)) if (COLUMNS[squash(name)] && !header.has(COLUMNS[squash(name)]!)) header.set(COLUMNS[squash(name)]!, name);
  const col = (key: string) => header.get(key) ?? { id: 'link', name: 'measure', leadsTo: 'leads_to' }[key] ?? key;
  const get = (row: RawRow, key: string) => (header.has(key) ? row[header.get(key)!] : undefined);

  const links: Array<Group & { id: string; measures: Array<Group & { values: Array<{ x: unknown; y: unknown; row: number }> }> }> = [];
  const byId = new Map<string, (typeof links)[number]>();
  if (rows.length && !header.has('id')) problems.add(toaProblem('required', { field: col('id') }, (m, at) => m.required(at)));
  rows.forEach((row, n) => {
    const r = n + firstRow;
    if (!header.has('id') || Object.values(row).every(isBlank)) return;
    const idRaw = get(row, 'id');
    if (isBlank(idRaw)) return void problems.add(toaProblem('required', { row: r, field: col('id') }, (m, at) => m.required(at)));
    const id = String(idRaw).trim();
    let link = byId.get(id);
    if (!link) {
      link = { id, fields: { id }, rows: { '': r, id: r }, measures: [] };
      byId.set(id, link);
      links.push(link);
    }
    const linkPlace = (key: string) => ({ field: col(key), link: id });
    for (const key of LINK_KEYS) merge(link, key, get(row, key), r, linkPlace, problems);
    const nameRaw = get(row, 'name');
    if (isBlank(nameRaw)) {
      // A value with no measure to belong to is reported, never silently dropped.
      if (!isBlank(get(row, 'x')) || !isBlank(get(row, 'y'))) problems.add(toaProblem('required', { row: r, field: col('name') }, (m, at) => m.required(at)));
      return;
    }
    const name = String(nameRaw).trim();
    let measure = link.measures.find((m) => String(m.fields.name).toLowerCase() === name.toLowerCase());
    if (!measure) {
      measure = { fields: { name }, rows: { '': r, name: r }, values: [] };
      link.measures.push(measure);
    }
    for (const key of MEASURE_KEYS) merge(measure, key, get(row, key), r, (key) => ({ field: col(key), link: id, measure: name }), problems);
    const x = get(row, 'x');
    const y = get(row, 'y');
    if (!isBlank(x) || !isBlank(y)) measure.values.push({ x, y, row: r });
  });
  problems.check();

  const at = (rows: Record<string, number>, key: string): Place => ({ row: rows[key] ?? rows['']!, field: col(key) });
  const locator: Locator = {
    link: (i, key) => (key ? at(links[i]!.rows, key) : { row: links[i]!.rows['']! }),
    measure: (i, j, key) => (key ? at(links[i]!.measures[j]!.rows, key) : { row: links[i]!.measures[j]!.rows['']! }),
    value: (i, j, k, key) => {
      const row = links[i]!.measures[j]!.values[k]!.row;
      return key ? { row, field: col(key) } : { row };
    },
  };
  const raw = {
    links: links.map((l) => ({
      ...l.fields,
      measures: l.measures.map((m) => ({ ...m.fields, values: m.values.map((v) => ({ x: v.x, y: v.y })) })),
    })),
  };
  return readDocument(raw, locator, problems);
}
