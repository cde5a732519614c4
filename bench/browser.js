/**
 * The browser half of `npm run bench`: the script-tag bundle (packages/embed/bundle/) in headless
 * Chromium, served uncompressed by a node:http server on an ephemeral port. Each figure comes with
 * a baseline measured in the same browser session:
 * - bytes: the script-tag JavaScript fetched before any chart is near the viewport, and each
 *   chunk fetched later (gzip sizes of exactly the files requested);
 * - time from connected to chart painted, against a bare vega-embed call of the same spec;
 * - a page of 40 widgets with 3 in view against a page of 3;
 * - retained heap after 1 000 connect/disconnect cycles against 1 000 cycles of a plain div.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromCSV } from 'arquero';
import { chromium } from 'playwright-core';
import { startServer } from './server.js';

const BUNDLE = '/packages/embed/bundle/';
const LOADER = `${BUNDLE}outcome-kit.js`;
const VIEWPORT = { width: 1280, height: 900 };
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const gzipBytes = (buffer) => gzipSync(buffer).length;

/** The widgets the bundle may define, with the demo county page's data (inline JSON, as a webmaster pastes it). */
function widgetCatalogue(root) {
  const csv = (file) => fromCSV(readFileSync(join(root, 'demo/public/data', file), 'utf8'), { autoType: false }).objects();
  return [
    { tag: 'outcome-run-chart', attrs: { x: 'month', y: 'rate', direction: 'down', heading: 'Chronic absence' }, data: csv('chronic-absence-monthly.csv') },
    { tag: 'outcome-gap-chart', attrs: { indicator: 'chronic', heading: 'Chronic absence by group' }, data: csv('gaps-chronic.csv') },
    { tag: 'outcome-theory-of-action', attrs: {}, data: JSON.parse(readFileSync(join(root, 'demo/public/data/theory-of-action.json'), 'utf8')) },
  ];
}

const escapeAttr = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

function widgetHtml(w, { data = true, style = '' } = {}) {
  const attrs = Object.entries(w.attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  const body = data ? `<script type="application/json">${inlineJson(w.data)}</script>` : '';
  return `<${w.tag}${attrs}${style ? ` style="${style}"` : ''}>${body}</${w.tag}>`;
}

const pageHtml = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0;font-family:system-ui}</style><script src="${LOADER}"></script></head><body>${body}</body></html>`;

/** The bundle's lazy chunks for vega-embed and vega-interpreter, read from the entry module (their names carry hashes). */
function vegaChunks(bundle) {
  const entry = readFileSync(join(bundle, 'outcome-kit.module.js'), 'utf8');
  const embed = /import\(\s*[`'"]\.\/(chunks\/embed-[^`'"]+\.js)[`'"]\s*\)/.exec(entry)?.[1];
  const interp = /import\(\s*[`'"]\.\/(chunks\/vega-interpreter-[^`'"]+\.js)[`'"]\s*\)(?:\.then\(\s*(\w+)\s*=>\s*\2\.(\w+)\s*\))?/.exec(entry);
  return { embed: embed && BUNDLE + embed, interpreter: interp && BUNDLE + interp[1], interpreterKey: interp?.[3] ?? null };
}

/** In the page: resolves when every Outcome Kit element present has a model, an error, or 10 s passed. */
const settleWidgets = () =>
  new Promise((resolve) => {
    const started = performance.now();
    const poll = () => {
      const els = [...document.querySelectorAll('outcome-run-chart, outcome-gap-chart, outcome-theory-of-action')];
      const defined = els.every((el) => customElements.get(el.localName));
      const done = defined && els.every((el) => el.currentViews || el.shadowRoot?.querySelector('[part=error]'));
      if (done || performance.now() - started > 10000) resolve(els.length);
      else setTimeout(poll, 20);
    };
    poll();
  });

async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`  page error: ${e.message}\n`));
  return page;
}

