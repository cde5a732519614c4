import type { Lang } from '../i18n/lang.js';
import { indicatorName, yearText } from '../equity-report/format.js';
import { COUNTY_MESSAGES } from '../equity-report/messages.js';
import { COUNTY_GRID_MESSAGES } from './messages.js';
import type { CountyGridModel } from './types.js';

/** Capitalises the first letter (list items joined into a sentence). */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One paragraph: how many rows, which are eligible for DA, how many are Red on each indicator, and what is not shown. */
export function countyGridSummary(model: CountyGridModel, lang: Lang): string {
  const m = COUNTY_GRID_MESSAGES[lang];
  const parts = [m.lead(model.entity.name, yearText(model.year, lang), model.rows.length, model.childKind, model.groupName[lang], model.indicators.length)];
  if (model.hasDa) {
    const eligible = model.rows.filter((r) => r.da?.eligible);
    parts.push(m.eligibleCount(eligible.length, eligible.map((r) => r.name)));
  }
  const reds = model.indicators
    .map((i) => ({ i, n: model.rows.filter((r) => r.cells[i]?.color === 'red').length }))
    .filter((x) => x.n > 0)
    .map((x) => m.redCount(indicatorName(x.i, lang), x.n));
  if (model.rows.length) parts.push(reds.length ? sentence(m.redList(reds)) : m.noRed);
  if (model.suppressedCount) parts.push(m.suppressed(model.suppressedCount, model.suppressBelow));
  if (model.illustrative) parts.push(COUNTY_MESSAGES[lang].illustrative);
  return parts.join(' ');
}
