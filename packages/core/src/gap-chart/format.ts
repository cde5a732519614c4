import { formatNumber, formatPercent, formatSigned } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { DASHBOARD_COLORS, NO_COLOR } from '../theme/tokens.js';
import type { IndicatorUnit } from './facts.js';
import { GAP_MESSAGES } from './messages.js';
import type { GapGroup } from './types.js';

/** A value in its unit: "−12.3 points from standard", "10.5%", "45 points". */
export function formatGapValue(value: number | null, unit: IndicatorUnit, lang: Lang): string {
  if (value === null) return '—';
  const m = GAP_MESSAGES[lang];
  if (unit === 'percent') return formatPercent(value, lang);
  return `${unit === 'dfs' ? formatSigned(value, lang) : formatNumber(value, lang)} ${m.unit[unit]}`;
}

/** A signed difference in its unit: "−12.3 points", "+4.1 percentage points". */
export function formatGap(gap: number | null, unit: IndicatorUnit, lang: Lang): string {
  if (gap === null) return '—';
  return `${formatSigned(gap, lang)} ${GAP_MESSAGES[lang].gapUnit[unit]}`;
}

/** A plain number for a table cell ("—" when missing). */
export function cell(value: number | null, lang: Lang, signed = false, digits = 1): string {
  if (value === null) return '—';
  return signed ? formatSigned(value, lang, digits) : formatNumber(value, lang, digits);
}

/** Why a group has no colour, in words ("fewer than 30 students"). */
export function reasonText(group: GapGroup, lang: Lang): string {
  return group.noColorReason ? GAP_MESSAGES[lang].reason(group.noColorReason, group.colorMinimum) : '';
}

/** The colour's name, or "No color (fewer than 30 students)". */
export function colorText(group: GapGroup, lang: Lang): string {
  if (group.color) return DASHBOARD_COLORS[group.color].name[lang];
  const why = reasonText(group, lang);
  return why ? `${NO_COLOR.name[lang]} (${why})` : NO_COLOR.name[lang];
}
