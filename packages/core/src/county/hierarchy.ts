/**
 * The entity hierarchy of a long table: state → county → district (or county office) → school,
 * from the CDS codes (county = cds[0..2], district = cds[2..7], school = cds[7..14]) and the files'
 * flags (`coe_flag`, `charter_flag`). Counties and districts the files give no rows of are made
 * from the names on their schools' rows.
 */
import type { DashboardRecord, EntityKind, EntityRef } from './types.js';

export const STATE_CDS = '00000000000000';

/** The county's CDS code of any code: `27` + twelve zeros. */
export const countyCdsOf = (cds: string): string => cds.slice(0, 2).padEnd(14, '0');
/** The district's (LEA's) CDS code of any code: its first seven digits + seven zeros. */
export const districtCdsOf = (cds: string): string => cds.slice(0, 7).padEnd(14, '0');

/** What a CDS code is by its shape alone. */
export function levelOfCds(cds: string): 'state' | 'county' | 'district' | 'school' {
  if (cds.slice(7) !== '0000000') return 'school';
  if (cds.slice(2, 7) !== '00000') return 'district';
  return cds.slice(0, 2) !== '00' ? 'county' : 'state';
}

/** An entity with its children, for walking the tree. */
export interface EntityNode extends EntityRef {
  children: EntityNode[];
}

export interface EntityHierarchy {
  /** The state (when the files have state rows) — its children are the counties. */
  state: EntityNode | null;
  /** Counties, by code. */
  counties: EntityNode[];
  /** Every entity, by CDS code. */
  byCds: Map<string, EntityNode>;
  /** Every entity as a flat list: counties, then each county's LEAs, then each LEA's schools (each by name). */
  list: EntityRef[];
}

/** The kind of an entity from its records: school, charter, county office, district, county, state. */
export function entityKindOf(cds: string, records: readonly Pick<DashboardRecord, 'rtype' | 'coe' | 'charter'>[]): EntityKind {
  const level = levelOfCds(cds);
  if (level === 'state') return 'state';
  if (level === 'county') return 'county';
  if (records.some((r) => r.charter)) return 'charter';
  if (level === 'school') return 'school';
  return records.some((r) => r.coe) ? 'coe' : 'district';
}

const byName = (a: EntityNode, b: EntityNode) => a.name.localeCompare(b.name) || a.cds.localeCompare(b.cds);

/**
 * The county → district → school tree of a long table. Charter schools are `kind: 'charter'`
 * under their authorising district; county offices (`coe_flag`) are `kind: 'coe'` under their county.
 */
export function entityHierarchy(records: readonly DashboardRecord[]): EntityHierarchy {
  const info = new Map<string, { name: string; rtype: DashboardRecord['rtype']; coe: boolean; charter: boolean; districtName?: string; countyName?: string }>();
  const countyNames = new Map<string, string>();
  for (const r of records) {
    let e = info.get(r.cds);
    if (!e) {
      e = { name: r.name, rtype: r.rtype, coe: false, charter: false };
      info.set(r.cds, e);
    }
    if (r.coe) e.coe = true;
    if (r.charter) e.charter = true;
    if (r.districtName && !e.districtName) e.districtName = r.districtName;
    if (r.countyName && !e.countyName) e.countyName = r.countyName;
    if (r.countyName && !countyNames.has(r.cds.slice(0, 2))) countyNames.set(r.cds.slice(0, 2), r.countyName);
  }
  const byCds = new Map<string, EntityNode>();
  const node = (cds: string, name: string, kind: EntityKind, parent?: string): EntityNode => {
    let n = byCds.get(cds);
    if (!n) {
      n = { cds, name, kind, children: [] };
      if (parent) n.parent = parent;
      byCds.set(cds, n);
    }
    return n;
  };
  const state = info.has(STATE_CDS) ? node(STATE_CDS, info.get(STATE_CDS)!.name, 'state') : null;
  const countyName = (cds: string) => {
    const own = info.get(countyCdsOf(cds));
    return own?.name ?? countyNames.get(cds.slice(0, 2)) ?? cds.slice(0, 2);
  };
  const ensureCounty = (cds: string) => {
    const c = countyCdsOf(cds);
    const n = node(c, countyName(c), 'county', state ? STATE_CDS : undefined);
    return n;
  };
  const ensureDistrict = (cds: string, nameHint?: string) => {
    const d = districtCdsOf(cds);
    const own = info.get(d);
    const kind = own ? entityKindOf(d, [{ rtype: own.rtype, coe: own.coe, charter: own.charter }]) : 'district';
    return node(d, own?.name ?? nameHint ?? d, kind === 'charter' ? 'district' : kind, ensureCounty(d).cds);
  };
  for (const [cds, e] of info) {
    const level = levelOfCds(cds);
    if (level === 'county') ensureCounty(cds);
    else if (level === 'district') ensureDistrict(cds);
    else if (level === 'school') {
      const district = ensureDistrict(cds, e.districtName);
      node(cds, e.name, e.charter ? 'charter' : 'school', district.cds);
    }
  }
  for (const n of byCds.values()) if (n.parent) byCds.get(n.parent)?.children.push(n);
  for (const n of byCds.values()) n.children.sort(byName);
  const counties = [...byCds.values()].filter((n) => n.kind === 'county').sort((a, b) => a.cds.localeCompare(b.cds));
  const list: EntityRef[] = [];
  const strip = ({ children: _c, ...ref }: EntityNode): EntityRef => ref;
  const walk = (n: EntityNode) => {
    list.push(strip(n));
    n.children.forEach(walk);
  };
  if (state) list.push(strip(state));
  counties.forEach(walk);
  if (state) state.children = counties;
  return { state, counties, byCds, list };
}
