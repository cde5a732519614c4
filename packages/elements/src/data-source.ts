import { OutcomeError, checkTimeout, cmsMarkupProblem, loadText, loadUrl, loadValue, problem, type Loaded } from '@outcome-kit/core';

/** Where an element's data comes from, in order of precedence. */
export type DataSource =
  | { kind: 'property'; value: unknown }
  | { kind: 'promise'; value: PromiseLike<unknown> }
  | { kind: 'src'; url: string }
  | { kind: 'inline'; text: string; format: 'json' | 'csv' }
  | { kind: 'none' };

/** The inline data child: `<script type="application/json">` or `<script type="text/csv">`. */
export function inlineDataScript(host: Element): HTMLScriptElement | null {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && /^(application\/json|text\/csv)$/i.test(child.type.trim())) return child;
  }
  return null;
}

const isThenable = (v: unknown): v is PromiseLike<unknown> => typeof (v as PromiseLike<unknown> | null)?.then === 'function';

/** Picks the source: the `data` property (rows, or a promise of them), then `src`, then an inline script child. */
export function pickSource(host: Element, data: unknown, src: string | undefined): DataSource {
  if (isThenable(data)) return { kind: 'promise', value: data };
  if (data !== undefined && data !== null) return { kind: 'property', value: data };
  if (src) return { kind: 'src', url: new URL(src, document.baseURI).href };
  const script = inlineDataScript(host);
  if (script) return { kind: 'inline', text: dedent(script.textContent ?? ''), format: /csv/i.test(script.type) ? 'csv' : 'json' };
  return { kind: 'none' };
}

/** Removes blank edge lines and the indentation an HTML editor gives inline CSV. */
export function dedent(text: string): string {
  const lines = text.replace(/^\s*\n/, '').replace(/\n\s*$/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/**
 * Loads a source (null for none). `signal` cancels a `src` fetch that a newer one replaced;
 * `onProgress` hears the fraction of a `src` body read so far (the loading state shows it).
 */
export async function loadSource(source: DataSource, signal: AbortSignal, timeoutMs?: number, onProgress?: (fraction: number | null) => void): Promise<Loaded | null> {
  switch (source.kind) {
    case 'property':
      return loadValue(source.value);
    case 'promise':
      return loadValue(await settleWithin(source.value, checkTimeout(timeoutMs), signal));
    case 'src':
      return loadUrl(source.url, { signal, timeoutMs: checkTimeout(timeoutMs), ...(onProgress ? { onProgress } : {}) });
    case 'inline':
      if (!source.text.trim()) return null;
      checkCmsMarkup(source.text, source.format);
      return loadText(source.text, source.format);
    case 'none':
      return null;
  }
}

/**
 * Inline data with HTML tags in it (a CMS's automatic paragraphs: `</p><p>`, `<br />`) is refused
 * with a message naming that cause; JSON only when it does not parse (its strings may hold markup).
 */
function checkCmsMarkup(text: string, format: 'json' | 'csv'): void {
  const cms = cmsMarkupProblem(text);
  if (!cms) return;
  if (format === 'json') {
    try {
      JSON.parse(text);
      return;
    } catch {
      /* broken JSON with tags in it: the CMS's doing */
    }
  }
  throw new OutcomeError(cms);
}

/**
 * A data promise, given the same time as `src`: one that never settles ends in a timeout
 * message instead of endless loading. Aborting (newer data) stops the wait.
 */
function settleWithin<T>(value: PromiseLike<T>, timeoutMs: number, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OutcomeError(problem('timeout', (m) => m.promiseTimeout(Math.round(timeoutMs / 100) / 10)))), timeoutMs);
    const stop = () => clearTimeout(timer);
    signal.addEventListener('abort', () => {
      stop();
      reject(new DOMException('Replaced by newer data', 'AbortError'));
    }, { once: true });
    Promise.resolve(value).then(
      (v) => (stop(), resolve(v)),
      (e: unknown) => (stop(), reject(e)),
    );
  });
}
