import { DASHBOARD_INDICATORS, FILE_LEVEL_CODES } from '../gap-chart/facts.js';
import { DASHBOARD_COLORS } from '../theme/tokens.js';
import type { CountyIndicator } from '../county/types.js';
import type { EquityReportModel } from './types.js';

/** What `<outcome-gap-chart>` needs to draw one indicator of the report's entity: CDE-file-shaped rows and its attributes. */
export interface GapChartInput {
  /** Rows with a CDE Dashboard file's column names, so the chart keeps the published colours and levels. */
  rows: Record<string, string | number | null>[];
  indicator: CountyIndicator;
  cds: string;
  /** ELA/Math: the high-school cut points (`hscutpoints = Y`). */
  highSchool: boolean;
  /** Suspension: the cut-point table (`type`), or ''. */
  suspensionTable: string;
}

const levelCode = (list: readonly string[], level: string | null): number => (level === null ? 0 : list.indexOf(level) + 1);

/**
 * One indicator of the report's model as rows a gap chart reads as a CDE Dashboard file: each
 * shown group's published colour (0 = none), level codes (1 = worst, for the indicator's
 * direction), status, last year's status, change and n. Built from the model, so the chart holds
 * no group the report does not.
 */
export function gapChartInput(model: EquityReportModel, indicator: CountyIndicator): GapChartInput {
  const dir = DASHBOARD_INDICATORS[indicator].direction;
  const cds = model.entity.cds.padStart(14, '0');
  const school = model.entity.kind === 'school';
  const rows = model.groups.flatMap((g) => {
    const c = g.cells[indicator];
    if (!c) return [];
    return [
      {
        cds,
        rtype: school ? 'S' : 'D',
        schoolname: school ? model.entity.name : null,
        districtname: model.entity.name,
        reportingyear: model.year,
        studentgroup: g.code,
        currstatus: c.status,
        priorstatus: c.prior,
        change: c.change,
        currdenom: c.n,
        statuslevel: levelCode(FILE_LEVEL_CODES.status[dir], c.statusLevel),
        changelevel: levelCode(FILE_LEVEL_CODES.change[dir], c.changeLevel),
        color: c.color ? DASHBOARD_COLORS[c.color].rank : 0,
      },
    ];
  });
  const cuts = model.cutPoints[indicator];
  return { rows, indicator, cds, highSchool: cuts?.highSchool ?? false, suspensionTable: cuts?.suspensionTable ?? '' };
}
