import { OutcomeError, type Problem } from '../errors.js';
import { isBlank, toDate, toNumber, toPercent, toText } from '../validate/coerce.js';
import type { RunChartDirection, XValue } from '../run-chart/types.js';
import { ALLOWED, toaProblem, type Place } from './messages.js';
import { STAGES, type LinkInput, type LinkStatus, type MeasureInput, type MeasurePoint, type StageKey, type TheoryOfActionDocument } from './types.js';

/** Stop listing problems after this many (all are still counted), as `validate` does. */
export const MAX_PROBLEMS = 10;

/** Collects problems, listing up to `MAX_PROBLEMS` and counting all. */
export class Problems {
  readonly list: Problem[] = [];
  total = 0;
  add(p: Problem): void {
    this.total++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(p);
  }
  /** Throws one `OutcomeError` with every problem, if there is any. */
  check(): void {
    if (this.total > 0) throw new OutcomeError(this.list, this.total);
  }
}

/** Where each raw value of a document came from: a JSON path, or a CSV row and column. `key` '' is the item itself. */
export interface Locator {
  link(i: number, key: string): Place;
  measure(i: number, j: number, key: string): Place;
  value(i: number, j: number, k: number, key: 'x' | 'y' | ''): Place;
}

/** Paths into a JSON document: `links[2].measures[0].values[3].y`. */
export const jsonLocator: Locator = {
  link: (i, key) => ({ path: `links[${i}]${key ? `.${key}` : ''}` }),
  measure: (i, j, key) => ({ path: `links[${i}].measures[${j}]${key ? `.${key}` : ''}` }),
  value: (i, j, k, key) => ({ path: `links[${i}].measures[${j}].values[${k}]${key ? `.${key}` : ''}` }),
};

