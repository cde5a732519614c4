import type { Lang } from '../i18n/lang.js';
import { MESSAGES } from '../i18n/messages.js';
import type { DataTable } from '../table/data-table.js';
import { PDSA_MESSAGES } from '../pdsa-log/messages.js';
import { THEORY_OF_ACTION_MESSAGES } from '../theory-of-action/messages.js';
import { DRIVER_DIAGRAM_MESSAGES } from './messages.js';
import type { DriverDiagramModel, DriverNode } from './types.js';

/** A node's status in words: a change idea's (with its latest decision), or its measures' (the theory of action's words). */
export function nodeStatusText(node: DriverNode, lang: Lang): string {
  const m = DRIVER_DIAGRAM_MESSAGES[lang];
  if (node.changeStatus) return m.changeStatus[node.changeStatus];
  return node.measureStatus ? THEORY_OF_ACTION_MESSAGES[lang].status[node.measureStatus] : '';
}

/** Every node as a row, depth first: level, text, parent, owner, status, PDSA cycles (with the latest decision), measures. */
export function driverDiagramTable(model: DriverDiagramModel, lang: Lang, title: string): DataTable {
  const m = DRIVER_DIAGRAM_MESSAGES[lang];
  const p = PDSA_MESSAGES[lang];
  const t = THEORY_OF_ACTION_MESSAGES[lang];
  const c = m.col;
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const columns = [
    { key: 'level', label: c.level },
    { key: 'text', label: c.text },
    { key: 'parent', label: c.parent },
    { key: 'owner', label: c.owner },
    { key: 'status', label: c.status },
    { key: 'cycles', label: c.cycles },
    { key: 'measures', label: c.measures },
  ];
  const rows = model.nodes.map((n) => ({
    level: m.kind[n.kind],
    text: n.text,
    parent: n.parent ? (byId.get(n.parent)?.text ?? '') : '',
    owner: n.owner ?? '',
    status: nodeStatusText(n, lang),
    cycles: n.pdsa ? `${n.pdsa.cycles.length}${n.pdsa.latestDecision ? ` (${p.decision[n.pdsa.latestDecision]})` : ''}` : n.kind === 'change' ? '0' : '',
    measures: n.measures.map((x) => `${x.name}: ${t.verdict[x.verdict]}`).join('; '),
  }));
  return { caption: MESSAGES[lang].dataTableCaption(title), columns, rows };
}
