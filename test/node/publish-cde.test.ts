// The real CDE Dashboard rows of ../shared/conformance/cde-dashboard-rows.json (read at run time,
// never copied into the repository; skipped when absent), written back as CDE-shaped download
// files in a temporary folder, published through `publish`, and each published record's colour
// compared with the colour CDE wrote for that entity, group, indicator and year.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveGroup, type EntityDocument, type PublishIndex } from '../../packages/core/src/index.js';
import { publish, type PublishSummary } from '../../packages/cli/src/publish/publish.js';
import { normalizePublishOptions } from '../../packages/cli/src/publish/options.js';

const root = new URL('../../', import.meta.url).pathname;
const ROWS = join(root, '../shared/conformance/cde-dashboard-rows.json');
const present = existsSync(ROWS);

interface Conformance {
  columns: string[];
  sources: { id: string }[];
  rows: unknown[][];
}

const COLOR = [null, 'red', 'orange', 'yellow', 'green', 'blue'];
const HEADER = ['cds', 'rtype', 'studentgroup', 'currdenom', 'currstatus', 'priordenom', 'change', 'statuslevel', 'changelevel', 'color', 'box', 'type', 'hscutpoints', 'dass_flag', 'coe_flag', 'reportingyear'];

const tmp = mkdtempSync(join(tmpdir(), 'outcome-publish-cde-'));
const input = join(tmp, 'cde');
const out = join(tmp, 'dash');
let summary: PublishSummary;
/** entity|group|indicator|year → CDE's colour. */
const want = new Map<string, string | null>();

before(async () => {
  if (!present) return;
  const data = JSON.parse(readFileSync(ROWS, 'utf8')) as Conformance;
  const C = Object.fromEntries(data.columns.map((c, i) => [c, i])) as Record<string, number>;
  const files = new Map<string, string[]>();
  const cell = (v: unknown) => (v === null || v === undefined ? '' : v === true ? 'Y' : v === false ? 'N' : String(v));
  for (const r of data.rows) {
    const cds = r[C.cds!] as string;
    const grp = r[C.grp!] as string;
    if (!cds || grp === '?' || r[C.col!] === null) continue;
    const name = `${r[C.ind!]}download${r[C.yr!]}-${data.sources[r[C.src!] as number]!.id}.txt`;
    let lines = files.get(name);
    if (!lines) files.set(name, (lines = [HEADER.join('\t')]));
    lines.push([cds, r[C.rt!], grp, r[C.n!], r[C.st!], r[C.pn!], r[C.ch!], r[C.sl!], r[C.cl!], r[C.col!], r[C.box!], r[C.type!], r[C.hs!] ? 'Y' : 'N', r[C.dass!] ? 'Y' : 'N', r[C.coe!] ? 'Y' : 'N', r[C.yr!]].map(cell).join('\t'));
    const key = `${cds}|${resolveGroup(grp).code}|${r[C.ind!]}|${r[C.yr!]}`;
    if (!want.has(key)) want.set(key, COLOR[r[C.col!] as number] ?? null);
  }
  mkdirSync(input, { recursive: true });
  for (const [name, lines] of files) writeFileSync(join(input, name), `${lines.join('\n')}\n`);
  summary = await publish(normalizePublishOptions({ input, out, fallbacks: false }));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe("publishing CDE's own rows", { skip: present ? false : 'no ../shared/conformance/cde-dashboard-rows.json' }, () => {
  it('reads every row: none rejected but the same entity, group, indicator and year found in two sources', () => {
    assert.deepEqual(summary.problems, []);
    const reasons = Object.keys(summary.rejectedByReason);
    assert.ok(reasons.every((r) => r.startsWith('the same school or district')), JSON.stringify(summary.rejectedByReason));
    assert.ok(summary.rowsRead > 50_000, `rows read ${summary.rowsRead}`);
  });

  it("gives every published record CDE's colour for that entity, group, indicator and year", () => {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as PublishIndex;
    let compared = 0;
    const wrong: string[] = [];
    for (const e of index.entities) {
      const doc = JSON.parse(readFileSync(join(out, e.href), 'utf8')) as EntityDocument;
      for (const r of doc.records) {
        const key = `${r.cds}|${r.group}|${r.indicator}|${r.year}`;
        if (!want.has(key)) continue;
        compared++;
        if (want.get(key) !== r.color) wrong.push(`${key}: CDE ${want.get(key)}, published ${r.color}`);
      }
    }
    process.stderr.write(`  CDE rows: ${want.size} keys, ${compared} published records compared, ${wrong.length} differ; ${summary.entities.districts} LEAs and ${summary.entities.schools} schools\n`);
    assert.ok(compared > 40_000, `compared ${compared}`);
    assert.deepEqual(wrong.slice(0, 10), []);
  });
});
