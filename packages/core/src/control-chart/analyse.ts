import { OutcomeError } from '../errors.js';
import { anhoejCrossingsLimit, anhoejLongestRunLimit } from '../run-chart/limits.js';
import { datePrecisionOf, xTypeOf } from '../run-chart/place.js';
import { runsPass, type PassContext } from '../run-chart/rules.js';
import { CONTROL_MESSAGES } from './messages.js';
import { nhsAssurance, nhsFlags, nhsLimits, NHS_LIMIT, NHS_NEAR } from './nhs.js';
import { NEEDS_N, normalizeControlChartOptions } from './options.js';
import { partLimits, type PartLimits } from './limits.js';
import { locateKey, optionKey, poolByX, type PooledPoint } from './pool.js';
import { signalsFromFlags, verdictOf } from './verdict.js';
import type {
  ControlChartInput, ControlChartModel, ControlChartOptions, ControlChartOptionsInput, ControlChartPart, ControlChartPoint, ControlSignal, XValue,
} from './types.js';

const NONE: readonly number[] = Object.freeze([]);
const finite = (v: number) => (Number.isFinite(v) ? v : null);

function fail(code: 'needs-n' | 't-positive', field: string): never {
  const m = CONTROL_MESSAGES;
  throw new OutcomeError({ code, field, message: { en: m.en.errors[code](field), es: m.es.errors[code](field) } });
}

