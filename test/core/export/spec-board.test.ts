import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeRunChart, boardSvg, runChartTable, tableToCsv } from '../../../packages/core/src/index.js';

describe('board-ready exports', () => {
  it('writes the title, the summary, the source and an “as of” line as visible text around the chart', () => {
    const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="10" height="10"/></svg>';
    const svg = boardSvg(chart, { title: 'Chronic absence', summary: 'Six points above the median.', source: 'Example USD SIS', asOf: '2025-06-30', lang: 'en' });
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    assert.deepEqual(texts, ['Chronic absence', 'Six points above the median.', 'Source: Example USD SIS', 'As of Jun 30, 2025']);
    assert.match(svg, /<title>Chronic absence<\/title><desc>Six points above the median\.<\/desc>/);
    assert.match(svg, /<svg x="0" y="\d+" xmlns/);
    const es = boardSvg(chart, { title: 'T', summary: 'S', source: 'SIS', asOf: '2025-06-30', lang: 'es' });
    assert.match(es, />Fuente: SIS</);
    assert.match(es, />Datos al 30 jun 2025</);
  });

  it('exports numbers and ISO dates as values in the CSV, not the formatted text', () => {
    const m = analyzeRunChart([{ x: new Date(Date.UTC(2024, 8, 1)), y: 1234.5 }, { x: new Date(Date.UTC(2024, 9, 1)), y: 85.25 }]);
    const csv = tableToCsv(runChartTable(m, 'es'));
    const [, first, second] = csv.split('\r\n');
    // The table reads "septiembre de 2024" and "1234,5"; the CSV has the values.
    assert.equal(first!.split(',')[0], '2024-09-01');
    assert.equal(first!.split(',')[1], '1234.5');
    assert.equal(second!.split(',').slice(0, 2).join(','), '2024-10-01,85.25');
  });
});
