/** The static SVG renderer draws control charts too (one chart, and small multiples). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderStatic } from '../../../packages/embed/src/render.js';

const rows = [40, 44, 38, 41, 39, 43, 40, 42, 39, 41, 90, 40].map((absent, i) => ({ month: `2024-${String(i + 1).padStart(2, '0')}`, absent, enrolled: 400, school: i % 2 ? 'Oak' : 'Elm' }));

describe('static SVG: control chart', () => {
  it('draws a p chart with its summary as the description', async () => {
    const { svg, views } = await renderStatic('control-chart', rows, { chart: 'p', x: 'month', y: 'absent', n: 'enrolled', heading: 'Chronic absence' });
    assert.match(svg, /^<svg/);
    assert.match(svg, /<title>Chronic absence<\/title>/);
    assert.match(svg, /1 point above the upper limit/);
    assert.equal(views.table.rows.length, 12);
  });
  it('draws small multiples, one small chart per school', async () => {
    const { svg } = await renderStatic('control-chart', rows, { chart: 'p', x: 'month', y: 'absent', n: 'enrolled', facet: 'school', 'min-points': '3' });
    assert.match(svg, /Elm: /);
    assert.match(svg, /Oak: /);
  });
});
