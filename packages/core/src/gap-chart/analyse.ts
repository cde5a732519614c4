import type { Lang, Localized } from '../i18n/lang.js';
import { DASHBOARD_INDICATORS, STUDENT_GROUPS } from './facts.js';
import { resolveGroup } from './groups.js';
import { levelContext } from './dashboard-context.js';
import { crossCheckDetail } from './dashboard-crosscheck.js';
import { collapseChange, cutPointsFor, dashboardLevels, gridColor, levelFromFileCode, type LevelOptions } from './levels.js';
import { OutcomeError } from '../errors.js';
import { GAP_MESSAGES, gapProblem } from './messages.js';
import { normalizeGapOptions, type GapOptionsInput } from './options.js';
import { prepareRows, type ShownRow } from './rows.js';
import type { GapGroup, GapModel, GapOptions, GapReference, GapRow, GapTrend } from './types.js';

/** Removes floating-point noise (45.3 − 12.1 = 33.199999…) without losing real precision. */
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;
const localized = (f: (lang: Lang) => string): Localized => ({ en: f('en'), es: f('es') });

/**
 * The levels, colour and their provenance for one shown group. A CDE file's colour always wins
 * (0 = no colour), as the reference says ("prefer the file's color over recomputing"); a file's
 * level codes 1–5 win over the cut points; the recomputed values serve only for `crossCheck`.
 */
function colorOf(s: ShownRow, change: number | null, o: GapOptions) {
  // The rules of the file's year and entity (rtype, DASS, COE, its flags, last year's n); plain
  // rows: the `dashboardYear` option (default the latest) at the `entityType` level (default LEA:
  // Foster Youth, Homeless, LTEL need 15).
  const levelOpts: LevelOptions = { ...o, group: s.id.code, year: o.dashboardYear, entityType: o.entityType, ...levelContext(s.row.dashboard, s.row.priorN ?? s.priorN) };
  const levels = dashboardLevels(o.indicator, s.row.value, change, s.n, levelOpts);
  const dashboard = o.indicator !== 'custom';
  const fileStatus = dashboard ? levelFromFileCode('status', s.row.fileLevels?.status, o.direction) : null;
  const fileChange = dashboard ? levelFromFileCode('change', s.row.fileLevels?.change, o.direction) : null;
  const statusLevel = fileStatus ?? levels.statusLevel;
  const changeLevel = fileChange ?? levels.changeLevel;
  const levelSource = fileStatus || fileChange ? ('file' as const) : statusLevel || changeLevel ? ('cut-points' as const) : null;
  const safetyNet = levels.safetyNet;
  const fileColor = s.row.color;
  if (fileColor === undefined) {
    // No colour in the file: the grid colours the levels shown (the file's, when it gave them,
    // even where Outcome Kit has no cut points), once the size and prior-year rules are met.
    const usable = levels.reason === null || (levels.reason === 'no-cut-points' && fileStatus !== null && fileChange !== null);
    // The colour's change column: collapsed under the safety net (graduation 2023+ files keep DS/IS in the level).
    const colorChange = fileChange ? (safetyNet ? collapseChange(fileChange) : fileChange) : levels.colorChangeLevel;
    const color = usable ? gridColor(o.indicator, statusLevel, colorChange, levelOpts) : null;
    const noColorReason = color ? null : (levels.reason ?? 'no-cut-points');
    return { statusLevel, changeLevel, safetyNet, levelSource, color, noColorReason, colorSource: color ? ('cut-points' as const) : null, crossCheck: null, crossCheckDetail: null, colorMinimum: levels.minimum };
  }
  const checkable = dashboard && levels.year !== null && cutPointsFor(o.indicator, levelOpts) !== null && DASHBOARD_INDICATORS[o.indicator].grid !== null;
  // Where the file and the rules differ, the model says what the rules gave and why; the file's colour wins.
  const detail = checkable ? crossCheckDetail({ color: fileColor, statusLevel: fileStatus, changeLevel: fileChange }, levels) : null;
  const agrees = detail === null;
  return {
    crossCheckDetail: detail,
    colorMinimum: levels.minimum,
    statusLevel,
    changeLevel,
    safetyNet,
    levelSource,
    color: fileColor,
    noColorReason: fileColor ? null : (levels.reason ?? 'not-colored-in-file'),
    colorSource: fileColor ? ('file' as const) : null,
    crossCheck: checkable ? (agrees ? ('agrees' as const) : ('differs' as const)) : null,
  };
}

/**
 * The reference, taken only from shown groups (suppressed ones are already gone). `highest` is the
 * best-performing shown group other than All Students: the highest value when higher is better,
 * the lowest when lower is better.
 */
