import type { Lang } from '../i18n/lang.js';
import { groupName } from './cells.js';
import { daReasonTexts } from './da.js';
import { indicatorName, yearText } from './format.js';
import { COUNTY_MESSAGES } from './messages.js';
import type { EquityReportModel } from './types.js';

/**
 * One paragraph: who and which year, how many results are Red and Orange, where the Red results
 * gather, All Students' Red indicators, the DA verdict with the qualifying groups' reasons, and
 * how many small-group results are not shown.
 */
export function equityReportSummary(model: EquityReportModel, lang: Lang): string {
  const m = COUNTY_MESSAGES[lang];
  const year = yearText(model.year, lang);
  const parts = [m.lead(model.entity.name, year, model.groups.length, model.indicators.length)];
  const red = model.counts.reduce((s, c) => s + c.red, 0);
  const orange = model.counts.reduce((s, c) => s + c.orange, 0);
  if (model.groups.length) parts.push(m.redOrange(red, orange));
  const most = [...model.counts].sort((a, b) => b.red - a.red)[0];
  if (most && most.red > 1) parts.push(m.mostRed(indicatorName(most.indicator, lang), most.red));
  const allRed = model.counts.filter((c) => c.allStudents === 'red').map((c) => indicatorName(c.indicator, lang));
  if (allRed.length) parts.push(m.allStudentsRed(allRed));
  if (model.da) {
    if (model.da.eligible) {
      parts.push(`${m.eligible}: ${m.eligibleBecause(model.da.qualifyingGroups.map((g) => groupName(g)[lang]))}`);
      const reasons = daReasonTexts(model.da.reasons, model.da.qualifyingGroups, lang).filter((r) => r.qualifying);
      parts.push(...reasons.map((r) => `${r.text}.`));
    } else parts.push(`${m.notEligible}: ${m.notEligibleBecause}`);
  }
  if (model.suppressedCount) parts.push(m.suppressed(model.suppressedCount, model.suppressBelow));
  if (model.illustrative) parts.push(m.illustrative);
  return parts.join(' ');
}
