import { OutcomeError, type Problem } from '../errors.js';
import { DASHBOARD_CHANGE_LEVELS, DASHBOARD_STATUS_LEVELS } from '../gap-chart/facts.js';
import { DASHBOARD_COLOR_ORDER } from '../theme/tokens.js';
import { COUNTY_INDICATORS, ENTITY_DOCUMENT_FORMAT, type EntityDocument } from '../county/types.js';
import { countyProblem, type CountyMessages } from './messages.js';

/** Stop listing problems after this many (all are still counted), as `validate` does. */
const MAX_PROBLEMS = 10;

const KINDS = ['state', 'county', 'district', 'coe', 'charter', 'school'] as const;
const RTYPES = ['X', 'C', 'D', 'S'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Collects problems with the path of the field at fault (`records[3].color`). */
class Checker {
  readonly list: Problem[] = [];
  total = 0;
  private add(p: Problem): void {
    this.total++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(p);
  }
  bad(path: string, value: unknown, expected: (m: CountyMessages) => string): void {
    if (value === undefined) this.add(countyProblem('missing-field', (m) => m.missingField(path, expected(m)), { field: path }));
    else this.add(countyProblem('bad-field', (m) => m.badField(path, value, expected(m)), { field: path, value }));
  }
  text(obj: Record<string, unknown>, key: string, path: string): void {
    if (typeof obj[key] !== 'string' || obj[key] === '') this.bad(`${path}.${key}`, obj[key], (m) => m.expect.text);
  }
  number(obj: Record<string, unknown>, key: string, path: string, optional = false): void {
    const v = obj[key];
    if (optional && v === undefined) return;
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) this.bad(`${path}.${key}`, v, (m) => m.expect.number);
  }
  oneOf(obj: Record<string, unknown>, key: string, path: string, allowed: readonly string[], nullable: boolean): void {
    const v = obj[key];
    if (nullable && (v === null || v === undefined)) return;
    if (typeof v !== 'string' || !allowed.includes(v)) this.bad(`${path}.${key}`, v, (m) => (nullable ? m.expect.oneOfOrNull(allowed) : m.expect.oneOf(allowed)));
  }
  array(obj: Record<string, unknown>, key: string, path: string, optional = false): unknown[] | null {
    const v = obj[key];
    if (optional && v === undefined) return null;
    if (!Array.isArray(v)) {
      this.bad(path ? `${path}.${key}` : key, v, (m) => m.expect.list);
      return null;
    }
    return v;
  }
}

function checkEntity(c: Checker, value: unknown, path: string): void {
  if (!isObject(value)) return c.bad(path, value, (m) => m.expect.object);
  c.text(value, 'cds', path);
  c.text(value, 'name', path);
  c.oneOf(value, 'kind', path, KINDS, false);
}

function checkRecords(c: Checker, records: unknown[], path: string): void {
  records.forEach((r, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(r)) return c.bad(at, r, (m) => m.expect.object);
    c.text(r, 'cds', at);
    c.text(r, 'group', at);
    c.oneOf(r, 'indicator', at, COUNTY_INDICATORS, false);
    c.oneOf(r, 'rtype', at, RTYPES, true);
    if (typeof r.year !== 'string' && typeof r.year !== 'number') c.bad(`${at}.year`, r.year, (m) => m.expect.text);
    for (const key of ['n', 'status', 'change']) c.number(r, key, at);
    c.number(r, 'priorN', at, true);
    c.oneOf(r, 'color', at, DASHBOARD_COLOR_ORDER, true);
    c.oneOf(r, 'statusLevel', at, DASHBOARD_STATUS_LEVELS, true);
    c.oneOf(r, 'changeLevel', at, DASHBOARD_CHANGE_LEVELS, true);
  });
}

function checkDa(c: Checker, da: unknown, path: string): void {
  if (da === undefined) return;
  if (!isObject(da)) return c.bad(path, da, (m) => m.expect.object);
  for (const [year, result] of Object.entries(da)) {
    const at = `${path}.${year}`;
    if (!isObject(result)) {
      c.bad(at, result, (m) => m.expect.object);
      continue;
    }
    if (typeof result.eligible !== 'boolean') c.bad(`${at}.eligible`, result.eligible, (m) => m.expect.boolean);
    const reasons = c.array(result, 'reasons', at, true) ?? [];
    reasons.forEach((reason, i) => {
      if (!isObject(reason) || typeof reason.group !== 'string' || ![4, 5, 6, 8].includes(reason.area as number) || !Array.isArray(reason.indicators)) {
        c.bad(`${at}.reasons[${i}]`, reason, (m) => m.expect.object);
      }
    });
    c.array(result, 'qualifyingGroups', at, true);
  }
}

/**
 * Checks that a value is an entity document as `outcome-kit publish` writes it, and returns it
 * typed. Every problem names the field by its path in the document (`records[3].color`,
 * `children[2].records[0].n`); up to ten are listed, all are counted. Years given as numbers
 * are read as text.
 */
export function readEntityDocument(value: unknown): EntityDocument {
  const c = new Checker();
  if (!isObject(value) || value.format !== ENTITY_DOCUMENT_FORMAT) {
    if (isObject(value) && value.format !== undefined) c.bad('format', value.format, (m) => m.expect.format);
    else throw new OutcomeError(countyProblem('not-entity-document', (m) => m.notDocument));
    throw new OutcomeError(c.list, c.total);
  }
  checkEntity(c, value.entity, 'entity');
  const parents = c.array(value, 'parents', '', true) ?? [];
  parents.forEach((p, i) => checkEntity(c, p, `parents[${i}]`));
  const years = c.array(value, 'years', '');
  years?.forEach((y, i) => {
    if (typeof y !== 'string' && typeof y !== 'number') c.bad(`years[${i}]`, y, (m) => m.expect.text);
  });
  const indicators = c.array(value, 'indicators', '', true) ?? [];
  indicators.forEach((ind, i) => {
    if (!COUNTY_INDICATORS.includes(ind as never)) c.bad(`indicators[${i}]`, ind, (m) => m.expect.oneOf(COUNTY_INDICATORS));
  });
  const records = c.array(value, 'records', '');
  if (records) checkRecords(c, records, 'records');
  checkDa(c, value.da, 'da');
  const children = c.array(value, 'children', '', true) ?? [];
  children.forEach((child, i) => {
    const at = `children[${i}]`;
    checkEntity(c, child, at);
    if (!isObject(child)) return;
    const own = c.array(child, 'records', at);
    if (own) checkRecords(c, own, `${at}.records`);
    checkDa(c, child.da, `${at}.da`);
  });
  if (c.total) throw new OutcomeError(c.list, c.total);
  return normalizeYears(value as unknown as EntityDocument);
}

/** Years may come as numbers (a hand-written document): read them as text everywhere. */
function normalizeYears(doc: EntityDocument): EntityDocument {
  const y = (v: unknown) => String(v);
  const recs = (rs: EntityDocument['records']) => (rs.every((r) => typeof r.year === 'string') ? rs : rs.map((r) => ({ ...r, year: y(r.year) })));
  return {
    ...doc,
    parents: doc.parents ?? [],
    indicators: doc.indicators ?? [],
    children: (doc.children ?? []).map((ch) => ({ ...ch, records: recs(ch.records) })),
    years: doc.years.map(y),
    records: recs(doc.records),
  };
}
