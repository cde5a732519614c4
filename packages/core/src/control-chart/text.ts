/** How the control chart writes values, x labels and signal names: shared by the summary, the table and the spec. */
import { formatDate, formatList, formatNumber, formatPercent } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { schoolYearText } from '../run-chart/text.js';
import { CONTROL_MESSAGES } from './messages.js';
import type { ControlChartModel, ControlRule, XValue } from './types.js';

/** How plotted values read: proportions (p charts without multiply) as percentages, `percent` units, or numbers. */
export type ValueStyle = 'fraction' | 'percent' | 'number';

export function valueStyle(model: Pick<ControlChartModel, 'options'>): ValueStyle {
  const o = model.options;
  if (o.yFormat === 'percent') return 'percent';
  return (o.chart === 'p' || o.chart === 'pp') && o.multiply === 1 ? 'fraction' : 'number';
}

/** A plotted value as text ("12.3%", "4.52"). */
export function formatValue(model: Pick<ControlChartModel, 'options'>, v: number | null, lang: Lang): string {
  if (v === null) return CONTROL_MESSAGES[lang].missingValue;
  const style = valueStyle(model);
  if (style === 'fraction') return formatPercent(v * 100, lang, 1);
  if (style === 'percent') return formatPercent(v, lang, 1);
  return formatNumber(v, lang, Math.abs(v) < 10 ? 2 : 1);
}

/** An x value as people read it. */
export function formatX(model: Pick<ControlChartModel, 'datePrecision'>, x: XValue, lang: Lang): string {
  if (x instanceof Date) return model.datePrecision === 'schoolYear' ? schoolYearText(x) : formatDate(x, lang, model.datePrecision ?? 'day');
  if (typeof x === 'number') return formatNumber(x, lang, 2);
  return x;
}

/** The rule names of a point's signals, each once, in the order rules are listed. */
export function signalNames(model: ControlChartModel, indices: readonly number[], lang: Lang): string[] {
  const order: ControlRule[] = ['outside', 'nhs-outside', 'longest-run', 'nhs-shift', 'nhs-trend', 'nhs-two-of-three', 'crossings'];
  const rules = new Set(indices.map((k) => model.signals[k]!.rule));
  return order.filter((r) => rules.has(r)).map((r) => CONTROL_MESSAGES[lang].rule[r]);
}

/** The changes that began at a point, as one text. */
export function changeText(model: ControlChartModel, indices: readonly number[], lang: Lang): string {
  return formatList(indices.map((k) => {
    const c = model.changes[k]!;
    return c.description ? `${c.label}: ${c.description}` : c.label;
  }), lang);
}

/** The part's name ("Phase 2"). */
export function partName(index: number, lang: Lang): string {
  return CONTROL_MESSAGES[lang].phase(index + 1);
}
