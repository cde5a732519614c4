import { analyzeRunChart } from '../run-chart/analyse.js';
import type { RuleName, RunChartModel, Signal } from '../run-chart/types.js';
import { normalizeTheoryOfActionOptions } from './options.js';
import {
  LINK_STATUSES,
  STAGES,
  type ChainBreak,
  type Link,
  type LinkStatus,
  type Measure,
  type MeasureInput,
  type MeasureVerdict,
  type StageKey,
  type TheoryOfActionDocument,
  type TheoryOfActionModel,
  type TheoryOfActionOptions,
  type TheoryOfActionOptionsInput,
} from './types.js';

/** True for a unit that means percent units (85 = 85%). */
export function isPercentUnit(unit: string | null): boolean {
  return unit !== null && /^(%|percent|percentage|pct)$/i.test(unit.trim());
}

/** The statuses that carry support on down the chain. */
export const GOOD: ReadonlySet<LinkStatus> = new Set(['on-track', 'achieved']);

/**
 * A measure's verdict from its run chart: no value → `no-data`; fewer points than the rules need
 * → `too-few`; else the most recent signal with a direction decides (`improving` / `worsening`,
 * a tie going to `worsening`); a signal without one (runs, crossings, or no direction set) →
 * `signal`; no signal → `no-signal`.
 */
export function verdictOf(run: RunChartModel): { verdict: MeasureVerdict; rules: RuleName[] } {
  if (run.points.length === run.missing) return { verdict: 'no-data', rules: [] };
  const last = run.phases[run.phases.length - 1];
  if (last && !last.rulesApplied && run.signals.length === 0) return { verdict: 'too-few', rules: [] };
  const directed = run.signals.filter((sg) => sg.improvement !== null);
  if (directed.length) {
    const latest = directed.reduce((a, b) => (b.to > a.to || (b.to === a.to && b.improvement === false) ? b : a));
    const same = directed.filter((sg) => sg.improvement === latest.improvement);
    return { verdict: latest.improvement ? 'improving' : 'worsening', rules: uniqueRules(same) };
  }
  if (run.signals.length) return { verdict: 'signal', rules: uniqueRules(run.signals) };
  return { verdict: 'no-signal', rules: [] };
}

function uniqueRules(signals: readonly Signal[]): RuleName[] {
  return [...new Set(signals.map((sg) => sg.rule))];
}

/**
 * The status a measure alone suggests: a signal of improvement → on-track (achieved when the
 * latest value also meets the goal); of deterioration → off-track; too few points, no signal or
 * an undirected signal → in-progress (achieved when the goal is met, except with too few points);
 * no value → not-started.
 */
export function measureStatus(verdict: MeasureVerdict, goalMet: boolean | null): LinkStatus {
  switch (verdict) {
    case 'no-data':
      return 'not-started';
    case 'too-few':
      return 'in-progress';
    case 'worsening':
      return 'off-track';
    case 'improving':
      return goalMet ? 'achieved' : 'on-track';
    default:
      return goalMet ? 'achieved' : 'in-progress';
  }
}

/** Analyses one measure with the run chart's own analysis. */
export function analyzeMeasure(input: MeasureInput, options: TheoryOfActionOptions): Measure {
  const percent = isPercentUnit(input.unit);
  const run = analyzeRunChart(
    input.values.map((p) => (p.row === undefined ? { x: p.x, y: p.y } : { x: p.x, y: p.y, row: p.row })),
    { rules: options.rules, minPoints: options.minPoints, direction: input.direction, goal: input.goal, yFormat: percent ? 'percent' : 'number' },
  );
  let latest = null;
  for (let k = input.values.length - 1; k >= 0 && !latest; k--) if (input.values[k]!.y !== null) latest = input.values[k]!;
  const { verdict, rules } = verdictOf(run);
  const goalMet =
    input.goal === null || input.direction === null || latest === null || latest.y === null
      ? null
      : input.direction === 'up'
        ? latest.y >= input.goal
        : latest.y <= input.goal;
  const last = run.phases[run.phases.length - 1];
  return {
    ...input,
    percent,
    latest,
    verdict,
    rules,
    pointsNeeded: verdict === 'too-few' && last ? last.pointsNeeded : 0,
    goalMet,
    status: measureStatus(verdict, goalMet),
    run,
  };
}

/**
 * A link's status from its measures (those with a value): none → not-started; any off-track →
 * off-track; all achieved → achieved; any on-track or achieved → on-track; else in-progress.
 */
export function deriveStatus(measures: readonly Measure[]): LinkStatus {
  const measured = measures.filter((m) => m.verdict !== 'no-data');
  if (!measured.length) return 'not-started';
  if (measured.some((m) => m.status === 'off-track')) return 'off-track';
  if (measured.every((m) => m.status === 'achieved')) return 'achieved';
  if (measured.some((m) => GOOD.has(m.status))) return 'on-track';
  return 'in-progress';
}

/**
 * Where the chain breaks: the first link, in stage order, that is off track or not started while
 * a link leading to it is on track or achieved. `after` is the latest stage of those links.
 */
export function findChainBreak(links: readonly Link[]): ChainBreak | null {
  const byId = new Map(links.map((l) => [l.id, l]));
  for (const link of links) {
    if (link.status !== 'off-track' && link.status !== 'not-started') continue;
    const good = link.leadsFrom.map((id) => byId.get(id)!).filter((l) => GOOD.has(l.status));
    if (!good.length) continue;
    const after = good.reduce((a, b) => (STAGES.indexOf(b.stage) > STAGES.indexOf(a.stage) ? b : a)).stage;
    return { link: link.id, stage: link.stage, status: link.status, unmeasured: !link.measures.some((m) => m.verdict !== 'no-data'), after };
  }
  return null;
}

/**
 * Analyses a validated theory of action: each measure with the run-chart rules, each link's
 * status (given, or derived from its measures), what leads to what (a link with no `leadsTo`
 * leads to every link of the next stage that has links), and where the chain breaks.
 */
export function analyzeTheoryOfAction(doc: TheoryOfActionDocument, input: TheoryOfActionOptionsInput | TheoryOfActionOptions = {}): TheoryOfActionModel {
  const options = normalizeTheoryOfActionOptions(input);
  const order = (s: StageKey) => STAGES.indexOf(s);
  const sorted = doc.links.map((l, i) => ({ l, i })).sort((a, b) => order(a.l.stage) - order(b.l.stage) || a.i - b.i).map((e) => e.l);
  const stages = STAGES.map((key) => ({ key, links: sorted.filter((l) => l.stage === key).map((l) => l.id) })).filter((s) => s.links.length > 0);
  const next = (stage: StageKey) => stages.find((s) => order(s.key) > order(stage))?.links ?? [];
  const links: Link[] = sorted.map((l) => {
    const measures = l.measures.map((m) => analyzeMeasure(m, options));
    return {
      id: l.id,
      stage: l.stage,
      label: l.label,
      description: l.description,
      status: l.status ?? deriveStatus(measures),
      derived: l.status === null,
      owner: l.owner,
      evidence: l.evidence,
      leadsTo: l.leadsTo ?? next(l.stage),
      leadsFrom: [],
      measures,
    };
  });
  const byId = new Map(links.map((l) => [l.id, l]));
  for (const link of links) for (const id of link.leadsTo) byId.get(id)?.leadsFrom.push(link.id);
  const counts = Object.fromEntries(LINK_STATUSES.map((s) => [s, 0])) as Record<LinkStatus, number>;
  for (const link of links) counts[link.status]++;
  return { title: doc.title, description: doc.description, options, stages, links, chainBreak: findChainBreak(links), counts };
}
