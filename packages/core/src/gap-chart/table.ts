import type { Lang } from '../i18n/lang.js';
import { MESSAGES } from '../i18n/messages.js';
import type { DataTable } from '../table/data-table.js';
import { cell, colorText } from './format.js';
import { GAP_MESSAGES } from './messages.js';
import type { GapModel } from './types.js';

/** Every shown group with every model field a reader needs, as text cells (suppressed groups are not in the model). */
export function gapTable(model: GapModel, lang: Lang, title: string): DataTable {
  const m = GAP_MESSAGES[lang];
  const c = m.col;
  const columns = [
    { key: 'code', label: c.code },
    { key: 'group', label: c.group },
    { key: 'value', label: c.value(m.unit[model.unit]), numeric: true },
    { key: 'prior', label: c.prior, numeric: true },
    { key: 'change', label: c.change, numeric: true },
    { key: 'n', label: c.n, numeric: true },
    { key: 'statusLevel', label: c.statusLevel },
    { key: 'changeLevel', label: c.changeLevel },
    { key: 'color', label: c.color },
    { key: 'gap', label: c.gap(model.reference.name[lang]), numeric: true },
    { key: 'gapPrior', label: c.gapPrior, numeric: true },
    { key: 'trend', label: c.trend },
  ];
  const rows = model.groups.map((g) => ({
    code: g.code,
    group: g.isReference ? `${g.name[lang]} (${m.referenceMark})` : g.name[lang],
    value: cell(g.value, lang),
    prior: cell(g.prior, lang),
    change: cell(g.change, lang, true),
    n: cell(g.n, lang, false, 0),
    statusLevel: g.statusLevel ? m.statusLevel[g.statusLevel] : '—',
    changeLevel: g.changeLevel ? m.changeLevel[g.changeLevel] : '—',
    color: colorText(g, lang),
    gap: cell(g.gap, lang, true),
    gapPrior: cell(g.gapPrior, lang, true),
    trend: g.trend ? m.trendWord[g.trend] : '—',
  }));
  // For the CSV: the figures as numbers (the table's text formats them for reading).
  const values = model.groups.map((g) => ({ value: g.value, prior: g.prior, change: g.change, n: g.n, gap: g.gap, gapPrior: g.gapPrior }));
  return { caption: MESSAGES[lang].dataTableCaption(title), columns, rows, values };
}