/** A key as people write it, for matching: "District practice" → "district-practice". */
export function keyOf(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

const STAGE_ALIASES: Record<string, StageKey> = {
  'analysis-of-performance': 'analysis',
  'performance-analysis': 'analysis',
  'improvement-plans': 'plans',
  service: 'services',
  district: 'district-practice',
  school: 'school-practice',
  'classroom-practice': 'school-practice',
  'school-and-classroom-practice': 'school-practice',
  outcomes: 'student-outcomes',
  'student-outcome': 'student-outcomes',
};

const DIRECTIONS: Record<string, RunChartDirection> = { up: 'up', higher: 'up', increase: 'up', down: 'down', lower: 'down', decrease: 'down' };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

function looksLikeDate(v: unknown): boolean {
  if (v instanceof Date) return true;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2100; // a year, not epoch milliseconds
  return typeof v === 'string' && toDate(v) != null;
}

function labelOf(x: unknown): string {
  if (x instanceof Date) return x.toISOString().slice(0, 10);
  return typeof x === 'string' ? x.trim() : String(x);
}

/** Reads and checks one document, collecting every problem before throwing (the driver diagram reads its measures with it too). */
export class Reader {
  constructor(
    private readonly loc: Locator,
    readonly problems: Problems,
  ) {}

  private bad(code: string, place: Place, render: Parameters<typeof toaProblem>[2], value?: unknown): null {
    this.problems.add(toaProblem(code, place, render, value));
    return null;
  }

  text(value: unknown, place: Place, required = false): string | null {
    if (isBlank(value)) return required ? this.bad('required', place, (m, at) => m.required(at)) : null;
    const t = toText(value);
    return t === undefined ? this.bad('not-text', place, (m, at) => m.notText(at, value), value) : t;
  }

  choice<T extends string>(value: unknown, place: Place, kind: 'stage' | 'status' | 'direction', table: Record<string, T>, required = false): T | null {
    if (isBlank(value)) return required ? this.bad('required', place, (m, at) => m.required(at)) : null;
    const found = typeof value === 'string' ? table[keyOf(value)] : undefined;
    return found ?? this.bad(`bad-${kind}`, place, (m, at) => m.notOneOf(at, value, m.what[kind], ALLOWED[kind]), value);
  }

  number(value: unknown, place: Place): number | null {
    const n = toPercent(value);
    return n === undefined ? this.bad('not-number', place, (m, at) => m.notNumber(at, value), value) : n;
  }

  list(value: unknown, place: Place): unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.bad('not-list', place, (m, at) => m.notList(at, value), value);
    return [];
  }

  ids(value: unknown, place: Place): string[] | null {
    if (isBlank(value)) return null;
    const items = typeof value === 'string' ? value.split(/[;,|]/) : Array.isArray(value) ? value : null;
    if (!items) return this.bad('not-list', place, (m, at) => m.notList(at, value), value);
    const out: string[] = [];
    items.forEach((item) => {
      const t = this.text(item, place);
      if (t) out.push(t);
    });
    return out;
  }

  values(raw: unknown, i: number, j: number, about: Place): MeasurePoint[] {
    const at = (k: number, key: 'x' | 'y' | '') => ({ ...this.loc.value(i, j, k, key), ...about });
    const read: Array<{ k: number; x: unknown; y: number | null }> = [];
    this.list(raw, { ...this.loc.measure(i, j, 'values'), ...about }).forEach((item, k) => {
      if (!isRecord(item)) return void this.bad('not-object', at(k, ''), (m, a) => m.notObject(a, item), item);
      const y = this.number(item.y, at(k, 'y'));
      if (isBlank(item.x)) return void this.bad('required', at(k, 'x'), (m, a) => m.required(a));
      read.push({ k, x: item.x, y });
    });
    const dates = read.filter((r) => looksLikeDate(r.x)).length;
    const type = read.length && dates * 2 > read.length ? 'date' : read.length && read.every((r) => toNumber(r.x) != null) ? 'number' : 'string';
    const points: MeasurePoint[] = [];
    for (const { k, x: raw, y } of read) {
      let x: XValue | null;
      if (type === 'date') {
        x = looksLikeDate(raw) ? (toDate(raw) ?? null) : null;
        if (x === null) this.bad('not-date', at(k, 'x'), (m, a) => m.notDate(a, raw), raw);
      } else if (type === 'number') x = toNumber(raw)!;
      else x = this.text(raw, at(k, 'x'));
      if (x === null) continue;
      const point: MeasurePoint = { x, y, label: labelOf(raw) };
      const row = this.loc.value(i, j, k, '').row;
      if (row !== undefined) point.row = row;
      points.push(point);
    }
    if (type !== 'string') {
      const key = (p: MeasurePoint) => (p.x instanceof Date ? p.x.getTime() : (p.x as number));
      if (points.some((p, k) => k > 0 && key(p) < key(points[k - 1]!))) points.sort((a, b) => key(a) - key(b)); // stable
    }
    return points;
  }

  measure(raw: unknown, i: number, j: number, link: string | null, names: Set<string>): MeasureInput | null {
    if (!isRecord(raw)) return this.bad('not-object', { ...this.loc.measure(i, j, ''), link }, (m, at) => m.notObject(at, raw), raw);
    const name = this.text(raw.name, { ...this.loc.measure(i, j, 'name'), link }, true);
    const about = { link, measure: name };
    if (name !== null && names.has(name.toLowerCase())) this.bad('duplicate-measure', { ...this.loc.measure(i, j, 'name'), ...about }, (m, at) => m.duplicateMeasure(at, name));
    if (name !== null) names.add(name.toLowerCase());
    const measure: MeasureInput = {
      name: name ?? '',
      unit: this.text(raw.unit, { ...this.loc.measure(i, j, 'unit'), ...about }),
      direction: this.choice(raw.direction, { ...this.loc.measure(i, j, 'direction'), ...about }, 'direction', DIRECTIONS),
      goal: this.number(raw.goal, { ...this.loc.measure(i, j, 'goal'), ...about }),
      values: this.values(raw.values, i, j, about),
    };
    // "85%" in the values or the goal says the measure is a percentage even when the unit does not.
    const percentText = (v: unknown) => typeof v === 'string' && /%\s*$/.test(v);
    if (!measure.unit && (percentText(raw.goal) || (Array.isArray(raw.values) && raw.values.some((v) => isRecord(v) && percentText(v.y))))) measure.unit = '%';
    return measure;
  }

  link(raw: unknown, i: number): LinkInput | null {
    const L = (key: string, link: string | null = null) => ({ ...this.loc.link(i, key), link });
    if (!isRecord(raw)) return this.bad('not-object', L(''), (m, at) => m.notObject(at, raw), raw);
    const id = this.text(raw.id, L('id'), true);
    const stageTable = { ...Object.fromEntries(STAGES.map((k) => [k, k])), ...STAGE_ALIASES } as Record<string, StageKey>;
    const statusTable = Object.fromEntries(ALLOWED.status.map((k) => [k, k])) as Record<string, LinkStatus>;
    const stage = this.choice(raw.stage, L('stage', id), 'stage', stageTable, true);
    const label = this.text(raw.label, L('label', id));
    const names = new Set<string>();
    const measures = this.list(raw.measures, L('measures', id))
      .map((m, j) => this.measure(m, i, j, id, names))
      .filter((m): m is MeasureInput => m !== null);
    const link: LinkInput = {
      id: id ?? '',
      stage: stage ?? 'analysis',
      label: label ?? id ?? '',
      description: this.text(raw.description, L('description', id)),
      status: this.choice(raw.status, L('status', id), 'status', statusTable),
      owner: this.text(raw.owner, L('owner', id)),
      evidence: this.text(raw.evidence, L('evidence', id)),
      leadsTo: this.ids(raw.leadsTo ?? raw.leads_to, L('leadsTo', id)),
      measures,
    };
    return id === null || stage === null ? null : link;
  }

  /** Ids are unique; every `leadsTo` names a link in a later stage. */
  links(links: LinkInput[], indexOf: Map<LinkInput, number>): void {
    const seen = new Map<string, number>();
    for (const link of links) {
      const i = indexOf.get(link)!;
      const first = seen.get(link.id);
      if (first !== undefined) {
        const firstAt = this.loc.link(first, '');
        this.bad('duplicate-id', { ...this.loc.link(i, 'id'), link: link.id }, (m, at) => m.duplicateId(at, link.id, m.at(firstAt)));
      } else seen.set(link.id, i);
    }
    const byId = new Map(links.map((l) => [l.id, l]));
    for (const link of links) {
      const place = { ...this.loc.link(indexOf.get(link)!, 'leadsTo'), link: link.id };
      for (const target of link.leadsTo ?? []) {
        const to = byId.get(target);
        if (!to) this.bad('unknown-link', place, (m, at) => m.unknownLink(at, target), target);
        else if (STAGES.indexOf(to.stage) <= STAGES.indexOf(link.stage)) this.bad('backward-link', place, (m, at) => m.backwardLink(at, target), target);
      }
    }
  }
}

/**
 * Validates a theory-of-action document (`{ title, description, links: [...] }`) and returns it
 * typed, or throws one `OutcomeError` listing every problem, each naming the field by its path
 * (`links[2].stage`) or CSV row and column, and the link and measure it concerns.
 */
export function readDocument(raw: unknown, loc: Locator = jsonLocator, problems = new Problems()): TheoryOfActionDocument {
  if (!isRecord(raw) || !('links' in raw)) {
    problems.add(toaProblem('not-document', {}, (m) => m.notDocument));
    problems.check();
  }
  const doc = raw as Record<string, unknown>;
  const reader = new Reader(loc, problems);
  const title = reader.text(doc.title, { path: 'title' });
  const description = reader.text(doc.description, { path: 'description' });
  const rawLinks = reader.list(doc.links, { path: 'links' });
  const indexOf = new Map<LinkInput, number>();
  const links: LinkInput[] = [];
  rawLinks.forEach((l, i) => {
    const link = reader.link(l, i);
    if (link) {
      indexOf.set(link, i);
      links.push(link);
    }
  });
  reader.links(links, indexOf);
  problems.check();
  return { title, description, links };
}
