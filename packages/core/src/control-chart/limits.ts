/**
 * The centre line and limits of one part, chart by chart, as qicharts2 0.8.1 computes them
 * (../shared/reference/spc.md, table "What qicharts2 does, chart by chart"; R/helper.functions.R).
 * `base[i]`: the point is baseline (within `freeze`) and not excluded. Values are in the data's
 * units (before multiply); NaN stands for R's NA.
 */
import type { PooledPoint } from './pool.js';
import { averageMovingRange, c4, c5, mean, median, movingRanges, sd, sum } from './stats.js';
import type { ControlChartType, LaneySigma } from './types.js';

export interface PartLimits {
  /** The plotted values (mr: moving ranges, c: Σy, s: standard deviations, t: back-transformed). */
  y: Float64Array;
  cl: number;
  lcl: Float64Array;
  ucl: Float64Array;
  lcl2: Float64Array;
  ucl2: Float64Array;
}

export interface LimitOptions {
  screen: boolean;
  laneySigma: Exclude<LaneySigma, 'auto'>;
}

const pick = (a: ArrayLike<number>, base: readonly boolean[]) => Float64Array.from(base.flatMap((b, i) => (b ? [a[i]!] : [])));
const fill = (len: number, v: number) => new Float64Array(len).fill(v);

/** cl ± k·σᵢ for k = 3 and 2. */
function around(y: Float64Array, cl: number, sigma: ArrayLike<number>): PartLimits {
  const len = y.length;
  const out: PartLimits = { y, cl, lcl: new Float64Array(len), ucl: new Float64Array(len), lcl2: new Float64Array(len), ucl2: new Float64Array(len) };
  for (let i = 0; i < len; i++) {
    const s = sigma[i]!;
    out.ucl[i] = cl + 3 * s;
    out.ucl2[i] = cl + 2 * s;
    out.lcl[i] = cl - 3 * s;
    out.lcl2[i] = cl - 2 * s;
  }
  return out;
}

/** lcl < 0 → 0 (finite only), and ucl > 1 → 1 when `upper` (proportions). */
function clamp(l: PartLimits, upper: boolean): PartLimits {
  for (const a of [l.lcl, l.lcl2]) for (let i = 0; i < a.length; i++) if (a[i]! < 0 && Number.isFinite(a[i]!)) a[i] = 0;
  if (upper) for (const a of [l.ucl, l.ucl2]) for (let i = 0; i < a.length; i++) if (a[i]! > 1 && Number.isFinite(a[i]!)) a[i] = 1;
  return l;
}

/** I chart: mean ± 3·AMR/1.128 (moving ranges over the base points in order, screened when asked). */
function individuals(y: Float64Array, base: readonly boolean[], o: LimitOptions): PartLimits {
  const yb = pick(y, base);
  const cl = mean(yb);
  const sigma = averageMovingRange(movingRanges(yb), o.screen) / 1.128;
  return around(y, cl, fill(y.length, sigma));
}

/** Laney's σz from the base points' z-scores. */
function laneyZ(y: Float64Array, cl: number, sigma: Float64Array, base: readonly boolean[], o: LimitOptions): number {
  const z = pick(y.map((v, i) => (v - cl) / sigma[i]!), base);
  if (o.laneySigma === 'sd') return z.some((v) => v !== v) || z.length < 2 ? NaN : sd(z);
  return averageMovingRange(movingRanges(z), o.screen) / 1.128;
}

/** Σy.sum / Σn over the base points. */
function ratio(points: readonly PooledPoint[], base: readonly boolean[]): number {
  return sum(pick(points.map((p) => p.ySum), base)) / sum(pick(points.map((p) => p.n), base));
}

/** The pooled standard deviation of xbar and s charts: √(Σ(nᵢ−1)sᵢ² / Σ(nᵢ−1)) when sizes vary in the part, else mean(sᵢ). */
function pooledSd(points: readonly PooledPoint[], base: readonly boolean[]): number {
  const sizes = new Set(points.map((p) => p.yLength));
  if (sizes.size > 1) {
    const num = pick(points.map((p) => (p.yLength - 1) * p.ySd * p.ySd), base);
    const den = pick(points.map((p) => p.yLength - 1), base);
    return Math.sqrt(sum(num) / sum(den));
  }
  return mean(pick(points.map((p) => p.ySd), base));
}

