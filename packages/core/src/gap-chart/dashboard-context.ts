import type { SuspensionTable } from './facts.js';
import type { DashboardEntityType } from './facts-years.js';
import type { LevelOptions } from './levels.js';

/**
 * What a CDE Dashboard file says about one row beyond its numbers: the year and entity whose rules
 * apply, and the flags CDE wrote (n size met, safety net, certified, DASS, county office, charter).
 * `dashboardLevels` reads it through `levelContext`.
 */
export interface DashboardRowContext {
  /** `reportingyear` as the file writes it (2024, "2017f"); absent: the latest rules. */
  year?: string | null;
  /** `rtype`: S school, D LEA, X state. */
  entityType?: DashboardEntityType;
  /** `dass_flag = Y`: a Dashboard Alternative School Status school. */
  dass?: boolean;
  /** `coe_flag = Y`: a county office of education. */
  coe?: boolean;
  /** `charter_flag = Y`. */
  charter?: boolean;
  /** `certifyflag` (N = the data were not certified) [U: only Y/N read]. */
  certified?: boolean;
  /** `currnsizemet` (2017 ELPI: `nsize_met`): Y/N; blank is not read. */
  currNSizeMet?: boolean;
  /** `priornsizemet`: Y/N. */
  priorNSizeMet?: boolean;
  /** `safetynet` (to 2019) / `smalldenom` (2023+): Y/N. */
  safetyNet?: boolean;
  /** `hscutpoints = Y` (ELA/Math high-school cut points). */
  hsCutPoints?: boolean;
  /** Suspension `type` (ES, MS, HS, ED, HD, UD). */
  suspensionTable?: SuspensionTable;
  /** `box`: the grid cell CDE used, 10 × (5 × (5 − statuslevel) + change column); 0 = none. */
  box?: number;
}

/** The `dashboardLevels` options a row's file context gives (nothing for plain rows). */
export function levelContext(ctx: DashboardRowContext | undefined, priorN: number | null | undefined): LevelOptions {
  const o: LevelOptions = {};
  if (priorN !== undefined) o.priorN = priorN;
  if (!ctx) return o;
  if (ctx.year !== undefined && ctx.year !== null) o.year = ctx.year;
  if (ctx.entityType) o.entityType = ctx.entityType;
  if (ctx.dass !== undefined) o.dass = ctx.dass;
  if (ctx.coe !== undefined) o.coe = ctx.coe;
  if (ctx.certified !== undefined) o.certified = ctx.certified;
  if (ctx.currNSizeMet !== undefined) o.currNSizeMet = ctx.currNSizeMet;
  if (ctx.priorNSizeMet !== undefined) o.priorNSizeMet = ctx.priorNSizeMet;
  if (ctx.safetyNet !== undefined) o.safetyNetFlag = ctx.safetyNet;
  if (ctx.hsCutPoints !== undefined) o.hsCutPoints = ctx.hsCutPoints;
  if (ctx.suspensionTable) o.suspensionTable = ctx.suspensionTable;
  return o;
}
