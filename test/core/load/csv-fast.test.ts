// csv-fast.ts, the browser's CSV parser (issue 17). Every expected value is worked out by hand from
// the text, by RFC 4180's rules (quoted cells, "" for a quote, CRLF) and the reading arquero's
// fromCSV(text, { autoType: false }) gave before it (empty cell → null, missing cell → undefined).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { delimitedRows, parseDelimited } from '../../../packages/core/src/load/csv-fast.js';
import { parseCsv } from '../../../packages/core/src/load/csv.js';

// Both paths: with no quote in the text the fast path cuts lines; with one, the quoting parser runs.
const both = (text: string, delimiter = ',') => {
  const fast = delimitedRows(text, delimiter).rows;
  const { names, rows } = parseDelimited(text, delimiter);
  const slow = rows.map((cells) => Object.fromEntries(names.map((n, i) => [n, cells[i]])));
  return { fast, slow, names };
};

describe('csv-fast: plain cells', () => {
  it('a header and two rows, LF', () => {
    const { fast, slow, names } = both('month,rate\n2024-01,5\n2024-02,6');
    assert.deepEqual(names, ['month', 'rate']);
    assert.deepEqual(fast, [{ month: '2024-01', rate: '5' }, { month: '2024-02', rate: '6' }]);
    assert.deepEqual(slow, fast);
  });
  it('CRLF line ends, a final CRLF makes no row', () => {
    const { fast, slow } = both('a,b\r\n1,2\r\n3,4\r\n');
    assert.deepEqual(fast, [{ a: '1', b: '2' }, { a: '3', b: '4' }]);
    assert.deepEqual(slow, fast);
  });
  it('a lone CR ends a line too', () => {
    const { fast, slow } = both('a,b\r1,2\r3,4\r');
    assert.deepEqual(fast, [{ a: '1', b: '2' }, { a: '3', b: '4' }]);
    assert.deepEqual(slow, fast);
  });
  it('empty cells are null, cells missing from a short row undefined, extra cells dropped', () => {
    const { fast, slow } = both('a,b,c\n1,,3\n4\n5,6,7,8\n,,');
    assert.deepEqual(fast, [
      { a: '1', b: null, c: '3' },
      { a: '4', b: undefined, c: undefined },
      { a: '5', b: '6', c: '7' },
      { a: null, b: null, c: null },
    ]);
    assert.deepEqual(slow, fast);
  });
  it('spaces are kept (validate trims)', () => {
    const { fast, slow } = both('a,b\n x , y ');
    assert.deepEqual(fast, [{ a: ' x ', b: ' y ' }]);
    assert.deepEqual(slow, fast);
  });
  it('semicolons and tabs as delimiters; commas inside are text', () => {
    assert.deepEqual(both('name;rate\nA;1,5\nB;2,25', ';').fast, [{ name: 'A', rate: '1,5' }, { name: 'B', rate: '2,25' }]);
    assert.deepEqual(both('name\trate\nA, Inc.\t3', '\t').fast, [{ name: 'A, Inc.', rate: '3' }]);
  });
  it('a header alone gives no rows; empty text gives nothing', () => {
    assert.deepEqual(both('a,b\n').fast, []);
    assert.deepEqual(both('a,b').slow, []);
    assert.deepEqual(parseDelimited('', ','), { names: [], rows: [] });
  });
  it('the keys given replace the header names, in order', () => {
    assert.deepEqual(delimitedRows(' a , b\n1,2', ',', ['a', 'b']).rows, [{ a: '1', b: '2' }]);
  });
});

describe('csv-fast: quoted cells', () => {
  it('a delimiter, a doubled quote and a line break inside quotes', () => {
    const text = 'name,note\r\n"Smith, Jo","she said ""hi"""\r\n"two\nlines",x\r\n';
    assert.deepEqual(delimitedRows(text, ',').rows, [
      { name: 'Smith, Jo', note: 'she said "hi"' },
      { name: 'two\nlines', note: 'x' },
    ]);
  });
  it('a quoted header name; "" is an empty (null) cell', () => {
    assert.deepEqual(delimitedRows('"a b",c\n"",2', ',').rows, [{ 'a b': null, c: '2' }]);
  });
  it('a quote after the first character is an ordinary character', () => {
    assert.deepEqual(delimitedRows('a,b\n1,ab"c"', ',').rows, [{ a: '1', b: 'ab"c"' }]);
  });
  it('text after a closing quote is kept; a quote never closed runs to the end', () => {
    assert.deepEqual(delimitedRows('a,b\n"x"y,2', ',').rows, [{ a: 'xy', b: '2' }]);
    assert.deepEqual(delimitedRows('a,b\n"open,3\n4,5', ',').rows, [{ a: '"open,3\n4,5', b: undefined }]);
  });
  it('a quoted last cell, then the end of the text or a trailing delimiter', () => {
    assert.deepEqual(delimitedRows('a,b\n1,"2"', ',').rows, [{ a: '1', b: '2' }]);
    assert.deepEqual(delimitedRows('a,b\n"1",', ',').rows, [{ a: '1', b: null }]);
  });
});

describe('csv-fast through parseCsv (the public path)', () => {
  it('a byte-order mark, CRLF, blank lines and padded headers', async () => {
    const { value, format, firstRow } = await parseCsv('\uFEFFmonth, rate\r\n2024-01,5\r\n\r\n2024-02,6\r\n\n');
    assert.deepEqual(value, [{ month: '2024-01', rate: '5' }, { month: '2024-02', rate: '6' }]);
    assert.equal(format, 'csv');
    assert.equal(firstRow, 2);
  });
  it('a semicolon file with decimal commas (sniffed from the header)', async () => {
    const { value } = await parseCsv('group;rate;n\nHispanic;12,5;40\n"Two; or more";8,0;25');
    assert.deepEqual(value, [
      { group: 'Hispanic', rate: '12,5', n: '40' },
      { group: 'Two; or more', rate: '8,0', n: '25' },
    ]);
  });
  it('a tab-delimited CDE-style file with a quoted name holding a tab', async () => {
    const { value } = await parseCsv('cds\tname\tcount\n01\t"A\tB"\t12');
    assert.deepEqual(value, [{ cds: '01', name: 'A\tB', count: '12' }]);
  });
});
