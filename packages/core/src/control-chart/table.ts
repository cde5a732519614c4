import type { Lang } from '../i18n/lang.js';
import { MESSAGES } from '../i18n/messages.js';
import type { DataTable } from '../table/data-table.js';
import { CONTROL_MESSAGES } from './messages.js';
import { facetVerdictText, signalBrief } from './summary.js';
import { changeText, formatValue, formatX, partName, signalNames } from './text.js';
import type { ControlChartModel, ControlFacetModel } from './types.js';

function pointRows(model: ControlChartModel, lang: Lang, facet?: string): Record<string, string>[] {
  const m = CONTROL_MESSAGES[lang];
  return model.points.map((p) => ({
    ...(facet !== undefined ? { facet } : {}),
    x: formatX(model, p.x, lang),
    value: p.suppressed ? m.suppressedValue : formatValue(model, p.y, lang),
    n: p.n === null ? '' : String(p.n),
    part: partName(p.part, lang),
    cl: p.cl === null ? '' : formatValue(model, p.cl, lang),
    lcl: p.lcl === null ? '' : formatValue(model, p.lcl, lang),
    ucl: p.ucl === null ? '' : formatValue(model, p.ucl, lang),
    signals: signalNames(model, p.signals, lang).join(', '),
    note: [p.excluded ? m.excluded : '', changeText(model, p.changes, lang)].filter(Boolean).join('; '),
  }));
}

function columns(model: ControlChartModel, lang: Lang, facet: boolean) {
  const c = CONTROL_MESSAGES[lang].columns;
  return [
    ...(facet ? [{ key: 'facet', label: model.options.facet ?? c.facet }] : []),
    { key: 'x', label: model.xType === 'date' ? c.date : c.x },
    { key: 'value', label: c.value, numeric: true },
    ...(model.points.some((p) => p.n !== null) ? [{ key: 'n', label: c.n, numeric: true }] : []),
    ...(model.parts.length > 1 ? [{ key: 'part', label: c.part }] : []),
    { key: 'cl', label: c.cl, numeric: true },
    { key: 'lcl', label: c.lcl, numeric: true },
    { key: 'ucl', label: c.ucl, numeric: true },
    { key: 'signals', label: c.signals },
    { key: 'note', label: c.note },
  ];
}

/** Every point as text cells: x, value, n, phase, centre line, limits, signals and notes. */
export function controlChartTable(model: ControlChartModel, lang: Lang = 'en', title?: string): DataTable {
  return { caption: MESSAGES[lang].dataTableCaption(title ?? CONTROL_MESSAGES[lang].title), columns: columns(model, lang, false), rows: pointRows(model, lang) };
}

/** Every point of every facet, with the facet in the first column. */
export function facetPointsTable(model: ControlFacetModel, lang: Lang = 'en', title?: string): DataTable {
  const first = model.facets[0]?.model;
  const cols = first ? columns({ ...first, parts: model.facets.some((f) => f.model.parts.length > 1) ? [first.parts[0]!, first.parts[0]!] : first.parts, points: model.facets.flatMap((f) => f.model.points) }, lang, true) : [];
  return { caption: MESSAGES[lang].dataTableCaption(title ?? CONTROL_MESSAGES[lang].title), columns: cols, rows: model.facets.flatMap((f) => pointRows(f.model, lang, f.key)) };
}

/** One row per facet, in the facets' order: its verdict, what signalled, its points. */
export function facetSummaryTable(model: ControlFacetModel, lang: Lang = 'en', title?: string): DataTable {
  const m = CONTROL_MESSAGES[lang];
  const c = m.columns;
  return {
    caption: m.facetCaption(title ?? m.title),
    columns: [{ key: 'facet', label: model.options.facet ?? c.facet }, { key: 'verdict', label: c.verdict }, { key: 'signals', label: c.signals }, { key: 'points', label: c.points, numeric: true }],
    rows: model.facets.map((f) => ({
      facet: f.key,
      verdict: facetVerdictText(f.model, f.tooFew, lang),
      signals: f.tooFew ? m.tooFew(f.model.points.length - f.model.missing, model.options.minPoints) : signalBrief(f.model, lang),
      points: String(f.model.points.length - f.model.missing),
    })),
  };
}
