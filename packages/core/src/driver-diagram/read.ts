import { isOutcomeError, type Problem } from '../errors.js';
import type { Loaded } from '../load/types.js';
import { isBlank, toText } from '../validate/coerce.js';
import { readPdsaCycles } from '../pdsa-log/read.js';
import type { PdsaCycleInput } from '../pdsa-log/types.js';
import { Problems, Reader, type Locator } from '../theory-of-action/document.js';
import { DRIVER_DIAGRAM_MESSAGES, type DriverDiagramMessages } from './messages.js';
import { CHANGE_STATUSES, type ChangeStatus, type DiagramMeasureInput, type DriverDiagramDocument, type DriverKind, type DriverNodeInput } from './types.js';

interface Where {
  path?: string;
  row?: number;
  field: string;
}

const KIND_WORDS: Record<string, DriverKind> = {
  aim: 'aim', goal: 'aim',
  primary: 'primary', 'primary-driver': 'primary', driver: 'primary',
  secondary: 'secondary', 'secondary-driver': 'secondary',
  change: 'change', 'change-idea': 'change', idea: 'change', intervention: 'change',
};

/** The kinds a node's parent may have. */
export const PARENT_KINDS: Record<DriverKind, readonly DriverKind[]> = { aim: [], primary: ['aim'], secondary: ['primary'], change: ['secondary', 'primary'] };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const keyOf = (text: string) => text.trim().toLowerCase().replace(/[\s_]+/g, '-');

function ddProblem(code: string, render: (m: DriverDiagramMessages, at: string) => string, where: Partial<Where>, value?: unknown): Problem {
  const at = (m: DriverDiagramMessages) => m.at(where.row !== undefined ? { row: where.row } : where.path ? { path: where.path } : {});
  const p: Problem = { code, message: { en: render(DRIVER_DIAGRAM_MESSAGES.en, at(DRIVER_DIAGRAM_MESSAGES.en)), es: render(DRIVER_DIAGRAM_MESSAGES.es, at(DRIVER_DIAGRAM_MESSAGES.es)) } };
  const field = where.path ?? where.field;
  if (field) p.field = field;
  if (where.row !== undefined) p.row = where.row;
  if (value !== undefined) p.value = value;
  return p;
}

/** Measures are read with the theory of action's own reader, at `measures[j]`. */
const measureLocator: Locator = {
  link: (_i, key) => ({ path: key }),
  measure: (_i, j, key) => ({ path: `measures[${j}]${key ? `.${key}` : ''}` }),
  value: (_i, j, k, key) => ({ path: `measures[${j}].values[${k}]${key ? `.${key}` : ''}` }),
};

function readNode(raw: unknown, where: (field: string) => Where, problems: Problems): DriverNodeInput | null {
  const bad = (code: string, field: string, render: (m: DriverDiagramMessages, at: string) => string, value?: unknown) => {
    problems.add(ddProblem(code, render, where(field), value));
    return null;
  };
  if (!isRecord(raw)) return bad('not-object', '', (m) => m.notDocument);
  const text = (field: string, required = false): string | null => {
    const value = raw[field];
    if (isBlank(value)) return required ? bad('required', field, (m, at) => m.required(at, field)) : null;
    const t = toText(value);
    return t === undefined ? bad('not-text', field, (m, at) => m.notText(at, field), value) : t;
  };
  const id = text('id', true);
  const kindText = text('kind', true);
  const kind = kindText === null ? null : (KIND_WORDS[keyOf(kindText)] ?? bad('bad-kind', 'kind', (m, at) => m.badKind(at, kindText), kindText));
  const body = text('text', true);
  const statusText = text('status');
  let status: ChangeStatus | null = null;
  if (statusText !== null) {
    const k = keyOf(statusText);
    if ((CHANGE_STATUSES as readonly string[]).includes(k)) status = k as ChangeStatus;
    else bad('bad-status', 'status', (m, at) => m.badStatus(at, statusText), statusText);
  }
  const measuresRaw = raw.measures;
  let measureIds: string[] = [];
  if (typeof measuresRaw === 'string') measureIds = measuresRaw.split(/[;|,]/).map((x) => x.trim()).filter(Boolean);
  else if (Array.isArray(measuresRaw)) measureIds = measuresRaw.map((x) => toText(x)).filter((x): x is string => !!x);
  else if (!isBlank(measuresRaw)) bad('not-list', 'measures', (m, at) => m.notList(at), measuresRaw);
  if (id === null || kind === null || body === null) return null;
  const node: DriverNodeInput = { id, parent: text('parent'), kind, text: body, owner: text('owner'), measureIds, status };
  const row = where('').row;
  if (row !== undefined) node.row = row;
  return node;
}