/** Every JavaScript file the page fetched, as { path, bytes } (response body bytes as sent), in order. */
function recordScripts(page) {
  const seen = [];
  page.on('requestfinished', async (req) => {
    const url = new URL(req.url());
    if (!url.pathname.endsWith('.js')) return;
    const entry = { path: url.pathname, bytes: 0 };
    seen.push(entry);
    entry.bytes = (await req.sizes()).responseBodySize;
  });
  return seen;
}

async function quiet(page, ms = 400) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(ms);
}

/** The gzip size of a bundle file as served (`bundle` is the snapshot directory the server serves). */
const gzipOf = (bundle, path) => gzipBytes(readFileSync(join(bundle, path.slice(BUNDLE.length))));

async function measureBytes(browser, ctx) {
  const { origin, bundle, widgets, baselines, figures } = ctx;
  const sum = (list) => list.reduce((a, f) => a + f, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

  // No data yet: the script tag's own cost.
  let page = await newPage(browser);
  let scripts = recordScripts(page);
  await page.goto(`${origin}/bytes?data=0`);
  await page.evaluate(settleWidgets);
  await quiet(page);
  const bare = scripts.map((s) => s.path);
  const bareGzip = sum(bare.map((p) => gzipOf(bundle, p)));
  await page.context().close();

  // The same widgets with inline data, far below the fold: what is fetched before any chart is near.
  page = await newPage(browser);
  scripts = recordScripts(page);
  await page.goto(`${origin}/bytes?data=1`);
  const present = await page.evaluate(() =>
    ['outcome-run-chart', 'outcome-gap-chart', 'outcome-theory-of-action'].filter((t) => document.querySelector(t)),
  );
  await page.evaluate(settleWidgets);
  await quiet(page);
  const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), present);
  const before = scripts.map((s) => s.path);
  const svgsBefore = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('[part=chart] svg')).length);
  const rawBefore = sum(scripts.map((s) => s.bytes));
  // Scroll every chart into view and wait for it.
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('outcome-run-chart, outcome-gap-chart')) {
      el.scrollIntoView();
      await el.chartComplete?.();
    }
  });
  await quiet(page);
  const afterScroll = scripts.map((s) => s.path).filter((p) => !before.includes(p));
  // One widget with inline CSV: the CSV parser (arquero) comes only then.
  await page.evaluate(() => {
    const el = document.createElement('outcome-run-chart');
    el.innerHTML = '<script type="text/csv">x,y\n2024-01,1\n2024-02,2\n2024-03,3</script>';
    document.body.append(el);
  });
  await page.evaluate(settleWidgets);
  await quiet(page);
  const afterCsv = scripts.map((s) => s.path).filter((p) => !before.includes(p) && !afterScroll.includes(p));
  await page.context().close();

  const eagerGzip = sum(before.map((p) => gzipOf(bundle, p)));
  const widgetChunks = before.filter((p) => !bare.includes(p));
  const name = (p) => p.slice(BUNDLE.length);
  const missing = present.filter((t) => !defined.includes(t));
  figures.push({
    group: 'bytes', name: 'eager, script tag alone (widgets without data)', unit: 'bytes', value: bareGzip,
    baseline: baselines.lit, aim: '≤ 15 KB gzip', note: `loader + entry module + its static imports: ${bare.map(name).join(', ')}`,
  });
  figures.push({
    group: 'bytes', name: `eager before any chart is near the viewport (${defined.length} widgets, inline data)`, unit: 'bytes', value: eagerGzip,
    baseline: baselines.lit, aim: '≤ 15 KB gzip',
    note: `widgets 5 000 px below the fold; ${before.length} scripts, ${kb(rawBefore)} as sent (uncompressed); no chart drawn before scrolling: ${svgsBefore === 0 ? 'yes' : `no (${svgsBefore})`}; widget analysis chunks fetched on data: ${widgetChunks.map(name).join(', ') || 'none'}` +
      (missing.length ? `; not defined by this bundle: ${missing.join(', ')}` : ''),
  });
  for (const p of widgetChunks) {
    figures.push({ group: 'bytes', name: `lazy, on data: ${name(p)}`, unit: 'bytes', value: gzipOf(bundle, p), baseline: baselines.lit });
  }
  figures.push({
    group: 'bytes', name: 'lazy, when a chart nears the viewport: Vega chunks', unit: 'bytes', value: sum(afterScroll.map((p) => gzipOf(bundle, p))),
    baseline: baselines.vegaEmbed, aim: '≤ 150 KB gzip (≤ 0.5×)', note: afterScroll.map((p) => `${name(p)} ${kb(gzipOf(bundle, p))}`).join(', '),
  });
  figures.push({
    group: 'bytes', name: 'lazy, CSV data only: extra scripts for a CSV source', unit: 'bytes', value: sum(afterCsv.map((p) => gzipOf(bundle, p))),
    baseline: baselines.lit, aim: '≤ 10 KB gzip', note: afterCsv.map(name).join(', ') || 'nothing fetched',
  });
  return { defined };
}

