import { OutcomeError, problem } from '../errors.js';
import { normalizeRunChartOptions } from '../run-chart/options.js';
import { isBlank, toNumber, toPercent } from '../validate/coerce.js';
import { DASHBOARD_SIZE_RULES } from '../gap-chart/facts.js';
import type { ControlChartOptions, ControlChartOptionsInput, ControlChartType, XValue } from './types.js';

export const CONTROL_CHART_TYPES: readonly ControlChartType[] = ['i', 'mr', 'p', 'pp', 'u', 'up', 'c', 'xbar', 's', 'g', 't'];

/** Charts whose y is a count out of n (they need denominators). */
export const NEEDS_N: ReadonlySet<ControlChartType> = new Set(['p', 'pp', 'u', 'up']);

function bad(name: string, value: unknown, expected: string): OutcomeError {
  return new OutcomeError(problem('bad-option', (m) => m.badOption(name, value, expected), { field: name, value }));
}

function choice<T extends string>(name: string, value: unknown, allowed: Record<string, T>, expected: string): T | null {
  if (isBlank(value)) return null;
  const found = typeof value === 'string' ? allowed[value.trim().toLowerCase()] : undefined;
  if (found === undefined) throw bad(name, value, expected);
  return found;
}

function field(name: string, value: unknown): string | null {
  if (isBlank(value)) return null;
  if (typeof value !== 'string' || value.trim() === '') throw bad(name, value, 'a field name');
  return value.trim();
}

function flag(name: string, value: unknown, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  if (typeof value === 'boolean') return value;
  const v = String(value).trim().toLowerCase();
  if (v === 'true' || v === 'yes' || v === '1') return true;
  if (v === 'false' || v === 'no' || v === '0') return false;
  throw bad(name, value, '“true” or “false”');
}

function wholeNumber(name: string, value: unknown, min: number): number | null {
  if (isBlank(value)) return null;
  const n = toNumber(value);
  if (n === null || n === undefined || !Number.isInteger(n) || n < min) throw bad(name, value, `a whole number, ${min} or more`);
  return n;
}

/**
 * Turns options as developers type them, or attribute strings, into `ControlChartOptions`;
 * idempotent; a bad option throws an `OutcomeError` (`bad-option`) naming it.
 * The shared parts (x values of phases, changes, labels) are read by the run chart's normaliser.
 */
export function normalizeControlChartOptions(input: ControlChartOptionsInput | null | undefined = {}): ControlChartOptions {
  const o = (input ?? {}) as Record<string, unknown>;
  const chartKeys = Object.fromEntries(CONTROL_CHART_TYPES.map((c) => [c, c])) as Record<string, ControlChartType>;
  Object.assign(chartKeys, { 'p′': 'pp', "p'": 'pp', 'u′': 'up', "u'": 'up', 'i-mr': 'i', xmr: 'i', 'x̄': 'xbar' });
  const shared = normalizeRunChartOptions({ x: o.x as string, y: o.y as string, phases: o.phases as string, changes: o.changes as string, xLabel: o.xLabel as string, yLabel: o.yLabel as string });
  const exclude = normalizeRunChartOptions({ phases: o.exclude as string }).phases;
  const multiply = isBlank(o.multiply) ? 1 : toNumber(o.multiply);
  if (multiply === null || multiply === undefined || !(multiply > 0)) throw bad('multiply', o.multiply, 'a number above 0');
  const target = isBlank(o.target) ? null : toPercent(o.target);
  if (target === undefined) throw bad('target', o.target, 'a number');
  return {
    chart: choice('chart', o.chart, chartKeys, CONTROL_CHART_TYPES.map((c) => `“${c}”`).join(', ')) ?? 'i',
    x: shared.x,
    y: shared.y,
    n: field('n', o.n),
    facet: field('facet', o.facet),
    freeze: wholeNumber('freeze', o.freeze, 2),
    phases: shared.phases,
    exclude: exclude as XValue[],
    multiply,
    target,
    direction: choice('direction', o.direction, { up: 'up', down: 'down', increase: 'up', decrease: 'down' }, '“up” or “down”'),
    method: choice('method', o.method, { qic: 'qic', qicharts2: 'qic', nhs: 'nhs' }, '“qic” or “nhs”') ?? 'qic',
    screen: flag('screen', o.screen, true),
    laneySigma: choice('laneySigma', o.laneySigma, { auto: 'auto', mr: 'mr', sd: 'sd' }, '“auto”, “mr” or “sd”') ?? 'auto',
    negative: flag('negative', o.negative, true),
    suppressBelow: wholeNumber('suppressBelow', o.suppressBelow, 0) ?? DASHBOARD_SIZE_RULES.suppressAtOrBelow,
    scale: choice('scale', o.scale, { shared: 'shared', free: 'free' }, '“shared” or “free”') ?? 'shared',
    minPoints: wholeNumber('minPoints', o.minPoints, 2) ?? 12,
    changes: shared.changes,
    xLabel: shared.xLabel,
    yLabel: shared.yLabel,
    yFormat: choice('yFormat', o.yFormat, { number: 'number', percent: 'percent' }, '“number” or “percent”') ?? 'number',
  };
}

/** The element's attributes (kebab-case) and the option each sets: read by the element, the iframe page and the static renderer. */
export const CONTROL_CHART_ATTRIBUTES: Readonly<Record<string, keyof ControlChartOptions>> = {
  chart: 'chart',
  x: 'x',
  y: 'y',
  n: 'n',
  facet: 'facet',
  freeze: 'freeze',
  phases: 'phases',
  exclude: 'exclude',
  multiply: 'multiply',
  target: 'target',
  direction: 'direction',
  method: 'method',
  screen: 'screen',
  'laney-sigma': 'laneySigma',
  'suppress-below': 'suppressBelow',
  scale: 'scale',
  'min-points': 'minPoints',
  changes: 'changes',
  'x-label': 'xLabel',
  'y-label': 'yLabel',
  'y-format': 'yFormat',
};
