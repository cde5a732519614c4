import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { formatGapValue, reasonText } from './format.js';
import { GAP_MESSAGES } from './messages.js';
import type { GapModel } from './types.js';

/** How many of the groups furthest behind the summary names. */
export const SUMMARY_BEHIND_COUNT = 3;

/**
 * One paragraph: the indicator, which way is better, the groups furthest behind the reference and
 * whether their gaps are closing, which groups have no colour and why, how many were suppressed.
 */
export function gapSummary(model: GapModel, lang: Lang): string {
  const m = GAP_MESSAGES[lang];
  const parts = [m.lead(model.indicatorName[lang], model.entity, model.year), `${m.direction[model.direction]}.`];
  const ref = model.reference;
  if (!model.groups.length) parts.push(m.noGroups);
  else if (ref.value === null) parts.push(m.noReference(ref.name[lang]));
  else {
    const behind = model.groups
      .filter((g) => !g.isReference && g.behind !== null && g.behind > 0)
      .sort((a, b) => b.behind! - a.behind!)
      .slice(0, SUMMARY_BEHIND_COUNT);
    const items = behind.map((g) => m.behindItem(g.name[lang], formatNumber(g.behind!, lang), m.gapUnit[model.unit], g.trend ? m.trend[g.trend] : null));
    const refValue = formatGapValue(ref.value, model.unit, lang);
    parts.push(items.length ? m.behind(ref.name[lang], refValue, items) : m.noneBehind(ref.name[lang], refValue));
  }
  if (model.indicator !== 'custom') {
    const none = model.groups.filter((g) => g.color === null).map((g) => `${g.name[lang]} (${reasonText(g, lang)})`);
    if (none.length) parts.push(m.noColorList(none));
  }
  if (model.suppressedCount > 0) parts.push(m.suppressed(model.suppressedCount, model.suppressBelow));
  if (model.complementaryCount > 0) parts.push(m.complementary(model.complementaryCount));
  return parts.join(' ');
}
