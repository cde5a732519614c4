import type { Lang } from '../i18n/lang.js';
import { COUNTY_DATA_MESSAGES, daAreaText, studentGroupName } from '../county/messages.js';
import type { DaReason } from '../county/types.js';
import { orderGroups } from './cells.js';

/** One group's reasons in words, with whether they make the LEA eligible. */
export interface DaReasonText {
  group: string;
  text: string;
  qualifying: boolean;
}

/**
 * The DA reasons in words, one sentence per student group, in the CDE group order, each area as
 * core's DA wording gives it: "Students with Disabilities: ELA and Math Red (priority 4) and
 * chronic absenteeism Red (priority 5)". Qualifying groups (two or more areas) come first.
 */
export function daReasonTexts(reasons: readonly DaReason[], qualifying: readonly string[], lang: Lang): DaReasonText[] {
  const m = COUNTY_DATA_MESSAGES[lang];
  const texts = orderGroups(reasons.map((r) => r.group)).map((group) => {
    const areas = reasons.filter((r) => r.group === group).sort((a, b) => a.area - b.area);
    return { group, text: m.reason(studentGroupName(group, lang), areas.map((r) => daAreaText(r, lang))), qualifying: qualifying.includes(group) };
  });
  return [...texts.filter((t) => t.qualifying), ...texts.filter((t) => !t.qualifying)];
}
