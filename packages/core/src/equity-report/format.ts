import { formatNumber, formatPercent, formatSigned } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { DASHBOARD_INDICATORS } from '../gap-chart/facts.js';
import { GAP_MESSAGES } from '../gap-chart/messages.js';
import { DASHBOARD_COLORS, NO_COLOR } from '../theme/tokens.js';
import type { CountyIndicator } from '../county/types.js';
import { COUNTY_MESSAGES } from './messages.js';
import type { ResultCell } from './types.js';

/** An indicator's name ("Chronic Absenteeism", "Ausentismo crónico"). */
export const indicatorName = (indicator: CountyIndicator, lang: Lang): string => DASHBOARD_INDICATORS[indicator].name[lang];

/** A Dashboard year as people read it: `2017f` → "Fall 2017", `2024` → "2024". */
export const yearText = (year: string | null, lang: Lang): string => (year === null ? '' : COUNTY_MESSAGES[lang].yearLabel(year));

/** The colour's name, or "No color". */
export function colorName(cell: ResultCell, lang: Lang): string {
  return cell.color ? DASHBOARD_COLORS[cell.color].name[lang] : NO_COLOR.name[lang];
}

/** The levels in words: "Very Low · Declined" (either may be missing). */
export function levelsText(cell: ResultCell, lang: Lang): string {
  const m = GAP_MESSAGES[lang];
  return [cell.statusLevel ? m.statusLevel[cell.statusLevel] : null, cell.changeLevel ? m.changeLevel[cell.changeLevel] : null].filter(Boolean).join(' · ');
}

/** Why there is no colour, in words ("fewer than 30 students"), or ''. */
export function reasonText(cell: ResultCell, lang: Lang): string {
  return cell.noColorReason ? GAP_MESSAGES[lang].reason(cell.noColorReason, cell.colorMinimum) : '';
}

/** The cell's headline: "Red · Very Low · Declined", or "No color (fewer than 30 students)". */
export function cellLabel(cell: ResultCell, lang: Lang): string {
  const levels = levelsText(cell, lang);
  if (cell.color) return [colorName(cell, lang), levels].filter(Boolean).join(' · ');
  const why = reasonText(cell, lang);
  return [why ? `${NO_COLOR.name[lang]} (${why})` : NO_COLOR.name[lang], levels].filter(Boolean).join(' · ');
}

/** A status in its unit, compact for a cell: "−45.2 points", "24.1%". */
export function statusText(cell: ResultCell, lang: Lang): string {
  if (cell.status === null) return '—';
  if (cell.unit === 'percent') return formatPercent(cell.status, lang);
  return `${formatSigned(cell.status, lang)} ${GAP_MESSAGES[lang].gapUnit[cell.unit]}`;
}

/** A change in its unit: "+3.1 points", "−2.0 percentage points"; "—" without a prior year. */
export function changeText(cell: ResultCell, lang: Lang): string {
  if (cell.change === null) return '—';
  return `${formatSigned(cell.change, lang)} ${GAP_MESSAGES[lang].gapUnit[cell.unit]}`;
}

/** The numbers in one line: "24.1%, change −2.0 percentage points". */
export function numbersText(cell: ResultCell, lang: Lang): string {
  const m = COUNTY_MESSAGES[lang];
  const parts = [statusText(cell, lang)];
  if (cell.change !== null) parts.push(`${m.change.toLowerCase()} ${changeText(cell, lang)}`);
  return parts.join(', ');
}

/** The numbers, short, for a cell on screen: "27.7% (+1.6)", "−18.1 points (+7.3)"; the column names the indicator, the table's data view has the words. */
export function compactNumbersText(cell: ResultCell, lang: Lang): string {
  const status = statusText(cell, lang);
  return cell.change === null ? status : `${status} (${formatSigned(cell.change, lang)})`;
}

/** Everything a cell says, as one line of text (tables, CSV): "Red · Very Low · Declined; 24.1%, change +2.0 percentage points; 310 students". */
export function cellText(cell: ResultCell | undefined, lang: Lang): string {
  if (!cell) return '—';
  const n = cell.n === null ? null : COUNTY_MESSAGES[lang].students(formatNumber(cell.n, lang, 0));
  return [cellLabel(cell, lang), numbersText(cell, lang), n].filter(Boolean).join('; ');
}
