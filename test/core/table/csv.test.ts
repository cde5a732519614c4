import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { neutralizeCell, tableToCsv, withTitleAndDesc } from '../../../packages/core/src/index.js';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run: = + - @ tab CR', () => {
    for (const cell of ['=1+1', '+A1', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil")']) {
      assert.equal(neutralizeCell(cell), `'${cell}`);
    }
  });
  it('leaves plain text and plain negative numbers alone', () => {
    assert.equal(neutralizeCell('Hispanic'), 'Hispanic');
    assert.equal(neutralizeCell('-3.5'), '-3.5');
    assert.equal(neutralizeCell('12'), '12');
  });
  it('quotes cells with commas, quotes and line breaks (RFC 4180), CRLF line ends', () => {
    const csv = tableToCsv({ caption: 'x', columns: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], rows: [{ a: 'x, y', b: 'say "hi"\nnow' }] });
    assert.equal(csv, 'A,B\r\n"x, y","say ""hi""\nnow"\r\n');
  });
});

describe('CSV export: delimiters other spreadsheets split on (issue 18)', () => {
  it('quotes a cell holding ; or tab, and neutralises a formula start after , ; or tab', () => {
    assert.equal(neutralizeCell('Hispanic;=1+1'), "Hispanic;'=1+1");
    assert.equal(neutralizeCell('a,+A1'), "a,'+A1");
    assert.equal(neutralizeCell('a\t@SUM(A1)'), "a\t'@SUM(A1)");
    assert.equal(neutralizeCell('x; =cmd'), "x; '=cmd");
    assert.equal(neutralizeCell('-1,234.5'), '-1,234.5');
    assert.equal(neutralizeCell('Range 10;-2'), 'Range 10;-2');
    const csv = tableToCsv({ caption: 'x', columns: [{ key: 'a', label: 'A' }], rows: [{ a: 'Hispanic;=1+1' }, { a: 'tab\there' }] });
    assert.equal(csv, 'A\r\n"Hispanic;\'=1+1"\r\n"tab\there"\r\n');
  });
});

describe('SVG export', () => {
  it('adds an escaped title and description first inside the svg, with role img', () => {
    const svg = withTitleAndDesc('<svg width="10"><g/></svg>', '<script>alert(1)</script>', 'A & B');
    assert.equal(svg, '<svg role="img" width="10"><title>&#60;script&#62;alert(1)&#60;/script&#62;</title><desc>A &#38; B</desc><g/></svg>');
  });
});