/** In the page: connect a widget, resolve with ms from connected to chart painted (chartComplete + a frame). */
async function connectToPaint([w, width]) {
  const stage = document.getElementById('stage');
  stage.style.width = `${width}px`;
  const el = document.createElement(w.tag);
  for (const [k, v] of Object.entries(w.attrs)) el.setAttribute(k, v);
  el.data = w.data;
  const t0 = performance.now();
  stage.append(el);
  const view = await el.chartComplete();
  await new Promise((r) => requestAnimationFrame(() => r()));
  const ms = performance.now() - t0;
  const drawn = !!el.shadowRoot.querySelector('[part=chart] svg');
  const spec = el.currentViews?.spec ?? null;
  const chartWidth = el.shadowRoot.querySelector('[part=chart]')?.getBoundingClientRect().width ?? width;
  const html = el.shadowRoot.querySelector('[part=base]')?.outerHTML ?? '';
  el.remove();
  return { ms, drawn: drawn || (view === null && !spec), spec, chartWidth, html };
}

/** In the page: the bare vega-embed call (the standalone npm build of vega-embed, see standaloneVegaEmbed; same options), ms to painted. */
async function bareEmbed([spec, width, chunks]) {
  const stage = document.getElementById('stage');
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  const t0 = performance.now();
  stage.append(div);
  const [embedModule, interp] = await Promise.all([import(chunks.embed), chunks.interpreter ? import(chunks.interpreter) : null]);
  const ns = interp && chunks.interpreterKey ? interp[chunks.interpreterKey] : interp;
  const expr = ns?.expressionInterpreter;
  const opts = { actions: false, renderer: 'svg', defaultStyle: false, tooltip: { disableDefaultStyle: true, theme: 'custom' } };
  const result = await embedModule.default(div, spec, expr ? { ...opts, ast: true, expr } : opts);
  await new Promise((r) => requestAnimationFrame(() => r()));
  const ms = performance.now() - t0;
  const drawn = !!div.querySelector('svg');
  result.finalize();
  div.remove();
  return { ms, drawn, interpreter: !!expr };
}

/** In the page: ms from IntersectionObserver.observe() on a connected div to its first callback (the frame the base element waits for). */
async function ioLatency() {
  const div = document.createElement('div');
  div.style.height = '10px';
  document.getElementById('stage').append(div);
  const t0 = performance.now();
  await new Promise((resolve) => {
    const io = new IntersectionObserver(() => {
      io.disconnect();
      resolve();
    });
    io.observe(div);
  });
  const ms = performance.now() - t0;
  div.remove();
  return ms;
}

/** In the page: the element's rendered DOM as a plain div (the baseline for a widget with no Vega chart). */
async function plainHtml([html]) {
  const stage = document.getElementById('stage');
  const div = document.createElement('div');
  const t0 = performance.now();
  div.innerHTML = html;
  stage.append(div);
  await new Promise((r) => requestAnimationFrame(() => r()));
  const ms = performance.now() - t0;
  div.remove();
  return { ms, drawn: true };
}

