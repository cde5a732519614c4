import { formatNumber, formatPercent } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { formatX } from '../run-chart/text.js';
import { THEORY_OF_ACTION_MESSAGES } from './messages.js';
import type { Link, Measure, MeasurePoint, TheoryOfActionModel } from './types.js';

/**
 * How the theory of action writes values, dates and statuses: shared by the summary, the table
 * and the element so that every view says the same thing.
 */

/** A measure's value in its unit: "17.5%", "3.25 visits"; "Missing" for a gap. */
export function formatMeasureValue(measure: Measure, value: number | null, lang: Lang): string {
  if (value === null) return THEORY_OF_ACTION_MESSAGES[lang].missing;
  if (measure.percent) return formatPercent(value, lang, 1);
  const n = formatNumber(value, lang, 2);
  return measure.unit ? `${n} ${measure.unit}` : n;
}

/** A point's x as people read it ("May 2025", "mayo de 2025"), at the measure's date precision. */
export function formatMeasureX(measure: Measure, point: MeasurePoint, lang: Lang): string {
  return formatX(measure.run, point.x, lang);
}

/** The latest value with its date: "17.5% (May 2025)"; "—" without one. */
export function formatLatest(measure: Measure, lang: Lang): string {
  const p = measure.latest;
  return p ? `${formatMeasureValue(measure, p.y, lang)} (${formatMeasureX(measure, p, lang)})` : '—';
}

/** A link's status as text, marked when derived: "On track (derived)". */
export function statusText(link: Link, lang: Lang): string {
  const m = THEORY_OF_ACTION_MESSAGES[lang];
  return link.derived ? `${m.status[link.status]} (${m.derivedMark})` : m.status[link.status];
}

/** The link with this id. */
export function linkById(model: TheoryOfActionModel, id: string): Link | undefined {
  return model.links.find((l) => l.id === id);
}
