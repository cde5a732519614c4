/**
 * DuckDB's typed rows → the long table's records (DashboardRecord), by the same rules as core's
 * reader (`createDashboardReader`): the file's colour wins (colorSource 'file'); without one the
 * levels and colour come from `dashboardLevels` with the record's year-aware options; the file's
 * level codes read with `levelFromFileCode`; group names spelled out read as their codes.
 */
import {
  DASHBOARD_COLOR_ORDER,
  DASHBOARD_INDICATORS,
  dashboardLevels,
  levelFromFileCode,
  levelOptions,
  resolveGroup,
  type CountyIndicator,
  type DashboardRecord,
  type RecordType,
} from '@outcome-kit/core';
import type { StreamRow } from './duck.js';

const groupCodes = new Map<string, string>();
/** A group's CDE code (cached: a statewide publish meets the same twenty names millions of times). */
function groupCode(raw: string): string {
  let code = groupCodes.get(raw);
  if (code === undefined) {
    code = resolveGroup(raw).code;
    groupCodes.set(raw, code);
  }
  return code;
}

const num = (v: string | undefined): number | null => (v === undefined || v === '' ? null : Number(v));
const text = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);

/**
 * One streamed row (columns in STREAM_COLUMNS order) as a record. "*" (CDE's privacy mark) keeps the
 * row with no n and no status, as core's reader does; the privacy cut removes it. `illustrative`
 * adds "(illustrative)" to the names.
 */
export function toRecord(row: StreamRow, illustrative = false): DashboardRecord {
  const [cds, rtype, name, countyname, districtname, ind, yr, grp, n, pn, st, ch, sl, cl, col, star, hs, stype, charter, coe, dass] = row;
  const indicator = ind as CountyIndicator;
  const direction = DASHBOARD_INDICATORS[indicator].direction;
  const starred = star === 'true';
  const rec: DashboardRecord = {
    cds: cds!,
    rtype: rtype as RecordType,
    name: `${text(name) ?? (rtype === 'X' ? 'California' : cds!)}${illustrative ? ' (illustrative)' : ''}`,
    indicator,
    year: yr!,
    group: groupCode(grp!),
    n: starred ? null : num(n),
    priorN: num(pn),
    status: starred ? null : num(st),
    change: starred ? null : num(ch),
    statusLevel: starred ? null : levelFromFileCode('status', num(sl), direction),
    changeLevel: starred ? null : levelFromFileCode('change', num(cl), direction),
    color: null,
    colorSource: 'none',
  };
  if (rtype === 'S' && districtname) rec.districtName = `${districtname}${illustrative ? ' (illustrative)' : ''}`;
  if (countyname) rec.countyName = `${countyname}${illustrative ? ' (illustrative)' : ''}`;
  if (dass === 'true') rec.dass = true;
  if (coe === 'true') rec.coe = true;
  if (charter === 'true') rec.charter = true;
  if (hs === 'true') rec.hsCutPoints = true;
  if (indicator === 'susp' && stype) rec.suspensionType = stype;
  if (!starred) {
    const code = num(col);
    if (code !== null) {
      rec.color = code === 0 ? null : DASHBOARD_COLOR_ORDER[code - 1]!;
      rec.colorSource = 'file';
    } else {
      const levels = dashboardLevels(indicator, rec.status, rec.change, rec.n, levelOptions(rec));
      if (!sl) rec.statusLevel = levels.statusLevel;
      if (!cl) rec.changeLevel = levels.changeLevel;
      if (levels.color) {
        rec.color = levels.color;
        rec.colorSource = 'computed';
      }
    }
  }
  return rec;
}
