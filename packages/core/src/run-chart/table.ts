import type { Lang } from '../i18n/lang.js';
import { MESSAGES } from '../i18n/messages.js';
import type { DataTable } from '../table/data-table.js';
import { RUN_CHART_MESSAGES } from './messages.js';
import { changeText, formatValue, formatX, phaseName, signalNames } from './text.js';
import type { RunChartModel } from './types.js';

/**
 * Every point of the run chart as a table of text cells: x, value, phase, median, side of the
 * median, the change that began there, and the rules of the signals it belongs to.
 */
export function runChartTable(model: RunChartModel, lang: Lang = 'en', title?: string): DataTable {
  const m = RUN_CHART_MESSAGES[lang];
  const c = m.columns;
  const columns = [
    { key: 'x', label: model.xType === 'date' ? c.date : c.x },
    { key: 'value', label: c.value, numeric: true },
    { key: 'phase', label: c.phase },
    { key: 'centre', label: c.centre, numeric: true },
    { key: 'side', label: c.side },
    { key: 'change', label: c.change },
    { key: 'signals', label: c.signals },
  ];
  const rows = model.points.map((p) => ({
    x: formatX(model, p.x, lang),
    value: formatValue(model, p.y, lang),
    phase: phaseName(model, p.phase, lang),
    centre: p.centre === null ? '' : formatValue(model, p.centre, lang),
    side: p.side === null ? '' : m.side[p.side],
    change: changeText(model, p.changes, lang),
    signals: signalNames(model, p.signals, lang).join(', '),
  }));
  // For the CSV: the x as an ISO date (or its number), the values as numbers in the measure's units.
  const values = model.points.map((p) => ({
    x: p.x instanceof Date ? p.x.toISOString().slice(0, 10) : p.x,
    value: p.y,
    centre: p.centre,
  }));
  return { caption: MESSAGES[lang].dataTableCaption(title ?? m.title), columns, rows, values };
}
