import { OutcomeError, problem } from '../errors.js';
import { MESSAGES } from '../i18n/messages.js';
import { parseCsv } from './csv.js';
import { readBody, readStream, type ByteStream } from './decode.js';
import { LIMITS } from './limits.js';
import { looksLikeHtml, looksLikeJson, parseJson } from './json.js';
import type { FetchLike, Loaded, UrlOptions } from './types.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The time to wait, checked: undefined gives the default; anything but a positive finite number
 * of milliseconds (0, −5, NaN from `timeout="abc"`, Infinity) is an option error.
 */
export function checkTimeout(value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_TIMEOUT_MS;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new OutcomeError(problem('bad-option', (m) => m.badOption('timeout', value, m === MESSAGES.es ? 'un número de milisegundos mayor que 0' : 'a number of milliseconds above 0'), { field: 'timeout', value }));
  }
  return value;
}

/** Chooses JSON or CSV from the response's content type, then the URL's extension, then the text. */
export function formatOf(url: string, contentType: string | null, text: string): 'json' | 'csv' {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('csv') || type.includes('tab-separated')) return 'csv';
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.json')) return 'json';
  if (/\.(csv|tsv|txt)$/.test(path)) return 'csv';
  return looksLikeJson(text) ? 'json' : 'csv';
}

/**
 * Fetches data from a URL with a timeout. Each way it can fail has its own message: a non-2xx
 * status, a network failure (or CORS), a timeout, an HTML page where data was expected, an empty body.
 */
export async function loadUrl(url: string, options: UrlOptions = {}): Promise<Loaded> {
  const fetchImpl: FetchLike | undefined = options.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
  if (!fetchImpl) throw new OutcomeError(problem('network', (m) => m.network(url)));
  const timeoutMs = checkTimeout(options.timeoutMs);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    let response: Awaited<ReturnType<FetchLike>>;
    let text: string;
    try {
      response = await fetchImpl(url, { signal: controller.signal, headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' } });
      text = await readText(url, response, options.onProgress);
    } catch (error) {
      if (error instanceof OutcomeError) throw error;
      if (timedOut) throw new OutcomeError(problem('timeout', (m) => m.timeout(url, Math.round(timeoutMs / 100) / 10)));
      if (options.signal?.aborted) throw error;
      throw new OutcomeError(problem('network', (m) => m.network(url)));
    }
    if (!response.ok) throw new OutcomeError(problem('http-status', (m) => m.httpStatus(url, response.status), { value: response.status }));
    const contentType = response.headers.get('content-type');
    if (!text.trim()) throw new OutcomeError(problem('empty-body', (m) => m.emptyBody(url)));
    if ((contentType ?? '').toLowerCase().includes('text/html') || looksLikeHtml(text)) {
      throw new OutcomeError(problem('html', (m) => m.html(url)));
    }
    return formatOf(url, contentType, text) === 'json' ? parseJson(text) : await parseCsv(text);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/**
 * The body as text. A streamed body is read chunk by chunk (the page stays responsive, progress is
 * reported) and a CSV is refused as soon as its lines pass the row limit, before the rest arrives.
 */
async function readText(url: string, response: Awaited<ReturnType<FetchLike>> & { body?: ByteStream | null }, onProgress?: (fraction: number | null) => void): Promise<string> {
  if (!response.body || typeof response.body.getReader !== 'function') return readBody(response);
  const type = response.headers.get('content-type');
  const length = Number(response.headers.get('content-length'));
  return readStream(response.body, {
    ...(Number.isFinite(length) && length > 0 ? { length } : {}),
    ...(onProgress ? { onProgress } : {}),
    lineLimit: (head) => (!response.ok || (type ?? '').toLowerCase().includes('html') || looksLikeHtml(head) || formatOf(url, type, head) === 'json' ? null : LIMITS.maxRows + 1),
    onTooManyLines: () => {
      throw new OutcomeError(problem('too-big', (m) => m.tooBig(m === MESSAGES.es ? `más de ${LIMITS.maxRows.toLocaleString('es-US')} filas` : `more than ${LIMITS.maxRows.toLocaleString('en-US')} rows`, `${LIMITS.maxRows.toLocaleString('en-US')} rows`)));
    },
  });
}
