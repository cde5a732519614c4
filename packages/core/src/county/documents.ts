/**
 * The published documents: one EntityDocument per county, district (LEA, county office) and
 * school, with its records (suppressed), its DA roll-up by year (LEAs), its children summarised for
 * the county grid, and the PublishIndex. Pure: `outcome-kit publish` writes what this returns.
 */
import { daEligibility, daFromRecords } from './da.js';
import { daRuleFor } from './da-rules.js';
import { entityHierarchy, STATE_CDS, type EntityNode } from './hierarchy.js';
import { recordKey, suppressRecords } from './suppress.js';
import {
  COUNTY_INDICATORS,
  ENTITY_DOCUMENT_FORMAT,
  type DaResult,
  type DashboardRecord,
  type EntityChildSummary,
  type EntityDocument,
  type EntityRef,
  type PublishIndex,
} from './types.js';

export interface BuildDocumentsOptions {
  /** Groups with this many students or fewer are removed (default 10), with complementary suppression. */
  suppressBelow?: number;
  /** Source file names, for the documents' meta. */
  sources?: readonly string[];
  /** When the documents were made (ISO date-time); default now. */
  generated?: string;
  /** The data are illustrative (a demo), not CDE's. */
  illustrative?: boolean;
  /** Which groups a child summary carries: every group (default, the contract) or only these (e.g. ['ALL'] for a smaller file). */
  childGroups?: 'all' | readonly string[];
  /** Only documents for entities of this county (2-digit code). */
  county?: string;
}

export interface BuiltDocuments {
  documents: EntityDocument[];
  index: PublishIndex;
  /** What suppression removed, in all. */
  privacy: { suppressed: number; complementary: number; priorRemoved: number };
}

/** Where an entity's document goes in the published folder. */
export function entityHref(ref: Pick<EntityRef, 'cds' | 'kind'>): string {
  switch (ref.kind) {
    case 'state':
      return 'state.json';
    case 'county':
      return `counties/${ref.cds.slice(0, 2)}.json`;
    case 'district':
    case 'coe':
      return `districts/${ref.cds.slice(0, 7)}.json`;
    default:
      return ref.cds.slice(7) === '0000000' ? `districts/${ref.cds.slice(0, 7)}.json` : `schools/${ref.cds}.json`;
  }
}

const isLea = (kind: EntityRef['kind']) => kind === 'district' || kind === 'coe';
const ref = ({ children: _c, ...r }: EntityNode): EntityRef => r;
const sortYears = (ys: Iterable<string>) => [...new Set(ys)].sort();

/**
 * DA by Dashboard year for one LEA, from its full records (before suppression: CDE decides on every
 * group), with the reasons (and groups) that would point at a removed record dropped; the verdict
 * stays (it is CDE's public determination). With the default threshold this never drops anything:
 * a DA criterion needs at least 15 students.
 */
export function daByYear(all: readonly DashboardRecord[], cds: string, hidden?: ReadonlySet<string>): Record<string, DaResult> {
  const out: Record<string, DaResult> = {};
  for (const year of sortYears(all.map((r) => r.year))) {
    if (!daRuleFor(year)) continue;
    const input = daFromRecords(all, cds, year);
    if (!input) continue;
    const result = daEligibility(input);
    if (hidden?.size) {
      const shown = (group: string, indicator: string) => !hidden.has(recordKey({ cds, indicator: indicator as DashboardRecord['indicator'], year, group }));
      result.reasons = result.reasons.filter((r) => r.indicators.every((i) => shown(r.group, i.indicator)));
      for (const g of Object.keys(result.groups)) {
        const areas = result.reasons.filter((r) => r.group === g).map((r) => r.area);
        if (areas.length) result.groups[g] = areas;
        else delete result.groups[g];
      }
      result.qualifyingGroups = result.qualifyingGroups.filter((g) => (result.groups[g]?.length ?? 0) >= 2);
    }
    out[result.year] = result;
  }
  return out;
}

/**
 * Builds every entity's document and the index from long-table records: suppression first
 * (`suppressRecords`), then one document per county, LEA and school, children sorted by name.
 */
export function buildEntityDocuments(records: readonly DashboardRecord[], options: BuildDocumentsOptions = {}): BuiltDocuments {
  const suppressBelow = options.suppressBelow ?? 10;
  const generated = options.generated ?? new Date().toISOString();
  const county = options.county ? options.county.padStart(2, '0') : null;
  const inScope = county ? records.filter((r) => r.cds.startsWith(county)) : records;
  const privacy = suppressRecords(inScope, suppressBelow);
  const shownBy = new Map<string, DashboardRecord[]>();
  for (const r of privacy.records) {
    let list = shownBy.get(r.cds);
    if (!list) shownBy.set(r.cds, (list = []));
    list.push(r);
  }
  const allBy = new Map<string, DashboardRecord[]>();
  for (const r of inScope) {
    let list = allBy.get(r.cds);
    if (!list) allBy.set(r.cds, (list = []));
    list.push(r);
  }
  const tree = entityHierarchy(inScope);
  const daCache = new Map<string, Record<string, DaResult>>();
  const daOf = (cds: string) => {
    let d = daCache.get(cds);
    if (!d) daCache.set(cds, (d = daByYear(allBy.get(cds) ?? [], cds, privacy.hidden)));
    return d;
  };
  const keep = options.childGroups === undefined || options.childGroups === 'all' ? null : new Set(options.childGroups);
  const meta: EntityDocument['meta'] = { suppressBelow, sources: [...(options.sources ?? [])], generated };
  if (options.illustrative) meta.illustrative = true;

  const documents: EntityDocument[] = [];
  const indexEntities: PublishIndex['entities'] = [];
  const allYears = new Set<string>();
  const visit = (node: EntityNode, parents: EntityRef[]) => {
    const own = shownBy.get(node.cds) ?? [];
    const children: EntityChildSummary[] = node.children.map((c) => {
      const recs = shownBy.get(c.cds) ?? [];
      const child: EntityChildSummary = { ...ref(c), records: keep ? recs.filter((r) => keep.has(r.group)) : recs, href: entityHref(c) };
      if (isLea(c.kind)) child.da = daOf(c.cds);
      return child;
    });
    const span = [...own, ...children.flatMap((c) => c.records)];
    const years = sortYears(span.map((r) => r.year));
    years.forEach((y) => allYears.add(y));
    const present = new Set(span.map((r) => r.indicator));
    const doc: EntityDocument = {
      format: ENTITY_DOCUMENT_FORMAT,
      version: 1,
      entity: ref(node),
      parents,
      years,
      indicators: COUNTY_INDICATORS.filter((i) => present.has(i)),
      records: own,
      children,
      meta,
    };
    if (isLea(node.kind)) doc.da = daOf(node.cds);
    documents.push(doc);
    indexEntities.push({ ...ref(node), href: entityHref(node) });
    const chain = [...parents, ref(node)];
    for (const c of node.children) visit(c, chain);
  };
  const state: EntityRef = tree.state ? ref(tree.state) : { cds: STATE_CDS, name: 'California', kind: 'state' };
  for (const c of tree.counties) visit(c, [state]);
  return {
    documents,
    index: { format: 'outcome-kit/index', version: 1, entities: indexEntities, years: sortYears(allYears), generated },
    privacy: { suppressed: privacy.suppressed, complementary: privacy.complementary, priorRemoved: privacy.priorRemoved },
  };
}
