// The webmaster's paths, end to end in real Chromium: the one-script-tag bundle on a page of
// another origin (Vega fetched lazily from beside it), two copies of it, the iframe embed page with
// and without its resizer, and the embed builder producing code that renders when pasted into a
// blank page. Three servers, three origins: "site" (the county's pages and data), "kit" (the
// bundle folder, as a county would host it) and "demo" (the built demo with the builder).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { axeViolations, launchChromium, recordErrors, recordRequests, widgetReady } from './helpers/browser.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';

const root = new URL('../../', import.meta.url).pathname;
// OUTCOME_KIT_BUNDLE: a bundle built elsewhere (vite build --outDir …), so a check need not overwrite the shared one.
const bundleDir = process.env.OUTCOME_KIT_BUNDLE ?? join(root, 'packages/embed/bundle');
const SHIPPED = ['outcome-kit.js', 'outcome-kit.module.js', 'embed.html', 'embed.js', 'embed.css', 'outcome-kit-resize.js'];

/** The lazily loaded Vega chunk(s): big files in chunks/ that hold vega-embed or vega-lite. */
function vegaChunks(): string[] {
  const dir = join(bundleDir, 'chunks');
  return readdirSync(dir).filter((f) => f.endsWith('.js') && statSync(join(dir, f)).size > 100_000 && /vega-(embed|lite)/.test(readFileSync(join(dir, f), 'utf8')));
}

const page = (title: string, body: string, head = '') =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${title}</title>${head}</head>\n<body><main><h1>${title}</h1>\n${body}\n</main></body>\n</html>\n`;

let browser: Browser;
let site: StaticServer;
let kit: StaticServer;
let demo: StaticServer;
let pagesDir: string;
let demoDir: string;
/** The kit's host: a copy of the bundle, with the host's embed-config.json beside embed.html. */
let kitDir: string;
const writeConfig = (config: object) => writeFileSync(join(kitDir, 'embed-config.json'), JSON.stringify(config));
let vega: string[];
const contexts: BrowserContext[] = [];

/** A fresh page (own cache) with its errors and requests recorded. */
async function open(viewport = { width: 1200, height: 900 }): Promise<{ tab: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const tab = await context.newPage();
  return { tab, errors: recordErrors(tab), requests: recordRequests(tab) };
}

function writePage(name: string, html: string): string {
  writeFileSync(join(pagesDir, name), html);
  return `${site.url}${name}`;
}

const isVega = (url: string) => vega.some((file) => url.endsWith(`/chunks/${file}`));

/** The page's frame whose URL matches, waiting for it (an iframe with loading="lazy" may attach after the load event). */
const frameByUrl = async (tab: Page, pattern: RegExp, ms = 10_000): Promise<Frame> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const frame = tab.frames().find((f) => pattern.test(f.url()));
    if (frame) return frame;
    assert.ok(Date.now() < deadline, `no frame matching ${pattern}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const heightOf = (tab: Page, selector: string) => tab.$eval(selector, (el) => el.getBoundingClientRect().height);
const embedContentHeight = (frame: Frame) => frame.$eval('#outcome-kit-embed', (el) => el.getBoundingClientRect().height);