/** Checks the tree: one aim at the root, every parent known and of the right kind, no circle, measures and cycles known. */
function checkTree(doc: DriverDiagramDocument, whereOf: (node: DriverNodeInput, i: number, field: string) => Where, problems: Problems): void {
  const add = (code: string, w: Where, render: (m: DriverDiagramMessages, at: string) => string, value?: unknown) => problems.add(ddProblem(code, render, w, value));
  const byId = new Map<string, DriverNodeInput>();
  doc.nodes.forEach((n, i) => {
    if (byId.has(n.id)) add('duplicate-id', whereOf(n, i, 'id'), (m, at) => m.duplicateId(at, n.id), n.id);
    else byId.set(n.id, n);
  });
  const aims = doc.nodes.filter((n) => n.kind === 'aim');
  if (!aims.length) add('no-aim', { field: 'kind' }, (m) => m.noAim);
  aims.slice(1).forEach((n) => add('two-aims', whereOf(n, doc.nodes.indexOf(n), 'kind'), (m, at) => m.twoAims(at)));
  const measureIds = new Set(doc.measures.map((m) => m.id));
  doc.nodes.forEach((n, i) => {
    if (n.kind === 'aim') {
      if (n.parent !== null) add('aim-with-parent', whereOf(n, i, 'parent'), (m, at) => m.aimWithParent(at));
    } else if (n.parent === null) add('orphan', whereOf(n, i, 'parent'), (m, at) => m.orphan(at, n.text, m.kind[n.kind]));
    else {
      const parent = byId.get(n.parent);
      if (!parent) add('unknown-parent', whereOf(n, i, 'parent'), (m, at) => m.unknownParent(at, n.parent!), n.parent);
      else if (!PARENT_KINDS[n.kind].includes(parent.kind)) {
        add('wrong-parent', whereOf(n, i, 'parent'), (m, at) => m.wrongParent(at, m.kind[n.kind], m.kind[parent.kind], PARENT_KINDS[n.kind].map((k) => m.kind[k].toLowerCase()).join(' / ')));
      }
    }
    if (doc.measures.length) for (const id of n.measureIds) if (!measureIds.has(id)) add('unknown-measure', whereOf(n, i, 'measures'), (m, at) => m.unknownMeasure(at, id), id);
  });
  // A circle of parents (possible only where kinds are wrong too): walk up from each node.
  const reported = new Set<string>();
  doc.nodes.forEach((n, i) => {
    const path = [n.id];
    let at = n.parent ? byId.get(n.parent) : undefined;
    while (at && path.length <= doc.nodes.length) {
      if (at === n) {
        if (!path.some((id) => reported.has(id))) add('parent-cycle', whereOf(n, i, 'parent'), (m, w) => m.cycle(w, [...path, n.id]));
        path.forEach((id) => reported.add(id));
        break;
      }
      path.push(at.id);
      at = at.parent ? byId.get(at.parent) : undefined;
    }
  });
  const changes = new Set(doc.nodes.filter((n) => n.kind === 'change').map((n) => n.id));
  doc.cycles.forEach((c, i) => {
    if (c.change !== null && !changes.has(c.change)) add('unknown-change', { path: `cycles[${i}].change`, field: 'change' }, (m, at) => m.unknownChange(at, c.change!), c.change);
  });
}

/** True for flat rows: an array whose first item has `kind` and `text` (a CSV, or JSON rows). */
export function isDiagramRows(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && isRecord(value[0]) && 'kind' in value[0];
}

/**
 * Reads and checks a driver diagram: a JSON document `{ title, description, nodes, measures,
 * cycles }` or flat rows (CSV: id, parent, kind, text, owner, measures, status). Every problem is
 * collected (the first ten listed) and thrown as one `OutcomeError` naming the row or path:
 * a missing parent, a circle, an orphan, a second aim, a change idea under a change idea…
 */
export function readDriverDiagram(loaded: Loaded): DriverDiagramDocument {
  const problems = new Problems();
  const value = loaded.value;
  const rows = isDiagramRows(value);
  if (!rows && !(isRecord(value) && Array.isArray(value.nodes))) {
    problems.add(ddProblem('not-document', (m) => m.notDocument, {}));
    problems.check();
  }
  const doc = (rows ? { nodes: value } : value) as Record<string, unknown>;
  const where = (i: number, field: string): Where => (rows ? { row: i + loaded.firstRow, field } : { path: `nodes[${i}]${field ? `.${field}` : ''}`, field });
  const nodes: DriverNodeInput[] = [];
  (doc.nodes as unknown[]).forEach((raw, i) => {
    const node = readNode(raw, (f) => where(i, f), problems);
    if (node) nodes.push(node);
  });
  const measureReader = new Reader(measureLocator, problems);
  const names = new Set<string>();
  const measures: DiagramMeasureInput[] = [];
  (Array.isArray(doc.measures) ? doc.measures : []).forEach((raw, j) => {
    const m = measureReader.measure(raw, 0, j, null, names);
    if (m) measures.push({ ...m, id: (isRecord(raw) && toText(raw.id)) || m.name });
  });
  let cycles: PdsaCycleInput[] = [];
  if (Array.isArray(doc.cycles)) {
    try {
      cycles = readPdsaCycles({ value: { cycles: doc.cycles }, format: 'json', firstRow: 1 }).cycles;
    } catch (error) {
      if (!isOutcomeError(error)) throw error;
      error.problems.forEach((p) => problems.add(p));
      problems.total += error.total - error.problems.length;
    }
  }
  const result: DriverDiagramDocument = { title: toText(doc.title) ?? null, description: toText(doc.description) ?? null, nodes, measures, cycles };
  const indexOf = new Map(nodes.map((n, i) => [n, i]));
  checkTree(result, (n, _i, field) => (n.row !== undefined ? { row: n.row, field } : { path: `nodes[${indexOf.get(n)}]${field ? `.${field}` : ''}`, field }), problems);
  problems.check();
  return result;
}
