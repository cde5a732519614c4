/** The publish's options from the command line, checked once: each bad one is one message naming it. */
import { resolve } from 'node:path';
import type { PublishOptions } from './publish.js';

/** The smallest group size a publish may show: groups of 10 or fewer students never appear. */
export const MIN_SUPPRESS_BELOW = 10;

export class PublishUsageError extends Error {}

export interface PublishOptionsInput {
  input?: string;
  out?: string;
  county?: string | null;
  suppressBelow?: string | number | null;
  illustrative?: boolean;
  force?: boolean;
  fallbacks?: boolean;
  threads?: string | number | null;
  children?: string | null;
}

/** Defaults: `--out dash`, every county, `--suppress-below 10`. */
export function normalizePublishOptions(input: PublishOptionsInput): PublishOptions {
  if (!input.input) throw new PublishUsageError('Name the folder of CDE Dashboard files: outcome-kit publish <folder>');
  const t = input.suppressBelow === undefined || input.suppressBelow === null ? MIN_SUPPRESS_BELOW : Number(input.suppressBelow);
  if (!Number.isInteger(t) || t < MIN_SUPPRESS_BELOW) {
    throw new PublishUsageError(`--suppress-below is “${input.suppressBelow}”; it must be a whole number of at least ${MIN_SUPPRESS_BELOW} (groups of 10 or fewer students are never published)`);
  }
  let county: string | null = null;
  if (input.county !== undefined && input.county !== null && input.county !== '') {
    const c = String(input.county).trim();
    if (!/^\d{1,2}$/.test(c) || Number(c) < 1 || Number(c) > 99) throw new PublishUsageError(`--county is “${input.county}”; it must be a two-digit county code (e.g. 49 for Sonoma)`);
    county = c.padStart(2, '0');
  }
  const out: PublishOptions = {
    input: resolve(input.input),
    out: resolve(input.out ?? 'dash'),
    county,
    suppressBelow: t,
    illustrative: input.illustrative === true,
    force: input.force === true,
    fallbacks: input.fallbacks !== false,
    children: 'all-students',
  };
  if (input.children !== undefined && input.children !== null) {
    if (input.children !== 'all-students' && input.children !== 'every-group') throw new PublishUsageError(`--children is “${input.children}”; it must be all-students or every-group`);
    out.children = input.children;
  }
  if (input.threads !== undefined && input.threads !== null) {
    const n = Number(input.threads);
    if (!Number.isInteger(n) || n < 1) throw new PublishUsageError(`--threads is “${input.threads}”; it must be a whole number of at least 1`);
    out.threads = n;
  }
  return out;
}
