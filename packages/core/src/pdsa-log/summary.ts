import type { Lang } from '../i18n/lang.js';
import { pdsaGroupName } from './format.js';
import { PDSA_MESSAGES } from './messages.js';
import type { PdsaGroup, PdsaLogModel } from './types.js';

/** One change idea's cycles in a clause list: "3 cycles; adopted after the third at 4 schools; predictions met in 2 of 3". */
export function groupParts(group: PdsaGroup, lang: Lang): string[] {
  const m = PDSA_MESSAGES[lang];
  const parts = [m.cycles(group.cycles.length)];
  if (group.adoptedAfter !== null) parts.push(m.adoptedAfter(group.adoptedAfter, group.adoptedScale ? m.atScale(group.adoptedScale, group.adoptedSites) : '').trim());
  else parts.push(group.latestDecision ? m.latest(group.latestDecision) : m.notDecided);
  if (group.predictions.of > 0) parts.push(m.predictions(group.predictions.met, group.predictions.of));
  return parts;
}

/** The log in words: how many cycles, then each change idea's sentence. */
export function pdsaLogSummary(model: PdsaLogModel, lang: Lang): string {
  const m = PDSA_MESSAGES[lang];
  if (!model.cycleCount) return m.noCycles;
  if (model.groups.length === 1) {
    const g = model.groups[0]!;
    const sentence = m.groupSentence(null, groupParts(g, lang));
    return g.change === null && !g.changeText ? capitalise(sentence) : `${m.changeIdea(pdsaGroupName(g, lang))}. ${capitalise(sentence)}`;
  }
  const lead = m.lead(model.groups.length, model.cycleCount);
  return [lead, ...model.groups.map((g) => m.groupSentence(pdsaGroupName(g, lang), groupParts(g, lang)))].join(' ');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
