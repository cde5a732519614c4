/**
 * Same charts before and after a change to the chart runtime: every story's Vega-Lite spec (as
 * the widgets built it in the built Storybook, storybook-static/) drawn by two script-tag bundles'
 * vega-embed chunks in headless Chromium, with the widgets' options (SVG renderer, the expression
 * interpreter), and the SVG markup compared. Also checks `toSVG()` and a PNG export on each side.
 *
 *   node bench/svg-diff.js --before <bundle dir> [--after packages/embed/bundle] [--grep text]
 *
 * Exit code 1 when any chart differs or fails to draw. Needs `npm run build-storybook` and the two
 * bundles (keep a copy of packages/embed/bundle before rebuilding it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const before = arg('before');
const after = resolve(arg('after', join(root, 'packages/embed/bundle')));
const grep = arg('grep', '');
const storybook = join(root, 'storybook-static');
if (!before || !existsSync(join(before, 'outcome-kit.module.js')) || !existsSync(join(after, 'outcome-kit.module.js'))) {
  console.error('usage: node bench/svg-diff.js --before <bundle dir> [--after <bundle dir>] (both built with outcome-kit.module.js)');
  process.exit(2);
}
if (!existsSync(join(storybook, 'index.json'))) {
  console.error('svg-diff: storybook-static/ is missing (npm run build-storybook)');
  process.exit(2);
}

/** The vega-embed and vega-interpreter chunks a bundle's entry imports (as in bench/browser.js). */
function chunksOf(dir, prefix) {
  const entry = readFileSync(join(dir, 'outcome-kit.module.js'), 'utf8');
  const embed = /import\(\s*[`'"]\.\/(chunks\/embed-[^`'"]+\.js)[`'"]\s*\)/.exec(entry)?.[1];
  const interp = /import\(\s*[`'"]\.\/(chunks\/vega-interpreter-[^`'"]+\.js)[`'"]\s*\)(?:\.then\(\s*(\w+)\s*=>\s*\2\.(\w+)\s*\))?/.exec(entry);
  if (!embed || !interp) throw new Error(`${dir}: no vega-embed / vega-interpreter chunk found in the entry module`);
  return { embed: prefix + embed, interpreter: prefix + interp[1], interpreterKey: interp[3] ?? null };
}

/** In a story's page: every Outcome Kit element's spec (through shadow roots), once all have settled. */
async function collectSpecs() {
  const all = (node, out = []) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('outcome-')) out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  // Settled: every element has its views or an error, or nothing changed for 3 s; at most 8 s.
  const started = performance.now();
  let last = '';
  let stable = 0;
  for (;;) {
    const els = all(document);
    const state = els.map((el) => (el.currentViews ? 'v' : el.shadowRoot?.querySelector('[part=error]') ? 'e' : '-')).join('');
    stable = state === last ? stable + 1 : 0;
    last = state;
    if ((els.length && !state.includes('-')) || stable > 30 || performance.now() - started > 8000) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const out = [];
  for (const el of all(document)) {
    const spec = el.currentViews?.spec;
    if (!spec) continue;
    const width = Math.round(el.shadowRoot?.querySelector('[part=chart]')?.getBoundingClientRect().width || 640);
    out.push({ tag: el.localName, spec, width });
  }
  return out;
}

/** In a blank page: draws each spec with one bundle's vega-embed chunk; returns the SVG markup. */
async function drawAll([items, chunks]) {
  const [m, interp] = await Promise.all([import(chunks.embed), import(chunks.interpreter)]);
  const ns = chunks.interpreterKey ? interp[chunks.interpreterKey] : interp;
  const results = [];
  for (const [i, item] of items.entries()) {
    const div = document.createElement('div');
    div.style.width = `${item.width}px`;
    document.body.append(div);
    try {
      const r = await m.default(div, item.spec, {
        actions: false, renderer: 'svg', defaultStyle: false, ast: true, expr: ns.expressionInterpreter, tooltip: () => {},
      });
      const svg = div.querySelector('svg')?.outerHTML ?? '';
      const exported = i === 0 ? await r.view.toSVG() : '';
      const png = i === 0 ? (await r.view.toImageURL('png')).slice(0, 22) : '';
      r.finalize();
      results.push({ svg, exported, png });
    } catch (e) {
      results.push({ error: String(e?.message ?? e) });
    }
    div.remove();
  }
  return results;
}

const server = await startServer(root, { '/blank': () => '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>svg</title></head><body></body></html>' }, {
  '/sb/': storybook,
  '/before/': resolve(before),
  '/after/': after,
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
let failed = 0;
try {
  const index = JSON.parse(readFileSync(join(storybook, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(grep));
  const items = [];
  // One Storybook preview page per stories file; its stories are switched through the preview's
  // channel (no reload per story).
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  let file = null;
  for (const [n, story] of stories.entries()) {
    if (story.importPath !== file) {
      file = story.importPath;
      await page.goto(`${server.origin}/sb/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__, null, { timeout: 120000 });
    }
    const specs = await page
      .evaluate(async (storyId) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        await new Promise((resolve) => {
          const done = () => (channel.off('storyRendered', done), channel.off('storyErrored', done), channel.off('storyThrewException', done), resolve());
          channel.on('storyRendered', done);
          channel.on('storyErrored', done);
          channel.on('storyThrewException', done);
          channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
          setTimeout(done, 15000);
        });
      }, story.id)
      .then(() => page.evaluate(collectSpecs))
      .catch((e) => (console.error(`  ${story.id}: ${e.message.split('\n')[0]}`), []));
    for (const s of specs) items.push({ story: story.id, ...s });
    if (n % 10 === 9) console.error(`  ${n + 1}/${stories.length} stories, ${items.length} charts`);
  }
  const seen = new Set();
  const unique = items.filter((it) => {
    const key = JSON.stringify([it.spec, it.width]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  console.log(`svg-diff: ${stories.length} stories, ${items.length} charts, ${unique.length} distinct specs`);
  const draw = async (prefix, dir) => {
    const p = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    p.on('pageerror', (e) => console.error(`  ${prefix} page error: ${e.message}`));
    await p.goto(`${server.origin}/blank`);
    const out = await p.evaluate(drawAll, [unique.map(({ spec, width }) => ({ spec, width })), chunksOf(dir, prefix)]);
    await p.context().close();
    return out;
  };
  const a = await draw('/before/', before);
  const b = await draw('/after/', after);
  let same = 0;
  for (const [i, it] of unique.entries()) {
    const x = a[i], y = b[i];
    const problem = x.error || y.error
      ? `draw failed: before ${x.error ?? 'ok'}; after ${y.error ?? 'ok'}`
      : !y.svg
        ? 'no SVG drawn'
        : x.svg !== y.svg
          ? (() => {
              let k = 0;
              while (x.svg[k] === y.svg[k]) k++;
              return `SVG differs at ${k}: before …${x.svg.slice(Math.max(0, k - 60), k + 60)}… after …${y.svg.slice(Math.max(0, k - 60), k + 60)}…`;
            })()
          : x.exported !== y.exported
            ? 'toSVG() export differs'
            : x.png !== y.png
              ? `PNG export differs: ${x.png} vs ${y.png}`
              : null;
    if (problem) {
      failed++;
      console.log(`✗ ${it.story} <${it.tag}> (${it.width} px): ${problem}`);
    } else same++;
  }
  console.log(`svg-diff: ${same}/${unique.length} identical SVG (toSVG and PNG export checked on the first: ${a[0]?.png || '—'} / ${b[0]?.png || '—'})`);
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
