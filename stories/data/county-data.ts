/**
 * Invented, illustrative entity documents (the shape `outcome-kit publish` writes) for the equity
 * report and county grid stories and tests: Valle Verde County (county code 60, which no real
 * California county has), its districts, and Mesa Alta Unified with its schools. Figures come from
 * a seeded generator; colours from the Dashboard's cut points and grids; DA from the 2024 rule
 * (a group Red, or Red and Orange on ELA and Math, in two or more priority areas). Groups of 10 or
 * fewer students are left out, as publish does.
 */
import {
  dashboardLevels,
  ENTITY_DOCUMENT_FORMAT,
  entityHref,
  type CountyIndicator,
  type DaReason,
  type DaResult,
  type DashboardRecord,
  type EntityChildSummary,
  type EntityDocument,
  type EntityRef,
  type PriorityArea,
  type RecordType,
} from '@outcome-kit/core';

const INDICATORS: CountyIndicator[] = ['chronic', 'susp', 'elpi', 'grad', 'cci', 'ela', 'math'];
const YEARS = ['2023', '2024'];
const GROUPS = ['ALL', 'AA', 'AS', 'FI', 'HI', 'WH', 'MR', 'EL', 'LTEL', 'SED', 'SWD', 'FOS', 'HOM'];

/** A small seeded generator (mulberry32), so every build of the stories shows the same figures. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Typical All Students status and the spread between groups, per indicator. */
const CENTRE: Record<CountyIndicator, { mid: number; spread: number; lo: number; hi: number }> = {
  chronic: { mid: 22, spread: 9, lo: 2, hi: 60 },
  susp: { mid: 3.5, spread: 2.5, lo: 0.2, hi: 15 },
  elpi: { mid: 45, spread: 8, lo: 10, hi: 90 },
  grad: { mid: 87, spread: 6, lo: 50, hi: 99.5 },
  cci: { mid: 42, spread: 14, lo: 3, hi: 90 },
  ela: { mid: -20, spread: 35, lo: -160, hi: 90 },
  math: { mid: -55, spread: 35, lo: -190, hi: 80 },
};
/** How far behind each group tends to be (in spreads; positive = worse). */
const GROUP_SHIFT: Record<string, number> = { ALL: 0, AA: 1.1, AS: -1.4, FI: -0.8, HI: 0.4, WH: -0.6, MR: -0.2, EL: 0.9, LTEL: 1.8, SED: 0.5, SWD: 1.9, FOS: 2.2, HOM: 1.6 };
const GROUP_SHARE: Record<string, number> = { ALL: 1, AA: 0.05, AS: 0.06, FI: 0.02, HI: 0.58, WH: 0.2, MR: 0.04, EL: 0.22, LTEL: 0.05, SED: 0.66, SWD: 0.13, FOS: 0.006, HOM: 0.03 };
const LOWER_BETTER = new Set<CountyIndicator>(['chronic', 'susp']);
const round1 = (x: number) => Math.round(x * 10) / 10;

interface EntitySeed extends EntityRef {
  students: number;
  /** How much worse than typical this entity is (in spreads). */
  shift: number;
  seed: number;
  rtype: RecordType;
  /** Indicators this entity has (an elementary district has no graduation or CCI). */
  indicators?: CountyIndicator[];
}

function recordsFor(e: EntitySeed): DashboardRecord[] {
  const rand = rng(e.seed);
  const out: DashboardRecord[] = [];
  for (const indicator of e.indicators ?? INDICATORS) {
    const c = CENTRE[indicator];
    const sign = LOWER_BETTER.has(indicator) ? 1 : -1;
    for (const group of GROUPS) {
      if (indicator === 'elpi' && group !== 'ALL' && group !== 'EL' && group !== 'LTEL') continue;
      const base = c.mid + sign * c.spread * (e.shift + 0.6 * GROUP_SHIFT[group]! + (rand() - 0.5) * 0.8);
      let prior: number | null = null;
      for (const year of YEARS) {
        const share = indicator === 'elpi' && group === 'ALL' ? GROUP_SHARE.EL! : GROUP_SHARE[group]!;
        const n = Math.round(e.students * share * (0.9 + rand() * 0.2) * (indicator === 'grad' || indicator === 'cci' ? 0.25 : 1));
        if (n <= 10) continue; // publish leaves out groups of 10 or fewer students
        const drift = (rand() - 0.5) * c.spread * 0.5;
        const status = round1(Math.min(c.hi, Math.max(c.lo, base + (year === '2024' ? drift : 0))));
        const change = prior === null ? null : round1(status - prior);
        const levels = dashboardLevels(indicator, status, change, n, { group, suspensionTable: e.kind === 'school' ? 'ES' : 'UD' });
        out.push({
          cds: e.cds,
          rtype: e.rtype,
          name: e.name,
          indicator,
          year,
          group,
          n,
          priorN: null,
          status,
          change,
          statusLevel: levels.statusLevel,
          changeLevel: levels.changeLevel,
          color: levels.color,
          colorSource: levels.color ? 'computed' : 'none',
        });
        prior = status;
      }
    }
  }
  return out;
}

