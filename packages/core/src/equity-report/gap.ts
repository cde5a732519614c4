import { DASHBOARD_INDICATORS, FILE_LEVEL_CODES } from '../gap-chart/facts.js';
import { DASHBOARD_COLORS } from '../theme/tokens.js';
import type { CountyIndicator, DashboardRecord, EntityDocument } from '../county/types.js';
import { isSmall } from './cells.js';

/** What `<outcome-gap-chart>` needs to draw one indicator of one entity: CDE-file-shaped rows and its attributes. */
export interface GapChartInput {
  /** Rows with a CDE Dashboard file's column names, so the chart keeps the published colours and levels. */
  rows: Record<string, string | number | null>[];
  indicator: CountyIndicator;
  cds: string;
  /** ELA/Math: the high-school cut points (`hscutpoints = Y`). */
  highSchool: boolean;
  /** Suspension: the cut-point table (`type`). */
  suspensionTable: string;
}

const levelCode = (list: readonly string[], level: string | null): number => (level === null ? 0 : list.indexOf(level) + 1);

/**
 * One indicator of one entity for one year as rows a gap chart reads as a CDE Dashboard file:
 * the published colour (0 = none), level codes (1 = worst, for the indicator's direction), status,
 * change and n. Last year's status comes from last year's record when the document has it, so the
 * chart can show whether each gap is closing. Records of `suppressBelow` or fewer students are
 * left out (published documents hold none).
 */
export function gapChartInput(doc: EntityDocument, indicator: CountyIndicator, year: string, suppressBelow = 10): GapChartInput {
  const dir = DASHBOARD_INDICATORS[indicator].direction;
  const mine = doc.records.filter((r) => r.indicator === indicator && !isSmall(r, suppressBelow));
  const current = mine.filter((r) => r.year === year);
  const years = [...new Set(mine.map((r) => r.year))];
  const before = years.filter((y) => Number.parseInt(y, 10) < Number.parseInt(year, 10)).sort().at(-1);
  const prior = new Map<string, DashboardRecord>(mine.filter((r) => r.year === before).map((r) => [r.group, r]));
  const cds = doc.entity.cds.padStart(14, '0');
  const rows = current.map((r) => ({
    cds,
    rtype: r.rtype ?? 'D',
    schoolname: r.rtype === 'S' ? doc.entity.name : null,
    districtname: doc.entity.name,
    reportingyear: r.year,
    studentgroup: r.group,
    currstatus: r.status,
    priorstatus: prior.get(r.group)?.status ?? null,
    change: r.change,
    currdenom: r.n,
    statuslevel: levelCode(FILE_LEVEL_CODES.status[dir], r.statusLevel),
    changelevel: levelCode(FILE_LEVEL_CODES.change[dir], r.changeLevel),
    color: r.color ? DASHBOARD_COLORS[r.color].rank : 0,
  }));
  return {
    rows,
    indicator,
    cds,
    highSchool: current.some((r) => r.hsCutPoints === true),
    suspensionTable: current.find((r) => r.suspensionType)?.suspensionType ?? '',
  };
}
