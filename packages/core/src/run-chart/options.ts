import { OutcomeError, problem } from '../errors.js';
import { isBlank, toNumber, toPercent } from '../validate/coerce.js';
import type { RunChartChange, RunChartOptions, RunChartOptionsInput, XValue } from './types.js';

function bad(name: string, value: unknown, expected: string): OutcomeError {
  return new OutcomeError(problem('bad-option', (m) => m.badOption(name, value, expected), { field: name, value }));
}

function fieldName(name: string, value: unknown, fallback: string): string {
  if (isBlank(value)) return fallback;
  if (typeof value !== 'string' || value.trim() === '') throw bad(name, value, 'a field name');
  return value.trim();
}

function choice<T extends string>(name: string, value: unknown, allowed: Record<string, T>, expected: string): T | null {
  if (isBlank(value)) return null;
  const key = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const found = key === undefined ? undefined : allowed[key];
  if (found === undefined) throw bad(name, value, expected);
  return found;
}

function count(name: string, value: unknown, min: number): number | null {
  if (isBlank(value)) return null;
  const n = toNumber(value);
  if (n === null || n === undefined || !Number.isInteger(n) || n < min) throw bad(name, value, `a whole number, ${min} or more`);
  return n;
}

function xValue(name: string, value: unknown): XValue {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw bad(name, value, 'an x value (a date, a number or a label)');
}

function phases(value: unknown, name = 'phases'): XValue[] {
  if (isBlank(value)) return [];
  let list: unknown = value;
  if (typeof value === 'string') {
    const text = value.trim();
    list = text.startsWith('[') ? parseJson(name, text) : text.split(',').filter((s) => s.trim() !== '');
  }
  if (!Array.isArray(list)) throw bad(name, value, 'a list of x values (e.g. "2024-01,2024-06")');
  return list.map((v) => xValue(name, v));
}

function label(name: string, value: unknown): string | null {
  if (isBlank(value)) return null;
  if (typeof value !== 'string') throw bad(name, value, 'a text');
  return value.trim();
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw bad(name, text, 'valid JSON');
  }
}

function changes(value: unknown): RunChartChange[] {
  if (isBlank(value)) return [];
  const list = typeof value === 'string' ? parseJson('changes', value.trim()) : value;
  const expected = 'a list of changes, each with an x value and a label';
  if (!Array.isArray(list)) throw bad('changes', value, expected);
  return list.map((item: unknown) => {
    if (!item || typeof item !== 'object') throw bad('changes', item, expected);
    const c = item as Record<string, unknown>;
    const label = typeof c.label === 'string' ? c.label.trim() : '';
    if (label === '') throw bad('changes', item, expected);
    const out: RunChartChange = { x: xValue('changes', c.x), label };
    if (typeof c.description === 'string' && c.description.trim() !== '') out.description = c.description.trim();
    if (typeof c.cycle === 'string' && c.cycle.trim() !== '') out.cycle = c.cycle.trim();
    return out;
  });
}

/**
 * Turns options as typed by developers, or as attribute strings, into a fully defaulted
 * `RunChartOptions`; everything after it trusts the result. Idempotent. A bad option throws an
 * `OutcomeError` (`bad-option`) naming the option and its value.
 */
export function normalizeRunChartOptions(input: RunChartOptionsInput | null | undefined = {}): RunChartOptions {
  const o = (input ?? {}) as Record<string, unknown>;
  const goal = isBlank(o.goal) ? null : toPercent(o.goal);
  if (goal === undefined) throw bad('goal', o.goal, 'a number');
  const out: RunChartOptions = {
    x: fieldName('x', o.x, 'x'),
    y: fieldName('y', o.y, 'y'),
    rules: choice('rules', o.rules, { ihi: 'ihi', anhoej: 'anhoej', 'anhøj': 'anhoej', anhoj: 'anhoej' }, '“ihi” or “anhoej”') ?? 'ihi',
    baseline: count('baseline', o.baseline, 1),
    phases: phases(o.phases),
    direction: choice('direction', o.direction, { up: 'up', down: 'down' }, '“up” or “down”'),
    goal,
    minPoints: count('minPoints', o.minPoints, 1) ?? 10,
    yFormat: choice('yFormat', o.yFormat, { number: 'number', percent: 'percent' }, '“number” or “percent”') ?? 'number',
    changes: changes(o.changes),
    xLabel: label('xLabel', o.xLabel),
    yLabel: label('yLabel', o.yLabel),
  };
  // The data-handling options appear only when set, so a plain run chart's options stay as they were.
  const exclude = phases(o.exclude, 'exclude');
  if (exclude.length) out.exclude = exclude;
  const xPeriod = choice<'week' | 'month' | 'quarter' | 'schoolYear'>('xPeriod', o.xPeriod, { week: 'week', month: 'month', quarter: 'quarter', 'school-year': 'schoolYear', schoolyear: 'schoolYear' }, '“week”, “month”, “quarter” or “school-year”');
  if (xPeriod) out.xPeriod = xPeriod;
  if (!isBlank(o.n)) out.n = fieldName('n', o.n, 'n');
  const pool = choice<'none' | 'mean'>('pool', o.pool, { none: 'none', mean: 'mean' }, '“none” or “mean”');
  if (pool) out.pool = pool;
  return out;
}

/**
 * The element's attributes (kebab-case) and the option each one sets: the one table that
 * `<outcome-run-chart>`, the iframe page and the static-SVG renderer all read.
 */
export const RUN_CHART_ATTRIBUTES: Readonly<Record<string, keyof RunChartOptionsInput>> = {
  x: 'x',
  y: 'y',
  rules: 'rules',
  baseline: 'baseline',
  phases: 'phases',
  direction: 'direction',
  goal: 'goal',
  'min-points': 'minPoints',
  'y-format': 'yFormat',
  changes: 'changes',
  'x-label': 'xLabel',
  'y-label': 'yLabel',
  exclude: 'exclude',
  'x-period': 'xPeriod',
  n: 'n',
  pool: 'pool',
};
