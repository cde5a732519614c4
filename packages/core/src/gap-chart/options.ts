import { OutcomeError, problem } from '../errors.js';
import { toNumber } from '../validate/coerce.js';
import { SUSPENSION_TABLES, INDICATOR_IDS, DASHBOARD_INDICATORS, DASHBOARD_SIZE_RULES, type IndicatorDirection, type IndicatorId, type SuspensionTable, type IndicatorUnit } from './facts.js';
import { DASHBOARD_YEARS, dashboardYear, type DashboardEntityType } from './facts-years.js';
import { resolveGroup } from './groups.js';
import { cutPointsFor, roundTenth } from './levels.js';
import { GAP_MESSAGES, langOfCatalogue, type GapMessages } from './messages.js';
import type { GapOptions, GapSort, ReferenceChoice } from './types.js';

/** Options as a developer or an element's attributes give them: values or attribute strings. */
export interface GapOptionsInput {
  indicator?: IndicatorId | string | null;
  /** Custom indicators only: which way is better (default higher). */
  direction?: IndicatorDirection | string | null;
  /** Custom indicators only: the unit (default points). */
  unit?: IndicatorUnit | string | null;
  /** `all` (default), `highest`, `state:<value>[/<prior>]`, `{ state, prior }`, or a group code or name. */
  reference?: string | { state: number | string; prior?: number | string | null } | { group: string } | ReferenceChoice | null;
  suppressBelow?: number | string | null;
  minColorN?: number | string | null;
  minColorNFosterHomeless?: number | string | null;
  hsCutPoints?: boolean | string | null;
  suspensionTable?: SuspensionTable | string | null;
  steadyWithin?: number | string | null;
  sort?: GapSort | string | null;
  /** Field names (as the element's attributes group, value, prior, n). */
  group?: string | null;
  value?: string | null;
  prior?: string | null;
  n?: string | null;
  year?: string | null;
  entityField?: string | null;
  /** All field names at once (a normalised options object passes through unchanged). */
  fields?: Partial<GapOptions['fields']>;
  /** Keep only this entity; keep only this CDS code (Dashboard files). */
  entity?: string | null;
  cds?: string | number | null;
  /** The Dashboard year whose rules apply when the data do not say (a CDE file's `reportingyear` wins); default the latest. */
  dashboardYear?: string | number | null;
  /** Whose rules: `school`, `lea` (default for plain rows) or `state` (a CDE file's `rtype` wins). */
  entityType?: DashboardEntityType | string | null;
}

const SORTS: readonly GapSort[] = ['gap', 'value', 'group', 'none'];

/** Throws the one `bad-option` error, naming the option, its value and what was expected (en/es). */
export function badOption(name: string, value: unknown, expected: (m: GapMessages) => string): never {
  throw new OutcomeError(problem('bad-option', (m) => m.badOption(name, value, expected(GAP_MESSAGES[langOfCatalogue(m)])), { field: name, value }));
}

const given = (v: unknown): boolean => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (!given(value)) return fallback;
  const text = String(value).trim();
  const match = allowed.find((a) => a.toLowerCase() === text.toLowerCase());
  return match ?? badOption(name, value, (m) => m.expectOneOf(allowed));
}

function count(name: string, value: unknown, fallback: number, integer = true): number {
  if (!given(value)) return fallback;
  const n = toNumber(value);
  if (typeof n !== 'number' || n < 0 || (integer && !Number.isInteger(n))) badOption(name, value, (m) => (integer ? m.expectCount : m.expectNumber));
  return n;
}

function flag(name: string, value: unknown): boolean {
  if (value === undefined || value === null || typeof value === 'boolean') return value === true;
  const text = String(value).trim().toLowerCase();
  if (['', 'true', 'y', 'yes'].includes(text)) return true;
  if (['false', 'n', 'no'].includes(text)) return false;
  return badOption(name, value, (m) => m.expectBoolean);
}

function reference(value: GapOptionsInput['reference']): ReferenceChoice {
  if (!given(value)) return { kind: 'all' };
  const num = (v: unknown) => (given(v) ? toNumber(v) : null);
  let state: { value: unknown; prior: unknown } | null = null;
  if (typeof value === 'object' && value !== null) {
    if ('kind' in value && (value.kind === 'all' || value.kind === 'highest')) return { kind: value.kind };
    if ('group' in value && given(value.group)) return { kind: 'group', group: resolveGroup(value.group).code };
    if ('kind' in value && value.kind === 'state') state = { value: value.value, prior: value.prior };
    else if ('state' in value) state = { value: value.state, prior: value.prior };
  } else {
    const text = String(value).trim();
    const m = /^state\s*[:=]\s*([^/]+?)\s*(?:\/\s*(.+))?$/i.exec(text);
    if (m) state = { value: m[1], prior: m[2] };
    else if (/^all$/i.test(text)) return { kind: 'all' };
    else if (/^highest$/i.test(text)) return { kind: 'highest' };
    else if (!/^state$/i.test(text)) return { kind: 'group', group: resolveGroup(text).code };
  }
  const v = state ? num(state.value) : undefined;
  const p = state ? num(state.prior) : undefined;
  if (typeof v !== 'number' || p === undefined) badOption('reference', value, (m) => m.expectReference);
  return { kind: 'state', value: v, prior: p };
}

