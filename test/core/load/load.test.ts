import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText, loadUrl, loadValue, rowsOf, OutcomeError, type FetchLike } from '../../../packages/core/src/index.js';

function fakeFetch(status: number, body: string, type: string | null): FetchLike {
  return async () => ({ ok: status >= 200 && status < 300, status, headers: { get: (n) => (n.toLowerCase() === 'content-type' ? type : null) }, text: async () => body });
}

async function problemOf(promise: Promise<unknown>): Promise<{ code: string; en: string; es: string }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof OutcomeError);
    return { code: error.first.code, en: error.first.message.en, es: error.first.message.es };
  }
  throw new Error('expected a failure');
}

describe('load', () => {
  it('passes an array of objects through, counting rows from 1', () => {
    const loaded = loadValue([{ a: 1 }]);
    assert.deepEqual(rowsOf(loaded), [{ a: 1 }]);
    assert.equal(loaded.firstRow, 1);
  });

  it('reads JSON text and CSV text (header = row 1, so the first data row is row 2)', async () => {
    assert.deepEqual(rowsOf(await loadText('[{"a":"1"}]')), [{ a: '1' }]);
    const csv = await loadText('a,b\n1,"x, y"\n2,z\n');
    assert.deepEqual(rowsOf(csv), [{ a: '1', b: 'x, y' }, { a: '2', b: 'z' }]);
    assert.equal(csv.firstRow, 2);
  });

  it('reads tab-separated CDE files and keeps leading zeros as text', async () => {
    const tsv = await loadText('cds\tstudentgroup\tcurrstatus\n01611190000000\tALL\t12.5\n');
    assert.deepEqual(rowsOf(tsv), [{ cds: '01611190000000', studentgroup: 'ALL', currstatus: '12.5' }]);
  });

  it('accepts an object holding its rows under data or rows, and refuses anything else', async () => {
    assert.deepEqual(rowsOf(loadValue({ data: [{ a: 1 }] })), [{ a: 1 }]);
    assert.throws(() => rowsOf(loadValue('nope')), /must be a list of rows/);
    assert.throws(() => rowsOf(loadValue([{ a: 1 }, 5])), (e: OutcomeError) => e.first.row === 2);
  });

  it('names bad JSON', async () => {
    const p = await problemOf(loadText('[{"a":1},'));
    assert.equal(p.code, 'bad-json');
    assert.match(p.en, /^The data is not valid JSON: /);
    assert.match(p.es, /^Los datos no son JSON válido: /);
  });

  it('loads JSON and CSV from a URL by content type, then by extension', async () => {
    assert.equal((await loadUrl('/d', { fetch: fakeFetch(200, '[{"a":1}]', 'application/json') })).format, 'json');
    assert.equal((await loadUrl('/d', { fetch: fakeFetch(200, 'a\n1', 'text/csv') })).format, 'csv');
    assert.equal((await loadUrl('/d.csv', { fetch: fakeFetch(200, 'a\n1', 'application/octet-stream') })).format, 'csv');
    assert.equal((await loadUrl('/d.json?v=2', { fetch: fakeFetch(200, '[]', null) })).format, 'json');
  });

  it('gives each URL failure its own message', async () => {
    assert.deepEqual(await problemOf(loadUrl('/x.json', { fetch: fakeFetch(404, 'Not found', 'text/plain') })), {
      code: 'http-status',
      en: 'The data file at /x.json could not be loaded: the server answered 404. Check the address.',
      es: 'No se pudo cargar el archivo de datos en /x.json: el servidor respondió 404. Revise la dirección.',
    });
    assert.equal((await problemOf(loadUrl('/x', { fetch: fakeFetch(200, '<!DOCTYPE html><html></html>', 'text/html') }))).code, 'html');
    assert.equal((await problemOf(loadUrl('/x', { fetch: fakeFetch(200, '<html><body>hi', 'application/octet-stream') }))).code, 'html');
    assert.equal((await problemOf(loadUrl('/x', { fetch: fakeFetch(200, '  \n', 'application/json') }))).code, 'empty-body');
    const failing: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    assert.equal((await problemOf(loadUrl('/x', { fetch: failing }))).code, 'network');
  });

  it('times out a URL that does not answer', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const p = await problemOf(loadUrl('/slow', { fetch: hanging, timeoutMs: 50 }));
    assert.deepEqual(p, {
      code: 'timeout',
      en: 'The data file at /slow did not answer within 0.1 seconds.',
      es: 'El archivo de datos en /slow no respondió en 0.1 segundos.',
    });
  });
});
