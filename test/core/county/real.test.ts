import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { daEligibility, daFromRecords, readDashboardFiles } from '../../../packages/core/src/index.js';

// Real CDE data, read at run time from ../shared/conformance (skipped when absent): CDE's own DA
// determinations with the Dashboard rows CDE published, and verbatim excerpts of CDE's files.
const CASES = resolve(process.cwd(), '../shared/conformance/da-eligibility-cases.json');
const ROWS = resolve(process.cwd(), '../shared/conformance/cde-dashboard-rows.json');

interface CaseRow {
  color: number | null;
  statuslevel: number | null;
  changelevel: number | null;
  currdenom: number | null;
  currstatus: number | null;
  change: number | null;
  priordenom: number | null;
}
interface Case {
  id: string;
  year: string;
  cds: string;
  name: string;
  leaType: 'district' | 'coe';
  complete: boolean;
  inputs: Record<string, Record<string, CaseRow>>;
  cde: { method1: boolean; areas: Record<string, number[]>; groupColumns: string[] };
}

const HEADER = ['cds', 'rtype', 'schoolname', 'districtname', 'countyname', 'coe_flag', 'studentgroup', 'currdenom', 'currstatus', 'priordenom', 'change', 'statuslevel', 'changelevel', 'color', 'reportingyear'];
const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The case's rows written back as CDE download files, one per indicator. */
function filesOf(c: Case): { name: string; text: string }[] {
  const byIndicator = new Map<string, string[]>();
  for (const [group, inds] of Object.entries(c.inputs)) {
    for (const [ind, r] of Object.entries(inds)) {
      const line = [c.cds, 'D', '', c.name, '', c.leaType === 'coe' ? 'Y' : '', group, r.currdenom, r.currstatus, r.priordenom, r.change, r.statuslevel ?? 0, r.changelevel ?? 0, r.color ?? 0, c.year].map(cell).join('\t');
      byIndicator.set(ind, [...(byIndicator.get(ind) ?? []), line]);
    }
  }
  return [...byIndicator].map(([ind, lines]) => ({ name: `${ind}download${c.year}.txt`, text: [HEADER.join('\t'), ...lines].join('\n') }));
}

describe('real CDE determinations through the reader and daFromRecords', { skip: !existsSync(CASES) && 'no ../shared/conformance' }, () => {
  it('every complete LEA-year: the groups in two or more areas and the verdict equal CDE’s', () => {
    const data = JSON.parse(readFileSync(CASES, 'utf8')) as { cases: Case[] };
    const complete = data.cases.filter((c) => c.complete);
    assert.equal(complete.length, 100);
    let groups = 0;
    for (const c of complete) {
      const read = readDashboardFiles(filesOf(c));
      assert.deepEqual(read.problems, [], c.id);
      const input = daFromRecords(read.records, c.cds, c.year);
      assert.ok(input, c.id);
      assert.equal(input.leaType, c.leaType, c.id);
      const result = daEligibility(input);
      assert.equal(result.eligible, c.cde.method1, `${c.id} eligible`);
      for (const g of c.cde.groupColumns) {
        const got = result.groups[g] ?? [];
        assert.deepEqual(got.length >= 2 ? got : [], c.cde.areas[g] ?? [], `${c.id} ${g}`);
        groups++;
      }
    }
    assert.equal(groups, 1325);
  });
});

describe('real CDE file excerpts through the reader', { skip: !existsSync(ROWS) && 'no ../shared/conformance' }, () => {
  it('reads every data row of the 17 excerpts, colours as CDE wrote them', () => {
    const data = JSON.parse(readFileSync(ROWS, 'utf8')) as { fileExcerpts: { source: string; indicator: string; text: string; rows: number }[] };
    for (const [i, f] of data.fileExcerpts.entries()) {
      const name = `${f.indicator}download-${f.source}-${i}.txt`;
      const result = readDashboardFiles([{ name, text: f.text }]);
      const report = result.files[0]!;
      assert.equal(report.failed, false, name);
      assert.equal(report.rejected, 0, `${name}: ${report.problems.map((p) => p.message.en).join('; ')}`);
      assert.equal(report.records, f.rows, name);
      assert.ok(result.records.every((r) => /^\d{14}$/.test(r.cds)), name);
      // Where the file has a colour column, each record's colour is the file's (code 0 = none).
      const parsed = f.text.split(/\r?\n/).filter(Boolean);
      const header = parsed[0]!.split(/[\t,]/).map((h) => h.toLowerCase());
      const at = header.indexOf('color');
      if (at >= 0) {
        const colours = [null, 'red', 'orange', 'yellow', 'green', 'blue'];
        parsed.slice(1).forEach((line, j) => {
          const code = Number(line.split(line.includes('\t') ? '\t' : ',')[at]);
          assert.equal(result.records[j]!.color, colours[code] ?? null, `${name} row ${j + 2}`);
          assert.equal(result.records[j]!.colorSource, 'file');
        });
      }
    }
  });
});
