/**
 * The county picture's shared shapes: the long Dashboard table (entity × student group × indicator
 * × year), the differentiated-assistance (DA) input and result, and the per-entity document that
 * `outcome-kit publish` writes and `<outcome-equity-report>` / `<outcome-county-grid>` read with `src`.
 *
 * This file is the contract between core (reading files, DA), the publish pipeline (packages/cli)
 * and the elements. Extend it; do not change the meaning of a field.
 */
import type { DashboardColor } from '../theme/tokens.js';
import type { DashboardChangeLevel, DashboardStatusLevel } from '../gap-chart/facts.js';

/** The seven Dashboard state indicators the county picture covers. */
export type CountyIndicator = 'ela' | 'math' | 'elpi' | 'grad' | 'chronic' | 'susp' | 'cci';

/** The order the indicators appear in reports and grids (the Dashboard's own order). */
export const COUNTY_INDICATORS: readonly CountyIndicator[] = ['chronic', 'susp', 'elpi', 'grad', 'cci', 'ela', 'math'];

/** CDE's `rtype`: X state, C county, D district (LEA, including county offices and charters), S school. */
export type RecordType = 'X' | 'C' | 'D' | 'S';

/** What an entity is, for the hierarchy: a school district, a county office (COE), a direct-funded charter, a school. */
export type EntityKind = 'state' | 'county' | 'district' | 'coe' | 'charter' | 'school';

/** One row of the long table: one entity × student group × indicator × Dashboard year. */
export interface DashboardRecord {
  /** 14-digit CDS code (county 2 + district 5 + school 7). */
  cds: string;
  rtype: RecordType;
  /** The entity's name as the file gives it (`schoolname`, else `districtname`, else `countyname`). */
  name: string;
  /** The file's `districtname` (a school's district), when it has one. */
  districtName?: string;
  /** The file's `countyname`, when it has one. */
  countyName?: string;
  indicator: CountyIndicator;
  /** Dashboard year as CDE names it: `2017f` (fall 2017 rules), `2018`, `2019`, `2022`, `2023`, `2024`, … */
  year: string;
  /** CDE student-group code: ALL, AA, AI, AS, EL, ELO, EO, FI, FOS, HI, HOM, LTEL, MR, PI, RFP, SED, SWD, WH, … */
  group: string;
  /** Current denominator (`currdenom`). */
  n: number | null;
  /** Prior-year denominator (`priordenom`). */
  priorN: number | null;
  /** Current status (`currstatus`). */
  status: number | null;
  /** Change from the prior year (`change`), as the file gives it. */
  change: number | null;
  statusLevel: DashboardStatusLevel | null;
  changeLevel: DashboardChangeLevel | null;
  /** The Dashboard colour; null = no colour. */
  color: DashboardColor | null;
  /** Where `color` came from: CDE's file, computed from the fact table, or none available. */
  colorSource: 'file' | 'computed' | 'none';
  /** Flags CDE writes, when the file has them. */
  dass?: boolean;
  coe?: boolean;
  charter?: boolean;
  /** ELA/Math: high-school cut points used (`hscutpoints = Y`). */
  hsCutPoints?: boolean;
  /** Suspension: the cut-point table (`type`: ES MS HS ED HD UD). */
  suspensionType?: string;
}

/** An entity in the hierarchy. */
export interface EntityRef {
  cds: string;
  name: string;
  kind: EntityKind;
  /** Parent's CDS code: a school's district, a district's county, a county's state. */
  parent?: string;
}

// ---- Differentiated assistance --------------------------------------------------------------------

/** One indicator row for one group, as `daEligibility` takes it (the shared DA checker's contract). */
export interface DaIndicatorRow {
  color: DashboardColor | null;
  statusLevel: DashboardStatusLevel | null;
  changeLevel: DashboardChangeLevel | null;
  n: number | null;
  status: number | null;
  change: number | null;
  priorN: number | null;
}

/** The input of `daEligibility`: one LEA in one Dashboard year. */
export interface DaInput {
  year: string;
  leaType: 'district' | 'coe';
  cds?: string;
  name?: string;
  /** studentgroup code → indicator → the file row. A group or indicator without a row is absent. */
  groups: Record<string, Partial<Record<CountyIndicator, DaIndicatorRow>>>;
}

/** LCFF priority areas the DA rule looks at. */
export type PriorityArea = 4 | 5 | 6 | 8;

/** Why one group meets one priority area. */
export interface DaReason {
  group: string;
  area: PriorityArea;
  /** The indicators (with their colour or level) that made the area met. */
  indicators: { indicator: CountyIndicator; color: DashboardColor | null; statusLevel: DashboardStatusLevel | null }[];
}

/** The result of `daEligibility`. */
export interface DaResult {
  /** Some student group (not All Students) meets the criteria in two or more priority areas. */
  eligible: boolean;
  /** group → the priority areas it meets (sorted); groups that meet none may be left out. */
  groups: Record<string, PriorityArea[]>;
  /** Every area met, by group, with the indicators behind it. */
  reasons: DaReason[];
  /** The groups that meet two or more areas (what makes the LEA eligible). */
  qualifyingGroups: string[];
  year: string;
}

// ---- Published documents (what `outcome-kit publish` writes; what the elements read with `src`) ----

/** Format tag of a published entity document. */
export const ENTITY_DOCUMENT_FORMAT = 'outcome-kit/entity';

/** One child of an entity, summarised for the county grid: its All Students (and every group's) colours and DA status. */
export interface EntityChildSummary extends EntityRef {
  /** The child's records (already suppressed), every group, indicator and year. */
  records: DashboardRecord[];
  /** DA by year, for LEAs. */
  da?: Record<string, DaResult>;
  /** Where its own document is, relative to the published folder (e.g. `districts/2766159.json`). */
  href?: string;
}

/**
 * A published entity document (`/dash/districts/2766159.json`): one county, district or school with
 * every indicator, group and year it has, its DA roll-up, and its children (a county's districts, a
 * district's schools) summarised for the grid. Groups of `suppressBelow` or fewer students are never
 * in it (removed at publish time), nor derivable from it.
 */
export interface EntityDocument {
  format: typeof ENTITY_DOCUMENT_FORMAT;
  version: 1;
  entity: EntityRef;
  /** The chain upwards: state, county, district (nearest last). */
  parents: EntityRef[];
  /** Dashboard years present, oldest first. */
  years: string[];
  indicators: CountyIndicator[];
  /** This entity's records (suppressed groups removed). */
  records: DashboardRecord[];
  /** DA by year, for LEAs (districts, COEs, direct-funded charters). */
  da?: Record<string, DaResult>;
  children: EntityChildSummary[];
  /** Publishing facts: threshold used, source files, when. */
  meta: { suppressBelow: number; sources: string[]; generated: string; illustrative?: boolean };
}

/** The index of a published folder (`/dash/index.json`): county → districts → schools. */
export interface PublishIndex {
  format: 'outcome-kit/index';
  version: 1;
  entities: (EntityRef & { href: string })[];
  years: string[];
  generated: string;
}
