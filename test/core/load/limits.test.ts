// Big and odd inputs (issue 18): documented limits with one clear message instead of a dead tab;
// HTML or JSON where CSV was expected; duplicate and space-padded CSV headers; the timeout option.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LIMITS, OutcomeError, checkTimeout, loadText, loadUrl, parseCsv, rowsOf, type FetchLike } from '../../../packages/core/src/index.js';

async function problemOf(run: () => unknown): Promise<{ code: string; en: string; es: string; field?: string }> {
  try {
    await run();
  } catch (e) {
    assert.ok(e instanceof OutcomeError, String(e));
    return { code: e.first.code, en: e.first.message.en, es: e.first.message.es, ...(e.first.field ? { field: e.first.field } : {}) };
  }
  assert.fail('expected an OutcomeError');
}

const serve = (body: string, type: string): FetchLike => async () => ({ ok: true, status: 200, headers: { get: (n: string) => (n.toLowerCase() === 'content-type' ? type : null) }, text: async () => body });

describe('load: odd sources get their own message', () => {
  it('an HTML page, a fragment or a comment served as CSV', async () => {
    for (const body of ['<!DOCTYPE html><html><body>Sign in</body></html>', '<div class="error">Not found</div>', '<!-- CMS -->\n<p>Moved</p>']) {
      const p = await problemOf(() => loadUrl('https://example.org/data.csv', { fetch: serve(body, 'text/csv') }));
      assert.equal(p.code, 'html', body);
    }
    assert.equal((await problemOf(() => parseCsv('<p>hello</p>\n'))).code, 'not-csv');
  });

  it('JSON served as CSV is named as JSON, not read as one odd column', async () => {
    const p = await problemOf(() => loadUrl('https://example.org/data.csv', { fetch: serve('[{"group":"ALL","value":1,"n":20}]', 'text/csv') }));
    assert.deepEqual([p.code, p.en], ['not-csv', 'The data is not CSV: it looks like JSON.']);
  });

  it('duplicate headers are refused by name; space-padded ones are read trimmed', async () => {
    const dup = await problemOf(() => parseCsv('group,value,n,value\nALL,1,20,2\n'));
    assert.deepEqual(dup, { code: 'duplicate-header', en: 'The CSV has two columns named “value”. Give each column its own name.', es: 'El CSV tiene dos columnas llamadas “value”. Dé a cada columna su propio nombre.', field: 'value' });
    assert.equal((await problemOf(() => parseCsv('n, n\n1,2\n'))).code, 'duplicate-header');
    const loaded = await parseCsv(' group ,value,  n\nALL,1,20\n');
    assert.deepEqual(rowsOf(loaded), [{ group: 'ALL', value: '1', n: '20' }]);
  });

  it('the timeout option: a positive finite number of milliseconds, else an option error', async () => {
    assert.equal(checkTimeout(undefined), 15_000);
    assert.equal(checkTimeout(250), 250);
    for (const bad of [0, -5, Number.NaN, Infinity, '100' as unknown]) {
      const p = await problemOf(() => checkTimeout(bad));
      assert.equal(p.code, 'bad-option');
      assert.equal(p.field, 'timeout');
      assert.match(p.en, /^The option “timeout” is .*; expected a number of milliseconds above 0\.$/);
    }
  });
});

describe('load: documented limits', () => {
  it(`more than ${LIMITS.maxRows.toLocaleString('en-US')} rows: one clear message, in CSV and JSON`, async () => {
    const csv = 'group,value,n\n' + 'G,1,20\n'.repeat(LIMITS.maxRows + 1);
    const p = await problemOf(() => loadText(csv, 'csv'));
    assert.equal(p.code, 'too-big');
    assert.equal(p.en, 'The data is too big to draw in a web page: 100,001 rows (the limit is 100,000 rows). Publish a smaller file (one school or district, one year).');
    const rows = Array.from({ length: LIMITS.maxRows + 1 }, () => ({ group: 'G' }));
    assert.equal((await problemOf(() => rowsOf({ value: rows, format: 'objects', firstRow: 1 }))).code, 'too-big');
  });

  it('text above the size limit is refused before parsing', async () => {
    const huge = 'x'.repeat(LIMITS.maxTextChars + 1);
    assert.equal((await problemOf(() => parseCsv(huge))).code, 'too-big');
    assert.equal((await problemOf(() => loadText(`[${huge}]`, 'json'))).code, 'too-big');
  });
});
