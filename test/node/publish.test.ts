// `outcome-kit publish` on the small CDE-shaped fixture folder test/fixtures/publish: six files,
// one not a Dashboard file (an enrollment file), one cut off in the middle of row 4
// (graddownload2024.txt), one saved as Windows-1252 (mathdownload2024.txt, "Niños"), one row with a
// status that is not a number (eladownload2024.txt row 5). Expected values are worked out by hand
// from the fixture's rows and CDE's file codes (1 = worst … 5 = best; colour 1 Red … 5 Blue).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DashboardRecord, EntityDocument, PublishIndex } from '../../packages/core/src/index.js';
import { publish, type PublishSummary } from '../../packages/cli/src/publish/publish.js';
import { normalizePublishOptions, PublishUsageError } from '../../packages/cli/src/publish/options.js';

const root = new URL('../../', import.meta.url).pathname;
const FIXTURE = join(root, 'test/fixtures/publish');
const CLI = join(root, 'packages/cli/bin/outcome-kit.js');

const tmp = mkdtempSync(join(tmpdir(), 'outcome-publish-test-'));
const OUT = join(tmp, 'dash');
const read = <T>(rel: string): T => JSON.parse(readFileSync(join(OUT, rel), 'utf8')) as T;
const rec = (doc: EntityDocument, indicator: string, year: string, group: string): DashboardRecord | undefined =>
  doc.records.find((r) => r.indicator === indicator && r.year === year && r.group === group);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: tmp });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let summary: PublishSummary;
