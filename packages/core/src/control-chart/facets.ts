/**
 * Small multiples: one control chart per value of a facet field (a school, a grade), ordered by
 * signal (special cause first, the most signals first), with a shared y domain when asked.
 */
import { analyzeControlChart } from './analyse.js';
import { normalizeControlChartOptions } from './options.js';
import type { ControlChartInput, ControlChartOptions, ControlChartOptionsInput, ControlFacet, ControlFacetModel } from './types.js';

const RANK = { special: 0, common: 1, unjudged: 2 } as const;

/** Analyses each facet's rows and returns the facets in order. `groups`: facet value → its rows, in first-seen order. */
export function analyzeControlFacets(groups: ReadonlyMap<string, readonly ControlChartInput[]>, options: ControlChartOptionsInput | ControlChartOptions = {}): ControlFacetModel {
  const o = normalizeControlChartOptions(options);
  const facets: ControlFacet[] = [...groups].map(([key, rows]) => {
    const model = analyzeControlChart(rows, o);
    return { key, model, tooFew: model.points.length - model.missing < o.minPoints };
  });
  const rank = (f: ControlFacet) => (f.tooFew ? 2 : RANK[f.model.verdict.variation]);
  facets.sort((a, b) => rank(a) - rank(b) || b.model.signals.length - a.model.signals.length || a.key.localeCompare(b.key));
  let yDomain: [number, number] | null = null;
  if (o.scale === 'shared') {
    let lo = Infinity, hi = -Infinity;
    for (const f of facets) {
      if (f.tooFew) continue;
      for (const p of f.model.points) for (const v of [p.y, p.cl, p.lcl, p.ucl]) if (v !== null) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
    if (o.target !== null) {
      lo = Math.min(lo, o.target);
      hi = Math.max(hi, o.target);
    }
    if (lo <= hi) yDomain = [lo, hi];
  }
  return {
    kind: 'facets', options: o, facets,
    special: facets.filter((f) => !f.tooFew && f.model.verdict.variation === 'special').length,
    unjudged: facets.filter((f) => f.tooFew).length,
    yDomain,
  };
}