async function measureTiming(browser, ctx, defined) {
  const { origin, widgets, figures, quick } = ctx;
  const chunks = ctx.baselineChunks;
  const warmRuns = quick ? 5 : 11;
  const coldRuns = quick ? 2 : 5;
  const page = await newPage(browser);
  await page.goto(`${origin}/blank`);
  await page.evaluate((tags) => Promise.all(tags.map((t) => customElements.whenDefined(t))), defined);
  for (const w of widgets.filter((x) => defined.includes(x.tag))) {
    const first = await page.evaluate(connectToPaint, [w, 640]);
    const hasChart = !!first.spec;
    const bare = hasChart ? (args) => page.evaluate(bareEmbed, args) : (args) => page.evaluate(plainHtml, args);
    const bareArgs = hasChart ? [first.spec, first.chartWidth, chunks] : [first.html];
    await bare(bareArgs);
    const el = [], base = [];
    let interpreter = true;
    for (let i = 0; i < warmRuns; i++) {
      // Alternate, so noise from the other processes on this machine falls on both.
      const a = await page.evaluate(connectToPaint, [w, 640]);
      const b = await bare(bareArgs);
      if (!a.drawn || !b.drawn) throw new Error(`${w.tag}: nothing drawn in a timing run`);
      interpreter &&= b.interpreter !== false;
      el.push(a.ms);
      base.push(b.ms);
    }
    const io = [];
    for (let i = 0; hasChart && i < warmRuns; i++) io.push(await page.evaluate(ioLatency));
    if (hasChart) ctx.specs[w.tag] = { spec: first.spec, width: first.chartWidth };
    const baseName = hasChart ? `bare vega-embed of el.currentViews.spec (full npm vega-embed + Vega + Vega-Lite bundled on its own, svg${interpreter ? ', vega-interpreter' : ''})` : 'the same DOM as a plain div (innerHTML)';
    figures.push({
      group: 'connected → painted', name: `${w.tag}, warm (Vega loaded), median of ${warmRuns}`, unit: 'ms', n: warmRuns,
      value: median(el), baseline: { name: baseName, value: median(base) }, aim: hasChart ? '≤ 1.0×' : 'n/a (no Vega chart)',
      note: hasChart
        ? `the element waits for its IntersectionObserver's first callback before drawing; that wait alone (observe → callback, a connected div) is a median ${median(io).toFixed(1)} ms in this page`
        : 'no Vega chart: chartComplete() resolves once rendered',
    });
    // Cold: a fresh browser context per run (empty cache, nothing loaded but the entry module).
    const elCold = [], baseCold = [];
    const coldN = hasChart ? coldRuns : Math.min(coldRuns, 3);
    for (let i = 0; i < coldN; i++) {
      for (const which of ['element', 'bare']) {
        const p = await newPage(browser);
        await p.goto(`${origin}/blank`);
        await p.evaluate((tag) => customElements.whenDefined(tag), w.tag);
        const r = which === 'element' ? await p.evaluate(connectToPaint, [w, 640]) : await (hasChart ? p.evaluate(bareEmbed, bareArgs) : p.evaluate(plainHtml, bareArgs));
        (which === 'element' ? elCold : baseCold).push(r.ms);
        await p.context().close();
      }
    }
    figures.push({
      group: 'connected → painted', name: `${w.tag}, cold (first load), median of ${coldN}`, unit: 'ms', n: coldN,
      value: median(elCold), baseline: { name: hasChart ? `${baseName}, first import` : baseName, value: median(baseCold) }, aim: hasChart ? '≤ 0.7×' : 'n/a (no Vega chart)',
      note: hasChart ? 'element: widget chunk + analysis + Vega chunk; bare: the standalone vega-embed build' : 'no Vega chart: the chain is HTML',
    });
  }
  await page.context().close();
}

