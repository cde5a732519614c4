/**
 * `publish(options)`: a folder of CDE Dashboard download files → a static folder any web host can
 * serve: one JSON per county, district and school (every indicator, group and year; DA by year for
 * LEAs), `index.json` (county → districts → schools), and for each entity a no-JS fallback (an
 * HTML fragment in English and Spanish and a static SVG). Reading and normalising is DuckDB's
 * (embedded); documents are built one county at a time, so memory stays bounded statewide.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DashboardRecord, PublishIndex } from '@outcome-kit/core';
import { buildCountyDocuments, hrefOf, type ChildRecords } from './documents.js';
import { loadFiles, openDuck, streamRows } from './duck.js';
import { manifestInputs, MANIFEST_FORMAT, PIPELINE_VERSION, readManifest, unchanged, type PublishManifest } from './manifest.js';
import { toRecord } from './records.js';
import { scanFolder, type FileProblem } from './scan.js';
import type { WriteJob, WriteReport } from './write-worker.js';

/** Options of a publish (already checked: see `normalizePublishOptions`). */
export interface PublishOptions {
  input: string;
  out: string;
  /** Two-digit county code, or null for every county. */
  county: string | null;
  suppressBelow: number;
  /** Label every document as illustrative data (meta.illustrative and the names). */
  illustrative: boolean;
  /** Redo the work even when the manifest says the inputs are unchanged. */
  force: boolean;
  /** DuckDB threads (default: every core). */
  threads?: number;
  /** Write the no-JS fallbacks (default true). */
  fallbacks: boolean;
  /** What a parent's `children` carry of each child: its All Students records (default: small enough to embed) or every group's. */
  children: ChildRecords;
  /** Fixed `generated` time (tests, reproducible output). */
  now?: string;
}

/** What happened, for the final summary. */
export interface PublishSummary {
  skipped: boolean;
  files: number;
  filesRead: number;
  entities: { counties: number; districts: number; schools: number };
  filesWritten: number;
  bytesWritten: number;
  rowsRead: number;
  rowsRejected: number;
  rejectedByReason: Record<string, number>;
  /** Files left out and rows rejected, by name and row (the first ones of each file). */
  problems: FileProblem[];
  warnings: FileProblem[];
  groupsRemoved: number;
  seconds: number;
}

/** Progress of a run, for a bar on a terminal or plain lines. */
export type PublishProgress =
  | { stage: 'scan'; files: number }
  | { stage: 'read'; file: string; index: number; files: number }
  | { stage: 'write'; county: string; index: number; counties: number; entities: number };

const OWNED = ['counties', 'districts', 'schools', 'index.json', 'state.json', 'manifest.json'];

/** Empties the parts of `out` a publish writes; refuses a non-empty folder that is not a published one. */
async function prepareOut(out: string, hasManifest: boolean): Promise<void> {
  await mkdir(out, { recursive: true });
  if (!hasManifest && (await readdir(out)).length) {
    throw new Error(`${out} is not empty and is not a published folder (no manifest.json): choose an empty folder with --out`);
  }
  for (const name of OWNED) await rm(join(out, name), { recursive: true, force: true });
}

/** Writes files with a few in flight at once. */
function writer(out: string) {
  const pending = new Set<Promise<void>>();
  let files = 0;
  let bytes = 0;
  const dirs = new Set<string>();
  return {
    async write(rel: string, text: string): Promise<void> {
      const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
      if (dir && !dirs.has(dir)) {
        await mkdir(join(out, dir), { recursive: true });
        dirs.add(dir);
      }
      files++;
      bytes += Buffer.byteLength(text);
      const p = writeFile(join(out, rel), text).finally(() => pending.delete(p));
      pending.add(p);
      if (pending.size >= 64) await Promise.race(pending);
    },
    async done(): Promise<{ files: number; bytes: number }> {
      await Promise.all(pending);
      return { files, bytes };
    },
  };
}

/**
 * Entity files written on a worker thread (documents, fallbacks), at most `ahead` documents
 * ahead of it, so the main thread builds the next county meanwhile and memory stays bounded.
 */
function entityWriter(out: string, fallbacks: boolean, ahead = 100) {
  const workerData = { out, fallbacks };
  // Built, the worker is write-worker.js; run from the sources through tsx (the tests), its .ts with tsx's loader registered first.
  const worker = import.meta.url.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./write-worker.ts', import.meta.url).href)}); });`, { eval: true, workerData })
    : new Worker(new URL('./write-worker.js', import.meta.url), { workerData });
  let sent = 0;
  let report: WriteReport = { done: 0, files: 0, bytes: 0 };
  let error: string | null = null;
  let wake: (() => void) | null = null;
  let finish: (() => void) | null = null;
  const nudge = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  worker.on('message', (m: WriteReport & { end?: boolean }) => {
    report = m;
    if (m.error) error ??= m.error;
    nudge();
    if (m.end) finish?.();
  });
  worker.on('error', (e) => {
    error ??= e.message;
    nudge();
    finish?.();
  });
  return {
    async add(href: string, json: string): Promise<void> {
      if (error) throw new Error(error);
      worker.postMessage({ href, json } satisfies WriteJob);
      sent++;
      while (sent - report.done > ahead && !error) await new Promise<void>((r) => (wake = r));
    },
    async end(): Promise<WriteReport> {
      await new Promise<void>((r) => {
        finish = r;
        worker.postMessage({ end: true } satisfies WriteJob);
      });
      await worker.terminate();
      if (error) throw new Error(`writing the published files: ${error}`);
      return report;
    },
  };
}