/** The 2024 DA rule over the records (illustrative; core's `daEligibility` is the real one). */
function daOf(records: readonly DashboardRecord[], year: string): DaResult {
  const reasons: DaReason[] = [];
  const groups: Record<string, PriorityArea[]> = {};
  const at = (group: string, indicator: CountyIndicator) => records.find((r) => r.year === year && r.group === group && r.indicator === indicator);
  for (const group of GROUPS.filter((g) => g !== 'ALL')) {
    const met: DaReason[] = [];
    const ind = (r: DashboardRecord | undefined) => ({ indicator: r!.indicator, color: r!.color, statusLevel: r!.statusLevel });
    const ela = at(group, 'ela');
    const math = at(group, 'math');
    const bad = (r?: DashboardRecord) => r?.color === 'red' || r?.color === 'orange';
    if (ela && math && bad(ela) && bad(math) && (ela.color === 'red' || math.color === 'red')) met.push({ group, area: 4, indicators: [ind(ela), ind(math)] });
    else if ((group === 'EL' || group === 'LTEL') && at(group, 'elpi')?.color === 'red') met.push({ group, area: 4, indicators: [ind(at(group, 'elpi'))] });
    const p5 = (['grad', 'chronic'] as const).map((i) => at(group, i)).filter((r) => r?.color === 'red');
    if (p5.length) met.push({ group, area: 5, indicators: p5.map(ind) });
    if (at(group, 'susp')?.color === 'red') met.push({ group, area: 6, indicators: [ind(at(group, 'susp'))] });
    if (at(group, 'cci')?.color === 'red') met.push({ group, area: 8, indicators: [ind(at(group, 'cci'))] });
    if (met.length) groups[group] = met.map((m) => m.area);
    reasons.push(...met);
  }
  const qualifyingGroups = Object.keys(groups).filter((g) => groups[g]!.length >= 2);
  return { eligible: qualifyingGroups.length > 0, groups, reasons, qualifyingGroups, year };
}

const daByYear = (records: readonly DashboardRecord[]) => Object.fromEntries(YEARS.map((y) => [y, daOf(records, y)]));

const STATE: EntityRef = { cds: '00000000000000', name: 'California', kind: 'state' };
const COUNTY: EntityRef = { cds: '60000000000000', name: 'Valle Verde County', kind: 'county', parent: STATE.cds };

const DISTRICTS: EntitySeed[] = [
  { cds: '60612340000000', name: 'Mesa Alta Unified', kind: 'district', students: 9800, shift: 0.45, seed: 11, rtype: 'D' },
  { cds: '60612500000000', name: 'Arroyo Seco Elementary', kind: 'district', students: 2100, shift: -0.6, seed: 12, rtype: 'D', indicators: ['chronic', 'susp', 'elpi', 'ela', 'math'] },
  { cds: '60612680000000', name: 'Cañada Verde Unified', kind: 'district', students: 14500, shift: -0.2, seed: 13, rtype: 'D' },
  { cds: '60612760000000', name: 'Los Robles Joint Union High', kind: 'district', students: 5200, shift: 0.3, seed: 14, rtype: 'D', indicators: ['chronic', 'susp', 'elpi', 'grad', 'cci', 'ela', 'math'] },
  { cds: '60612840000000', name: 'Peñasco Elementary', kind: 'district', students: 640, shift: 0.6, seed: 15, rtype: 'D', indicators: ['chronic', 'susp', 'elpi', 'ela', 'math'] },
  { cds: '60612920000000', name: 'Sierra Linda Unified', kind: 'district', students: 7300, shift: -0.9, seed: 16, rtype: 'D' },
  { cds: '60613000000000', name: 'Valle Verde County Office of Education', kind: 'coe', students: 900, shift: 0.9, seed: 17, rtype: 'D' },
  { cds: '60613180000000', name: 'Tierra Nueva Charter', kind: 'charter', students: 480, shift: -0.5, seed: 18, rtype: 'D', indicators: ['chronic', 'susp', 'elpi', 'ela', 'math'] },
].map((d) => ({ ...d, parent: COUNTY.cds }) as EntitySeed);