function cds(value: unknown): string | null {
  if (!given(value)) return null;
  const digits = String(value).replace(/[\s-]/g, '');
  if (!/^\d{1,14}$/.test(digits)) badOption('cds', value, (m) => m.expectCds);
  return digits.padStart(14, '0');
}

/** Normalises options once: fills every default and throws one clear error for a bad value. */
export function normalizeGapOptions(input: GapOptionsInput = {}): GapOptions {
  const indicator = oneOf('indicator', input.indicator, INDICATOR_IDS, 'custom');
  const facts = DASHBOARD_INDICATORS[indicator];
  const custom = indicator === 'custom';
  const direction = oneOf<IndicatorDirection>('direction', input.direction, ['higher', 'lower'], facts.direction);
  const unit = oneOf<IndicatorUnit>('unit', input.unit, ['dfs', 'percent', 'points'], facts.unit);
  if (!custom && direction !== facts.direction) badOption('direction', input.direction, (m) => m.expectIndicatorFact(facts.direction));
  if (!custom && unit !== facts.unit) badOption('unit', input.unit, (m) => m.expectIndicatorFact(facts.unit));
  const hsCutPoints = flag('hsCutPoints', input.hsCutPoints);
  const suspensionTable = oneOf<SuspensionTable>('suspensionTable', input.suspensionTable, SUSPENSION_TABLES, 'UD');
  const minColorN = count('minColorN', input.minColorN, DASHBOARD_SIZE_RULES.minColorN);
  const cuts = cutPointsFor(indicator, { hsCutPoints, suspensionTable });
  const field = (name: 'group' | 'value' | 'prior' | 'n' | 'year', fallback: string) =>
    given(input[name]) ? String(input[name]).trim() : given(input.fields?.[name]) ? String(input.fields![name]).trim() : fallback;
  return {
    indicator,
    unit,
    direction,
    reference: reference(input.reference),
    suppressBelow: count('suppressBelow', input.suppressBelow, DASHBOARD_SIZE_RULES.suppressAtOrBelow),
    minColorN,
    minColorNFosterHomeless: Math.min(minColorN, count('minColorNFosterHomeless', input.minColorNFosterHomeless, DASHBOARD_SIZE_RULES.minColorNFosterHomeless)),
    hsCutPoints,
    suspensionTable,
    // Our choice, not a Dashboard rule: a gap is steady when it moves no more than "Maintained" allows.
    steadyWithin: count('steadyWithin', input.steadyWithin, cuts ? roundTenth(cuts.change[2] - 0.1) : 0, false),
    sort: oneOf('sort', input.sort, SORTS, 'gap'),
    fields: {
      group: field('group', 'group'),
      value: field('value', 'value'),
      prior: field('prior', 'prior'),
      n: field('n', 'n'),
      year: field('year', 'year'),
      entity: given(input.entityField) ? String(input.entityField).trim() : (input.fields?.entity ?? 'entity'),
    },
    entity: given(input.entity) ? String(input.entity).trim() : null,
    cds: cds(input.cds),
    dashboardYear: given(input.dashboardYear) ? (dashboardYear(input.dashboardYear) ?? badOption('dashboardYear', input.dashboardYear, (m) => m.expectOneOf(DASHBOARD_YEARS))) : null,
    entityType: oneOf<DashboardEntityType>('entityType', input.entityType, ['school', 'lea', 'state'], 'lea'),
  };
}

/**
 * The element's attributes (kebab-case) and the option each one sets: the one table that
 * `<outcome-gap-chart>` and the static-SVG renderer read.
 */
export const GAP_CHART_ATTRIBUTES: Readonly<Record<string, keyof GapOptionsInput>> = {
  indicator: 'indicator',
  reference: 'reference',
  group: 'group',
  value: 'value',
  prior: 'prior',
  n: 'n',
  'suppress-below': 'suppressBelow',
  'min-color-n': 'minColorN',
  'min-color-n-foster-homeless': 'minColorNFosterHomeless',
  'high-school': 'hsCutPoints',
  'suspension-table': 'suspensionTable',
  'steady-within': 'steadyWithin',
  entity: 'entity',
  cds: 'cds',
  'dashboard-year': 'dashboardYear',
  'entity-type': 'entityType',
  sort: 'sort',
  direction: 'direction',
  unit: 'unit',
};
