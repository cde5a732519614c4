import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderHtml } from '../../packages/embed/src/render.js';

const root = new URL('../..', import.meta.url).pathname;
const DOC = readFileSync(join(root, 'demo/public/data/attendance-driver-diagram.json'), 'utf8');
const run = (args: string[]) => promisify(execFile)(process.execPath, [join(root, 'packages/cli/bin/outcome-kit.js'), ...args], { cwd: root }).then(
  (r) => ({ code: 0, ...r }),
  (e: { code: number; stdout: string; stderr: string }) => e,
);

describe('static HTML: the widgets without a chart', () => {
  it('a driver diagram is its heading, summary and a table of every node, every string escaped', async () => {
    const html = await renderHtml('driver-diagram', DOC, {}, { format: 'json' });
    assert.match(html, /^<section class="outcome-kit-static" lang="en">\n<h2 dir="auto">Attendance driver diagram — Valle Verde Unified \(illustrative\)<\/h2>/);
    assert.match(html, /<p dir="auto">Aim: Reduce chronic absenteeism from 24% to 15% by June 2026\. It has 3 primary drivers/);
    assert.equal((html.match(/<tr>/g) ?? []).length, 12); // the header and 11 nodes
    assert.match(html, /<td dir="auto">Messages home are clear, timely and in the family&#39;s language<\/td>/);
  });

  it('a PDSA log in Spanish, one change idea, with ISO dates', async () => {
    const html = await renderHtml('pdsa-log', DOC, { change: 'c-letters', lang: 'es' }, { format: 'json', headingLevel: 3 });
    assert.match(html, /<h3 dir="auto">/);
    assert.match(html, /3 ciclos; adoptado tras el tercero en 4 escuelas; predicciones cumplidas en 2 de 3\./);
    assert.match(html, /<td dir="auto">2024-11-04<\/td><td dir="auto">2024-12-13<\/td><td dir="auto">En 4 escuelas<\/td>/);
  });

  it('hostile text stays text', async () => {
    const doc = { nodes: [{ id: 'aim', kind: 'aim', text: '<img src=x onerror=alert(1)> "\u202Eevil' }] };
    const html = await renderHtml('driver-diagram', doc, {});
    assert.ok(!html.includes('<img'));
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62; &#34;\u202Eevil/);
  });

  it('the command line writes it with --as html, and says how when asked for an SVG', async () => {
    const ok = await run(['render', 'pdsa-log', 'demo/public/data/attendance-driver-diagram.json', '--change', 'c-calls', '--as', 'html']);
    assert.equal(ok.code, 0);
    assert.match(ok.stdout, /Change idea: Family outreach calls after the second absence in a month\. 1 cycle; latest decision: adapt; predictions met in 1 of 1\./);
    const svg = await run(['render', 'driver-diagram', 'demo/public/data/attendance-driver-diagram.json']);
    assert.equal(svg.code, 1);
    assert.match(svg.stderr, /draws no Vega chart\. Render it as HTML \(renderHtml, or --as html on the command line\)/);
    const bad = await run(['render', 'pdsa-log', 'demo/public/data/attendance-driver-diagram.json', '--as', 'pdf']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--as is “pdf”; expected svg or html\./);
  });
});