/** Centre line and limits of one part for a chart. */
export function partLimits(chart: ControlChartType, points: readonly PooledPoint[], base: readonly boolean[], o: LimitOptions): PartLimits {
  const len = points.length;
  const y = Float64Array.from(points, (p) => p.y);
  const n = Float64Array.from(points, (p) => p.n);
  switch (chart) {
    case 'i':
      return individuals(y, base, o);
    case 'mr': {
      const mr = new Float64Array(len);
      mr[0] = NaN;
      for (let i = 1; i < len; i++) mr[i] = Math.abs(y[i]! - y[i - 1]!);
      const cl = mean(pick(mr, base));
      return { y: mr, cl, lcl: fill(len, 0), lcl2: fill(len, 0), ucl: fill(len, 3.267 * cl), ucl2: fill(len, (3.267 / 3) * 2 * cl) };
    }
    case 'p':
    case 'pp': {
      const cl = ratio(points, base);
      let sigma = n.map((ni) => Math.sqrt((cl * (1 - cl)) / ni));
      if (chart === 'pp') {
        const z = laneyZ(y, cl, sigma, base, o);
        sigma = sigma.map((s) => s * z);
      }
      return clamp(around(y, cl, sigma), true);
    }
    case 'u':
    case 'up': {
      const cl = ratio(points, base);
      let sigma = n.map((ni) => Math.sqrt(cl / ni));
      if (chart === 'up') {
        const z = laneyZ(y, cl, sigma, base, o);
        sigma = sigma.map((s) => s * z);
      }
      return clamp(around(y, cl, sigma), false);
    }
    case 'c': {
      const ys = Float64Array.from(points, (p) => p.ySum);
      const cl = mean(pick(ys, base));
      return clamp(around(ys, cl, fill(len, Math.sqrt(cl))), false);
    }
    case 'xbar': {
      const w = pick(points.map((p) => p.yLength * p.yMean), base);
      const cl = sum(w) / sum(pick(points.map((p) => p.yLength), base));
      const s = pooledSd(points, base);
      const out = around(Float64Array.from(points, (p) => p.yMean), cl, new Float64Array(len));
      points.forEach((p, i) => {
        const k = p.yLength;
        const a3 = 3 / (c4(k) * Math.sqrt(k));
        const a2 = 2 / (c4(k) * Math.sqrt(k));
        out.ucl[i] = cl + a3 * s;
        out.ucl2[i] = cl + a2 * s;
        out.lcl[i] = cl - a3 * s;
        out.lcl2[i] = cl - a2 * s;
      });
      return out;
    }
    case 's': {
      const cl = pooledSd(points, base);
      const out = around(Float64Array.from(points, (p) => p.ySd), cl, new Float64Array(len));
      points.forEach((p, i) => {
        const r = c5(p.yLength) / c4(p.yLength);
        out.ucl[i] = (1 + 3 * r) * cl;
        out.ucl2[i] = (1 + 2 * r) * cl;
        out.lcl[i] = Math.max(0, 1 - 3 * r) * cl;
        out.lcl2[i] = Math.max(0, 1 - 2 * r) * cl;
        if (r !== r) out.lcl[i] = out.lcl2[i] = NaN;
      });
      return out;
    }
    case 'g': {
      const m = mean(pick(y, base));
      const out = around(y, m, fill(len, Math.sqrt(m * (m + 1))));
      for (const a of [out.lcl, out.lcl2]) for (let i = 0; i < len; i++) if (a[i]! < 0) a[i] = 0;
      out.cl = median(pick(y, base));
      return out;
    }
    case 't': {
      const e = 1 / 3.6;
      const inner = individuals(y.map((v) => Math.pow(v, e)), base, o);
      const back = (a: Float64Array) => a.map((v) => Math.pow(v, 3.6));
      const out: PartLimits = { y: back(inner.y), cl: Math.pow(inner.cl, 3.6), lcl: back(inner.lcl), ucl: back(inner.ucl), lcl2: back(inner.lcl2), ucl2: back(inner.ucl2) };
      for (let i = 0; i < len; i++) if (out.lcl[i]! < 0 || out.lcl[i] !== out.lcl[i]) out.lcl[i] = 0;
      return out;
    }
  }
}
