import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutcomeError, RUN_CHART_MESSAGES } from '../../packages/core/src/index.js';
import { renderStatic, renderSvg } from '../../packages/embed/src/render.js';

const root = new URL('../../', import.meta.url).pathname;
const demo = (name: string) => readFileSync(join(root, 'demo/public/data', name), 'utf8');
const RUN = { x: 'month', y: 'rate', 'y-format': 'percent', direction: 'down' };
const CLI = join(root, 'packages/cli/bin/outcome-kit.js');

/** The text between an SVG's first `<tag>` and `</tag>`. */
function element(svg: string, tag: string): string | undefined {
  return new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(svg)?.[1];
}

async function rejection(promise: Promise<unknown>): Promise<OutcomeError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof Error && error.name === 'OutcomeError', `expected an OutcomeError, got ${String(error)}`);
    return error as OutcomeError;
  }
  throw new Error('expected the render to fail');
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('static SVG: renderSvg', () => {
  it('renders the demo run chart with its title and summary as <title> and <desc>', async (t) => {
    const start = performance.now();
    const svg = await renderSvg('run-chart', demo('chronic-absence-monthly.csv'), { ...RUN, heading: 'Chronic absence, Example Unified' });
    const ms = Math.round(performance.now() - start);
    assert.match(svg, /^<svg role="img" xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="640"/);
    assert.equal(element(svg, 'title'), 'Chronic absence, Example Unified');
    assert.match(element(svg, 'desc') ?? '', /median/);
    assert.match(svg, /Attendance letters rewritten \(PDSA 1\)/, 'the changes are annotated');
    assert.match(svg, /%<\/text>/, 'y-format percent reaches the axis');
    assert.ok(svg.endsWith('</svg>'));
    t.diagnostic(`run chart SVG rendered in ${ms} ms (first render, Vega imported)`);
  });

  it('renders the demo gap chart and leaves out the groups suppressed for privacy', async (t) => {
    const start = performance.now();
    const { svg, views } = await renderStatic('gap-chart', demo('gaps-chronic.csv'), { indicator: 'chronic' });
    t.diagnostic(`gap chart SVG rendered in ${Math.round(performance.now() - start)} ms`);
    assert.equal(element(svg, 'title'), views.title);
    assert.equal(element(svg, 'desc'), views.summary.replace(/&/g, '&#38;'));
    assert.match(svg, /Foster Youth/);
    assert.match(svg, />Socioeconomically Disadvantaged</, 'text is measured like a real font: the label fits and is not cut short');
    assert.doesNotMatch(svg, /Pacific Islander/, 'PI has 9 students, at or below the default 10');
    const stricter = await renderSvg('gap-chart', demo('gaps-chronic.csv'), { indicator: 'chronic', 'suppress-below': '60' });
    assert.doesNotMatch(stricter, /Foster Youth|Homeless|Pacific Islander/);
    assert.match(stricter, /Filipino/);
  });

  it('escapes hostile strings in headings, groups and change labels: they appear only as text', async () => {
    const hostile = 'group,value,prior,n\nALL,40,42,500\n"<script>alert(1)</script>",20,25,300\n"<img src=x onerror=alert(2)>",30,31,200\n';
    const gap = await renderSvg('gap-chart', hostile, { heading: '<img src=x onerror=alert(3)> & "quotes"' });
    const runData = [
      { month: '2024-01', rate: 10 },
      { month: '2024-02', rate: 12, change: '<script>alert(4)</script>' },
      { month: '2024-03', rate: 11, description: '<img src=x onerror=alert(5)>' },
    ];
    const runSvg = await renderSvg('run-chart', runData, { x: 'month', y: 'rate', heading: '</title><script>alert(6)</script>' });
    for (const svg of [gap, runSvg]) {
      assert.doesNotMatch(svg, /<script|<img|<\/title><script/i);
      assert.equal(svg.match(/<title>/g)?.length, 1, 'one <title>: the heading did not open another');
    }
    assert.match(gap, /(&lt;|&#60;)script(&gt;|&#62;)alert\(1\)/);
    assert.match(gap, /<title>&#60;img src=x onerror=alert\(3\)&#62; &#38; &#34;quotes&#34;<\/title>/);
    assert.match(runSvg, /(&lt;|&#60;)script(&gt;|&#62;)alert\(4\)/);
  });

  it('takes rows as values and JSON text as well as CSV, and speaks Spanish with lang="es"', async () => {
    const rows = [
      { x: 1, y: 5 },
      { x: 2, y: 7 },
      { x: 3, y: 6 },
    ];
    const fromValues = await renderSvg('run-chart', rows, { lang: 'es' });
    const fromJson = await renderSvg('run-chart', JSON.stringify(rows), { lang: 'es' }, { format: 'json', width: 480 });
    assert.equal(element(fromValues, 'title'), RUN_CHART_MESSAGES.es.title);
    assert.match(fromJson, /width="480"/);
    assert.equal(element(fromJson, 'desc'), element(fromValues, 'desc'));
  });

  it('names the field and row of bad data, the option of a bad attribute, and unknown attributes', async () => {
    const bad = await rejection(renderSvg('run-chart', 'month,rate\n2024-01,12%\n2024-02,oops\n', RUN));
    assert.equal(bad.message, 'Row 3, field “rate”: “oops” is not a percentage.');
    assert.deepEqual([bad.first.field, bad.first.row], ['rate', 3]);
    const option = await rejection(renderSvg('gap-chart', demo('gaps-chronic.csv'), { indicator: 'reading' }));
    assert.equal(option.first.field, 'indicator');
    const typo = await rejection(renderSvg('run-chart', demo('chronic-absence-monthly.csv'), { 'y-fromat': 'percent' }));
    assert.match(typo.message, /^<outcome-run-chart> has no attribute “y-fromat”\. Its attributes are: x, y, rules, .*y-format/);
  });

  it('says plainly when a widget has no static chart or there is nothing to draw', async () => {
    const theory = await rejection(renderSvg('theory-of-action', demo('theory-of-action.json'), { rules: 'anhoej', layout: 'vertical' }));
    assert.equal(theory.first.code, 'no-static-chart');
    assert.match(theory.message, /^There is no static chart for this widget \(theory-of-action\)/);
    const unknown = await rejection(renderSvg('pie-chart' as 'run-chart', '[]'));
    assert.match(unknown.message, /^There is no widget “pie-chart”\. The widgets are: run-chart, gap-chart, theory-of-action, driver-diagram, pdsa-log, control-chart\.$/);
    for (const nothing of ['x,y\n', '[]', [{ x: 'a', y: '' }]]) {
      const empty = await rejection(renderSvg('run-chart', nothing));
      assert.deepEqual([empty.first.code, empty.message], ['empty', 'No data yet.']);
    }
  });
});

describe('static SVG: the outcome-kit CLI', { skip: existsSync(CLI) ? false : 'packages/cli/bin/outcome-kit.js is missing: run `npx tsc -b` first' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'outcome-kit-cli-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

  it('writes the SVG to stdout and exits 0', async () => {
    const { code, stdout, stderr } = await run(['render', 'run-chart', 'demo/public/data/chronic-absence-monthly.csv', '--x', 'month', '--y', 'rate', '--y-format', 'percent', '--heading', 'Chronic absence', '--width', '720']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /^<svg role="img"[^>]* width="720"[^>]*><title>Chronic absence<\/title><desc>/);
    assert.ok(stdout.trimEnd().endsWith('</svg>'));
  });

  it('renders a gap chart from a JSON file, attributes given as --name=value', async () => {
    const file = join(dir, 'gaps.json');
    writeFileSync(file, JSON.stringify([{ group: 'ALL', value: 40, prior: 42, n: 500 }, { group: 'EL', value: 20, prior: 25, n: 300 }, { group: 'FOS', value: 5, prior: 4, n: 8 }]));
    const { code, stdout } = await run(['render', 'gap-chart', file, '--indicator=ela', '--lang=es']);
    assert.equal(code, 0);
    assert.match(stdout, /Estudiantes de inglés|English Learners/);
    assert.doesNotMatch(stdout, /Foster|hogares de crianza/);
  });

  it('reports bad data on stderr with the field and row, exit code 1, and no stack trace', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'month,rate\n2024-01,12%\n2024-02,oops\n2024-03,11%\n');
    const { code, stdout, stderr } = await run(['render', 'run-chart', file, '--x', 'month', '--y', 'rate', '--y-format', 'percent']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `outcome-kit: ${file}: Row 3, field “rate”: “oops” is not a percentage.\n`);
    assert.doesNotMatch(stderr, /\n\s+at /);
  });

  it('explains usage mistakes and prints help', async () => {
    const missing = await run(['render', 'gap-chart', join(dir, 'nope.csv')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read .*nope\.csv: no such file\./);
    const noValue = await run(['render', 'gap-chart', 'demo/public/data/gaps-chronic.csv', '--indicator']);
    assert.equal(noValue.code, 1);
    assert.match(noValue.stderr, /--indicator needs a value/);
    const top = await run(['--help']);
    assert.equal(top.code, 0);
    assert.match(top.stdout, /^Usage: outcome-kit <command>/);
    assert.match(top.stdout, /render .*\n.*publish /);
    const unknown = await run(['draw']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown command "draw"/);
    const help = await run(['render', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: outcome-kit render <widget>/);
    assert.match(help.stdout, /gap-chart\s+indicator, reference, group, value, prior, n, suppress-below/);
  });
});
