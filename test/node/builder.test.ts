// The embed builder with a webmaster's own file, end to end in Chromium: options start again from
// the file (nothing of the sample kept), its columns offered in pickers, pasted and semicolon data,
// the preview kept in view, the labels carried into the code, and — privacy — a group of 5
// students never in the code. Needs the script-tag bundle (`npm run build`); builds the demo.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium, recordErrors, widgetReady } from './helpers/browser.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';

const root = new URL('../../', import.meta.url).pathname;
const bundleDir = join(root, 'packages/embed/bundle');

const SMALL_GROUP = `group,value,prior,n
ALL,-20.0,-25.0,900
HI,-40.0,-38.0,400
WH,10.0,4.0,300
AS,55.5,50.1,185
Kestrel,77.77,70,5
EL,-60.0,-70.0,120
`;

let browser: Browser;
let demo: StaticServer;
let demoDir: string;

const snippet = (tab: Page) => tab.inputValue('#script-snippet');
const copyReady = (tab: Page) =>
  tab.waitForFunction(() => !(document.getElementById('copy-script') as HTMLButtonElement).disabled && (document.getElementById('script-snippet') as HTMLTextAreaElement).value !== '', undefined, { timeout: 45_000 });

async function open(width = 1280): Promise<{ tab: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const tab = await context.newPage();
  const errors = recordErrors(tab);
  await tab.goto(`${demo.url}builder.html`);
  await tab.waitForSelector('#widget-gap-chart');
  return { tab, errors };
}