/** Index of the first point at or after each phase start (exact match for labels); part starts, sorted, without 0 duplicates. */
function partStarts(points: readonly PooledPoint[], phases: readonly XValue[], xType: ControlChartModel['xType']): number[] {
  const starts = new Set<number>([0]);
  for (const x of phases) {
    const i = locateKey(points, x, xType);
    if (i > 0) starts.add(i);
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Analyses a measure with a control chart and returns the model every view reads.
 *
 * Rows sharing an x are pooled (Σy / Σn with denominators, else the mean; c charts sum) and the
 * points sorted by x. Each part (started by `phases`) has its own centre line and limits, from its
 * first `freeze` points when frozen (ignored with phases, as in qicharts2) and never from excluded
 * points; limits follow qicharts2 0.8.1 chart by chart (see limits.ts), then `multiply` scales
 * y, the centre line and limits. Signals (method `qic`): points beyond the 3σ limits and Anhøj's
 * runs rules on the centre line (the run chart's own code). Method `nhs`: the NHS XmR rules, with
 * NHS limits (2.66 × AMR) on an I chart and the chart's 3σ and 2σ lines on the others.
 */
export function analyzeControlChart(input: readonly ControlChartInput[], options: ControlChartOptionsInput | ControlChartOptions = {}): ControlChartModel {
  const o = normalizeControlChartOptions(options);
  const chart = o.chart;
  const withN = input.some((p) => typeof p.n === 'number' && Number.isFinite(p.n));
  if (NEEDS_N.has(chart) && !withN) fail('needs-n', o.n ?? 'n');
  if (chart === 't' && input.some((p) => typeof p.y === 'number' && p.y <= 0)) fail('t-positive', o.y);
  const xType = xTypeOf(input as never);
  const pooled = poolByX(input, withN && chart !== 'xbar' && chart !== 's');
  let suppressed = 0;
  const hidden = pooled.map((p) => {
    const hide = withN && p.n === p.n && p.n <= o.suppressBelow && NEEDS_N.has(chart);
    if (hide) {
      suppressed++;
      p.y = p.ySum = p.yMean = p.ySd = p.n = NaN;
      p.yLength = 0;
    }
    return hide;
  });
  const len = pooled.length;
  const starts = partStarts(pooled, o.phases, xType);
  const freezeIgnored = o.freeze !== null && starts.length > 1;
  const freeze = starts.length > 1 ? null : o.freeze;
  const excludeKeys = new Set(o.exclude.map((x) => optionKey(x, xType)));
  const include = pooled.map((p) => !excludeKeys.has(p.key));
  const laney = o.laneySigma === 'auto' ? (xType === 'string' ? 'sd' : 'mr') : o.laneySigma;
  const runsAllowed = chart !== 'mr' && xType !== 'string' && o.method === 'qic';

  const points: ControlChartPoint[] = new Array(len);
  const parts: ControlChartPart[] = [];
  const signals: ControlSignal[] = [];
  starts.forEach((from, k) => {
    const to = k + 1 < starts.length ? starts[k + 1]! - 1 : len - 1;
    const slice = pooled.slice(from, to + 1);
    const base = slice.map((_, j) => include[from + j]! && (freeze === null || from + j < freeze));
    const lim: PartLimits = partLimits(chart, slice, base, { screen: o.screen, laneySigma: laney });
    if (o.method === 'nhs' && chart === 'i') {
      const nhs = nhsLimits(Float64Array.from(slice.filter((_, j) => base[j]), (p) => p.y), o.screen);
      lim.cl = nhs.cl;
      lim.lcl.fill(nhs.lpl);
      lim.ucl.fill(nhs.upl);
      lim.lcl2.fill(nhs.nlpl);
      lim.ucl2.fill(nhs.nupl);
    }
    // Runs analysis on the included points, before multiply (the run chart's code).
    const ys = new Float64Array(len).fill(NaN);
    slice.forEach((_, j) => {
      if (include[from + j]) ys[from + j] = lim.y[j]!;
    });
    const ctx: PassContext = { phase: k, from, to, direction: o.direction, signals: [] };
    const runs = runsPass(ys, lim.cl, ctx, null);
    const longestMax = runs.useful > 0 ? anhoejLongestRunLimit(runs.useful) : null;
    const crossingsMin = runs.useful > 0 ? anhoejCrossingsLimit(runs.useful) : null;
    const longSignal = longestMax !== null && runs.longestRun > longestMax;
    const crossSignal = crossingsMin !== null && runs.crossings < crossingsMin;
    const m = o.multiply;
    const cl = finite(lim.cl * m);
    let count = 0, baseCount = 0, anyLimit = false;
    for (let j = 0; j < slice.length; j++) {
      const i = from + j;
      const p = slice[j]!;
      const y = finite(lim.y[j]! * m);
      if (y !== null && include[i]) count++;
      if (y !== null && base[j]) baseCount++;
      const ucl = finite(lim.ucl[j]! * m), lcl = finite(lim.lcl[j]! * m);
      if (ucl !== null || lcl !== null) anyLimit = true;
      points[i] = {
        index: i, x: p.x, y, n: hidden[i] ? null : chart === 'xbar' || chart === 's' ? p.yLength : finite(p.n), rows: p.rows, row: p.row,
        part: k, baseline: freeze === null || i < freeze, excluded: !include[i], suppressed: hidden[i]!,
        cl, lcl, ucl, lcl2: finite(lim.lcl2[j]! * m), ucl2: finite(lim.ucl2[j]! * m),
        outside: y === null ? null : ucl !== null && y > ucl ? 'above' : lcl !== null && y < lcl ? 'below' : null,
        signals: NONE, nhs: null, changes: NONE,
      };
    }
    const part: ControlChartPart = {
      index: k, from, to, cl, baseCount, count, useful: runs.useful,
      longestRun: runs.useful > 0 ? runs.longestRun : null, longestRunMax: longestMax,
      crossings: runs.useful > 0 ? runs.crossings : null, crossingsMin,
      runsSignal: runsAllowed && (longSignal || crossSignal), noLimits: !anyLimit,
    };
    parts.push(part);
    if (o.method === 'qic') {
      for (let i = from; i <= to; i++) {
        const s = points[i]!.outside;
        if (s) signals.push(signalOf('outside', k, i, i, s === 'above' ? 'up' : 'down', 1, o));
      }
      if (runsAllowed && longSignal && runs.longest) signals.push(signalOf('longest-run', k, runs.longest.from, runs.longest.to, runs.longest.side === 1 ? 'up' : 'down', runs.longestRun, o));
      if (runsAllowed && crossSignal) signals.push(signalOf('crossings', k, from, to, null, runs.crossings, o));
    } else {
      nhsPart(points, from, to, k, o, signals);
    }
  });
  if (!o.negative && points.every((p) => p.y === null || p.y >= 0)) {
    for (const p of points) {
      if (p.lcl !== null && p.lcl < 0) p.lcl = 0;
      if (p.lcl2 !== null && p.lcl2 < 0) p.lcl2 = 0;
    }
  }
  signals.forEach((s, k) => {
    for (let i = s.from; i <= s.to; i++) {
      const p = points[i]!;
      if (p.y === null || p.excluded && s.rule !== 'outside' && s.rule !== 'nhs-outside') continue;
      if (s.rule === 'nhs-two-of-three' && !near(p)) continue;
      if (s.rule === 'longest-run' && (p.cl === null || (s.direction === 'up' ? !(p.y > p.cl) : !(p.y < p.cl)))) continue;
      p.signals = p.signals === NONE ? [k] : [...p.signals, k];
    }
  });
  const changes = placeChanges(points, pooled, o, xType);
  const last = [...points].reverse().find((p) => p.y !== null) ?? null;
  const model: ControlChartModel = {
    options: o, xType, datePrecision: datePrecisionOf(pooled as never, xType), points, parts, signals, changes,
    verdict: { variation: 'common', lean: null, nhs: null, assurance: null },
    missing: points.filter((p) => p.y === null).length, suppressed,
    pooled: pooled.filter((p) => p.rows > 1).length,
    varying: new Set(points.map((p) => p.ucl)).size > parts.length,
    freezeIgnored,
  };
  model.verdict = verdictOf(model, last, nhsAssurance(o.target, last?.lcl ?? null, last?.ucl ?? null, o.direction));
  return model;
}

/** Beyond a 2σ (near) line but within the limits. */
function near(p: ControlChartPoint): boolean {
  if (p.y === null || p.outside) return false;
  return (p.ucl2 !== null && p.y > p.ucl2) || (p.lcl2 !== null && p.y < p.lcl2);
}

function signalOf(rule: ControlSignal['rule'], part: number, from: number, to: number, direction: ControlSignal['direction'], count: number, o: ControlChartOptions): ControlSignal {
  return { rule, part, from, to, direction, improvement: direction === null || o.direction === null ? null : direction === o.direction, count };
}

/** The NHS rules over a part's non-missing, included points; limits are already on the points (plotted units). */
function nhsPart(points: ControlChartPoint[], from: number, to: number, part: number, o: ControlChartOptions, out: ControlSignal[]): void {
  const idx: number[] = [];
  for (let i = from; i <= to; i++) if (points[i]!.y !== null && !points[i]!.excluded) idx.push(i);
  const cl = points[from]!.cl ?? NaN;
  const get = (f: (p: ControlChartPoint) => number | null) => Float64Array.from(idx, (i) => f(points[i]!) ?? NaN);
  const flags = nhsFlags(get((p) => p.y), cl, get((p) => p.lcl), get((p) => p.ucl), get((p) => p.lcl2), get((p) => p.ucl2), o.direction);
  idx.forEach((i, j) => {
    points[i]!.nhs = flags.types[j]!;
  });
  for (const s of signalsFromFlags(flags.rules, idx, points, part)) out.push(signalOf(s.rule, part, s.from, s.to, s.direction, s.count, o));
}

/** Changes placed on the first point at or after their x (exact for labels). */
function placeChanges(points: ControlChartPoint[], pooled: readonly PooledPoint[], o: ControlChartOptions, xType: ControlChartModel['xType']) {
  return o.changes.flatMap((c) => {
    const i = locateKey(pooled, c.x, xType);
    if (i < 0) return [];
    return [{ index: i, x: points[i]!.x, label: c.label, description: c.description ?? null }];
  }).map((c, k, all) => {
    const p = points[c.index]!;
    p.changes = p.changes === NONE ? [k] : [...p.changes, k];
    return all[k]!;
  });
}

export { NHS_LIMIT, NHS_NEAR };
