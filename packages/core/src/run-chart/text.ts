/**
 * How the run chart writes its values, x labels, phases and rule names: shared by the summary,
 * the table and the spec so that every view says the same thing.
 */
import { formatDate, formatList, formatNumber, formatPercent } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { RUN_CHART_MESSAGES } from './messages.js';
import { RULE_ORDER } from './rules.js';
import type { RunChartModel, Signal, XValue } from './types.js';

/** A measure value in the model's format ("85.5%", "12.25"); up to 2 decimals. */
export function formatValue(model: RunChartModel, value: number | null, lang: Lang): string {
  if (value === null) return RUN_CHART_MESSAGES[lang].missingValue;
  return model.options.yFormat === 'percent' ? formatPercent(value, lang, 2) : formatNumber(value, lang, 2);
}

/** A school year as people in California write it: 1 July 2023 → "2023–24". */
export function schoolYearText(date: Date): string {
  const start = date.getUTCFullYear();
  return `${start}–${String((start + 1) % 100).padStart(2, '0')}`;
}

/** An x value as people read it: dates at the model's precision, numbers formatted, labels as given. */
export function formatX(model: RunChartModel, x: XValue, lang: Lang): string {
  if (x instanceof Date) return model.datePrecision === 'schoolYear' ? schoolYearText(x) : formatDate(x, lang, model.datePrecision ?? 'day');
  if (typeof x === 'number') return formatNumber(x, lang, 2);
  return x;
}

/** "in March 2024", "on Mar 4, 2024", "at 12" (and the Spanish equivalents). */
export function whenText(model: RunChartModel, x: XValue, lang: Lang): string {
  const precision = model.datePrecision ?? 'day';
  const kind = x instanceof Date ? (precision === 'schoolYear' ? 'year' : precision) : 'other';
  return RUN_CHART_MESSAGES[lang].when(formatX(model, x, lang), kind);
}

/** A phase's name: its label from the data, or "Phase 2" / "Fase 2". */
export function phaseName(model: RunChartModel, index: number, lang: Lang, inText = false): string {
  const label = model.phases[index]?.label;
  if (label) return inText ? `‘${label}’` : label;
  const m = RUN_CHART_MESSAGES[lang];
  return inText ? m.phaseInText(index + 1) : m.phase(index + 1);
}

/**
 * The names of the rules a point's signals come from, each once, most specific first (shift,
 * trend, longest run, astronomical point, then the whole-phase runs and crossings tests), so the
 * first name (the point's shape on the chart) is the same for every point of one shift or trend.
 */
export function signalNames(model: RunChartModel, indices: readonly number[], lang: Lang): string[] {
  const rules = new Set(indices.map((k) => model.signals[k]!.rule));
  return RULE_ORDER.filter((r) => rules.has(r)).map((r) => RUN_CHART_MESSAGES[lang].rule[r]);
}

/** A change as one text: "Label: description" or "Label". */
export function changeText(model: RunChartModel, indices: readonly number[], lang: Lang): string {
  return formatList(
    indices.map((k) => {
      const c = model.changes[k]!;
      return c.description ? `${c.label}: ${c.description}` : c.label;
    }),
    lang,
  );
}

/** "improvement", "deterioration", "change" or "non-random", from a signal's fields. */
export function verdictOf(signal: Signal): 'improvement' | 'deterioration' | 'change' | 'nonRandom' {
  if (signal.direction === null) return 'nonRandom';
  return signal.improvement === null ? 'change' : signal.improvement ? 'improvement' : 'deterioration';
}

/** Capitalises the first letter of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