describe('the builder with a real file', { timeout: 480_000 }, () => {
  before(async () => {
    if (!existsSync(join(bundleDir, 'outcome-kit.js'))) throw new Error('The script-tag bundle is not built: run `npm run build` first.');
    demoDir = mkdtempSync(join(tmpdir(), 'outcome-kit-builder-'));
    const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', demoDir, '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, `vite build of the demo failed:\n${build.stderr || build.stdout}`);
    demo = await serveStatic({ '/': demoDir, '/outcome-kit/': bundleDir }, { cors: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
    if (demoDir) rmSync(demoDir, { recursive: true, force: true });
  });

  it('a dropped file starts the options again: nothing of the sample, its columns in pickers, a guess of which is which', async () => {
    const { tab, errors } = await open();
    await tab.check('#widget-run-chart');
    await tab.click('#use-sample');
    await widgetReady(tab, '#preview outcome-run-chart', { timeout: 40_000 });
    assert.equal(await tab.inputValue('#run-chart-baseline'), '12');
    assert.equal(await tab.inputValue('#run-chart-direction'), 'down');

    await tab.setInputFiles('#data-file', { name: 'absence.csv', mimeType: 'text/csv', buffer: Buffer.from('when,absent,notes\n2024-09,12.5,\n2024-10,11.0,\n2024-11,13.2,\n2024-12,10.4,\n2025-01,9.8,\n') });
    await tab.locator('#columns-found').filter({ hasText: 'when, absent, notes' }).waitFor();
    assert.equal(await tab.inputValue('#run-chart-baseline'), '', 'the sample baseline is gone');
    assert.equal(await tab.inputValue('#run-chart-direction'), '');
    assert.equal(await tab.inputValue('#run-chart-y-format'), 'number');
    assert.equal(await tab.locator('#run-chart-x').evaluate((el) => el.localName), 'select');
    assert.deepEqual(await tab.locator('#run-chart-x option').allTextContents(), ['(choose a column)', 'when', 'absent', 'notes']);
    assert.equal(await tab.inputValue('#run-chart-x'), 'when');
    assert.equal(await tab.inputValue('#run-chart-y'), 'absent');
    await widgetReady(tab, '#preview outcome-run-chart', { chart: true, timeout: 40_000 });

    // The heading and both axis names go into the code.
    await tab.fill('#common-heading', 'Chronic absence at Valle Verde');
    await tab.fill('#run-chart-x-label', 'Month');
    await tab.fill('#run-chart-y-label', 'Students chronically absent');
    await tab.waitForFunction(() => (document.getElementById('script-snippet') as HTMLTextAreaElement).value.includes('y-label='), undefined, { timeout: 10_000 });
    await copyReady(tab);
    const code = await snippet(tab);
    assert.match(code, /heading="Chronic absence at Valle Verde"/);
    assert.match(code, /x-label="Month"/);
    assert.match(code, /y-label="Students chronically absent"/);
    assert.match(code, /x="when"/);
    assert.doesNotMatch(code, /baseline=|direction=/);
    assert.deepEqual(await axeViolations(tab), []);
    assert.deepEqual(errors, []);
  });

  it('the gap chart starts on a Dashboard indicator', async () => {
    const { tab } = await open();
    await tab.check('#widget-gap-chart');
    const indicator = await tab.inputValue('#gap-chart-indicator');
    assert.notEqual(indicator, 'custom');
    assert.equal(indicator, 'ela');
  });

  it('the code of a file with a group of 5 students holds no trace of it, and says what it left out', async () => {
    const { tab, errors } = await open();
    await tab.check('#widget-gap-chart');
    await tab.setInputFiles('#data-file', { name: 'gaps.csv', mimeType: 'text/csv', buffer: Buffer.from(SMALL_GROUP) });
    await widgetReady(tab, '#preview outcome-gap-chart', { chart: true, timeout: 40_000 });
    await copyReady(tab);
    const code = await snippet(tab);
    for (const trace of ['Kestrel', '77.77', ',70,5', '70,5']) assert.ok(!code.includes(trace), `“${trace}” is in the code:\n${code}`);
    assert.match(code, /<script type="text\/csv">\ngroup,value,prior,n\nALL,-20\.0,-25\.0,900/);
    const note = tab.locator('#privacy-note');
    assert.equal(await note.isVisible(), true);
    assert.match((await note.textContent()) ?? '', /^\d+ rows? (was|were) left out of the code\. Groups of 10 or fewer students are never published/);
    assert.match(code, /indicator="ela"/);

    // A threshold below 10 is refused, with nothing to copy.
    await tab.locator('details.advanced summary').first().click().catch(() => {});
    await tab.fill('#gap-chart-suppress-below', '3');
    await tab.locator('#problem').filter({ hasText: 'never published' }).waitFor({ timeout: 10_000 });
    assert.equal(await tab.isDisabled('#copy-script'), true);
    assert.deepEqual(await axeViolations(tab), []);
    assert.deepEqual(errors, []);
  });

  it('refuses a gap chart file without student counts', async () => {
    const { tab } = await open();
    await tab.check('#widget-gap-chart');
    await tab.setInputFiles('#data-file', { name: 'no-n.csv', mimeType: 'text/csv', buffer: Buffer.from('group,value,prior,size\nALL,-20,-25,900\nHI,-40,-38,400\n') });
    const problem = tab.locator('#problem');
    await problem.waitFor({ state: 'visible', timeout: 15_000 });
    await tab.waitForFunction(() => /number of students|n”/.test(document.getElementById('problem')!.textContent ?? ''), undefined, { timeout: 15_000 });
    assert.equal(await tab.isDisabled('#copy-script'), true);
    assert.ok(!(await snippet(tab)).includes('900'));
  });

  it('takes pasted text, and explains a semicolon file with decimal commas', async () => {
    const { tab, errors } = await open();
    await tab.check('#widget-run-chart');
    await tab.locator('details.paste summary').click();
    await tab.fill('#data-paste', 'mes;tasa\n2024-09;12,5\n2024-10;11,25\n2024-11;13,0\n2024-12;10,75\n2025-01;9,5\n');
    await tab.click('#use-paste');
    await tab.locator('#file-notes .note').filter({ hasText: 'semicolons' }).waitFor();
    assert.match((await tab.locator('#file-notes').textContent()) ?? '', /5 numbers with a decimal comma \(12,5\) as 12\.5/);
    assert.equal(await tab.inputValue('#run-chart-x'), 'mes');
    assert.equal(await tab.inputValue('#run-chart-y'), 'tasa');
    await widgetReady(tab, '#preview outcome-run-chart', { chart: true, timeout: 40_000 });
    await copyReady(tab);
    assert.match(await snippet(tab), /mes,tasa\n2024-09,12\.5\n2024-10,11\.25/);
    assert.deepEqual(errors, []);
  });

  it('keeps the preview in view while the options are edited on a wide screen, and stacks it on a phone', async () => {
    const { tab } = await open(1280);
    await tab.check('#widget-gap-chart');
    await tab.click('#use-sample');
    await widgetReady(tab, '#preview outcome-gap-chart', { timeout: 40_000 });
    await tab.evaluate(() => window.scrollTo(0, document.getElementById('step-options')!.getBoundingClientRect().top + window.scrollY));
    assert.equal(await tab.locator('section.preview').evaluate((el) => getComputedStyle(el).position), 'sticky');
    const box = await tab.locator('section.preview').boundingBox();
    assert.ok(box && box.y >= 0 && box.y <= 40, `preview top at ${box?.y}`);
    const phone = await open(375);
    const position = await phone.tab.locator('section.preview').evaluate((el) => getComputedStyle(el).position);
    assert.equal(position, 'static');
  });
});
