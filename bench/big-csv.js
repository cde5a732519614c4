/**
 * The 10 MB CSV figures of `npm run bench` (issue 18: "a 10 MB CSV gives a chart or a clear
 * message in ≤ 5 s with the tab under 1 GB"). A gap chart loads a 10 MB CSV by `src` in headless
 * Chromium: once with about 99 000 groups (under the row limit: analysed, the table paged, no chart
 * above the chart limit, said in the summary) and once with about 510 000 short rows (over the row
 * limit: one clear message). Time from connected to `outcome-render` / `outcome-error`, and the
 * tab's JS heap then; the baseline is the same widget on a 100 KB CSV.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.js';

const MB = 1024 * 1024;

/** A CSV of about `bytes` bytes: one row per group, `pad` characters of name padding. */
function csvOf(bytes, pad) {
  const lines = ['group,value,prior,n', 'ALL,50.5,49.5,900000'];
  let size = lines.join('\n').length;
  for (let i = 1; size < bytes; i++) {
    const line = `G${String(i).padStart(pad, '0')},${(i % 200) - 100}.5,${(i % 190) - 95},${40 + (i % 500)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return { text: lines.join('\n'), rows: lines.length - 1 };
}

const pageHtml = (file) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>big csv</title>
<script src="/packages/embed/bundle/outcome-kit.js"></script></head><body>
<outcome-gap-chart id="w" src="/bench-data/${file}" timeout="60000"></outcome-gap-chart></body></html>`;

async function measure(browser, origin, file) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/big?file=${file}`);
  const result = await page.evaluate(async () => {
    const el = document.getElementById('w');
    await customElements.whenDefined('outcome-gap-chart');
    const start = performance.now();
    const outcome = await new Promise((resolve) => {
      el.addEventListener('outcome-render', () => resolve('model'), { once: true });
      el.addEventListener('outcome-error', (e) => resolve(`message: ${e.detail.message}`), { once: true });
      setTimeout(() => resolve('nothing after 60 s'), 60000);
    });
    await el.updateComplete;
    const rows = el.shadowRoot.querySelectorAll('tbody tr').length;
    const summary = el.shadowRoot.querySelector('[part="summary"]')?.textContent ?? '';
    return { ms: performance.now() - start, outcome, rows, summary: summary.slice(-140), nodes: el.shadowRoot.querySelectorAll('*').length };
  });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await page.close();
  return { ...result, heap };
}

/** Runs the 10 MB CSV figures; returns them in the bench's figure format. `bundle`: a bundle folder other than packages/embed/bundle. */
export async function runBigCsvBench({ root, bundle = null, log = () => {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'outcome-bench-csv-'));
  const files = {
    'small.csv': csvOf(100 * 1024, 6),
    'groups.csv': csvOf(10 * MB, 95),
    'rows.csv': csvOf(10 * MB, 3),
  };
  for (const [name, f] of Object.entries(files)) writeFileSync(join(dir, name), f.text);
  const server = await startServer(root, { '/big': (q) => pageHtml(q.get('file')) }, { '/bench-data/': dir, ...(bundle ? { '/packages/embed/bundle/': bundle } : {}) });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });
  const figures = [];
  try {
    const base = await measure(browser, server.origin, 'small.csv');
    for (const [file, label] of [['groups.csv', 'groups, under the row limit'], ['rows.csv', 'short rows, over the row limit']]) {
      const r = await measure(browser, server.origin, file);
      log(`10 MB CSV (${label}): ${r.outcome.slice(0, 60)} in ${(r.ms / 1000).toFixed(1)} s`);
      const note = `${files[file].rows.toLocaleString('en-US')} rows; ${r.outcome.slice(0, 160)}; table rows in the DOM ${r.rows}, shadow DOM nodes ${r.nodes}; JS heap ${(r.heap / MB).toFixed(0)} MB`;
      figures.push({
        group: 'big inputs', name: `10 MB CSV by src (${label}): connected → model or message`, unit: 'ms', value: r.ms,
        baseline: { name: `the same gap chart on a 100 KB CSV (${files['small.csv'].rows.toLocaleString('en-US')} rows)`, value: base.ms }, aim: '≤ 5 000 ms', note,
      });
      figures.push({
        group: 'big inputs', name: `10 MB CSV by src (${label}): JS heap after`, unit: 'bytes', value: r.heap,
        baseline: { name: 'the same gap chart on a 100 KB CSV', value: base.heap }, aim: 'the tab under 1 GB',
      });
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