const MESA_ALTA = DISTRICTS[0]!;
const SCHOOLS: EntitySeed[] = [
  { cds: '60612346000011', name: 'Mesa Alta High', kind: 'school', students: 2600, shift: 0.5, seed: 21, rtype: 'S', indicators: ['chronic', 'susp', 'elpi', 'grad', 'cci', 'ela', 'math'] },
  { cds: '60612346000029', name: 'Robledo Middle', kind: 'school', students: 1400, shift: 0.7, seed: 22, rtype: 'S', indicators: ['chronic', 'susp', 'elpi', 'ela', 'math'] },
  { cds: '60612346000037', name: 'Las Flores Elementary', kind: 'school', students: 720, shift: 0.2, seed: 23, rtype: 'S', indicators: ['chronic', 'susp', 'elpi', 'ela', 'math'] },
  { cds: '60612346000045', name: 'Vista del Sol Elementary', kind: 'school', students: 650, shift: -0.3, seed: 24, rtype: 'S', indicators: ['chronic', 'susp', 'elpi', 'ela', 'math'] },
  { cds: '60612346000052', name: 'Del Monte Elementary', kind: 'school', students: 540, shift: 0.9, seed: 25, rtype: 'S', indicators: ['chronic', 'susp', 'elpi', 'ela', 'math'] },
].map((s) => ({ ...s, parent: MESA_ALTA.cds }) as EntitySeed);

const cache = new Map<string, DashboardRecord[]>();
const records = (e: EntitySeed) => cache.get(e.cds) ?? (cache.set(e.cds, recordsFor(e)), cache.get(e.cds)!);
const ref = ({ cds, name, kind, parent }: EntitySeed): EntityRef => ({ cds, name, kind, ...(parent ? { parent } : {}) });
const isLea = (e: EntitySeed) => e.kind !== 'school';

function child(e: EntitySeed, groups?: readonly string[]): EntityChildSummary {
  const own = groups ? records(e).filter((r) => groups.includes(r.group)) : records(e);
  return { ...ref(e), records: own, ...(isLea(e) ? { da: daByYear(records(e)) } : {}), href: entityHref(e) };
}

const meta = { suppressBelow: 10, sources: ['invented for Outcome Kit stories'], generated: '2026-12-01T00:00:00Z', illustrative: true };

/**
 * Valle Verde County: its eight LEAs (districts, the county office, a charter) on the 2023 and 2024
 * Dashboards. `childGroups` keeps only those groups' records in the children (publish keeps All Students by default).
 */
export function countyDocument(childGroups?: readonly string[]): EntityDocument {
  return {
    format: ENTITY_DOCUMENT_FORMAT,
    version: 1,
    entity: COUNTY,
    parents: [STATE],
    years: [...YEARS],
    indicators: [...INDICATORS],
    records: [],
    children: DISTRICTS.map((d) => child(d, childGroups)),
    meta,
  };
}

/** Mesa Alta Unified: every student group × indicator, its DA (eligible in 2024), and its five schools. */
export function districtDocument(seed: EntitySeed = MESA_ALTA): EntityDocument {
  return {
    format: ENTITY_DOCUMENT_FORMAT,
    version: 1,
    entity: ref(seed),
    parents: [STATE, COUNTY],
    years: [...YEARS],
    indicators: [...(seed.indicators ?? INDICATORS)],
    records: records(seed),
    da: daByYear(records(seed)),
    children: seed.cds === MESA_ALTA.cds ? SCHOOLS.map((s) => child(s)) : [],
    meta,
  };
}

/** Every LEA's own document (what publish writes under districts/), by CDS code. */
export function districtDocuments(): EntityDocument[] {
  return DISTRICTS.map((d) => districtDocument(d));
}

/** A school's document (no DA: schools are not LEAs). */
export function schoolDocument(s: EntitySeed = SCHOOLS[1]!): EntityDocument {
  return { ...districtDocument(MESA_ALTA), entity: ref(s), parents: [STATE, COUNTY, ref(MESA_ALTA)], indicators: [...s.indicators!], records: records(s), da: undefined, children: [] } as EntityDocument;
}

/** Every school's document. */
export function schoolDocuments(): EntityDocument[] {
  return SCHOOLS.map((s) => schoolDocument(s));
}

/** One year only (2024): no year selector. */
export function oneYearDocument(): EntityDocument {
  const doc = districtDocument();
  return { ...doc, years: ['2024'], records: doc.records.filter((r) => r.year === '2024'), da: { '2024': doc.da!['2024']! } };
}

/** A document with a bad colour in its fourth record: the element names the field. */
export function badDocument(): unknown {
  const doc = districtDocument();
  return { ...doc, records: doc.records.map((r, i) => (i === 3 ? { ...r, color: 'purple' } : r)) };
}

/** A county document whose second district has a count that is not a number: the element names `children[1].records[0].n`. */
export function badCountyDocument(): unknown {
  const doc = countyDocument();
  return { ...doc, children: doc.children.map((c, i) => (i === 1 ? { ...c, records: c.records.map((r, j) => (j === 0 ? { ...r, n: 'many' } : r)) } : c)) };
}