describe('webmaster paths in Chromium', { timeout: 300_000 }, () => {
  before(async () => {
    const missing = SHIPPED.filter((f) => !existsSync(join(bundleDir, f)));
    if (missing.length) throw new Error(`The script-tag bundle is not built (missing ${missing.join(', ')} in packages/embed/bundle). Run \`npm run build\` first.`);
    vega = vegaChunks();
    assert.ok(vega.length, 'no Vega chunk found in packages/embed/bundle/chunks');

    // The demo (with the builder), built into a temp folder so no other build is disturbed.
    demoDir = mkdtempSync(join(tmpdir(), 'outcome-kit-demo-'));
    const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', demoDir, '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, `vite build of the demo failed:\n${build.stderr || build.stdout}`);

    pagesDir = mkdtempSync(join(tmpdir(), 'outcome-kit-pages-'));
    kitDir = mkdtempSync(join(tmpdir(), 'outcome-kit-host-'));
    cpSync(bundleDir, kitDir, { recursive: true });
    const data = join(root, 'demo/public/data');
    [site, kit, demo] = await Promise.all([
      serveStatic({ '/': pagesDir, '/data/': data }, { cors: true }),
      serveStatic({ '/': kitDir }, { cors: true }),
      serveStatic({ '/': demoDir, '/outcome-kit/': bundleDir }, { cors: true }),
    ]);
    // The host lets embed.html load data from the site's origin (every other origin is refused).
    writeConfig({ dataOrigins: [new URL(site.url).origin] });
    browser = await launchChromium();
  });

  after(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await browser?.close();
    await Promise.all([site, kit, demo].map((s) => s?.close()));
    for (const dir of [pagesDir, demoDir, kitDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a plain <script src> from another origin renders a gap chart and a run chart, and fetches Vega only when a chart comes near the screen', async () => {
    const url = writePage(
      'script-tag.html',
      page(
        'Student outcomes',
        `<p style="height: 3200px">A long page: the charts are far below the first screen.</p>
        <outcome-gap-chart id="gap" src="/data/gaps-ela.csv" indicator="ela" exports></outcome-gap-chart>
        <outcome-run-chart id="run" src="data/chronic-absence-monthly.csv" x="month" y="rate" y-format="percent"></outcome-run-chart>`,
        `<script src="${kit.url}outcome-kit.js"></script>`,
      ),
    );
    const { tab, errors, requests } = await open();
    await tab.goto(url);
    // The data is loaded and analysed (summary and table) while the charts are still off screen…
    assert.match(await widgetReady(tab, '#gap'), /English Language Arts/);
    assert.match(await widgetReady(tab, '#run'), /median/i);
    await tab.waitForTimeout(300);
    assert.ok(requests.some((u) => u === `${kit.url}outcome-kit.module.js`), 'the module is loaded from beside outcome-kit.js');
    assert.deepEqual(requests.filter(isVega), [], 'no Vega chunk before a chart is near the screen');
    // …and Vega arrives, from the bundle's origin, once they are scrolled near.
    await tab.$eval('#gap', (el) => el.scrollIntoView());
    await widgetReady(tab, '#gap', { chart: true });
    await widgetReady(tab, '#run', { chart: true });
    const fetched = requests.filter(isVega);
    assert.ok(fetched.length >= 1 && fetched.every((u) => u.startsWith(`${kit.url}chunks/`)), `Vega chunk fetched from beside the script: ${fetched.join(', ')}`);

    // On paper: chart, summary and the data table (hidden on screen), and no buttons.
    await tab.emulateMedia({ media: 'print' });
    for (const id of ['#gap', '#run']) {
      // (No named functions inside: tsx would wrap them in a helper the page does not have.)
      const printed = await tab.$eval(id, (el) => {
        const root = el.shadowRoot!;
        const [chart, summary, table] = ['chart', 'summary', 'table'].map((name) => root.querySelector(`[part="${name}"]`)!.getBoundingClientRect().height);
        const buttons = [...root.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().height > 0).length;
        return { chart, summary, table, buttons };
      });
      assert.ok(printed.chart! > 100 && printed.summary! > 10 && printed.table! > 100 && printed.buttons === 0, `${id} in print: ${JSON.stringify(printed)}`);
    }
    assert.deepEqual(errors, []);
  });

  it('two copies of the script, or a page that already defined <outcome-run-chart>, do not throw and still render', async () => {
    const twice = writePage(
      'twice.html',
      page(
        'Two copies',
        `<outcome-run-chart id="run" src="/data/chronic-absence-monthly.csv" x="month" y="rate"></outcome-run-chart>
        <outcome-gap-chart id="gap" src="/data/gaps-chronic.csv" indicator="chronic"></outcome-gap-chart>
        <script src="${kit.url}outcome-kit.js"></script>`,
        `<script src="${kit.url}outcome-kit.js"></script><script type="module" src="${kit.url}outcome-kit.module.js?copy=2"></script>`,
      ),
    );
    const first = await open();
    await first.tab.goto(twice);
    await widgetReady(first.tab, '#run', { chart: true });
    await widgetReady(first.tab, '#gap', { chart: true });
    assert.deepEqual(first.errors, []);

    const own = writePage(
      'own-definition.html',
      page(
        'Own definition',
        `<outcome-run-chart id="run"></outcome-run-chart>
        <outcome-gap-chart id="gap" src="/data/gaps-chronic.csv" indicator="chronic"></outcome-gap-chart>`,
        `<script src="own-run-chart.js"></script><script src="${kit.url}outcome-kit.js"></script>`,
      ),
    );
    writeFileSync(
      join(pagesDir, 'own-run-chart.js'),
      `customElements.define('outcome-run-chart', class extends HTMLElement { connectedCallback() { this.textContent = 'The page’s own run chart'; } });\n`,
    );
    const second = await open();
    await second.tab.goto(own);
    await widgetReady(second.tab, '#gap', { chart: true });
    assert.equal(await second.tab.$eval('#run', (el) => el.textContent), 'The page’s own run chart');
    assert.deepEqual(second.errors, []);
  });

  it('the iframe embed page follows its content with the resizer, ignores forged messages, and scrolls inside a fixed height without it', async () => {
    const params = new URLSearchParams({ widget: 'run-chart', src: `${site.url}data/chronic-absence-monthly.csv`, x: 'month', y: 'rate', 'y-format': 'percent', direction: 'down', baseline: '12' });
    const embed = `${kit.url}embed.html?${params}`;
    const resized = writePage(
      'iframe-resized.html',
      page(
        'With the resizer',
        `<iframe id="chart" src="${embed.replace(/&/g, '&amp;')}" title="Chronic absence" width="100%" height="900" style="border: 0"></iframe>
        <script src="${kit.url}outcome-kit-resize.js"></script>
        <iframe id="other" src="${site.url}other.html" title="Another site's frame"></iframe>`,
      ),
    );
    writePage('other.html', page('Another frame', '<p>Not Outcome Kit.</p>'));
    const { tab, errors } = await open();
    await tab.goto(resized);
    const frame = await frameByUrl(tab, /embed\.html/);
    await widgetReady(frame, 'outcome-run-chart', { chart: true });
    /** Waits until the iframe's height stops changing (and has left its initial 900px); checks it matches the content. */
    const settled = async () => {
      let last = -1;
      for (let i = 0; i < 40; i++) {
        await tab.waitForTimeout(150);
        const now = await heightOf(tab, '#chart');
        if (now === last && now !== 900) break;
        last = now;
      }
      const [outer, inner] = [await heightOf(tab, '#chart'), await embedContentHeight(frame)];
      assert.ok(Math.abs(outer - inner) <= 3, `iframe ${outer}px vs content ${inner}px`);
      return outer;
    };
    const closed = await settled();
    await frame.locator('outcome-run-chart button[part="table-toggle"]').click();
    const opened = await settled();
    assert.ok(opened > closed + 200, `the iframe grew with the data table (${closed}px → ${opened}px)`);
    assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 2), 'no scrolling inside a resized frame');

    // Forged messages: from the page itself, and from a frame of another origin than the bundle's.
    const otherHeight = await heightOf(tab, '#other');
    await tab.evaluate(() => window.postMessage({ type: 'outcome-kit:height', height: 4321 }, '*'));
    const other = await frameByUrl(tab, /other\.html/);
    await other.evaluate(() => parent.postMessage({ type: 'outcome-kit:height', height: 4321 }, '*'));
    await tab.waitForTimeout(400);
    assert.ok(Math.abs((await heightOf(tab, '#chart')) - opened) <= 3, 'forged heights are ignored');
    assert.equal(await heightOf(tab, '#other'), otherHeight, "another origin's frame is not resized either");
    assert.deepEqual(await axeViolations(frame), []);
    assert.deepEqual(errors, []);

    // Without the resizer: the fixed height stays, the page scrolls inside, the toggle is reachable by keyboard.
    const fixed = writePage(
      'iframe-fixed.html',
      page('Fixed height', `<a href="#top" id="before">Before the chart</a>\n<iframe id="chart" src="${embed.replace(/&/g, '&amp;')}" title="Chronic absence" width="100%" height="600" style="border: 0"></iframe>`),
    );
    const plain = await open();
    await plain.tab.goto(fixed);
    const inside = await frameByUrl(plain.tab, /embed\.html/);
    await widgetReady(inside, 'outcome-run-chart', { chart: true });
    await plain.tab.waitForTimeout(300);
    assert.equal(await heightOf(plain.tab, '#chart'), 600);
    assert.ok(await inside.evaluate(() => document.documentElement.scrollHeight > innerHeight), 'the embed page scrolls inside the frame');
    await plain.tab.focus('#before');
    const focusedToggle = () => inside.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') === 'table-toggle');
    for (let i = 0; i < 8 && !(await focusedToggle()); i++) await plain.tab.keyboard.press('Tab');
    assert.ok(await focusedToggle(), 'Tab reaches the "Show data" button inside the frame');
    await plain.tab.keyboard.press('Enter');
    const toggle = inside.locator('outcome-run-chart button[part="table-toggle"]');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await toggle.evaluate((b) => b.getBoundingClientRect().bottom <= innerHeight && b.getBoundingClientRect().top >= 0), 'the focused toggle is scrolled into view');
    assert.deepEqual(plain.errors, []);
  });

  it('the embed page on a public host: privacy from the host only, an allow-list of data origins, heights only to configured parents, exact messages, a 700-group chart reachable', async () => {
    const rows = ['group,value,n', 'ALL,50,100', 'Kestrel,77.77,5'];
    for (let i = 0; i < 700; i++) rows.push(`Group ${i},${40 + (i % 20)},${20 + i}`);
    writeFileSync(join(pagesDir, 'many.csv'), rows.join('\n'));
    writeFileSync(join(pagesDir, 'small.csv'), 'group,value,n\nALL,50,100\nEL,40,60\nKestrel,77.77,5\n');
    const { tab, errors } = await open({ width: 900, height: 700 });

    // suppress-below=0 in the query string does not show the group of 5; a stricter value is kept.
    await tab.goto(`${kit.url}embed.html?widget=gap-chart&src=${encodeURIComponent(`${site.url}small.csv`)}&suppress-below=0`);
    await widgetReady(tab, 'outcome-gap-chart', { timeout: 30_000 });
    assert.equal(await tab.locator('outcome-gap-chart').getAttribute('suppress-below'), '10');
    const text = await tab.evaluate(() => document.querySelector('outcome-gap-chart')!.shadowRoot!.textContent ?? '');
    assert.doesNotMatch(text, /Kestrel|77\.77|77\.8/);
    await tab.goto(`${kit.url}embed.html?widget=gap-chart&src=${encodeURIComponent(`${site.url}small.csv`)}&suppress-below=70`);
    await widgetReady(tab, 'outcome-gap-chart', { timeout: 30_000 });
    assert.equal(await tab.locator('outcome-gap-chart').getAttribute('suppress-below'), '70');

    // A data origin the host did not list is refused with a message, and nothing is fetched from it.
    const requests: string[] = [];
    tab.on('request', (r) => requests.push(r.url()));
    await tab.goto(`${kit.url}embed.html?widget=gap-chart&src=${encodeURIComponent(`${demo.url}data/gaps-chronic.csv`)}`);
    assert.match((await tab.locator('[role="alert"]').textContent()) ?? '', /does not load data from http:\/\/127\.0\.0\.1:\d+\. The host lists/);
    assert.ok(!requests.some((u) => u.startsWith(demo.url)), 'the unlisted origin was not fetched');

    // parentOrigins: the height goes to a listed parent only.
    const framing = writePage('framing.html', page('Framing', `<iframe id="chart" src="${kit.url}embed.html?widget=gap-chart&amp;src=${encodeURIComponent(`${site.url}small.csv`)}" title="Gaps" width="100%" height="300"></iframe>`, '<script src="/listen-heights.js"></script>'));
    writeFileSync(join(pagesDir, 'listen-heights.js'), 'window.__heights = []; addEventListener("message", function (e) { if (e.data && e.data.type === "outcome-kit:height") window.__heights.push(e.origin); });');
    for (const [parents, expected] of [[[new URL(site.url).origin], 1], [['https://county.example.org'], 0]] as const) {
      writeConfig({ dataOrigins: [new URL(site.url).origin], parentOrigins: parents });
      const framed = await open();
      await framed.tab.goto(framing);
      await widgetReady(await frameByUrl(framed.tab, /embed\.html/), 'outcome-gap-chart', { timeout: 30_000 });
      await framed.tab.waitForTimeout(300);
      const got = await framed.tab.evaluate(() => (window as unknown as { __heights: string[] }).__heights.length);
      assert.equal(Math.min(got, 1), expected, `heights with parentOrigins ${parents.join(', ')}`);
    }
    writeConfig({ dataOrigins: [new URL(site.url).origin] });

    // The resizer: a message of another shape, or from a frame whose src is not the kit's page, is ignored;
    // a 700-group chart is capped at 20 000 px and scrolls inside, so "Show data" stays reachable.
    const resized = writePage(
      'resized-many.html',
      page(
        'Many groups',
        `<iframe id="chart" src="${kit.url}embed.html?widget=gap-chart&amp;src=${encodeURIComponent(`${site.url}many.csv`)}" title="Many groups" width="100%" height="600" style="border: 0"></iframe>
        <iframe id="look-alike" src="${kit.url}outcome-kit.js" title="Not the embed page" height="150"></iframe>
        <script src="${kit.url}outcome-kit-resize.js"></script>`,
      ),
    );
    const big = await open();
    await big.tab.goto(resized);
    const frame = await frameByUrl(big.tab, /embed\.html/);
    await widgetReady(frame, 'outcome-gap-chart', { timeout: 30_000 });
    for (let i = 0; i < 40 && (await heightOf(big.tab, '#chart')) === 600; i++) await big.tab.waitForTimeout(150);
    assert.equal(await heightOf(big.tab, '#chart'), 20000);
    assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight && getComputedStyle(document.documentElement).overflowY === 'auto'), 'the capped frame scrolls inside');
    const toggle = frame.locator('outcome-gap-chart button[part="table-toggle"]');
    await toggle.scrollIntoViewIfNeeded();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const lookAlike = await frameByUrl(big.tab, /outcome-kit\.js/);
    const lookAlikeHeight = await heightOf(big.tab, '#look-alike');
    await lookAlike.evaluate(() => parent.postMessage({ type: 'outcome-kit:height', height: 999, sized: true }, '*'));
    await frame.evaluate(() => parent.postMessage({ type: 'outcome-kit:height', height: 1234, sized: true, extra: 1 }, '*'));
    await frame.evaluate(() => parent.postMessage({ type: 'outcome-kit:height', height: '1234' }, '*'));
    await big.tab.waitForTimeout(300);
    assert.equal(await heightOf(big.tab, '#look-alike'), lookAlikeHeight, 'a frame that is not the kit page is not resized');
    assert.equal(await heightOf(big.tab, '#chart'), 20000, 'messages of another shape are ignored');
    assert.deepEqual(errors, []);
  });

  it('the embed page applies only the widget’s attributes, as text, and says so when the widget is missing or unknown', async () => {
    const { tab, errors } = await open({ width: 800, height: 600 });
    const hostile = new URLSearchParams({
      widget: 'gap-chart',
      src: `${site.url}data/gaps-chronic.csv`,
      indicator: 'chronic',
      heading: '<img src=x onerror="window.pwned=1">Chronic absence',
      onclick: 'window.pwned=1',
      style: 'display:none',
    });
    await tab.goto(`${kit.url}embed.html?${hostile}`);
    await widgetReady(tab, 'outcome-gap-chart');
    const el = tab.locator('outcome-gap-chart');
    assert.equal(await el.getAttribute('onclick'), null);
    assert.equal(await el.getAttribute('style'), null);
    assert.equal(await el.getAttribute('src'), `${site.url}data/gaps-chronic.csv`);
    assert.equal(await tab.locator('outcome-gap-chart [part="heading"]').textContent(), '<img src=x onerror="window.pwned=1">Chronic absence');
    assert.equal(await tab.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
    assert.equal(await tab.title(), '<img src=x onerror="window.pwned=1">Chronic absence');

    await tab.goto(`${kit.url}embed.html?widget=pie-chart`);
    assert.match((await tab.locator('[role="alert"]').textContent()) ?? '', /“pie-chart” is not an Outcome Kit widget.*run-chart/s);
    await tab.goto(`${kit.url}embed.html?src=data.csv&lang=es`);
    assert.match((await tab.locator('[role="alert"]').textContent()) ?? '', /no indica qué gráfica mostrar/);
    assert.equal(await tab.locator('html').getAttribute('lang'), 'es');
    assert.deepEqual(errors.filter((e) => !/ignored parameters/.test(e)), []);
  });

  it('the builder makes code that renders when pasted into a blank page of another origin, and holds it back while the data is wrong', async () => {
    const { tab, errors } = await open({ width: 1280, height: 900 });
    await tab.goto(`${demo.url}builder.html`);
    await tab.check('#widget-run-chart');
    await tab.fill('#data-url', `${demo.url}data/chronic-absence-monthly.csv`);
    await tab.fill('#run-chart-x', 'month');
    await tab.fill('#run-chart-y', 'rate');
    await tab.selectOption('#run-chart-y-format', 'percent');
    await tab.fill('#common-heading', 'Chronic absence, "Example" <Unified>');
    await tab.waitForFunction(
      () => (document.getElementById('script-snippet') as HTMLTextAreaElement).value.includes('&quot;Example&quot;') && !(document.getElementById('copy-script') as HTMLButtonElement).disabled,
      undefined,
      { timeout: 10_000 },
    );
    await widgetReady(tab, '#preview outcome-run-chart', { chart: true });
    assert.deepEqual(await axeViolations(tab), []);

    const script = await tab.inputValue('#script-snippet');
    assert.ok(script.startsWith(`<script src="${demo.url}outcome-kit/outcome-kit.js"></script>`), script);
    assert.match(script, /heading="Chronic absence, &quot;Example&quot; &lt;Unified&gt;"/);
    const pasted = writePage('pasted.html', page('A blank page', script));
    const blank = await open();
    await blank.tab.goto(pasted);
    assert.match(await widgetReady(blank.tab, 'outcome-run-chart', { chart: true }), /median/i);
    assert.equal(await blank.tab.locator('outcome-run-chart').getAttribute('heading'), 'Chronic absence, "Example" <Unified>');
    assert.equal(await blank.tab.locator('outcome-run-chart').count(), 1);
    assert.deepEqual(blank.errors, []);

    const iframe = await tab.inputValue('#iframe-snippet');
    assert.match(iframe, /<iframe\s[^>]*src="http:\/\/127\.0\.0\.1:\d+\/outcome-kit\/embed\.html\?widget=run-chart&amp;src=/);
    const framed = writePage('pasted-iframe.html', page('A blank page with an iframe', iframe));
    const viaFrame = await open();
    await viaFrame.tab.goto(framed);
    await widgetReady(await frameByUrl(viaFrame.tab, /embed\.html/), 'outcome-run-chart', { chart: true });
    await viaFrame.tab.waitForFunction(() => document.querySelector('iframe')!.getBoundingClientRect().height !== 900, undefined, { timeout: 10_000 });
    assert.deepEqual(viaFrame.errors, []);

    // A CSV with a bad value: the element's message, naming the field and the row, and no Copy.
    await tab.setInputFiles('#data-file', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('month,rate\n2024-01,12\n2024-02,twelve\n2024-03,11\n') });
    const problem = tab.locator('#problem');
    await problem.filter({ hasText: 'Row 3' }).waitFor({ timeout: 10_000 });
    // A new file starts the options again (its own columns, no percent format carried over from before).
    assert.match((await problem.textContent()) ?? '', /Row 3, field “rate”: “twelve” is not a number/);
    assert.equal(await problem.getAttribute('role'), 'alert');
    assert.equal(await tab.isDisabled('#copy-script'), true);
    assert.equal(await tab.isDisabled('#copy-iframe'), true);
    assert.deepEqual(await axeViolations(tab), []);
    assert.deepEqual(errors, []);
  });
});