before(async () => {
  summary = await publish(normalizePublishOptions({ input: FIXTURE, out: OUT }));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('outcome-kit publish on a folder with bad files', () => {
  it('publishes every entity of the good files: 1 county, 2 LEAs (a district and a county office), 2 schools', () => {
    assert.deepEqual(summary.entities, { counties: 1, districts: 2, schools: 2 });
    assert.equal(summary.files, 6);
    assert.equal(summary.filesRead, 5);
    const index = read<PublishIndex>('index.json');
    assert.deepEqual(
      index.entities.map((e) => [e.cds, e.kind, e.parent ?? null, e.href]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      [
        ['99000000000000', 'county', null, 'counties/99.json'],
        ['99000010000000', 'district', '99000000000000', 'districts/9900001.json'],
        ['99000010000011', 'school', '99000010000000', 'schools/99000010000011.json'],
        ['99000010000022', 'school', '99000010000000', 'schools/99000010000022.json'],
        ['99000020000000', 'coe', '99000000000000', 'districts/9900002.json'],
      ],
    );
    assert.deepEqual(index.years, ['2023', '2024']);
  });

  it('names each bad file, and the row where there is one, without stopping the others', () => {
    const where = summary.problems.map((p) => `${p.file}:${p.row ?? ''}`);
    assert.deepEqual(where.sort(), ['eladownload2024.txt:5', 'enrollment2024.txt:1', 'graddownload2024.txt:4']);
    assert.match(summary.problems.find((p) => p.file === 'enrollment2024.txt')!.reason, /not a Dashboard download file: no column “currstatus”, “currdenom”/);
    assert.equal(summary.problems.find((p) => p.file === 'eladownload2024.txt')!.reason, 'currstatus “abc” is not a number');
    assert.match(summary.problems.find((p) => p.file === 'graddownload2024.txt')!.reason, /^too few columns: a truncated or cut row/);
    assert.deepEqual(summary.warnings, [{ file: 'mathdownload2024.txt', row: 2, reason: 'not UTF-8 (byte 0xF1): read as Windows-1252' }]);
  });

  it('counts rows read and rejected with the reason: 26 data rows, 2 rejected', () => {
    // chronic 13 (with the state's row) + ela 5 + susp 2 + grad 3 (one cut) + math 3 = 26 rows DuckDB saw, of which 2 rejected.
    assert.equal(summary.rowsRead, 26);
    assert.equal(summary.rowsRejected, 2);
    assert.deepEqual(summary.rejectedByReason, { 'too few columns: a truncated or cut row': 1, 'currstatus is not a number': 1 });
  });

  it('reads a Windows-1252 file as such (ñ kept)', () => {
    const school = read<EntityDocument>('schools/99000010000022.json');
    assert.equal(rec(school, 'math', '2024', 'ALL')?.name, 'Escuela Niños Birch');
  });

  it("keeps CDE's colour and levels from the file codes (chronic: lower is better, so status code 1 = Very High)", () => {
    const d = read<EntityDocument>('districts/9900001.json');
    const all = rec(d, 'chronic', '2024', 'ALL')!;
    assert.deepEqual([all.status, all.change, all.n, all.statusLevel, all.changeLevel, all.color, all.colorSource], [22.5, -3.2, 1200, 'very-high', 'declined', 'orange', 'file']);
  });

  it('computes the colour where the file has none: suspension 3.0 % (Medium), −0.5 (Declined) → Green', () => {
    const d = read<EntityDocument>('districts/9900001.json');
    const susp = rec(d, 'susp', '2023', 'ALL')!;
    assert.deepEqual([susp.statusLevel, susp.changeLevel, susp.color, susp.colorSource], ['medium', 'declined', 'green', 'computed']);
    // ELA −95.2 (below −70: Very Low), −5.1 (Declined) → Red.
    assert.equal(rec(d, 'ela', '2024', 'SWD')!.color, 'red');
  });

  it('rolls DA up by year: Students with Disabilities meet priority 4 (ELA and Math Red) and 5 (chronic Red) in 2024', () => {
    const d = read<EntityDocument>('districts/9900001.json');
    assert.equal(d.da?.['2024']?.eligible, true);
    assert.deepEqual(d.da?.['2024']?.qualifyingGroups, ['SWD']);
    assert.deepEqual(d.da?.['2024']?.groups.SWD, [4, 5]);
    assert.equal(d.da?.['2023']?.eligible, false);
    assert.equal(read<EntityDocument>('schools/99000010000011.json').da, undefined);
  });

  it('never writes a group of 10 or fewer students: not in records, children, fallbacks', () => {
    const d = read<EntityDocument>('districts/9900001.json');
    assert.equal(rec(d, 'chronic', '2024', 'AI'), undefined, 'American Indian, n = 8');
    assert.equal(rec(d, 'chronic', '2024', 'PI'), undefined, 'Pacific Islander, "*"');
    assert.equal(rec(read<EntityDocument>('schools/99000010000011.json'), 'chronic', '2024', 'EL'), undefined, 'English Learners at Alder, n = 9');
    for (const file of filesUnder(OUT).filter((f) => f.endsWith('.json') && !f.endsWith('manifest.json') && !f.endsWith('index.json'))) {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as EntityDocument;
      for (const r of [...doc.records, ...doc.children.flatMap((c) => c.records)]) {
        assert.ok(r.n !== null && r.n > 10, `${file}: ${r.cds} ${r.group} n = ${r.n}`);
        assert.ok(r.priorN === null || r.priorN > 10, `${file}: ${r.cds} ${r.group} prior n = ${r.priorN}`);
      }
    }
    for (const file of filesUnder(OUT).filter((f) => /\.(html|svg)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /American Indian|Pacific Islander|Indígena|Isleño/, file);
    }
  });

  it('writes a no-JS fallback beside each document: heading, summary, a table with header cells, and an SVG with title and desc', () => {
    const html = readFileSync(join(OUT, 'districts/9900001.html'), 'utf8');
    // The equity report's own views (core), as static HTML.
    assert.match(html, /<h2 dir="auto">Equity report: Fixture Unified<\/h2>/);
    assert.match(html, /Eligible for differentiated assistance/);
    assert.match(html, /Students with Disabilities: ELA and Math Red \(priority 4\) and chronic absenteeism Red \(priority 5\)/);
    assert.match(html, /<th scope="col" dir="auto">Chronic Absenteeism<\/th>/);
    assert.match(html, /<td dir="auto">All Students<\/td><td dir="auto">Orange · Very High · Declined; 22\.5%/);
    const es = readFileSync(join(OUT, 'districts/9900001.es.html'), 'utf8');
    assert.match(es, /lang="es"/);
    assert.match(es, /asistencia diferenciada/);
    const svg = readFileSync(join(OUT, 'districts/9900001.svg'), 'utf8');
    assert.match(svg, /^<svg role="img"[^>]*><title>Equity report: Fixture Unified<\/title><desc>Fixture Unified, 2024 Dashboard/);
    assert.match(svg, />Orange ▲ 22\.5%</);
    assert.match(readFileSync(join(OUT, 'counties/99.html'), 'utf8'), /<h2 dir="auto">Fixture County: districts on the Dashboard<\/h2>/);
  });

  it("summarises each child for the grid: its All Students records and DA, with its document's href", () => {
    const county = read<EntityDocument>('counties/99.json');
    const children = [...county.children].sort((a, b) => a.cds.localeCompare(b.cds));
    assert.deepEqual(children.map((c) => [c.cds, c.href]), [['99000010000000', 'districts/9900001.json'], ['99000020000000', 'districts/9900002.json']]);
    assert.ok(children.every((c) => c.records.length > 0 && c.records.every((r) => r.group === 'ALL')));
    assert.equal(children[0]!.da?.['2024']?.eligible, true);
  });

  it('skips the work when the inputs are unchanged, and redoes it when one changes', async () => {
    const again = await publish(normalizePublishOptions({ input: FIXTURE, out: OUT }));
    assert.equal(again.skipped, true);
    const input = join(tmp, 'input');
    cpSync(FIXTURE, input, { recursive: true });
    const out2 = join(tmp, 'dash2');
    await publish(normalizePublishOptions({ input, out: out2 }));
    appendFileSync(join(input, 'suspdownload2023.csv'), '99000010000000,D,"Fixture Unified, District",Fixture County,HI,700,4.0,690,0.1,UD\n');
    const changed = await publish(normalizePublishOptions({ input, out: out2 }));
    assert.equal(changed.skipped, false);
    assert.equal(changed.rowsRead, 27);
  });

  it('limits the output to one county with --county', async () => {
    const input = join(tmp, 'two-counties');
    cpSync(FIXTURE, input, { recursive: true });
    writeFileSync(join(input, 'chronicdownload2023.txt'), 'cds\trtype\tdistrictname\tcountyname\tstudentgroup\tcurrdenom\tcurrstatus\tchange\n98000010000000\tD\tOther Unified\tOther County\tALL\t500\t10.0\t-1.0\n');
    const s = await publish(normalizePublishOptions({ input, out: join(tmp, 'only99'), county: '99' }));
    assert.equal(s.entities.counties, 1);
    const all = await publish(normalizePublishOptions({ input, out: join(tmp, 'both') }));
    assert.equal(all.entities.counties, 2);
  });

  it('refuses a threshold below 10 and an output folder that is not a published one', async () => {
    assert.throws(() => normalizePublishOptions({ input: FIXTURE, suppressBelow: 9 }), PublishUsageError);
    assert.throws(() => normalizePublishOptions({ input: FIXTURE, suppressBelow: '10.5' }), PublishUsageError);
    assert.throws(() => normalizePublishOptions({ input: FIXTURE, county: '490' }), PublishUsageError);
    const foreign = join(tmp, 'foreign');
    cpSync(FIXTURE, foreign, { recursive: true });
    await assert.rejects(publish(normalizePublishOptions({ input: FIXTURE, out: foreign })), /not a published folder/);
  });

  it('runs as `outcome-kit publish` with plain progress lines off a terminal and a final summary', async () => {
    const { code, stdout, stderr } = await run(['publish', FIXTURE, '--out', join(tmp, 'cli'), '--suppress-below', '12']);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /^publish: 6 files found$/m);
    assert.match(stdout, /^publish: 5 entities \(1 counties, 2 districts, 2 schools\)/);
    assert.match(stdout, /rows read: 26; rows rejected: 2/);
    assert.match(stdout, /graddownload2024\.txt, row 4: too few columns/);
    assert.match(stdout, /time: \d+\.\d s/);
    const bad = await run(['publish', FIXTURE, '--suppress-below', '5']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--suppress-below is “5”; it must be a whole number of at least 10/);
  });
});
