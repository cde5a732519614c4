import type { Lang, Localized } from '../i18n/lang.js';
import { DASHBOARD_INDICATORS, STUDENT_GROUPS } from './facts.js';
import { resolveGroup } from './groups.js';
import { colorMinimum, dashboardLevels } from './levels.js';
import { GAP_MESSAGES } from './messages.js';
import { normalizeGapOptions, type GapOptionsInput } from './options.js';
import { prepareRows, type ShownRow } from './rows.js';
import type { GapGroup, GapModel, GapOptions, GapReference, GapRow, GapTrend } from './types.js';

/** Removes floating-point noise (45.3 − 12.1 = 33.199999…) without losing real precision. */
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;
const localized = (f: (lang: Lang) => string): Localized => ({ en: f('en'), es: f('es') });

/** The colour, levels and colour provenance of one shown group. */
function colorOf(s: ShownRow, change: number | null, o: GapOptions) {
  const levels = dashboardLevels(o.indicator, s.row.value, change, s.n, { ...o, group: s.id.code });
  const computed = levels.color;
  const { statusLevel, changeLevel, safetyNet } = levels;
  const fileColor = s.row.color;
  if (fileColor === undefined) {
    return { statusLevel, changeLevel, safetyNet, color: computed, noColorReason: levels.reason, colorSource: computed ? ('cut-points' as const) : null, crossCheck: null };
  }
  const checkable = o.indicator !== 'custom' && DASHBOARD_INDICATORS[o.indicator].grid !== null && levels.reason !== 'no-cut-points';
  return {
    statusLevel,
    changeLevel,
    safetyNet,
    color: fileColor,
    noColorReason: fileColor ? null : (levels.reason ?? 'not-colored-in-file'),
    colorSource: fileColor ? ('file' as const) : null,
    crossCheck: checkable ? (fileColor === computed ? ('agrees' as const) : ('differs' as const)) : null,
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

function trendOf(gap: number | null, gapPrior: number | null, steadyWithin: number): GapTrend | null {
  if (gap === null || gapPrior === null) return null;
  const moved = tidy(Math.abs(gap) - Math.abs(gapPrior));
  return Math.abs(moved) <= steadyWithin ? 'steady' : moved < 0 ? 'closing' : 'widening';
}

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
  const { shown, suppressedCount, year, entity } = prepareRows(rows, o);
  const { ref, row: refRow } = findReference(shown, o);
  const groups = shown.map((s): GapGroup => {
    const value = s.row.value;
    const given = s.row.change;
    const change = given !== undefined && given !== null ? given : value !== null && s.prior !== null ? tidy(value - s.prior) : null;
    const isReference = refRow === s;
    const gap = value !== null && ref.value !== null ? tidy(value - ref.value) : null;
    const gapPrior = s.prior !== null && ref.prior !== null ? tidy(s.prior - ref.prior) : null;
    const behind = gap === null ? null : tidy(o.direction === 'higher' ? -gap : gap);
    const trend = isReference ? null : trendOf(gap, gapPrior, o.steadyWithin);
    return { code: s.id.code, name: s.id.name, known: s.id.known, value, prior: s.prior, change, n: s.n, colorMinimum: colorMinimum(s.id.code, o), ...colorOf(s, change, o), isReference, gap, gapPrior, behind, trend };
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
    suppressBelow: o.suppressBelow,
    minColorN: o.minColorN,
    sort: o.sort,
  };
}
