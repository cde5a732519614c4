import { formatList } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { GOOD } from './analyse.js';
import { linkById } from './format.js';
import { THEORY_OF_ACTION_MESSAGES } from './messages.js';
import { type LinkStatus, type MeasureVerdict, type StageKey, type TheoryOfActionModel } from './types.js';

/** The order statuses are counted in, best first. */
const COUNT_ORDER: readonly LinkStatus[] = ['achieved', 'on-track', 'in-progress', 'off-track', 'not-started'];
const VERDICT_ORDER: readonly MeasureVerdict[] = ['improving', 'worsening', 'signal', 'no-signal', 'too-few', 'no-data'];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The sentence naming where the chain breaks, or null when it does not. */
export function chainBreakSentence(model: TheoryOfActionModel, lang: Lang): string | null {
  const b = model.chainBreak;
  if (!b) return null;
  const m = THEORY_OF_ACTION_MESSAGES[lang];
  const link = linkById(model, b.link)!;
  const several = (stage: StageKey) => (model.stages.find((s) => s.key === stage)?.links.length ?? 0) > 1;
  const before = m.onTrack(capitalize(m.stageInText[b.after]), m.stagePlural[b.after]);
  const labelled = several(b.stage);
  const where = labelled ? m.whereWithLabel(m.stageInText[b.stage], link.label) : m.stageInText[b.stage];
  const plural = !labelled && m.stagePlural[b.stage];
  const reach = m.reach[b.stage];
  if (b.status === 'off-track') return m.breakOffTrack(before, where, plural, reach);
  return link.derived && b.unmeasured ? m.breakUnmeasured(before, where, plural, reach) : m.breakNotStarted(before, where, plural, reach);
}

/**
 * One paragraph: how many links in how many stages and their statuses; where the chain breaks
 * (or that it holds, or that no break shows yet); other links off track; the interim measures'
 * run-chart verdicts; and how many statuses were derived from the measures.
 */
export function theoryOfActionSummary(model: TheoryOfActionModel, lang: Lang): string {
  const m = THEORY_OF_ACTION_MESSAGES[lang];
  if (!model.links.length) return m.noLinks;
  const counts = COUNT_ORDER.filter((s) => model.counts[s] > 0).map((s) => m.countItem[s](model.counts[s]));
  const parts = [m.lead(model.links.length, model.stages.length, formatList(counts, lang))];
  const brk = chainBreakSentence(model, lang);
  if (brk) parts.push(brk);
  else if (model.links.every((l) => GOOD.has(l.status))) {
    parts.push(m.allGood(m.stageInText[model.stages[0]!.key], m.stageInText[model.stages[model.stages.length - 1]!.key]));
  } else parts.push(m.noBreak);
  const off = model.links.filter((l) => l.status === 'off-track' && l.id !== model.chainBreak?.link).map((l) => l.label);
  if (off.length) parts.push(m.offList(off, model.chainBreak?.status === 'off-track'));
  const measures = model.links.flatMap((l) => l.measures);
  if (!measures.length) parts.push(m.noMeasuresAtAll);
  else {
    const items = VERDICT_ORDER.map((v) => [v, measures.filter((x) => x.verdict === v).length] as const)
      .filter(([, n]) => n > 0)
      .map(([v, n]) => m.verdictCount[v](n));
    parts.push(m.measureCounts(measures.length, items));
  }
  const derived = model.links.filter((l) => l.derived && l.measures.length > 0).length;
  if (derived) parts.push(m.derivedCount(derived, m.rulesName[model.options.rules]));
  return parts.join(' ');
}
