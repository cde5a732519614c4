// What CMSs do to pasted markup (issue 20): blank lines and automatic paragraphs in inline CSV,
// curly quotes in attributes. Expected values are written out by hand from the pasted text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cmsMarkupProblem, cmsTagIn, curlyQuoteProblem, parseCsv, skipBlankLines } from '../../../packages/core/src/index.js';

const attrs = (o: Record<string, string>) => Object.entries(o).map(([name, value]) => ({ name, value }));

describe('CSV: blank and whitespace-only lines are skipped', () => {
  it('a blank line, a line of spaces and tabs, a CRLF blank line and a no-break space line', async () => {
    const text = 'month,rate\n2024-01,5\n\n2024-02,6\n   \t\n2024-03,7\r\n\r\n2024-04,8\n\u00A0\n';
    assert.equal(skipBlankLines(text), 'month,rate\n2024-01,5\n2024-02,6\n2024-03,7\r\n2024-04,8');
    const { value } = await parseCsv(text);
    assert.deepEqual(value, [
      { month: '2024-01', rate: '5' },
      { month: '2024-02', rate: '6' },
      { month: '2024-03', rate: '7' },
      { month: '2024-04', rate: '8' },
    ]);
  });

  it('a blank line inside a quoted cell is data and stays', async () => {
    const text = 'month,note\n2024-01,"first\n\nsecond"\n\n2024-02,ok\n';
    assert.equal(skipBlankLines(text), 'month,note\n2024-01,"first\n\nsecond"\n2024-02,ok');
    const { value } = await parseCsv(text);
    assert.deepEqual(value, [
      { month: '2024-01', note: 'first\n\nsecond' },
      { month: '2024-02', note: 'ok' },
    ]);
  });

  it('text without blank lines is returned as it was', () => {
    const text = 'a,b\n1,2\n';
    assert.equal(skipBlankLines(text), text);
  });
});

describe('inline data with a CMS\'s automatic paragraphs', () => {
  it('names the tag WordPress put in and the way around it, in English and Spanish', () => {
    const p = cmsMarkupProblem('month,rate\n2024-01,5</p>\n<p>2024-02,6');
    assert.ok(p);
    assert.equal(p.code, 'cms-paragraphs');
    assert.equal(p.value, '</p>');
    assert.match(p.message.en, /HTML tag <\/p>/);
    assert.match(p.message.en, /automatic paragraphs/);
    assert.match(p.message.en, /Custom HTML block/);
    assert.match(p.message.en, /src/);
    assert.match(p.message.es, /párrafos automáticos/);
    assert.match(p.message.es, /HTML personalizado/);
  });

  it('finds <br />, <br> and <p class> but not a less-than sign in data', () => {
    assert.equal(cmsTagIn('a,b<br />\n1,2'), '<br />');
    assert.equal(cmsTagIn('a,b<br>\n1,2'), '<br>');
    assert.equal(cmsTagIn('<p class="x">a,b'), '<p class="x">');
    assert.equal(cmsTagIn('a,b\n1,2&nbsp;'), '&nbsp;');
    assert.equal(cmsTagIn('group,note\nALL,<5 students < 10'), null);
    assert.equal(cmsMarkupProblem('month,rate\n2024-01,5'), null);
  });
});

describe('attributes written with curly quotes', () => {
  it('src=”/files/data.csv” names src and the quote', () => {
    const p = curlyQuoteProblem(attrs({ src: '”/files/data.csv”', x: 'month' }));
    assert.ok(p);
    assert.equal(p.code, 'curly-quotes');
    assert.equal(p.field, 'src');
    assert.equal(p.value, '”/files/data.csv”');
    assert.equal(
      p.message.en,
      'The attribute src is written with curly quotes (”), which HTML reads as part of the value (”/files/data.csv”). Retype them as straight quotes ("): word processors and "smart quotes" change them.',
    );
    assert.match(p.message.es, /^El atributo src está escrito con comillas tipográficas \(”\)/);
  });

  it('x=“month” (opening and closing) and a value split at its space (heading=“Chronic absence”)', () => {
    assert.equal(curlyQuoteProblem(attrs({ x: '“month”' }))?.field, 'x');
    // The parser reads heading=“Chronic absence” as heading="“Chronic" and an attribute named absence”.
    assert.equal(curlyQuoteProblem(attrs({ heading: '“Chronic', 'absence”': '' }))?.field, 'heading');
    assert.equal(curlyQuoteProblem(attrs({ 'absence”': '' }))?.field, 'absence');
    assert.equal(curlyQuoteProblem(attrs({ y: '‘rate’' }))?.field, 'y');
  });

  it('quotation marks inside a heading are text, not a mistake', () => {
    assert.equal(curlyQuoteProblem(attrs({ heading: 'The “attendance works” plan', x: 'month' })), null);
    assert.equal(curlyQuoteProblem(attrs({ heading: '“Attendance matters”' })), null);
    assert.equal(curlyQuoteProblem(attrs({ src: '/files/data.csv' })), null);
  });
});

describe('curly quotes: only the element\'s own attributes', () => {
  it('a quoted aria-label is text; a src is not; a broken name always counts', () => {
    const known = new Set(['src', 'x', 'y', 'heading']);
    assert.equal(curlyQuoteProblem(attrs({ 'aria-label': '“Chronic absence”', src: '/a.csv' }), known), null);
    assert.equal(curlyQuoteProblem(attrs({ 'aria-label': '“Chronic absence”', src: '”/a.csv”' }), known)?.field, 'src');
    assert.equal(curlyQuoteProblem(attrs({ 'absence”': '' }), known)?.field, 'absence');
  });
});
