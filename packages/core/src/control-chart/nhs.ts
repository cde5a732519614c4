/**
 * The NHS "Making Data Count" XmR rules, ported from NHSRplotthedots 0.2.2
 * (../shared/reference/spc.md, "NHS XmR"): process limits mean ± 2.66 × AMR, near limits
 * mean ± 1.7733 × AMR; special cause when a point is outside a limit, part of 7 points strictly
 * rising or falling, one of 2 of 3 consecutive points beyond a near limit (all three on one side
 * of the mean), or part of 7 points on one side of the mean. Point types follow the improvement
 * direction by the point's side of the mean, as the package does.
 */
import { averageMovingRange, mean, movingRanges } from './stats.js';
import type { ControlChartDirection, ControlRule, NhsAssurance, NhsPointType } from './types.js';

export const NHS_LIMIT = 2.66;
export const NHS_NEAR = 2 * (NHS_LIMIT / 3);

/** NHS XmR limits from the base values (in order): mean, process and near limits. */
export function nhsLimits(baseValues: Float64Array, screen: boolean): { cl: number; lpl: number; upl: number; nlpl: number; nupl: number } {
  const cl = mean(baseValues);
  const amr = averageMovingRange(movingRanges(baseValues), screen);
  return { cl, lpl: cl - NHS_LIMIT * amr, upl: cl + NHS_LIMIT * amr, nlpl: cl - NHS_NEAR * amr, nupl: cl + NHS_NEAR * amr };
}

export interface NhsFlags {
  /** Per value: the rules it is part of. */
  rules: ControlRule[][];
  /** Per value: its NHS type. */
  types: NhsPointType[];
}

/**
 * The rules over one group's values in order (missing values left out by the caller), each with
 * its own limits (p and u limits vary). `dir`: the improvement direction, or null (neutral).
 */
export function nhsFlags(y: ArrayLike<number>, cl: number, lcl: ArrayLike<number>, ucl: ArrayLike<number>, nlcl: ArrayLike<number>, nucl: ArrayLike<number>, dir: ControlChartDirection | null): NhsFlags {
  const len = y.length;
  const rules: ControlRule[][] = Array.from({ length: len }, () => []);
  const side = Array.from({ length: len }, (_, i) => Math.sign(y[i]! - cl) || 0);
  const outside = Array.from({ length: len }, (_, i) => y[i]! > ucl[i]! || y[i]! < lcl[i]!);
  const near = Array.from({ length: len }, (_, i) => !outside[i] && (y[i]! > nucl[i]! || y[i]! < nlcl[i]!));
  for (let i = 0; i < len; i++) if (outside[i]) rules[i]!.push('nhs-outside');
  // 7 points strictly rising or falling (a tie breaks it).
  for (let i = 6; i < len; i++) {
    let up = true, down = true;
    for (let k = i - 5; k <= i; k++) {
      if (!(y[k]! > y[k - 1]!)) up = false;
      if (!(y[k]! < y[k - 1]!)) down = false;
    }
    if (up || down) for (let k = i - 6; k <= i; k++) if (!rules[k]!.includes('nhs-trend')) rules[k]!.push('nhs-trend');
  }
  // 2 of 3 beyond a near limit, all three on one side of the mean: only the near points are flagged.
  for (let i = 0; i + 2 < len; i++) {
    const w = [i, i + 1, i + 2];
    const nearCount = w.filter((k) => near[k]).length;
    const same = Math.abs(side[i]! + side[i + 1]! + side[i + 2]!) === 3;
    if (nearCount >= 2 && same) for (const k of w) if (near[k] && !rules[k]!.includes('nhs-two-of-three')) rules[k]!.push('nhs-two-of-three');
  }
  // 7 points on one side of the mean (a point on the mean breaks it).
  for (let i = 6; i < len; i++) {
    const s = side[i]!;
    if (s === 0) continue;
    let all = true;
    for (let k = i - 6; k < i && all; k++) if (side[k] !== s) all = false;
    if (all) for (let k = i - 6; k <= i; k++) if (!rules[k]!.includes('nhs-shift')) rules[k]!.push('nhs-shift');
  }
  const want = dir === 'up' ? 1 : dir === 'down' ? -1 : 0;
  const types = rules.map((r, i): NhsPointType => {
    if (r.length === 0) return 'common';
    if (want === 0) return side[i]! > 0 ? 'neutral-high' : 'neutral-low';
    return side[i] === want ? 'improvement' : 'concern';
  });
  return { rules, types };
}

/**
 * The NHS assurance from the last point's limits: a target beyond the lower limit (when higher is
 * better) is always met, beyond the upper never; between them it is hit and miss. None without a
 * target or a direction.
 */
export function nhsAssurance(target: number | null, lcl: number | null, ucl: number | null, dir: ControlChartDirection | null): NhsAssurance | null {
  if (target === null || dir === null || lcl === null || ucl === null) return null;
  if (target > ucl) return dir === 'up' ? 'fail' : 'pass';
  if (target < lcl) return dir === 'up' ? 'pass' : 'fail';
  return 'inconsistent';
}
