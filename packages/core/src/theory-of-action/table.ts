import type { Lang } from '../i18n/lang.js';
import { MESSAGES } from '../i18n/messages.js';
import type { DataTable } from '../table/data-table.js';
import { formatLatest, formatMeasureValue, statusText } from './format.js';
import { THEORY_OF_ACTION_MESSAGES } from './messages.js';
import type { TheoryOfActionModel } from './types.js';

/**
 * The chain as a table of text cells: one row per interim measure (one per link without any),
 * in stage order, with the link's status (marked when derived, and where the chain breaks), its
 * owner, the measure's latest value, goal, run-chart verdict and number of values. Each measure's
 * every value is in its card's own table.
 */
export function theoryOfActionTable(model: TheoryOfActionModel, lang: Lang, title: string): DataTable {
  const m = THEORY_OF_ACTION_MESSAGES[lang];
  const c = m.col;
  const columns = [
    { key: 'stage', label: c.stage },
    { key: 'link', label: c.link },
    { key: 'status', label: c.status },
    { key: 'owner', label: c.owner },
    { key: 'measure', label: c.measure },
    { key: 'latest', label: c.latest, numeric: true },
    { key: 'goal', label: c.goal, numeric: true },
    { key: 'verdict', label: c.verdict },
    { key: 'points', label: c.points, numeric: true },
  ];
  const rows: DataTable['rows'] = [];
  for (const link of model.links) {
    const status = model.chainBreak?.link === link.id ? `${statusText(link, lang)} — ${m.breakHere}` : statusText(link, lang);
    const base = { stage: m.stage[link.stage], link: link.label, status, owner: link.owner ?? '' };
    if (!link.measures.length) rows.push({ ...base, measure: '—', latest: '—', goal: '—', verdict: '—', points: '0' });
    for (const measure of link.measures) {
      rows.push({
        ...base,
        measure: measure.name,
        latest: formatLatest(measure, lang),
        goal: measure.goal === null ? '—' : formatMeasureValue(measure, measure.goal, lang),
        verdict: m.verdict[measure.verdict],
        points: String(measure.values.filter((p) => p.y !== null).length),
      });
    }
  }
  return { caption: MESSAGES[lang].dataTableCaption(title), columns, rows };
}
