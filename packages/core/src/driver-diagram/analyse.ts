import { groupCycles } from '../pdsa-log/analyse.js';
import type { PdsaGroup } from '../pdsa-log/types.js';
import { analyzeMeasure, deriveStatus } from '../theory-of-action/analyse.js';
import type { Measure } from '../theory-of-action/types.js';
import { normalizeDriverDiagramOptions } from './options.js';
import { CHANGE_STATUSES, type ChangeStatus, type DriverDiagramDocument, type DriverDiagramModel, type DriverDiagramOptions, type DriverDiagramOptionsInput, type DriverNode, type DriverNodeInput } from './types.js';

/**
 * A change idea's status from its PDSA cycles: none → not tested; adopted at any cycle → adopted
 * (unless a later cycle abandoned it); the latest decision abandon → abandoned; else testing.
 */
export function changeStatusOf(pdsa: PdsaGroup | null): ChangeStatus {
  if (!pdsa || !pdsa.cycles.length) return 'not-tested';
  if (pdsa.latestDecision === 'abandon') return 'abandoned';
  if (pdsa.adoptedAfter !== null) return 'adopted';
  return 'testing';
}

/**
 * Analyses a validated driver diagram: the tree from the aim (depth first, children in data
 * order), each node's measures with the run-chart rules (the theory of action's analysis), each
 * change idea's PDSA cycles and status, and the counts the summary tells.
 */
export function analyzeDriverDiagram(doc: DriverDiagramDocument, input: DriverDiagramOptionsInput | DriverDiagramOptions = {}): DriverDiagramModel {
  const options = normalizeDriverDiagramOptions(input);
  const measuresById = new Map(doc.measures.map((m) => [m.id, m]));
  const analysed = new Map<string, Measure>();
  const measureOf = (id: string): Measure => {
    let m = analysed.get(id);
    if (!m) {
      const given = measuresById.get(id) ?? { id, name: id, unit: null, direction: null, goal: null, values: [] };
      m = analyzeMeasure(given, options);
      analysed.set(id, m);
    }
    return m;
  };
  const cyclesByChange = new Map<string, typeof doc.cycles>();
  for (const c of doc.cycles) if (c.change !== null) cyclesByChange.set(c.change, [...(cyclesByChange.get(c.change) ?? []), c]);
  const children = new Map<string, DriverNodeInput[]>();
  for (const n of doc.nodes) if (n.parent !== null) children.set(n.parent, [...(children.get(n.parent) ?? []), n]);
  const aim = doc.nodes.find((n) => n.kind === 'aim')!;
  const nodes: DriverNode[] = [];
  const visit = (n: DriverNodeInput, level: number) => {
    const measures = n.measureIds.map(measureOf);
    const cycles = cyclesByChange.get(n.id) ?? [];
    const pdsa = n.kind === 'change' && cycles.length ? groupCycles(n.id, cycles, n.text) : null;
    nodes.push({
      id: n.id,
      parent: n.parent,
      kind: n.kind,
      level,
      text: n.text,
      owner: n.owner,
      children: (children.get(n.id) ?? []).map((c) => c.id),
      measures,
      measureStatus: measures.length ? deriveStatus(measures) : null,
      changeStatus: n.kind === 'change' ? (n.status ?? changeStatusOf(pdsa)) : null,
      derived: n.kind === 'change' && n.status === null,
      pdsa,
    });
    for (const c of children.get(n.id) ?? []) visit(c, level + 1);
  };
  visit(aim, 1);
  const changeCounts = Object.fromEntries(CHANGE_STATUSES.map((s) => [s, 0])) as Record<ChangeStatus, number>;
  for (const n of nodes) if (n.changeStatus) changeCounts[n.changeStatus]++;
  const count = (k: DriverNode['kind']) => nodes.filter((n) => n.kind === k).length;
  return {
    title: doc.title,
    description: doc.description,
    aim: aim.id,
    nodes,
    counts: { primary: count('primary'), secondary: count('secondary'), change: count('change'), cycles: nodes.reduce((a, n) => a + (n.pdsa?.cycles.length ?? 0), 0) },
    changeCounts,
  };
}
