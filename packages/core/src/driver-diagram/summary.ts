import type { Lang } from '../i18n/lang.js';
import { THEORY_OF_ACTION_MESSAGES } from '../theory-of-action/messages.js';
import { DRIVER_DIAGRAM_MESSAGES } from './messages.js';
import { CHANGE_STATUSES, type DriverDiagramModel } from './types.js';

/** The diagram in words: the aim and how many drivers and change ideas, where the change ideas stand, the aim's measure. */
export function driverDiagramSummary(model: DriverDiagramModel, lang: Lang): string {
  const m = DRIVER_DIAGRAM_MESSAGES[lang];
  const aim = model.nodes.find((n) => n.id === model.aim)!;
  const parts = [m.lead(aim.text, model.counts.primary, model.counts.secondary, model.counts.change)];
  const items = CHANGE_STATUSES.filter((s) => model.changeCounts[s] > 0).map((s) => m.countItem[s](model.changeCounts[s]));
  if (model.counts.change && items.length) parts.push(m.changeCounts(items));
  if (model.counts.cycles) parts.push(m.cyclesLogged(model.counts.cycles));
  const t = THEORY_OF_ACTION_MESSAGES[lang];
  for (const measure of aim.measures) parts.push(m.aimMeasure(measure.name, t.verdict[measure.verdict].toLowerCase()));
  return parts.join(' ');
}
