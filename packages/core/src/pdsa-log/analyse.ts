import { normalizePdsaLogOptions } from './options.js';
import { PDSA_SCALES, type PdsaCycle, type PdsaCycleInput, type PdsaGroup, type PdsaLogModel, type PdsaLogOptions, type PdsaLogOptionsInput, type PdsaScale } from './types.js';

const scaleRank = (s: PdsaScale | null) => (s === null ? -1 : PDSA_SCALES.indexOf(s));
const time = (d: Date | null) => (d === null ? Number.POSITIVE_INFINITY : d.getTime());

/**
 * One change idea's cycles in order (by start date; cycles without one keep their place after the
 * dated ones, in data order), numbered from 1, and what they add up to: after which cycle the
 * change was adopted and at what scale, the latest decision, predictions met, the largest scale,
 * and whether the scale only ever grew (a ramp).
 */
export function groupCycles(change: string | null, inputs: readonly PdsaCycleInput[], changeText: string | null = null): PdsaGroup {
  const ordered = inputs.map((c, i) => ({ c, i })).sort((a, b) => time(a.c.start) - time(b.c.start) || a.i - b.i);
  const cycles: PdsaCycle[] = ordered.map(({ c }, k) => ({ ...c, number: k + 1 }));
  const adopted = cycles.find((c) => c.decision === 'adopt') ?? null;
  const decided = [...cycles].reverse().find((c) => c.decision !== null) ?? null;
  const judged = cycles.filter((c) => c.predictionMet !== null);
  const scaled = cycles.filter((c) => c.scale !== null);
  const maxScale = scaled.reduce<PdsaScale | null>((a, c) => (scaleRank(c.scale) > scaleRank(a) ? c.scale : a), null);
  const ramps = scaled.every((c, k) => k === 0 || scaleRank(c.scale) >= scaleRank(scaled[k - 1]!.scale));
  return {
    change,
    changeText: changeText ?? cycles.find((c) => c.changeText)?.changeText ?? null,
    cycles,
    adoptedAfter: adopted ? adopted.number : null,
    adoptedScale: adopted?.scale ?? null,
    adoptedSites: adopted?.sites ?? null,
    latestDecision: decided?.decision ?? null,
    predictions: { met: judged.filter((c) => c.predictionMet).length, of: judged.length },
    maxScale,
    ramps,
  };
}

/**
 * Analyses PDSA cycles: grouped by change idea (in order of each idea's first cycle; cycles
 * without one last), or only the chosen idea's. `names` gives change ideas' texts (from a driver diagram).
 */
export function analyzePdsaLog(
  doc: { title: string | null; description: string | null; cycles: readonly PdsaCycleInput[] },
  input: PdsaLogOptionsInput | PdsaLogOptions = {},
  names: ReadonlyMap<string, string> = new Map(),
): PdsaLogModel {
  const options = normalizePdsaLogOptions(input);
  const chosen = options.change === null ? doc.cycles : doc.cycles.filter((c) => c.change === options.change);
  const keys: (string | null)[] = [];
  const byChange = new Map<string | null, PdsaCycleInput[]>();
  for (const c of chosen) {
    if (!byChange.has(c.change)) {
      byChange.set(c.change, []);
      keys.push(c.change);
    }
    byChange.get(c.change)!.push(c);
  }
  keys.sort((a, b) => Number(a === null) - Number(b === null));
  const groups = keys.map((k) => groupCycles(k, byChange.get(k)!, k === null ? null : (names.get(k) ?? null)));
  return { title: doc.title, description: doc.description, change: options.change, groups, cycleCount: chosen.length };
}