function findReference(shown: readonly ShownRow[], o: GapOptions): { ref: GapReference; row: ShownRow | null } {
  const choice = o.reference;
  if (choice.kind === 'state') {
    return { ref: { kind: 'state', code: null, name: localized((l) => GAP_MESSAGES[l].state), value: choice.value, prior: choice.prior }, row: null };
  }
  let row: ShownRow | null = null;
  if (choice.kind === 'highest') {
    const sign = o.direction === 'higher' ? 1 : -1;
    for (const s of shown) {
      if (s.id.code === 'ALL' || s.row.value === null) continue;
      if (!row || sign * (s.row.value - row.row.value!) > 0) row = s;
    }
  } else {
    const code = choice.kind === 'all' ? 'ALL' : choice.group;
    row = shown.find((s) => s.id.code === code) ?? null;
  }
  const name =
    choice.kind === 'highest'
      ? localized((l) => GAP_MESSAGES[l].highest(row ? row.id.name[l] : null))
      : choice.kind === 'all'
        ? STUDENT_GROUPS.ALL!.name
        : resolveGroup(choice.group).name;
  const code = row?.id.code ?? (choice.kind === 'group' ? choice.group : choice.kind === 'all' ? 'ALL' : null);
  return { ref: { kind: choice.kind, code, name, value: row?.row.value ?? null, prior: row?.prior ?? null }, row };
}

/**
 * Closing, widening or steady, from how far behind the group is now and last year (in the better
 * direction): steady when that moved by no more than `steadyWithin`; a group behind now closes or
 * widens as `behind` shrinks or grows; a group that overtook the reference closed its gap; a group
 * ahead both years widens as it pulls further ahead.
 */
function trendOf(behind: number | null, behindPrior: number | null, steadyWithin: number): GapTrend | null {
  if (behind === null || behindPrior === null) return null;
  if (Math.abs(tidy(behind - behindPrior)) <= steadyWithin) return 'steady';
  if (behind > 0) return behind > behindPrior ? 'widening' : 'closing';
  if (behindPrior > 0) return 'closing';
  return Math.abs(behind) > Math.abs(behindPrior) ? 'widening' : 'closing';
}

/** A gap turned into "how far behind": the sign flips when higher is better. */
const behindOf = (gap: number | null, o: GapOptions): number | null => (gap === null ? null : tidy(o.direction === 'higher' ? -gap : gap) || 0);

const GROUP_ORDER = Object.keys(STUDENT_GROUPS);

function sortGroups(groups: GapGroup[], o: GapOptions): GapGroup[] {
  const last = (x: number | null) => (x === null ? -Infinity : x);
  const by = {
    gap: (a: GapGroup, b: GapGroup) => last(b.behind) - last(a.behind),
    value: (a: GapGroup, b: GapGroup) => last(b.value) - last(a.value),
    group: (a: GapGroup, b: GapGroup) => (a.known ? GROUP_ORDER.indexOf(a.code) : 999) - (b.known ? GROUP_ORDER.indexOf(b.code) : 999),
    none: () => 0,
  }[o.sort];
  return groups.map((g, i) => [g, i] as const).sort((a, b) => by(a[0], b[0]) || a[1] - b[1]).map(([g]) => g);
}

/**
 * Student-group gaps against a reference, with Dashboard levels and colours, over plain rows (no
 * arquero, so it runs under a strict CSP). Groups with n ≤ `suppressBelow` are removed before
 * anything else reads them: the model holds only their count.
 */
export function analyzeGaps(rows: readonly GapRow[], options: GapOptionsInput | GapOptions = {}): GapModel {
  const o = normalizeGapOptions(options as GapOptionsInput);
  const { shown, suppressedCount, complementaryCount, otherYearRows, otherEntityRows, year, entity } = prepareRows(rows, o);
  // A reference group must be one of the groups shown. Whether it is absent or hidden (too small,
  // or hidden with one) gets the same message, which quotes nothing: the refusal must not tell
  // whether such a group exists.
  const choice = o.reference;
  if (choice.kind === 'group' && shown.length > 0 && !shown.some((s) => s.id.code === choice.group)) {
    throw new OutcomeError(
      gapProblem('bad-option', (m) => m.referenceNotShown(o.suppressBelow, shown.map((s) => s.id.code)), { field: 'reference' }),
    );
  }
  const { ref, row: refRow } = findReference(shown, o);
  const groups = shown.map((s): GapGroup => {
    const value = s.row.value;
    const given = s.row.change;
    const change = given !== undefined && given !== null ? given : value !== null && s.prior !== null ? tidy(value - s.prior) : null;
    const isReference = refRow === s;
    const gap = value !== null && ref.value !== null ? tidy(value - ref.value) : null;
    const gapPrior = s.prior !== null && ref.prior !== null ? tidy(s.prior - ref.prior) : null;
    const behind = behindOf(gap, o);
    const behindPrior = behindOf(gapPrior, o);
    const trend = isReference ? null : trendOf(behind, behindPrior, o.steadyWithin);
    return { code: s.id.code, name: s.id.name, known: s.id.known, value, prior: s.prior, change, n: s.n, ...colorOf(s, change, o), isReference, gap, gapPrior, behind, behindPrior, trend };
  });
  return {
    indicator: o.indicator,
    indicatorName: DASHBOARD_INDICATORS[o.indicator].name,
    unit: o.unit,
    direction: o.direction,
    year,
    entity,
    reference: ref,
    groups: sortGroups(groups, o),
    suppressedCount,
    complementaryCount,
    otherYearRows,
    otherEntityRows,
    suppressBelow: o.suppressBelow,
    minColorN: o.minColorN,
    sort: o.sort,
  };
}
