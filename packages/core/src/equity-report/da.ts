import type { Lang } from '../i18n/lang.js';
import { GAP_MESSAGES } from '../gap-chart/messages.js';
import { DASHBOARD_COLORS } from '../theme/tokens.js';
import type { DaReason } from '../county/types.js';
import { groupName, orderGroups } from './cells.js';
import { indicatorName } from './format.js';
import { COUNTY_MESSAGES } from './messages.js';

/** One group's reasons in words, with whether they make the LEA eligible. */
export interface DaReasonText {
  group: string;
  text: string;
  qualifying: boolean;
}

/** An indicator of a reason in words: "English Language Arts Red", or its status level when the year used levels (2022: "Chronic Absenteeism Very High"). */
function indicatorText(i: DaReason['indicators'][number], lang: Lang): string {
  const level = i.color ? DASHBOARD_COLORS[i.color].name[lang] : i.statusLevel ? GAP_MESSAGES[lang].statusLevel[i.statusLevel] : '';
  return level ? COUNTY_MESSAGES[lang].indicatorIs(indicatorName(i.indicator, lang), level) : indicatorName(i.indicator, lang);
}

/**
 * The DA reasons in words, one sentence per student group, in the CDE group order:
 * "Students with Disabilities: English Language Arts Red and Mathematics Red (priority 4) and
 * Chronic Absenteeism Red (priority 5)". Qualifying groups (two or more areas) come first.
 */
export function daReasonTexts(reasons: readonly DaReason[], qualifying: readonly string[], lang: Lang): DaReasonText[] {
  const m = COUNTY_MESSAGES[lang];
  const texts = orderGroups(reasons.map((r) => r.group)).map((group) => {
    const parts = reasons
      .filter((r) => r.group === group)
      .sort((a, b) => a.area - b.area)
      .map((r) => m.reasonPart(r.indicators.map((i) => indicatorText(i, lang)), m.area(r.area)));
    return { group, text: m.reason(groupName(group)[lang], parts), qualifying: qualifying.includes(group) };
  });
  return [...texts.filter((t) => t.qualifying), ...texts.filter((t) => !t.qualifying)];
}
