// The publish figures of `npm run bench`: `outcome-kit publish` on the statewide-shaped corpus
// (scripts/make-statewide-corpus.js: ≈ 11,000 entities × 20 groups × 7 indicators × 3 years, in
// a temporary folder) against DuckDB's bare read_csv + GROUP BY cds of the same files, each in its
// own Node process (for its peak resident memory), in the same run; and the gzip size of the
// published document of a district with 20 schools. Alone: node bench/publish.js [--quick]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Runs bench/publish-run.js in a fresh process; returns its JSON line. */
function child(root, args) {
  const out = execFileSync(process.execPath, [join(here, 'publish-run.js'), ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop());
}

/** The corpus's rows of one district and its schools, as the CDE files hold them (for the size baseline). */
function districtRows(dir, code7) {
  let text = '';
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) if (line.startsWith(code7)) text += `${line}\n`;
  }
  return text;
}

export async function runPublishBench({ root, quick = false, log = () => {} }) {
  log('generating the statewide corpus (once; kept in the temporary folder)…');
  const corpusArgs = quick ? ['--scale', '0.1'] : [];
  const corpus = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/make-statewide-corpus.js'), ...corpusArgs], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop());
  const out = mkdtempSync(join(tmpdir(), 'outcome-publish-bench-'));
  try {
    log(`baseline: DuckDB read_csv + GROUP BY cds of ${corpus.files} files (${corpus.rows.toLocaleString('en-US')} rows)…`);
    const before = child(root, ['baseline', corpus.dir]);
    log(`publish → ${out}…`);
    const run = child(root, ['publish', corpus.dir, join(out, 'dash')]);
    log('baseline again (the load on the machine changes)…');
    const after = child(root, ['baseline', corpus.dir]);
    log('publish again, inputs unchanged (the manifest)…');
    const again = child(root, ['publish', corpus.dir, join(out, 'dash'), '--no-force']);
    const baseMs = (before.ms + after.ms) / 2;
    const baseRss = Math.max(before.rss, after.rss);
    const code7 = corpus.twentySchoolDistrict.slice(0, 7);
    const doc = readFileSync(join(out, 'dash', 'districts', `${code7}.json`));
    const group = 'publish (Node, DuckDB)';
    const what = `${corpus.entities.toLocaleString('en-US')} entities, ${corpus.files} files, ${corpus.rows.toLocaleString('en-US')} rows`;
    const s = run.summary;
    return [
      {
        group,
        name: `outcome-kit publish, statewide-shaped corpus (${what})`,
        unit: 'ms',
        value: run.ms,
        baseline: { name: `DuckDB read_csv (all_varchar, union_by_name) + GROUP BY cds of the same files, mean of a run before and after (${before.ms.toFixed(0)} / ${after.ms.toFixed(0)} ms)`, value: baseMs },
        aim: '≤ 2× baseline, < 2 min',
        note: `wrote ${s.filesWritten.toLocaleString('en-US')} files (${(s.bytesWritten / 1024 / 1024).toFixed(0)} MB): ${s.entities.counties} counties, ${s.entities.districts} LEAs, ${s.entities.schools} schools, JSON + HTML en/es + SVG each; ${s.groupsRemoved.toLocaleString('en-US')} records left out for privacy`,
      },
      {
        group,
        name: 'outcome-kit publish, peak resident memory (the whole Node process, DuckDB inside)',
        unit: 'bytes',
        value: run.rss,
        baseline: { name: 'the bare read_csv + GROUP BY process', value: baseRss },
        aim: '< 2 GB',
      },
      {
        group,
        name: 'outcome-kit publish again, inputs unchanged (manifest of input hashes: skipped)',
        unit: 'ms',
        value: again.ms,
        baseline: { name: 'the bare read_csv + GROUP BY', value: baseMs },
      },
      {
        group: 'bytes',
        name: `published district with 20 schools (districts/${code7}.json), gzip`,
        unit: 'bytes',
        value: gzipSync(doc).length,
        baseline: { name: 'its own and its schools\' rows in the CDE files (tab-delimited), gzip', value: gzipSync(districtRows(corpus.dir, code7)).length },
        aim: '≤ 30 KB',
        note: `${(doc.length / 1024).toFixed(0)} KB raw; children carry All Students (--children every-group carries every group)`,
      },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const figures = await runPublishBench({ root, quick: process.argv.includes('--quick'), log: (s) => process.stderr.write(`  publish: ${s}\n`) });
  for (const f of figures) console.log(`${f.name}: ${f.value.toFixed(0)} ${f.unit} (baseline ${f.baseline.value.toFixed(0)} ${f.unit}: ${f.baseline.name})${f.note ? `\n  ${f.note}` : ''}`);
}
