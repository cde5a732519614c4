import { resolveGroup } from '../gap-chart/groups.js';
import { suppressOption, yearOption } from '../equity-report/options.js';
import type { CountyGridOptions, CountyGridOptionsInput } from './types.js';

/** Normalises the county grid's options once (idempotent). A group name or code resolves to its CDE code. */
export function normalizeCountyGridOptions(input: CountyGridOptionsInput | null | undefined = {}): CountyGridOptions {
  const o = input ?? {};
  const group = typeof o.group === 'string' && o.group.trim() ? resolveGroup(o.group).code : 'ALL';
  return { year: yearOption(o.year), group, suppressBelow: suppressOption(o.suppressBelow) };
}

/** The element's attributes (kebab-case) and the option each one sets. */
export const COUNTY_GRID_ATTRIBUTES: Readonly<Record<string, keyof CountyGridOptionsInput>> = {
  year: 'year',
  group: 'group',
  'suppress-below': 'suppressBelow',
};
