/**
 * The writing half of a publish, on its own thread: each entity's document (as JSON text) is
 * written, its no-JS fallbacks drawn (the element's views in core) and written beside it, while
 * the main thread streams and builds the next county's documents.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { EntityDocument } from '@outcome-kit/core';
import { fallbackFiles } from './fallback.js';

/** A message to the worker: one entity's document, or the end. */
export type WriteJob = { href: string; json: string } | { end: true };
/** A message from the worker: how many jobs it has finished, the files and bytes written. */
export interface WriteReport {
  done: number;
  files: number;
  bytes: number;
  error?: string;
}

const { out, fallbacks } = workerData as { out: string; fallbacks: boolean };
const dirs = new Set<string>();
let done = 0;
let files = 0;
let bytes = 0;

async function put(rel: string, text: string): Promise<void> {
  const path = join(out, rel);
  const dir = dirname(path);
  if (!dirs.has(dir)) {
    await mkdir(dir, { recursive: true });
    dirs.add(dir);
  }
  await writeFile(path, text);
  files++;
  bytes += Buffer.byteLength(text);
}

async function job(href: string, json: string): Promise<void> {
  const writes = [put(href, json)];
  if (fallbacks) {
    const doc = JSON.parse(json) as EntityDocument;
    const stem = href.replace(/\.json$/, '');
    const f = fallbackFiles(doc);
    writes.push(put(`${stem}.html`, f.html), put(`${stem}.es.html`, f.htmlEs), put(`${stem}.svg`, f.svg));
  }
  await Promise.all(writes);
}

let chain = Promise.resolve();
parentPort!.on('message', (message: WriteJob) => {
  chain = chain.then(async () => {
    try {
      if ('end' in message) {
        parentPort!.postMessage({ done, files, bytes, end: true });
        return;
      }
      await job(message.href, message.json);
      done++;
      if (done % 25 === 0) parentPort!.postMessage({ done, files, bytes } satisfies WriteReport);
    } catch (error) {
      parentPort!.postMessage({ done, files, bytes, error: String((error as Error).message ?? error) } satisfies WriteReport);
    }
  });
});
