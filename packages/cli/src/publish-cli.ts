/**
 * `outcome-kit publish <folder> [--out DIR] [--county 49] [--suppress-below N] [--force]`: CDE
 * Dashboard download files → a static folder of per-entity JSON and no-JS fallbacks. A progress
 * bar on a terminal (plain lines otherwise) and a final summary; exit code 1 when nothing could
 * be read or the options are wrong, never a stack trace for bad data.
 */
import { normalizePublishOptions, PublishUsageError, type PublishOptionsInput } from './publish/options.js';
import { publish, type PublishProgress, type PublishSummary } from './publish/publish.js';

const USAGE = `Usage: outcome-kit publish <folder> [options]

Reads every CDE Dashboard download file in <folder> (tab-delimited .txt or .csv; any indicators
and years, statewide or one county) with DuckDB and writes a static folder any web host can serve:
  index.json                       county → districts → schools
  counties/<cc>.json               a county and its LEAs
  districts/<ccddddd>.json         a district (or county office, charter) and its schools
  schools/<cds>.json               a school
and beside each document its no-JS fallback: .html (English), .es.html (Spanish), .svg.
The elements read them with src, e.g. <outcome-equity-report src="/dash/districts/4970490.json">.

Options:
  --out DIR              where to write (default: ./dash); a re-run with unchanged inputs does nothing
  --county CC            only this county (two-digit code, e.g. 49)
  --suppress-below N     leave out groups of N or fewer students (default 10; never below 10)
  --illustrative         label every document as illustrative data (demo folders)
  --children WHICH       what a county's or district's document holds of each child: all-students
                         (default: its All Students results, every indicator and year; small enough
                         to embed) or every-group (each child's every group: larger)
  --no-fallbacks         only the JSON documents
  --force                redo the work even when the inputs are unchanged
  --threads N            DuckDB threads (default: every core)
  -h, --help             this help
`;

function parseArgs(argv: string[]): PublishOptionsInput | 'help' {
  const out: PublishOptionsInput = {};
  const value = (i: number, name: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new PublishUsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '--out') out.out = value(i++, a);
    else if (a === '--county') out.county = value(i++, a);
    else if (a === '--suppress-below') out.suppressBelow = value(i++, a);
    else if (a === '--threads') out.threads = value(i++, a);
    else if (a === '--children') out.children = value(i++, a);
    else if (a === '--illustrative') out.illustrative = true;
    else if (a === '--no-fallbacks') out.fallbacks = false;
    else if (a === '--force') out.force = true;
    else if (a.startsWith('-')) throw new PublishUsageError(`unknown option ${a}`);
    else if (out.input === undefined) out.input = a;
    else throw new PublishUsageError(`one input folder only (got “${out.input}” and “${a}”)`);
  }
  return out;
}

/** Progress: a bar redrawn in place on a terminal, a line per step otherwise. */
function progressReporter(stream: NodeJS.WriteStream): { update: (p: PublishProgress) => void; end: () => void } {
  const tty = stream.isTTY === true;
  const started = performance.now();
  let drawn = false;
  const bar = (done: number, total: number, text: string) => {
    const width = 24;
    const full = total ? Math.round((done / total) * width) : width;
    const secs = ((performance.now() - started) / 1000).toFixed(0);
    stream.write(`\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${text} · ${secs} s\x1b[K`);
    drawn = true;
  };
  return {
    update(p) {
      if (p.stage === 'scan') stream.write(`publish: ${p.files} file${p.files === 1 ? '' : 's'} found\n`);
      else if (p.stage === 'read') {
        if (tty) bar(p.index, p.files, `DuckDB reading ${p.file}`);
        else stream.write(`publish: DuckDB reading ${p.file}\n`);
      } else if (tty) bar(p.index + 1, p.counties, `writing county ${p.county} (${p.index + 1}/${p.counties})`);
      else stream.write(`publish: county ${p.county}: ${p.entities} entities (${p.index + 1}/${p.counties})\n`);
    },
    end() {
      if (drawn) stream.write('\n');
    },
  };
}

const n = (x: number) => x.toLocaleString('en-US');

/** The final summary, in words. */
export function formatSummary(s: PublishSummary, out: string): string {
  const lines: string[] = [];
  if (s.skipped) lines.push(`publish: inputs unchanged since the last run: nothing to do (${out}; --force redoes it)`);
  const e = s.entities;
  lines.push(
    `publish: ${n(e.counties + e.districts + e.schools)} entities (${n(e.counties)} counties, ${n(e.districts)} districts, ${n(e.schools)} schools) → ${n(s.filesWritten)} files, ${(s.bytesWritten / 1024 / 1024).toFixed(1)} MB in ${out}`,
    `  input files: ${s.files} (${s.filesRead} read${s.files - s.filesRead ? `, ${s.files - s.filesRead} left out` : ''})`,
    `  rows read: ${n(s.rowsRead)}; rows rejected: ${n(s.rowsRejected)}`,
  );
  for (const [reason, count] of Object.entries(s.rejectedByReason)) lines.push(`    ${n(count)} × ${reason}`);
  if (s.groupsRemoved) lines.push(`  groups left out for privacy (10 or fewer students, or derivable): ${n(s.groupsRemoved)}`);
  for (const p of s.problems) lines.push(`  ${p.file}${p.row ? `, row ${p.row}` : ''}: ${p.reason}`);
  for (const p of s.warnings) lines.push(`  ${p.file}${p.row ? `, row ${p.row}` : ''}: ${p.reason}`);
  lines.push(`  time: ${s.seconds.toFixed(1)} s`);
  return lines.join('\n');
}

/** `outcome-kit publish …`; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed: PublishOptionsInput | 'help';
  let options;
  try {
    parsed = parseArgs(argv);
    if (parsed === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    options = normalizePublishOptions(parsed);
  } catch (error) {
    if (error instanceof PublishUsageError) {
      process.stderr.write(`outcome-kit publish: ${error.message}\n\n${USAGE}`);
      return 1;
    }
    throw error;
  }
  const progress = progressReporter(process.stderr);
  try {
    const summary = await publish(options, progress.update);
    progress.end();
    process.stdout.write(`${formatSummary(summary, options.out)}\n`);
    return summary.skipped || summary.filesRead > 0 ? 0 : 1;
  } catch (error) {
    progress.end();
    process.stderr.write(`outcome-kit publish: ${(error as Error).message}\n`);
    return 1;
  }
}
