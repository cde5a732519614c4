import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { PDSA_MESSAGES } from './messages.js';
import type { PdsaCycle, PdsaGroup } from './types.js';

/** A cycle's dates: "Sep 9, 2024 – Sep 27, 2024", one date, or "" when it has none. */
export function cycleDates(cycle: PdsaCycle, lang: Lang): string {
  const start = cycle.start ? formatDate(cycle.start, lang) : '';
  const end = cycle.end ? formatDate(cycle.end, lang) : '';
  return start && end ? `${start} – ${end}` : start || end;
}

/** A change idea's name for text: its text, else its id, else "Cycles not linked to a change idea". */
export function pdsaGroupName(group: PdsaGroup, lang: Lang): string {
  return group.changeText ?? group.change ?? PDSA_MESSAGES[lang].ungrouped;
}

/** A cycle's scale in words ("One school", "At 4 schools"), or "". */
export function scaleText(cycle: PdsaCycle, lang: Lang): string {
  const m = PDSA_MESSAGES[lang];
  if (!cycle.scale) return '';
  return cycle.sites !== null && cycle.sites > 1 ? capitalise(m.atScale(cycle.scale, cycle.sites)) : m.scale[cycle.scale];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
