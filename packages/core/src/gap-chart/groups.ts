import type { Localized } from '../i18n/lang.js';
import { STUDENT_GROUPS } from './facts.js';

export interface GroupIdentity {
  /** The CDE code when the name is one (or names one), else the name as given. */
  code: string;
  name: Localized;
  known: boolean;
}

const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

const ALIASES = new Map<string, string>();
for (const [code, facts] of Object.entries(STUDENT_GROUPS)) {
  for (const alias of [code, facts.layout, facts.name.en, facts.name.es]) ALIASES.set(norm(alias), code);
}

/**
 * Who a group is: a CDE code (any case), its record-layout name or its English or Spanish
 * display name resolve to the code and its names; anything else is a free name shown as given.
 */
export function resolveGroup(text: string): GroupIdentity {
  const code = ALIASES.get(norm(text));
  if (code !== undefined) return { code, name: STUDENT_GROUPS[code]!.name, known: true };
  const name = text.trim();
  return { code: name, name: { en: name, es: name }, known: false };
}

/**
 * Groups whose sizes add up to a total group's size: where all but one part of a partition are
 * shown with the total, the last part follows by subtraction (its n, its value, its prior). The
 * race/ethnicity groups partition All Students; English Learners Only and recently reclassified
 * students partition English Learners; the test-taker groups partition All Students (ELA, Math).
 * Free names (schools, programs) are checked as one more partition of All Students.
 */
export const GROUP_PARTITIONS: ReadonlyArray<{ total: string; parts: readonly string[] }> = [
  { total: 'ALL', parts: ['AA', 'AI', 'AS', 'FI', 'HI', 'PI', 'WH', 'MR'] },
  { total: 'EL', parts: ['ELO', 'RFP'] },
  { total: 'ALL', parts: ['SBA', 'CAA'] },
];
