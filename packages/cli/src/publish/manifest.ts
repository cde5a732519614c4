/**
 * The manifest of a published folder (`manifest.json`): the inputs' hashes and the options that
 * made it. A re-run whose inputs and options are unchanged skips the work.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScannedFile } from './scan.js';

export const MANIFEST_FORMAT = 'outcome-kit/publish-manifest';
/** Bumped when the published output changes for the same inputs (a re-run then redoes the work). */
export const PIPELINE_VERSION = 1;

export interface PublishManifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  pipeline: number;
  options: { county: string | null; suppressBelow: number; illustrative: boolean; children: string; fallbacks: boolean };
  inputs: { name: string; sha256: string; bytes: number }[];
  generated: string;
  /** The summary of the run that wrote the folder. */
  summary: Record<string, unknown>;
}

export function manifestInputs(files: readonly ScannedFile[]): PublishManifest['inputs'] {
  return files.map((f) => ({ name: f.name, sha256: f.hash, bytes: f.bytes }));
}

/** The folder's manifest, or null when it has none (or not ours). */
export async function readManifest(out: string): Promise<PublishManifest | null> {
  try {
    const m = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as PublishManifest;
    return m.format === MANIFEST_FORMAT ? m : null;
  } catch {
    return null;
  }
}

/** True when a folder's manifest says it was made from exactly these inputs with these options. */
export function unchanged(m: PublishManifest | null, inputs: PublishManifest['inputs'], options: PublishManifest['options']): boolean {
  return !!m && m.pipeline === PIPELINE_VERSION && JSON.stringify(m.options) === JSON.stringify(options) && JSON.stringify(m.inputs) === JSON.stringify(inputs);
}
