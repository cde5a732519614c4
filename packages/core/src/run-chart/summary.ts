import { formatList } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { MESSAGES } from '../i18n/messages.js';
import { RUN_CHART_MESSAGES } from './messages.js';
import { capitalize, formatValue, formatX, phaseName, verdictOf, whenText } from './text.js';
import type { RunChartChangeMark, RunChartModel, Signal } from './types.js';

/** At most this many signals are told in words; the rest are counted and left to the table. */
const MAX_SIGNALS_IN_WORDS = 6;

/** The change that began at, or just before, a signal's first point (the latest one), if any. */
export function changeBefore(model: RunChartModel, signal: Signal): RunChartChangeMark | null {
  let p = signal.from - 1;
  while (p >= 0 && model.points[p]!.y === null) p--;
  const lower = Math.max(p, 0);
  let found: RunChartChangeMark | null = null;
  for (const c of model.changes) if (c.index >= lower && c.index <= signal.from) found = c;
  return found;
}

function clause(model: RunChartModel, s: Signal, lang: Lang): string {
  const m = RUN_CHART_MESSAGES[lang];
  const phase = model.phases[s.phase]!;
  const up = s.direction === 'up';
  switch (s.rule) {
    case 'shift':
      return m.shift(s.count, up);
    case 'trend':
      return m.trend(s.count, up);
    case 'longest-run':
      return m.longestRun(s.count, up, phase.longestRunLimit ?? 0);
    case 'crossings':
      return m.crossings(s.count, phase.crossingsLimit ?? 0);
    case 'too-few-runs':
      return m.tooFewRuns(s.count, phase.runsLimits?.lower ?? 0);
    case 'too-many-runs':
      return m.tooManyRuns(s.count, phase.runsLimits?.upper ?? 0);
    case 'astronomical': {
      const limit = up ? phase.limits?.upper : phase.limits?.lower;
      return m.astronomical(formatValue(model, model.points[s.from]!.y, lang), up, formatValue(model, limit ?? null, lang));
    }
  }
}

/**
 * Astronomical points of one phase and side are told together ("4 values were below the lower
 * limit …, from January to April 2025"), so a sustained change does not fill the summary with
 * one sentence per point. Other signals are told one by one.
 */
export function groupSignals(signals: readonly Signal[]): Signal[][] {
  const groups: Signal[][] = [];
  for (const s of signals) {
    const last = groups.at(-1);
    const prev = last?.at(-1);
    if (s.rule === 'astronomical' && prev?.rule === 'astronomical' && prev.phase === s.phase && prev.direction === s.direction) last!.push(s);
    else groups.push([s]);
  }
  return groups;
}

function astronomicalGroupSentence(model: RunChartModel, group: Signal[], lang: Lang): string {
  const m = RUN_CHART_MESSAGES[lang];
  const first = group[0]!;
  const last = group.at(-1)!;
  const up = first.direction === 'up';
  const phase = model.phases[first.phase]!;
  const limit = formatValue(model, (up ? phase.limits?.upper : phase.limits?.lower) ?? null, lang);
  const pts = model.points;
  const prefix = m.fromTo(formatX(model, pts[first.from]!.x, lang), formatX(model, pts[last.to]!.x, lang));
  return m.sentence(capitalize(prefix + m.astronomicalMany(group.length, up, limit)), m.verdict[verdictOf(first)]);
}

/** One signal in words, tied to its dates and, when one began at or just before it, to a change. */
export function signalSentence(model: RunChartModel, s: Signal, lang: Lang): string {
  const m = RUN_CHART_MESSAGES[lang];
  let prefix = '';
  if (s.direction === null) {
    if (model.phases.length > 1) prefix = m.within(phaseName(model, s.phase, lang, true));
  } else {
    const change = changeBefore(model, s);
    const pts = model.points;
    if (change) prefix = m.since(change.label, whenText(model, change.x, lang));
    else if (s.from === s.to) prefix = m.at(whenText(model, pts[s.from]!.x, lang));
    else prefix = m.fromTo(formatX(model, pts[s.from]!.x, lang), formatX(model, pts[s.to]!.x, lang));
  }
  return m.sentence(capitalize(prefix + clause(model, s, lang)), m.verdict[verdictOf(s)]);
}

function mediansSentence(model: RunChartModel, lang: Lang): string[] {
  const m = RUN_CHART_MESSAGES[lang];
  const frozen = model.options.baseline;
  if (model.phases.length === 1) {
    const ph = model.phases[0]!;
    if (ph.median === null) return [];
    const v = formatValue(model, ph.median, lang);
    return [ph.baseline && ph.baseline.count < ph.count ? m.medianFrozen(v, ph.baseline.count) : m.median(v)];
  }
  const items = model.phases.map((ph) =>
    m.medianItem(ph.median === null ? m.noValues : formatValue(model, ph.median, lang), phaseName(model, ph.index, lang, true), formatX(model, model.points[ph.from]!.x, lang)),
  );
  const out = [m.medians(formatList(items, lang))];
  if (frozen !== null) out.push(m.baselineEach(frozen));
  return out;
}

/**
 * The run chart in one paragraph (English or Spanish): the rules used, each phase's median, the
 * goal, each signal in words tied to its dates and to the change that began at or just before
 * it, what the rules could not judge, and what was left out. Every figure comes from the model.
 */
export function runChartSummary(model: RunChartModel, lang: Lang = 'en'): string {
  const m = RUN_CHART_MESSAGES[lang];
  if (model.points.length === model.missing) return MESSAGES[lang].empty;
  const multi = model.phases.length > 1;
  const inPhase = (index: number, text: string) => (multi ? m.inPhase(phaseName(model, index, lang), text) : text);
  const parts = [m.rulesUsed[model.options.rules], ...mediansSentence(model, lang)];
  if (model.options.goal !== null) parts.push(m.goal(formatValue(model, model.options.goal, lang)));
  const groups = groupSignals(model.signals);
  for (const g of groups.slice(0, MAX_SIGNALS_IN_WORDS)) parts.push(g.length > 1 ? astronomicalGroupSentence(model, g, lang) : signalSentence(model, g[0]!, lang));
  const untold = groups.slice(MAX_SIGNALS_IN_WORDS).reduce((n, g) => n + g.length, 0);
  if (untold > 0) parts.push(m.moreSignals(untold));
  for (const ph of model.phases) {
    if (!ph.rulesApplied) parts.push(inPhase(ph.index, m.pointsNeeded(ph.pointsNeeded)));
    else if (ph.useful === 0) parts.push(inPhase(ph.index, m.allOnMedian));
    else if (model.options.rules === 'ihi' && ph.runsLimits === null) parts.push(inPhase(ph.index, m.runsNotApplied(ph.useful)));
  }
  const judged = model.phases.some((ph) => ph.rulesApplied && ph.useful > 0);
  if (judged && model.signals.length === 0) parts.push(m.noSignalFound);
  if (model.pooled) parts.push(m.pooled(model.pooled.rows, model.pooled.points, model.pooled.period, model.pooled.rule));
  if (model.excluded) parts.push(m.excluded(model.excluded));
  if (model.missing > 0) parts.push(m.missing(model.missing));
  if (model.sorted) parts.push(m.sorted);
  if (model.duplicates > 0) parts.push(m.duplicates(model.duplicates, model.xType === 'date'));
  const unmatched = model.unmatched.phases + model.unmatched.changes;
  if (unmatched > 0) parts.push(m.unmatched(unmatched));
  return parts.join(' ');
}