/** Init script: records when the first `inView` widgets all have a chart SVG (checked every frame). */
function watchInView(inView) {
  const tick = () => {
    const els = [...document.querySelectorAll('outcome-run-chart, outcome-gap-chart')].slice(0, inView);
    if (els.length === inView && els.every((el) => el.shadowRoot?.querySelector('[part=chart] svg'))) {
      window.__tti = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function measureManyWidgets(browser, ctx) {
  const { origin, figures, quick } = ctx;
  const runs = quick ? 1 : 5;
  const ttis = { 3: [], 40: [] };
  let counts = null;
  // Interleaved, so noise from the other processes on this machine falls on both pages.
  for (let i = 0; i < runs; i++) {
    for (const n of [3, 40]) {
      const page = await newPage(browser);
      await page.addInitScript(watchInView, 3);
      await page.goto(`${origin}/many?n=${n}`);
      await page.waitForFunction(() => window.__tti !== undefined, null, { timeout: 60000 });
      ttis[n].push(await page.evaluate(() => window.__tti));
      if (n === 40 && !counts) {
        // Once everything has settled (no scrolling): how many charts were drawn, how many widgets are in view.
        await page.evaluate(settleWidgets);
        await quiet(page, 1000);
        counts = await page.evaluate(() => {
          const els = [...document.querySelectorAll('outcome-run-chart, outcome-gap-chart')];
          const inView = els.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.bottom > 0 && r.top < innerHeight;
          }).length;
          return { drawn: els.filter((el) => el.shadowRoot?.querySelector('[part=chart] svg')).length, inView };
        });
      }
      await page.context().close();
    }
  }
  const result = { 3: { tti: median(ttis[3]) }, 40: { tti: median(ttis[40]), ...counts } };
  figures.push({
    group: '40 widgets, 3 in view', name: 'charts drawn before scrolling (SVGs in [part=chart])', unit: 'charts', value: result[40].drawn,
    baseline: { name: 'widgets actually in the viewport', value: result[40].inView }, aim: '3',
    note: 'the base element draws when a widget is within one viewport height (rootMargin 100% vertical)',
  });
  figures.push({
    group: '40 widgets, 3 in view', name: `time to interactive (3 in-view charts drawn): median of ${runs}`, unit: 'ms', n: runs,
    value: result[40].tti, baseline: { name: 'the same page with 3 widgets', value: result[3].tti }, aim: '≤ 1.15×',
    note: 'from navigation start, fresh browser context each run; every widget on the page has inline data, so all 40 analyse on load',
  });
}

/**
 * In the page: `cycles` connect/disconnect cycles of one node. `div`: a plain div; `connect`: the
 * widget, removed once it has rendered (before its chart is drawn); `draw`: the widget, removed
 * once its chart is drawn; `embed`: a bare vega-embed call of the widget's spec, finalized and removed.
 */
async function cycle([kind, w, cycles, chunks]) {
  const stage = document.getElementById('stage');
  stage.style.width = '640px';
  let node = window.__node;
  if (!node) {
    if (kind === 'div') {
      node = document.createElement('div');
      node.textContent = 'plain';
    } else {
      node = document.createElement(w.tag);
      for (const [k, v] of Object.entries(w.attrs)) node.setAttribute(k, v);
      node.data = w.data;
    }
    window.__node = node;
    if (kind === 'embed') {
      stage.append(node);
      await node.chartComplete();
      window.__spec = node.currentViews.spec;
      node.remove();
      const [m, interp] = await Promise.all([import(chunks.embed), chunks.interpreter ? import(chunks.interpreter) : null]);
      const ns = interp && chunks.interpreterKey ? interp[chunks.interpreterKey] : interp;
      window.__embed = (div) =>
        m.default(div, window.__spec, {
          actions: false, renderer: 'svg', defaultStyle: false, tooltip: { disableDefaultStyle: true, theme: 'custom' },
          ...(ns?.expressionInterpreter ? { ast: true, expr: ns.expressionInterpreter } : {}),
        });
    }
  }
  let drawn = 0;
  for (let i = 0; i < cycles; i++) {
    if (kind === 'embed') {
      const div = document.createElement('div');
      stage.append(div);
      const result = await window.__embed(div);
      if (div.querySelector('svg')) drawn++;
      result.finalize();
      div.remove();
      continue;
    }
    stage.append(node);
    if (kind === 'draw') {
      if (await node.chartComplete()) drawn++;
    } else {
      await node.updateComplete;
      if (node.vegaView) drawn++;
    }
    node.remove();
  }
  return drawn;
}

async function measureHeap(browser, ctx) {
  const { origin, widgets, figures, quick } = ctx;
  const chunks = ctx.baselineChunks;
  const w = widgets[0];
  const heap = {};
  // Each kind runs warm-up cycles, then two measured blocks, reading the heap (after two forced
  // collections) before and after each block. Connect/disconnect alone is cheap, so it gets
  // 1 000 + 1 000 cycles: the first block grows once (~120 KB of compiled code and caches as V8
  // tiers up; flat up to 8 000 cycles when tried), the second shows what accumulates. A chart drawn
  // per cycle takes ~30 ms here, so those kinds run 150 + 150 cycles against bare vega-embed.
  const cheap = quick ? 200 : 1000;
  const drawing = quick ? 30 : 150;
  const plan = [['div', 200, cheap], ['connect', 200, cheap], ['embed', 50, drawing], ['draw', 50, drawing]];
  for (const [kind, warmUp, block] of plan) {
    const page = await newPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${origin}/blank`);
    await page.evaluate((tag) => customElements.whenDefined(tag), w.tag);
    const measure = async () => {
      await page.waitForTimeout(300); // let any chart still being drawn finish
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters').catch(() => null);
      return { used: usedSize, nodes: dom?.nodes ?? 0, listeners: dom?.jsEventListeners ?? 0 };
    };
    await page.evaluate(cycle, [kind, w, quick ? 20 : warmUp, chunks]);
    const before = await measure();
    const t = performance.now();
    let drawn = await page.evaluate(cycle, [kind, w, block, chunks]);
    const middle = await measure();
    drawn += await page.evaluate(cycle, [kind, w, block, chunks]);
    const after = await measure();
    heap[kind] = {
      warmUp, block, drawn, ms: performance.now() - t,
      first: middle.used - before.used,
      second: after.used - middle.used,
      nodes: after.nodes - before.nodes,
      listeners: after.listeners - before.listeners,
    };
    await page.context().close();
  }
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const sign = (n) => `${n >= 0 ? '+' : ''}${n}`;
  const detail = (k) => {
    const h = heap[k];
    return `${kb(h.first)} over cycles 1–${h.block}, ${kb(h.second)} over ${h.block + 1}–${2 * h.block} (${(h.second / h.block).toFixed(0)} B/cycle); DOM nodes ${sign(h.nodes)}, JS listeners ${sign(h.listeners)} over both`;
  };
  figures.push({
    group: 'memory', name: `heap growth, ${cheap} connect/disconnect cycles (no chart), after ${200 + cheap} warm-up`, unit: 'bytes', value: heap.connect.second,
    baseline: { name: `the same for a plain div`, value: heap.div.second }, aim: 'none beyond noise',
    note: `<${w.tag}> rendered and removed before its chart. widget: ${detail('connect')}; charts drawn ${heap.connect.drawn}.\n    div: ${detail('div')}`,
  });
  figures.push({
    group: 'memory', name: `heap growth, ${2 * drawing} connect/disconnect cycles, chart drawn each time`, unit: 'bytes', value: heap.draw.first + heap.draw.second,
    baseline: { name: `${2 * drawing} bare vega-embed calls of the same spec (standalone vega-embed build), each finalized and removed`, value: heap.embed.first + heap.embed.second }, aim: 'none beyond noise',
    note: `<${w.tag}>, after 50 warm-up cycles. widget: ${detail('draw')}; charts drawn ${heap.draw.drawn}/${2 * drawing}; ${(heap.draw.ms / 1000).toFixed(1)} s.\n    vega-embed: ${detail('embed')}`,
  });
}

/**
 * The paint baseline: what a developer would use instead of the kit, the full npm build of
 * vega-embed (with Vega and Vega-Lite) and vega-interpreter bundled on their own by esbuild
 * (minified, one ES module), written to `dir`; served at /baseline/vega-embed.js.
 */
async function standaloneVegaEmbed(root, dir) {
  const { build } = await import('esbuild');
  await build({
    stdin: { contents: "export { default } from 'vega-embed'; export { expressionInterpreter } from 'vega-interpreter';", resolveDir: root, loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2020', logLevel: 'silent', outfile: join(dir, 'vega-embed.js'),
  });
  return { embed: '/baseline/vega-embed.js', interpreter: '/baseline/vega-embed.js', interpreterKey: null };
}

/** Chrome DevTools' "Fast 4G" preset (NetworkManager.ts): 9 Mbit/s down, 1.5 Mbit/s up, 60 ms × 2.75 latency. */
const FAST_4G = { offline: false, latency: 60 * 2.75, downloadThroughput: (9 * 1000 * 1000) / 8 * 0.9, uploadThroughput: (1.5 * 1000 * 1000) / 8 * 0.9 };

/** Init script: records when the page's first chart SVG is painted (the kit's widget, or the bare embed's div). */
function watchFirstChart() {
  const tick = () => {
    const el = document.querySelector('outcome-run-chart, outcome-gap-chart');
    if (el?.shadowRoot?.querySelector('[part=chart] svg') || document.querySelector('#bare svg')) {
      requestAnimationFrame(() => (window.__painted = performance.now()));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * A first visit on a throttled network (CDP Network.emulateNetworkConditions, "Fast 4G"), served
 * gzip-compressed as a county web server would: from navigation start to the first chart painted,
 * the kit's script tag and one widget with inline data against a page that imports the standalone
 * vega-embed build and embeds the same spec. Fresh browser context each run, pages alternated.
 */
async function measureThrottled(browser, ctx) {
  const { widgets, figures, quick } = ctx;
  const runs = quick ? 2 : 5;
  for (const w of widgets.filter((x) => ctx.specs[x.tag])) {
    const times = { kit: [], bare: [] };
    for (let i = 0; i < runs; i++) {
      for (const which of ['kit', 'bare']) {
        const page = await newPage(browser);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', FAST_4G);
        await page.addInitScript(watchFirstChart);
        await page.goto(`${ctx.gzipOrigin}/throttled-${which}?tag=${w.tag}`);
        await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 120000, polling: 50 });
        times[which].push(await page.evaluate(() => window.__painted));
        await page.context().close();
      }
    }
    figures.push({
      group: 'first visit, throttled', name: `${w.tag}: navigation → first chart painted, Fast 4G, median of ${runs}`, unit: 'ms', n: runs,
      value: median(times.kit), baseline: { name: 'a page importing the standalone vega-embed build, embedding the same spec (interpreter, svg)', value: median(times.bare) }, aim: '≤ 0.6×',
      note: `CDP Network.emulateNetworkConditions: ${FAST_4G.latency} ms latency, ${((FAST_4G.downloadThroughput * 8) / 1e6).toFixed(1)} Mbit/s down; files served gzip-compressed; cold cache`,
    });
  }
}

/** The gzip sizes of the baselines: Lit alone, and vega-embed with Vega and Vega-Lite, minified by esbuild. */
async function baselineSizes(root) {
  const { build } = await import('esbuild');
  const size = async (contents) => {
    const out = await build({
      stdin: { contents, resolveDir: root, loader: 'js' },
      bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', platform: 'browser', target: 'es2020',
    });
    return gzipBytes(Buffer.from(out.outputFiles[0].contents));
  };
  return {
    lit: { name: 'Lit alone (lit: LitElement, html, css), esbuild --minify, gzip', value: await size("export { LitElement, html, css, nothing } from 'lit';") },
    vegaEmbed: { name: 'vega-embed alone (with Vega, Vega-Lite), esbuild --minify, gzip', value: await size("export { default } from 'vega-embed';") },
  };
}

/** Runs every browser figure; returns the figures. */
export async function runBrowserBench({ root, quick = false, log = () => {} }) {
  const widgets = widgetCatalogue(root);
  const chartWidgets = widgets.filter((w) => w.tag !== 'outcome-theory-of-action');
  const pages = {
    '/blank': () => pageHtml('<div id="stage"></div>'),
    '/bytes': (q) => pageHtml(`<div style="height:5000px">spacer</div>${widgets.map((w) => widgetHtml(w, { data: q.get('data') === '1' })).join('\n')}`),
    '/many': (q) => {
      const n = Number(q.get('n'));
      const style = 'display:block;height:300px;overflow:hidden;margin:0;box-sizing:border-box';
      return pageHtml(Array.from({ length: n }, (_, i) => widgetHtml(chartWidgets[i % chartWidgets.length], { style })).join('\n'));
    },
  };
  const specs = {};
  pages['/throttled-kit'] = (q) => pageHtml(`<div style="width:640px">${widgetHtml(widgets.find((w) => w.tag === q.get('tag')))}</div>`);
  pages['/throttled-bare'] = (q) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0;font-family:system-ui}</style></head><body><div id="bare" style="width:${specs[q.get('tag')].width}px"></div>
<script type="application/json" id="spec">${inlineJson(specs[q.get('tag')].spec)}</script>
<script type="module">import embed, { expressionInterpreter } from '/baseline/vega-embed.js';
embed(document.getElementById('bare'), JSON.parse(document.getElementById('spec').textContent), { actions: false, renderer: 'svg', defaultStyle: false, ast: true, expr: expressionInterpreter, tooltip: { disableDefaultStyle: true, theme: 'custom' } });</script></body></html>`;
  const bundle = mkdtempSync(join(tmpdir(), 'outcome-bench-bundle-'));
  // BENCH_BUNDLE: measure another build of the bundle (a snapshot kept for a before/after comparison).
  cpSync(process.env.BENCH_BUNDLE || join(root, BUNDLE), bundle, { recursive: true });
  const baselineDir = mkdtempSync(join(tmpdir(), 'outcome-bench-baseline-'));
  const baselineChunks = await standaloneVegaEmbed(root, baselineDir);
  const mounts = { [BUNDLE]: bundle, '/baseline/': baselineDir };
  const server = await startServer(root, pages, mounts);
  const gzipServer = await startServer(root, pages, mounts, { gzip: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const figures = [];
  const ctx = { origin: server.origin, gzipOrigin: gzipServer.origin, root, bundle, widgets, figures, quick, specs, baselineChunks, baselines: await baselineSizes(root) };
  try {
    let t = performance.now();
    const step = async (label, fn) => {
      const result = await fn();
      log(`${label} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
      t = performance.now();
      return result;
    };
    // BENCH_SKIP=heap,40: leave those steps out (trying the bench; not for the README's figures).
    const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
    const { defined } = await step('bytes', () => measureBytes(browser, ctx));
    await step('connected → painted', () => measureTiming(browser, ctx, defined));
    if (!skip.has('throttled')) await step('first visit, throttled', () => measureThrottled(browser, ctx));
    if (!skip.has('40')) await step('40 widgets', () => measureManyWidgets(browser, ctx));
    if (!skip.has('heap')) await step('heap', () => measureHeap(browser, ctx));
  } finally {
    await browser.close();
    await server.close();
    await gzipServer.close();
    rmSync(bundle, { recursive: true, force: true });
    rmSync(baselineDir, { recursive: true, force: true });
  }
  return figures;
}
