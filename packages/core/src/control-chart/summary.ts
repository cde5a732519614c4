import { formatList, formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { MESSAGES } from '../i18n/messages.js';
import { CONTROL_MESSAGES } from './messages.js';
import { formatValue, formatX, partName } from './text.js';
import type { ControlChartModel, ControlFacetModel, ControlSignal } from './types.js';

/** At most this many signals are told in words; the table lists them all. */
const MAX_IN_WORDS = 5;

function when(model: ControlChartModel, s: ControlSignal, lang: Lang): string {
  const pts = model.points;
  const a = formatX(model, pts[s.from]!.x, lang);
  const b = formatX(model, pts[s.to]!.x, lang);
  const span = s.from === s.to ? a : `${a}–${b}`;
  const change = [...model.changes].reverse().find((c) => c.index <= s.from);
  return change && s.direction !== null ? `${span}, ${CONTROL_MESSAGES[lang].since(change.label, formatX(model, change.x, lang))}` : span;
}

/** The signals in words: points outside grouped by side, runs and patterns each told. */
export function signalItems(model: ControlChartModel, lang: Lang): string[] {
  const m = CONTROL_MESSAGES[lang];
  const items: string[] = [];
  for (const up of [true, false]) {
    const out = model.signals.filter((s) => (s.rule === 'outside' || s.rule === 'nhs-outside') && (s.direction === 'up') === up);
    if (out.length) items.push(m.outsideItem(out.length, up, formatList(out.slice(0, 4).map((s) => formatX(model, model.points[s.from]!.x, lang)), lang) + (out.length > 4 ? '…' : '')));
  }
  for (const s of model.signals) {
    if (s.rule === 'longest-run') items.push(m.runItem(s.count, s.direction === 'up', model.parts[s.part]!.longestRunMax ?? 0, when(model, s, lang)));
    else if (s.rule === 'crossings') items.push(m.crossingsItem(s.count, model.parts[s.part]!.crossingsMin ?? 0));
    else if (s.rule !== 'outside' && s.rule !== 'nhs-outside') items.push(m.nhsItem(m.rule[s.rule], when(model, s, lang)));
  }
  return items;
}

function centreSentence(model: ControlChartModel, lang: Lang): string {
  const m = CONTROL_MESSAGES[lang];
  const parts = model.parts.filter((p) => p.cl !== null);
  if (parts.length === 0) return '';
  if (model.parts.length > 1) return m.centres(formatList(parts.map((p) => m.centreItem(formatValue(model, p.cl, lang), partName(p.index, lang))), lang));
  const last = model.points[model.parts[0]!.to]!;
  let text = m.centre(formatValue(model, parts[0]!.cl, lang));
  if (last.lcl !== null || last.ucl !== null) text += model.varying ? m.limitsVary : m.limits(formatValue(model, last.lcl, lang), formatValue(model, last.ucl, lang));
  return `${text}.`;
}

/**
 * The control chart in one paragraph (English or Spanish): which chart and rules, the centre
 * line and limits, the verdict (special or common cause, which way, and the NHS variation and
 * assurance), then what was left out. Every figure comes from the model.
 */
export function controlChartSummary(model: ControlChartModel, lang: Lang = 'en'): string {
  const m = CONTROL_MESSAGES[lang];
  if (model.points.length === model.missing && model.suppressed === 0) return MESSAGES[lang].empty;
  const o = model.options;
  const parts = [m.uses(m.chart[o.chart], o.method === 'nhs'), centreSentence(model, lang)];
  if (o.freeze !== null && !model.freezeIgnored) parts.push(m.frozen(Math.min(o.freeze, model.points.length)));
  if (model.freezeIgnored) parts.push(m.freezeIgnored);
  if (o.target !== null) parts.push(m.target(formatValue(model, o.target, lang)));
  const v = model.verdict;
  if (v.variation === 'special') {
    const items = signalItems(model, lang);
    const shown = items.slice(0, MAX_IN_WORDS).join('; ') + (items.length > MAX_IN_WORDS ? '…' : '');
    parts.push(m.special(v.lean ? `${shown} (${m.lean[v.lean]})` : shown));
  } else parts.push(v.variation === 'common' ? m.common : m.unjudged);
  if (v.nhs) parts.push(m.variationNow(m.nhsType[v.nhs]));
  if (v.assurance && o.target !== null) parts.push(m.assuranceNow(m.assurance[v.assurance], formatValue(model, o.target, lang)));
  const excluded = model.points.filter((p) => p.excluded).length;
  if (excluded) parts.push(m.excludedCount(excluded));
  if (model.suppressed) parts.push(m.suppressed(model.suppressed));
  if (model.missing - model.suppressed > 0) parts.push(m.missing(model.missing - model.suppressed));
  if (model.pooled) parts.push(m.pooled(model.pooled));
  if (o.multiply !== 1) parts.push(m.multiplied(formatNumber(o.multiply, lang, 4)));
  return parts.filter(Boolean).join(' ');
}

/** The signals in a few words for the small multiples' table: each rule with how many points. */
export function signalBrief(model: ControlChartModel, lang: Lang): string {
  const m = CONTROL_MESSAGES[lang];
  const counts = new Map<string, Set<number>>();
  for (const s of model.signals) {
    const name = m.rule[s.rule];
    const set = counts.get(name) ?? new Set<number>();
    for (let i = s.from; i <= s.to; i++) if (model.points[i]!.signals.length) set.add(i);
    counts.set(name, set);
  }
  return [...counts].map(([name, set]) => (name === m.rule.crossings ? name : m.brief(name, set.size))).join('; ');
}

/** A facet's verdict in a few words ("Special cause — pointing to deterioration"). */
export function facetVerdictText(model: ControlChartModel, tooFew: boolean, lang: Lang): string {
  const m = CONTROL_MESSAGES[lang];
  if (tooFew) return m.facetVerdict.unjudged;
  const v = model.verdict;
  if (v.nhs) return m.nhsType[v.nhs] + (v.assurance ? `; ${m.assurance[v.assurance]}` : '');
  const base = m.facetVerdict[v.variation];
  return v.variation === 'special' && v.lean ? `${base} — ${m.lean[v.lean]}` : base;
}

/** "3 of 28 schools show special-cause variation: A, B and C." and how many could not be judged. */
export function facetSummary(model: ControlFacetModel, lang: Lang = 'en'): string {
  const m = CONTROL_MESSAGES[lang];
  const special = model.facets.filter((f) => !f.tooFew && f.model.verdict.variation === 'special');
  const unit = model.options.facet ?? m.facetUnit;
  const names = special.slice(0, 8).map((f) => f.key);
  if (special.length > 8) names.push(m.more(special.length - 8));
  const list = formatList(names, lang);
  const plural = lang === 'en' ? (/s$/i.test(unit) ? unit : `${unit}s`) : unit.toLowerCase() === 'school' ? 'escuelas' : m.facetUnit;
  const parts = [m.facetSummary(special.length, model.facets.length, plural, list)];
  const unjudged = model.facets.filter((f) => f.tooFew).length;
  if (unjudged) parts.push(m.facetUnjudged(unjudged));
  const first = model.facets.find((f) => !f.tooFew);
  if (first) parts.push(m.uses(m.chart[model.options.chart], model.options.method === 'nhs'));
  return parts.join(' ');
}
