// `npm run bench`: performance figures, each beside a baseline measured in the same run (printed,
// not asserted; the aims are printed beside them). Builds the script-tag bundle first when it is
// missing, runs the core analysis in Node (bench/node-core.ts) and the bundle in headless Chromium
// (bench/browser.js), prints one table and writes bench/results.json.
// BENCH_QUICK=1 runs fewer repetitions (for trying the bench itself, not for figures).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBrowserBench } from '../bench/browser.js';
import { runPublishBench } from '../bench/publish.js';
import { runBigCsvBench } from '../bench/big-csv.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.env.BENCH_QUICK === '1';
const started = performance.now();
const say = (text) => process.stderr.write(`${text}\n`);
// BENCH_ONLY=node,browser,big-csv,publish: run only those parts (for trying one part; not for the README's figures).
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
const part = (name) => !only || only.has(name);

if (!existsSync(join(root, 'packages/embed/bundle/outcome-kit.module.js'))) {
  say('bench: packages/embed/bundle is missing, building it (node scripts/build.js)…');
  execFileSync(process.execPath, ['scripts/build.js'], { cwd: root, stdio: 'inherit' });
}

let nodeFigures = [];
if (part('node')) {
say('bench: core analysis in Node…');
const dir = mkdtempSync(join(tmpdir(), 'outcome-bench-'));
const nodeOut = join(dir, 'node.json');
execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/node-core.ts', nodeOut], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
nodeFigures = JSON.parse(readFileSync(nodeOut, 'utf8'));
say(`  node: done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
rmSync(dir, { recursive: true, force: true });
}

say('bench: the script-tag bundle in headless Chromium…');
const browserFigures = !part('browser') ? [] : await runBrowserBench({ root, quick, log: (step) => say(`  browser: ${step}`) });

say('bench: a 10 MB CSV in headless Chromium…');
const bigCsvFigures = !part('big-csv') ? [] : await runBigCsvBench({ root, log: (step) => say(`  big CSV: ${step}`) });

say('bench: outcome-kit publish on a statewide-shaped corpus (DuckDB)…');
const publishFigures = !part('publish') ? [] : await runPublishBench({ root, quick, log: (step) => say(`  publish: ${step}`) });

const figures = [...browserFigures, ...bigCsvFigures, ...nodeFigures, ...publishFigures].map((f) => ({ ...f, ratio: f.baseline.value ? f.value / f.baseline.value : null }));

const format = (value, unit) => {
  if (unit === 'bytes') return Math.abs(value) >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'ms') return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
  return `${value} ${unit}`;
};
const pad = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const lpad = (s, n) => s.padStart(n);

const lines = [];
let group = '';
const head = `${pad('figure', 78)} ${lpad('value', 10)} ${lpad('baseline', 10)} ${lpad('ratio', 8)}  aim`;
for (const f of figures) {
  if (f.group !== group) {
    group = f.group;
    lines.push('', `── ${group}${group === 'bytes' ? ' (gzip, node:zlib default level)' : ''} `.padEnd(head.length, '─'), head);
  }
  const ratio = f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`;
  lines.push(`${pad(f.name, 78)} ${lpad(format(f.value, f.unit), 10)} ${lpad(format(f.baseline.value, f.unit), 10)} ${lpad(ratio, 8)}  ${f.aim ?? ''}`);
  lines.push(`    baseline: ${f.baseline.name}${f.note ? `\n    ${f.note}` : ''}`);
}
const when = new Date().toISOString();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.versions.node}, load average ${loadavg()[0].toFixed(2)} at the end`;
console.log(`Outcome Kit bench — ${when}${quick ? ' (BENCH_QUICK: fewer runs)' : ''}\n${machine}`);
console.log(lines.join('\n'));
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s) results: bench/results.json`);

writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify({ date: when, command: `${only ? `BENCH_ONLY=${[...only].join(',')} ` : ''}${process.env.BENCH_SKIP ? `BENCH_SKIP=${process.env.BENCH_SKIP} ` : ''}npm run bench`, quick, machine, figures }, null, 2)}\n`);
