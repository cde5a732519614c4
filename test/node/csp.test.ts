// Strict Content-Security-Policy: the script-tag bundle (packages/embed/bundle, built by
// `node scripts/build.js`, which `npm test` runs first) on a page served with
//   default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'
// (no unsafe-eval, no unsafe-inline) renders every widget on the demo data with no CSP violation.
// Violations are caught by a `securitypolicyviolation` listener from an external 'self' script,
// and by the console ("Refused to …"). Also the iframe embed page, under the same policy.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = new URL('../../', import.meta.url).pathname;
// OUTCOME_KIT_BUNDLE: a bundle built elsewhere (vite build --outDir …), so a check need not overwrite the shared one.
const BUNDLE = process.env.OUTCOME_KIT_BUNDLE ?? join(root, 'packages/embed/bundle');
const DATA = join(root, 'demo/public/data');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
/** The same policy with Trusted Types: no string may reach an HTML sink (innerHTML and the like). */
const TT_CSP = `${CSP}; require-trusted-types-for 'script'`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.map': 'application/json',
};

/** The widgets on the page: every widget, each demo data file. */
const WIDGETS = [
  '<outcome-run-chart id="run-monthly" src="/data/chronic-absence-monthly.csv" x="month" y="rate" y-format="percent" direction="down" baseline="12" goal="15" heading="Chronic absence"></outcome-run-chart>',
  '<outcome-run-chart id="run-lcap" src="/data/lcap-approval-days.csv" x="submitted" y="days" direction="down" rules="anhoej"></outcome-run-chart>',
  '<outcome-gap-chart id="gap-chronic" src="/data/gaps-chronic.csv" indicator="chronic"></outcome-gap-chart>',
  '<outcome-gap-chart id="gap-ela" src="/data/gaps-ela.csv" indicator="ela" reference="highest"></outcome-gap-chart>',
  '<outcome-gap-chart id="gap-cde" src="/data/cde-chronic-sample.txt" indicator="chronic" cds="19647330000000" lang="es"></outcome-gap-chart>',
  '<outcome-theory-of-action id="toa" src="/data/theory-of-action.json" expand></outcome-theory-of-action>',
];

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Strict CSP</title>
<script src="/listen.js"></script>
<script src="/outcome-kit/outcome-kit.js"></script>
</head>
<body>
${WIDGETS.map((w) => `<section>${w}</section>`).join('\n')}
</body>
</html>`;

/** Records every violation and error, from an external script ('self'), before anything else runs. */
const LISTEN = `window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
}, true);
window.addEventListener('error', function (e) {
  if (!/ResizeObserver loop/.test(e.message)) window.__errors.push(String(e.message));
});
window.addEventListener('unhandledrejection', function (e) { window.__errors.push('unhandled: ' + String(e.reason)); });
document.addEventListener('outcome-error', function (e) {
  window.__errors.push('outcome-error from ' + (e.target.id || e.target.localName) + ': ' + e.detail.message);
}, true);`;

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    // `?tt` (on the page, or on embed.html): the policy with Trusted Types.
    const policy = url.searchParams.has('tt') ? TT_CSP : CSP;
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': policy, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/') return send(200, TYPES['.html']!, PAGE);
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (url.pathname === '/listen.js') return send(200, TYPES['.js']!, LISTEN);
    const mount = url.pathname.startsWith('/outcome-kit/') ? BUNDLE : url.pathname.startsWith('/data/') ? DATA : null;
    if (!mount) return send(404, 'text/plain', 'not found');
    const rel = normalize(decodeURIComponent(url.pathname.replace(/^\/(outcome-kit|data)\//, '')));
    if (rel.startsWith('..')) return send(403, 'text/plain', 'forbidden');
    const file = join(mount, rel);
    if (!existsSync(file)) return send(404, 'text/plain', 'not found');
    return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface PageReport {
  violations: Array<{ directive: string; blocked: string; sample: string; source: string; line: number }>;
  errors: string[];
}

async function report(page: Page, console: string[]): Promise<PageReport> {
  const inPage = await page.evaluate(() => {
    const w = window as unknown as { __violations: PageReport['violations']; __errors: string[] };
    return { violations: w.__violations, errors: w.__errors };
  });
  return { violations: inPage.violations, errors: [...inPage.errors, ...console] };
}

describe('strict CSP: every widget renders from the script-tag bundle with no violation', () => {
  let server: Server;
  let browser: Browser;
  let base = '';

  before(async () => {
    for (const file of ['outcome-kit.js', 'outcome-kit.module.js']) {
      assert.ok(existsSync(join(BUNDLE, file)), `packages/embed/bundle/${file} is missing: build the bundle first with \`node scripts/build.js\` (npm test does).`);
    }
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  for (const [label, query] of [['', ''], [' under Trusted Types (require-trusted-types-for \'script\')', '?tt']] as const)
  it(`the demo page${label}: run charts, gap charts (CSV, CDE file) and the theory of action, with a run chart opened inside it`, async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const logged: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text())) logged.push(`console: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
    await page.goto(`${base}/${query}`);
    const states = await page.evaluate(async (ids: string[]) => {
      await (window as unknown as { __outcomeKitLoading?: Promise<unknown> }).__outcomeKitLoading;
      const out: Record<string, string> = {};
      for (const id of ids) {
        const el = document.getElementById(id) as HTMLElement & { chartComplete?: () => Promise<unknown>; updateComplete?: Promise<unknown> };
        await customElements.whenDefined(el.localName);
        el.scrollIntoView();
        const done = el.chartComplete!();
        const timeout = new Promise((r) => setTimeout(() => r('timeout'), 15000));
        const view = await Promise.race([done, timeout]);
        const shadow = el.shadowRoot!;
        if (shadow.querySelector('[role="alert"]')) out[id] = `error: ${shadow.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim()}`;
        else if (view === 'timeout') out[id] = 'timeout';
        else if (el.localName === 'outcome-theory-of-action') out[id] = shadow.querySelector('[part="chain"]') ? 'chain' : 'no chain';
        else out[id] = shadow.querySelector('[part="chart"] svg .role-mark') ? 'chart' : 'no chart';
      }
      // Open the theory of action's first measure: with `expand`, it shows its own run chart.
      const toa = document.getElementById('toa')!;
      const toggle = toa.shadowRoot!.querySelector<HTMLButtonElement>('[part="measure-toggle"]');
      toggle?.click();
      await new Promise((r) => setTimeout(r, 100));
      const inner = toa.shadowRoot!.querySelector('outcome-run-chart') as (HTMLElement & { chartComplete(): Promise<unknown> }) | null;
      if (inner) {
        inner.scrollIntoView();
        await Promise.race([inner.chartComplete(), new Promise((r) => setTimeout(r, 15000))]);
        out['toa inner run chart'] = inner.shadowRoot!.querySelector('[part="chart"] svg .role-mark') ? 'chart' : 'no chart';
      } else out['toa inner run chart'] = toggle ? 'not shown' : 'no measure';
      // A tooltip under the policy: hover a point of the first chart.
      const first = document.getElementById('run-monthly')!;
      const mark = first.shadowRoot!.querySelector('[part="chart"] svg .mark-symbol path');
      if (mark) {
        const box = mark.getBoundingClientRect();
        const init = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
        mark.dispatchEvent(new PointerEvent('pointermove', init));
        mark.dispatchEvent(new MouseEvent('mousemove', init));
        await new Promise((r) => setTimeout(r, 100));
      }
      out.tooltip = document.querySelector('#vg-tooltip-element')?.textContent ? 'shown' : 'not shown';
      return out;
    }, WIDGETS.map((w) => /id="([^"]+)"/.exec(w)![1]!));
    const { violations, errors } = await report(page, logged);
    await page.close();
    const expected: Record<string, string> = {
      'run-monthly': 'chart',
      'run-lcap': 'chart',
      'gap-chronic': 'chart',
      'gap-ela': 'chart',
      'gap-cde': 'chart',
      toa: 'chain',
      'toa inner run chart': 'chart',
      tooltip: 'shown',
    };
    assert.deepEqual({ states, violations, errors }, { states: expected, violations: [], errors: [] });
  });

  for (const [label, tt] of [['', false], [' under Trusted Types', true]] as const)
  it(`the iframe embed page (embed.html) renders its widget with no violation${label}`, async () => {
    assert.ok(existsSync(join(BUNDLE, 'embed.html')), 'packages/embed/bundle/embed.html is missing: build the bundle with `node scripts/build.js`.');
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const logged: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text())) logged.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
    // The listener script is not part of embed.html: violations come from the console here.
    // Hostile parameters too: they become attribute values, never markup, and never run.
    const q = new URLSearchParams({ widget: 'gap-chart', src: '/data/gaps-ela.csv', indicator: 'ela', heading: '<img src=x onerror=window.__pwned=1>', lang: '"><svg onload=window.__pwned=1>', onclick: 'window.__pwned=1' });
    if (tt) q.set('tt', '');
    await page.goto(`${base}/outcome-kit/embed.html?${q}`);
    const state = await page.evaluate(async () => {
      for (let i = 0; i < 300 && !document.querySelector('outcome-gap-chart'); i++) await new Promise((r) => setTimeout(r, 20));
      const el = document.querySelector('outcome-gap-chart') as (HTMLElement & { chartComplete(): Promise<unknown> }) | null;
      if (!el) return document.body.textContent?.trim() ?? 'nothing';
      await Promise.race([el.chartComplete(), new Promise((r) => setTimeout(r, 15000))]);
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      if (alert) return `error: ${alert.textContent!.replace(/\s+/g, ' ').trim()}`;
      if (!el.shadowRoot!.querySelector('[part="chart"] svg .role-mark')) return 'no chart';
      await new Promise((r) => setTimeout(r, 200));
      const bad: string[] = [];
      // A loop, not a named function: tsx would wrap one in a helper the page does not have.
      const stack: Node[] = [document.body];
      while (stack.length) {
        const node = stack.pop()!;
        if (node instanceof Element) {
          if (/^(img|script|iframe|object|embed|style)$/.test(node.localName)) bad.push(node.localName);
          for (const a of [...node.attributes]) if (a.name.startsWith('on')) bad.push(`${node.localName}[${a.name}]`);
          if (node.shadowRoot) stack.push(node.shadowRoot);
        }
        stack.push(...node.childNodes);
      }
      if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) bad.push('a parameter ran');
      return bad.length ? `markup from parameters: ${bad.join(', ')}` : 'chart';
    });
    await page.close();
    assert.deepEqual({ state, errors: logged }, { state: 'chart', errors: [] });
  });
});
