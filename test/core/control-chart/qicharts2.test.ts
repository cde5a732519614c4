/**
 * The I chart against qicharts2 itself: ../shared/conformance/qicharts2-datasets.json holds, for
 * 56 series, qicharts2 0.8.1's I-chart centre line and limits per part (screened and unscreened)
 * and the rows beyond them, computed in R. Skipped when the file is absent. Also checks the run
 * chart's `exclude` against qicharts2's run-chart medians and runs where qicharts2 excluded rows.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyzeControlChart, analyzeRunChart } from '../../../packages/core/src/index.js';

const FILE = new URL('../../../../shared/conformance/qicharts2-datasets.json', import.meta.url);
const present = existsSync(FILE);

interface Part { part: number; mean: number; lcl: number; ucl: number; sigma_rows: number[] }
interface Case {
  id: string;
  input: { xType: string; x: (number | string)[]; y: (number | null)[] };
  qicharts2: { freeze: number | null; part: number[] | null; exclude: number[] | null };
  reference: { part: number; median: number; n_useful: number; longest_run: number | null; n_crossings: number | null; runs_signal: boolean }[];
  referenceIChart: { unscreened: Part[]; screened: Part[] } | null;
}

const cases: Case[] = present ? (JSON.parse(readFileSync(FILE, 'utf8')) as { cases: Case[] }).cases : [];
const near = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

function inputOf(c: Case) {
  const xs = c.input.x.map((x) => (c.input.xType === 'date' ? new Date(`${x as string}T00:00:00Z`) : x));
  return { xs, points: xs.map((x, i) => ({ x, y: c.input.y[i] })) };
}

describe('I chart limits equal qicharts2’s to 1e-9', { skip: !present && 'conformance file absent' }, () => {
  for (const screened of [true, false]) {
    it(`${screened ? 'screened' : 'unscreened'}: every part of every case`, () => {
      let parts = 0;
      for (const c of cases) {
        if (!c.referenceIChart) continue;
        const { xs, points } = inputOf(c);
        const q = c.qicharts2;
        const m = analyzeControlChart(points, {
          chart: 'i', screen: screened, freeze: q.part ? null : q.freeze,
          phases: (q.part ?? []).map((k) => xs[k]!), exclude: (q.exclude ?? []).map((r) => xs[r - 1]!),
        });
        const ref = screened ? c.referenceIChart.screened : c.referenceIChart.unscreened;
        assert.equal(m.parts.length, ref.length, `${c.id}: parts`);
        ref.forEach((r, k) => {
          const part = m.parts[k]!;
          const p = m.points[part.from]!;
          assert.ok(near(p.cl, r.mean), `${c.id} part ${k + 1}: cl ${p.cl} vs ${r.mean}`);
          assert.ok(near(p.lcl, Number.isFinite(r.lcl) ? r.lcl : null), `${c.id} part ${k + 1}: lcl ${p.lcl} vs ${r.lcl}`);
          assert.ok(near(p.ucl, Number.isFinite(r.ucl) ? r.ucl : null), `${c.id} part ${k + 1}: ucl ${p.ucl} vs ${r.ucl}`);
          const rows = m.points.filter((x) => x.part === k && x.outside).map((x) => x.index);
          assert.deepEqual(rows, r.sigma_rows, `${c.id} part ${k + 1}: rows outside`);
          parts++;
        });
      }
      assert.ok(parts >= 56);
    });
  }
});

describe('run chart exclude matches qicharts2’s excluded rows', { skip: !present && 'conformance file absent' }, () => {
  it('medians, useful points, longest run and crossings per part', () => {
    const withExclude = cases.filter((c) => c.qicharts2.exclude);
    assert.ok(withExclude.length >= 2);
    for (const c of withExclude) {
      const { xs, points } = inputOf(c);
      const q = c.qicharts2;
      const m = analyzeRunChart(points, { rules: 'anhoej', minPoints: 1, phases: (q.part ?? []).map((k) => xs[k]!), exclude: (q.exclude ?? []).map((r) => xs[r - 1]!), ...(q.freeze ? { baseline: q.freeze - q.exclude!.filter((r) => r <= q.freeze!).length } : {}) });
      c.reference.forEach((r, k) => {
        const ph = m.phases[k]!;
        assert.ok(near(ph.median, r.median), `${c.id}: median`);
        assert.equal(ph.useful, r.n_useful, `${c.id}: useful`);
        if (r.longest_run !== null) assert.equal(ph.longestRun, r.longest_run, `${c.id}: longest run`);
        if (r.n_crossings !== null) assert.equal(ph.crossings, r.n_crossings, `${c.id}: crossings`);
      });
      assert.equal(m.points.filter((p) => p.excluded).length, q.exclude!.length);
    }
  });
});
