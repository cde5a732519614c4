import type { Lang } from '../i18n/lang.js';
import { MESSAGES } from '../i18n/messages.js';
import type { DataTable } from '../table/data-table.js';
import { pdsaGroupName, scaleText } from './format.js';
import { PDSA_MESSAGES } from './messages.js';
import type { PdsaLogModel } from './types.js';

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** Every cycle as a row: change idea, number, test, dates (ISO), scale, sites, prediction, result, met, decision. */
export function pdsaLogTable(model: PdsaLogModel, lang: Lang, title: string): DataTable {
  const m = PDSA_MESSAGES[lang];
  const c = m.col;
  const columns = [
    { key: 'change', label: c.change },
    { key: 'cycle', label: c.cycle, numeric: true },
    { key: 'title', label: c.title },
    { key: 'start', label: c.start },
    { key: 'end', label: c.end },
    { key: 'scale', label: c.scale },
    { key: 'prediction', label: c.prediction },
    { key: 'result', label: c.result },
    { key: 'met', label: c.met },
    { key: 'decision', label: c.decision },
  ];
  const rows: DataTable['rows'] = [];
  for (const g of model.groups) {
    for (const cycle of g.cycles) {
      rows.push({
        change: pdsaGroupName(g, lang),
        cycle: String(cycle.number),
        title: cycle.title,
        start: iso(cycle.start),
        end: iso(cycle.end),
        scale: scaleText(cycle, lang),
        prediction: cycle.prediction ?? '',
        result: cycle.result ?? '',
        met: cycle.predictionMet === null ? '' : cycle.predictionMet ? m.yes : m.no,
        decision: cycle.decision ? m.decision[cycle.decision] : m.noDecision,
      });
    }
  }
  return { caption: MESSAGES[lang].dataTableCaption(title), columns, rows };
}