/** The document text: compact JSON (it is fetched by pages). */
const json = (value: unknown) => JSON.stringify(value);

/** Runs a publish. Bad files and rows are reported in the summary, never thrown; a bad `out` folder throws. */
export async function publish(options: PublishOptions, onProgress: (p: PublishProgress) => void = () => {}): Promise<PublishSummary> {
  const started = performance.now();
  const files = await scanFolder(options.input);
  onProgress({ stage: 'scan', files: files.length });
  const inputs = manifestInputs(files);
  const manifestOptions = { county: options.county, suppressBelow: options.suppressBelow, illustrative: options.illustrative, children: options.children, fallbacks: options.fallbacks };
  const previous = await readManifest(options.out);
  if (!options.force && unchanged(previous, inputs, manifestOptions)) {
    return { ...(previous!.summary as unknown as PublishSummary), skipped: true, seconds: (performance.now() - started) / 1000 };
  }
  await prepareOut(options.out, previous !== null);

  const readable = files.filter((f) => f.fatal.length === 0);
  const problems: FileProblem[] = files.flatMap((f) => f.fatal);
  const warnings: FileProblem[] = files.flatMap((f) => f.warnings);
  const tmp = await mkdtemp(join(tmpdir(), 'outcome-publish-'));
  const summary: PublishSummary = {
    skipped: false,
    files: files.length,
    filesRead: 0,
    entities: { counties: 0, districts: 0, schools: 0 },
    filesWritten: 0,
    bytesWritten: 0,
    rowsRead: 0,
    rowsRejected: 0,
    rejectedByReason: {},
    problems,
    warnings,
    groupsRemoved: 0,
    seconds: 0,
  };
  try {
    const conn = await openDuck(tmp, options.threads);
    const load = await loadFiles(conn, readable, tmp, (what, i) => onProgress({ stage: 'read', file: what, index: i, files: readable.length }));
    problems.push(...load.failed, ...load.examples);
    summary.filesRead = readable.length - load.failed.length;
    summary.rowsRead = load.rowsRead;
    summary.rowsRejected = load.rowsRejected;
    summary.rejectedByReason = Object.fromEntries(load.byReason);

    const w = writer(options.out);
    const entities = entityWriter(options.out, options.fallbacks);
    const generated = options.now ?? new Date().toISOString();
    const meta = { suppressBelow: options.suppressBelow, sources: readable.map((f) => f.name), generated, ...(options.illustrative ? { illustrative: true } : {}) };
    const index: PublishIndex = { format: 'outcome-kit/index', version: 1, entities: [], years: [], generated };
    const years = new Set<string>();
    let duplicates = 0;
    const total = (await conn.runAndReadAll(`SELECT count(DISTINCT substr(cds, 1, 2)) FROM long WHERE cds <> '00000000000000'`)).getRows()[0]?.[0];
    const countyCount = options.county ? 1 : Number(total ?? 0);
    let records: DashboardRecord[] = [];
    let county: string | null = null;
    let done = 0;
    let previousKey = '';
    const flush = async () => {
      if (county === null) return;
      const built = buildCountyDocuments(county, records, meta, options.children);
      records = [];
      summary.groupsRemoved += built.removed;
      index.entities.push(...built.entities);
      for (const doc of built.documents) {
        await entities.add(hrefOf(doc.entity), json(doc));
        doc.years.forEach((y) => years.add(y));
        const kind = doc.entity.kind;
        if (kind === 'county') summary.entities.counties++;
        else if (kind === 'school') summary.entities.schools++;
        else summary.entities.districts++;
      }
      onProgress({ stage: 'write', county, index: done++, counties: countyCount, entities: built.documents.length });
    };
    await streamRows(conn, options.county, async (rows) => {
      for (const row of rows) {
        const cds = row[0] as string;
        // Sorted by entity, indicator, year, group and file: a repeat of the last key is a duplicate from a later file.
        const key = `${cds}|${row[5]}|${row[6]}|${row[7]}`;
        if (key === previousKey) {
          duplicates++;
          continue;
        }
        previousKey = key;
        const c = cds.slice(0, 2);
        if (c !== county) {
          await flush();
          county = c;
        }
        records.push(toRecord(row, options.illustrative));
      }
    });
    await flush();
    if (duplicates) {
      summary.rowsRejected += duplicates;
      summary.rejectedByReason['the same school or district, group, indicator and year as a row of an earlier file'] = duplicates;
    }
    index.years = [...years].sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b));
    await w.write('index.json', json(index));
    const written = await w.done();
    const byWorker = await entities.end();
    summary.filesWritten = written.files + byWorker.files + 1; // and the manifest
    summary.bytesWritten = written.bytes + byWorker.bytes;
    conn.closeSync();
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  summary.seconds = (performance.now() - started) / 1000;
  const manifest: PublishManifest = { format: MANIFEST_FORMAT, version: 1, pipeline: PIPELINE_VERSION, options: manifestOptions, inputs, generated: new Date().toISOString(), summary: summary as unknown as Record<string, unknown> };
  await writeFile(join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return summary;
}
