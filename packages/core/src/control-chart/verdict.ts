/** Signals from the NHS per-point flags, and the verdict of a whole chart. */
import type { ControlChartModel, ControlChartPoint, ControlRule, ControlVerdict, NhsAssurance } from './types.js';

export interface RawSignal {
  rule: ControlRule;
  from: number;
  to: number;
  direction: 'up' | 'down' | null;
  count: number;
}

const NHS_RULES: readonly ControlRule[] = ['nhs-outside', 'nhs-trend', 'nhs-two-of-three', 'nhs-shift'];

/**
 * Groups flagged points into signals: each point outside a limit is one signal; the points of a
 * trend or a run on one side are one signal per unbroken stretch; near points of 2-of-3 patterns
 * are one signal while no more than one unflagged point separates them.
 */
export function signalsFromFlags(rules: ControlRule[][], idx: readonly number[], points: readonly ControlChartPoint[], _part: number): RawSignal[] {
  const out: RawSignal[] = [];
  const side = (i: number): 'up' | 'down' | null => {
    const p = points[i]!;
    return p.y !== null && p.cl !== null ? (p.y > p.cl ? 'up' : p.y < p.cl ? 'down' : null) : null;
  };
  for (const rule of NHS_RULES) {
    let start = -1, prev = -1, count = 0;
    const close = () => {
      if (start < 0) return;
      const from = idx[start]!, to = idx[prev]!;
      let direction = side(from);
      if (rule === 'nhs-trend') direction = points[to]!.y! > points[from]!.y! ? 'up' : 'down';
      out.push({ rule, from, to, direction, count });
      start = -1;
      count = 0;
    };
    const gap = rule === 'nhs-two-of-three' ? 2 : 1;
    for (let j = 0; j < idx.length; j++) {
      if (!rules[j]!.includes(rule)) continue;
      const breaks = rule === 'nhs-outside' || j - prev > gap || (start >= 0 && side(idx[j]!) !== side(idx[prev]!) && rule !== 'nhs-trend');
      if (start >= 0 && breaks) close();
      if (start < 0) start = j;
      prev = j;
      count++;
    }
    close();
  }
  return out.sort((a, b) => a.from - b.from || NHS_RULES.indexOf(a.rule) - NHS_RULES.indexOf(b.rule));
}

/** The chart's verdict: special cause when any signal; which way the signals lean; the NHS icons. */
export function verdictOf(model: ControlChartModel, last: ControlChartPoint | null, assurance: NhsAssurance | null): ControlVerdict {
  const judged = model.parts.some((p) => !p.noLimits) && model.points.length - model.missing >= 2;
  const ups = model.signals.filter((s) => s.improvement === true).length;
  const downs = model.signals.filter((s) => s.improvement === false).length;
  const lean = ups && downs ? 'mixed' : ups ? 'improvement' : downs ? 'concern' : null;
  return {
    variation: model.signals.length > 0 ? 'special' : judged ? 'common' : 'unjudged',
    lean: model.signals.length ? lean : null,
    nhs: model.options.method === 'nhs' ? (last?.nhs ?? null) : null,
    assurance,
  };
}
