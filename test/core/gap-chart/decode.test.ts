import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadUrl, type FetchLike } from '../../../packages/core/src/index.js';
import { decodeBytes } from '../../../packages/core/src/load/decode.js';

// ../shared/reference/dashboard-real-rows.md: the 2017/2018 ELPI files are Windows-1252 (0xF1 = "ñ").
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const CP1252 = Uint8Array.from([...ascii('cds\tschoolname\tstudentgroup\tcurrstatus\tcurrdenom\n01\tPe'), 0xf1, ...ascii('a Elementary\tEL\t70.0\t40\n')]);

describe('bytes are decoded where they are read: UTF-8, else Windows-1252', () => {
  it('decodes a Windows-1252 CDE file (0xF1 → ñ) and UTF-8 as UTF-8 (BOM dropped)', () => {
    assert.match(decodeBytes(CP1252), /Peña Elementary/);
    assert.equal(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x50, 0x65, 0xc3, 0xb1, 0x61])), 'Peña');
  });
  it('loadUrl decodes the body’s bytes when the response offers them', async () => {
    const fetch: FetchLike = async () => ({ ok: true, status: 200, headers: { get: () => 'text/plain' }, text: async () => 'garbled', arrayBuffer: async () => CP1252.buffer.slice(0) as ArrayBuffer });
    const loaded = await loadUrl('https://example.org/elpidownload2017f.txt', { fetch });
    assert.equal((loaded.value as Array<Record<string, unknown>>)[0]!.schoolname, 'Peña Elementary');
  });
});
