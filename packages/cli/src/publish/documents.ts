/**
 * One county's published documents: the county, its LEAs (districts, county office, direct-funded
 * charters) and their schools, each with its (suppressed) records, DA by year for LEAs, and its
 * children summarised for the grid. Pure: records in, documents out.
 */
import {
  COUNTY_INDICATORS,
  ENTITY_DOCUMENT_FORMAT,
  daEligibility,
  daFromRecords,
  type CountyIndicator,
  type DaResult,
  type DashboardRecord,
  type EntityChildSummary,
  type EntityDocument,
  type EntityKind,
  type EntityRef,
} from '@outcome-kit/core';
import type { ReadRecord } from './records.js';
import { publishable } from './suppress.js';

/** The state as a parent. */
export const STATE: EntityRef = { cds: '00000000000000', name: 'California', kind: 'state' };

/** Where an entity's document lives, relative to the published folder. */
export function hrefOf(ref: EntityRef): string {
  if (ref.kind === 'state') return 'state.json';
  if (ref.kind === 'county') return `counties/${ref.cds.slice(0, 2)}.json`;
  if (ref.kind === 'school') return `schools/${ref.cds}.json`;
  return `districts/${ref.cds.slice(0, 7)}.json`;
}

/** What a parent's `children` carry of each child's records: All Students only, or every group. */
export type ChildRecords = 'all-students' | 'every-group';

/** Publishing facts shared by every document of a run. */
export interface DocumentMeta {
  suppressBelow: number;
  sources: string[];
  generated: string;
  illustrative?: boolean;
}

/** The documents of one county, and how many groups the privacy cut removed. */
export interface CountyDocuments {
  documents: EntityDocument[];
  removed: number;
}

const compareYears = (a: string, b: string) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);

/** DA by Dashboard year for an LEA, from its own records (before the privacy cut: DA's minimums are above it). */
function daByYear(records: readonly DashboardRecord[], cds: string): Record<string, DaResult> | undefined {
  const years = [...new Set(records.map((r) => r.year))].sort(compareYears);
  const out: Record<string, DaResult> = {};
  for (const y of years) {
    const input = daFromRecords(records, cds, y);
    if (input) out[input.year] = daEligibility(input);
  }
  return Object.keys(out).length ? out : undefined;
}

interface Node {
  ref: EntityRef;
  read: ReadRecord[];
  records: DashboardRecord[];
  da?: Record<string, DaResult>;
  children: Node[];
}

function kindOf(r: ReadRecord): EntityKind {
  const t = r.record.rtype;
  if (t === 'C') return 'county';
  if (t === 'S') return 'school';
  if (r.coe) return 'coe';
  if (r.charter) return 'charter';
  return 'district';
}

const indicatorsOf = (records: readonly DashboardRecord[]): CountyIndicator[] => COUNTY_INDICATORS.filter((i) => records.some((r) => r.indicator === i));
const yearsOf = (records: readonly DashboardRecord[]): string[] => [...new Set(records.map((r) => r.year))].sort(compareYears);

/**
 * Builds one county's documents from its records (already grouped by CDS code, any order). An LEA
 * or county with schools but no rows of its own still gets a document (named from the files'
 * `districtname` / `countyname`), so every school has its parents.
 */
export function buildCountyDocuments(county: string, byCds: ReadonlyMap<string, ReadRecord[]>, suppressBelow: number, meta: DocumentMeta, childRecords: ChildRecords = 'all-students'): CountyDocuments {
  const countyCds = `${county}000000000000`;
  let countyName: string | null = null;
  const districtNames = new Map<string, string>();
  for (const rs of byCds.values()) {
    for (const r of rs) {
      countyName ??= r.countyName;
      if (r.districtName && !districtNames.has(r.record.cds.slice(0, 7))) districtNames.set(r.record.cds.slice(0, 7), r.districtName);
    }
  }
  const countyNode: Node = { ref: { cds: countyCds, name: countyName ?? `County ${county}`, kind: 'county', parent: STATE.cds }, read: byCds.get(countyCds) ?? [], records: [], children: [] };
  const leas = new Map<string, Node>();
  const lea = (code7: string): Node => {
    let node = leas.get(code7);
    if (!node) {
      const cds = `${code7}0000000`;
      const read = byCds.get(cds) ?? [];
      const first = read[0];
      const ref: EntityRef = { cds, name: first?.record.name ?? districtNames.get(code7) ?? cds, kind: first ? kindOf(first) : 'district', parent: countyCds };
      node = { ref, read, records: [], children: [] };
      leas.set(code7, node);
      countyNode.children.push(node);
    }
    return node;
  };
  const schools: Node[] = [];
  for (const [cds, read] of [...byCds].sort(([a], [b]) => a.localeCompare(b))) {
    if (cds === countyCds) continue;
    if (cds.endsWith('0000000')) lea(cds.slice(0, 7));
    else {
      const parent = lea(cds.slice(0, 7));
      const ref: EntityRef = { cds, name: read[0]!.record.name, kind: 'school', parent: parent.ref.cds };
      const node: Node = { ref, read, records: [], children: [] };
      parent.children.push(node);
      schools.push(node);
    }
  }
  let removed = 0;
  const all = [countyNode, ...leas.values(), ...schools];
  for (const node of all) {
    const raw = node.read.map((r) => r.record);
    if (node.ref.kind !== 'school' && node.ref.kind !== 'county' && raw.length) {
      const da = daByYear(raw, node.ref.cds);
      if (da) node.da = da;
    }
    const cut = publishable(node.read, suppressBelow);
    node.records = cut.records;
    removed += cut.removed;
  }
  const summary = (child: Node): EntityChildSummary => {
    const records = childRecords === 'every-group' ? child.records : child.records.filter((r) => r.group === 'ALL');
    const s: EntityChildSummary = { ...child.ref, records, href: hrefOf(child.ref) };
    if (child.da) s.da = child.da;
    return s;
  };
  const documents = all.map((node): EntityDocument => {
    const parents = node.ref.kind === 'county' ? [STATE] : node.ref.kind === 'school' ? [STATE, countyNode.ref, leas.get(node.ref.cds.slice(0, 7))!.ref] : [STATE, countyNode.ref];
    const everything = [node.records, ...node.children.map((c) => c.records)].flat(); // years and indicators of the children too
    const doc: EntityDocument = {
      format: ENTITY_DOCUMENT_FORMAT,
      version: 1,
      entity: node.ref,
      parents,
      years: yearsOf(everything),
      indicators: indicatorsOf(everything),
      records: node.records,
      children: node.children.map(summary),
      meta: { ...meta },
    };
    if (node.da) doc.da = node.da;
    return doc;
  });
  return { documents, removed };
}
