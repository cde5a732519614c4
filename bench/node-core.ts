/**
 * Core analysis in Node: the run chart on 10 k / 100 k / 1 M points and the gap model on 100 k
 * Dashboard rows, each beside a plain baseline timed in the same process. Run by
 * `scripts/bench.js` as `node --expose-gc --import tsx bench/node-core.ts <out.json>`; it reads the
 * core's TypeScript source (not dist), so the figures are for the code as it stands.
 */
import { writeFileSync } from 'node:fs';
import { fromCSV } from 'arquero';
import {
  analyzeRunChart,
  gapChartWidget,
  LIMITS,
  loadText,
  loadValue,
  normalizeGapOptions,
  normalizeRunChartOptions,
  runChartWidget,
  type RunChartInput,
} from '../packages/core/src/index.js';
import { timeMedian, type Figure } from './timing.js';

const quick = process.env.BENCH_QUICK === '1';
const figures: Figure[] = [];
const log = (f: Figure) => {
  figures.push(f);
  process.stderr.write(`  node: ${f.name} ${f.value.toFixed(1)} ms (baseline ${f.baseline.value.toFixed(1)} ms)\n`);
};

/** A reproducible pseudo-random series (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n daily points from 2000-01-01 with a slow drift, noise and 1 % gaps. */
function runSeries(n: number): { points: RunChartInput[]; rows: Record<string, string>[]; csv: string; ys: Float64Array } {
  const rnd = random(n);
  const start = Date.UTC(2000, 0, 1);
  const points: RunChartInput[] = [];
  const rows: Record<string, string>[] = [];
  const lines = ['date,value'];
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = new Date(start + i * 86_400_000);
    const gap = rnd() < 0.01;
    const y = gap ? null : Math.round((50 + 10 * Math.sin(i / 500) + rnd() * 8) * 10) / 10;
    ys[i] = y ?? NaN;
    const iso = d.toISOString().slice(0, 10);
    points.push({ x: d, y, row: i + 2 });
    if (n < 1_000_000) rows.push({ date: iso, value: y === null ? '' : String(y) }); // the objects path is not run at 1 M
    lines.push(`${iso},${y ?? ''}`);
  }
  return { points, rows, csv: lines.join('\n'), ys };
}

/**
 * The baseline for reading a CSV: a bare parse of the same text — split into lines and at commas,
 * `Number()` on the value (empty → null) — with no quoting, no checks and no messages.
 */
function bareParse(csv: string): { date: string; value: number | null }[] {
  const lines = csv.split('\n');
  const out = new Array(lines.length - 1);
  for (let i = 1; i < lines.length; i++) {
    const [date, value] = lines[i]!.split(',');
    out[i - 1] = { date: date!, value: value ? Number(value) : null };
  }
  return out;
}

/** The baseline for analysis: the median of the same values, by a plain copy-filter-sort. */
function plainMedian(ys: Float64Array): number {
  const v = Array.from(ys).filter((x) => x === x).sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

async function runChart(n: number): Promise<void> {
  const reps = quick ? 2 : n >= 100_000 ? 3 : 7;
  const warm = n < 1_000_000; // a warm-up run of 1 M points costs seconds; the median of 3 absorbs the first run
  const label = n >= 1_000_000 ? `${n / 1_000_000} M` : `${n / 1000} k`;
  const data = runSeries(n);
  const options = normalizeRunChartOptions({ x: 'date', y: 'value' });
  const sortMs = await timeMedian(reps, () => plainMedian(data.ys), warm);
  const model = analyzeRunChart(data.points, options);
  if (model.points.length !== n) throw new Error('run chart lost points');
  log({
    group: 'core (Node)', name: `run chart ${label} points: analyse only (analyzeRunChart)`, unit: 'ms', n: reps,
    note: 'daily dates, 1 % gaps, IHI rules, one phase',
    value: await timeMedian(reps, () => analyzeRunChart(data.points, options), warm),
    baseline: { name: 'plain JS median (copy, filter, sort)', value: sortMs },
  });
  // At 1 M points the paths through validation take seconds a run: two runs, and only the CSV
  // path (the rows-as-objects one differs from it only by the parse), keep the bench near 3 minutes.
  const heavyReps = quick ? 1 : n >= 1_000_000 ? 2 : reps;
  if (n < 1_000_000) {
    log({
      group: 'core (Node)', name: `run chart ${label} points: validate + analyse (rows as objects)`, unit: 'ms', n: reps,
      value: await timeMedian(reps, () => runChartWidget.analyse(loadValue(data.rows), options), warm),
      baseline: { name: 'plain JS median (copy, filter, sort)', value: sortMs }, aim: n === 100_000 ? '≤ 2×' : undefined,
    });
  }
  const csvReps = heavyReps;
  const arqueroMs = await timeMedian(csvReps, () => fromCSV(data.csv, { autoType: false }).objects(), warm);
  const bareMs = await timeMedian(csvReps, () => bareParse(data.csv), warm);
  // Above the row limit the public API answers with its message (a page is not the place for a
  // statewide file): then the figure is the time to that message.
  const over = n > LIMITS.maxRows;
  let message = '';
  const publicPath = async () => {
    try {
      runChartWidget.analyse(await loadText(data.csv), options);
    } catch (error) {
      if (!over) throw error;
      message = error instanceof Error ? error.message : String(error);
    }
  };
  log({
    group: 'core (Node)', name: `run chart ${label} points: load CSV + validate + analyse${over ? ' (over the row limit: until its message)' : ''}`, unit: 'ms', n: csvReps,
    value: await timeMedian(csvReps, publicPath, warm),
    baseline: { name: 'a bare parse of the same text (split lines and commas, Number())', value: bareMs }, aim: over ? 'n/a (over the row limit: a message, not a chart)' : '≤ 1.5×',
    note: `arquero fromCSV(text, { autoType: false }).objects() of the same CSV: ${arqueroMs.toFixed(0)} ms${over ? `; message: ${message.slice(0, 120)}` : ''}`,
  });
}

const GROUPS = ['ALL', 'AA', 'AI', 'AS', 'FI', 'HI', 'PI', 'WH', 'MR', 'EL', 'LTEL', 'ELO', 'RFP', 'EO', 'SED', 'SWD', 'FOS', 'HOM', 'SBA', 'CAA'];
const DASHBOARD_COLUMNS = 'cds\trtype\tschoolname\tdistrictname\tcountyname\tstudentgroup\tcurrnumer\tcurrdenom\tcurrstatus\tpriornumer\tpriordenom\tpriorstatus\tchange\tstatuslevel\tchangelevel\tcolor\treportingyear';

/** A chronic-absenteeism Dashboard download file: `entities` schools × 20 groups, some starred. */
function dashboardFile(entities: number): { tsv: string; cds: string; entity: string } {
  const rnd = random(7);
  const lines = [DASHBOARD_COLUMNS];
  for (let e = 0; e < entities; e++) {
    const cds = String(19_647_330_000_000 + e).padStart(14, '0');
    const name = `School ${e}`;
    for (const g of GROUPS) {
      const denom = Math.floor(5 + rnd() * 800);
      const starred = denom < 11;
      const curr = Math.round(rnd() * 400) / 10;
      const prior = Math.round(rnd() * 400) / 10;
      const cells = starred
        ? [cds, 'S', name, 'Example Unified', 'Los Angeles', g, '*', '*', '*', '*', '*', '*', '', '', '', '', '2025']
        : [cds, 'S', name, 'Example Unified', 'Los Angeles', g, String(Math.round((curr * denom) / 100)), String(denom), curr.toFixed(1), '', String(denom), prior.toFixed(1), (curr - prior).toFixed(1), '', '', '', '2025'];
      lines.push(cells.join('\t'));
    }
  }
  return { tsv: lines.join('\n'), cds: String(19_647_330_000_000 + Math.floor(entities / 2)).padStart(14, '0'), entity: `School ${Math.floor(entities / 2)}` };
}

async function gapModel(): Promise<void> {
  const reps = quick ? 2 : 3;
  const entities = 5000;
  const file = dashboardFile(entities);
  const loaded = await loadText(file.tsv);
  const rows = loaded.value as Record<string, unknown>[];
  const n = rows.length;
  const withCds = normalizeGapOptions({ indicator: 'chronic', cds: file.cds });
  const model = gapChartWidget.analyse(loaded, withCds);
  if (!model.groups.length) throw new Error('gap model is empty');
  const filterMs = await timeMedian(reps, () => rows.filter((r) => String(r.cds).padStart(14, '0') === file.cds));
  const arqueroMs = await timeMedian(reps, () => fromCSV(file.tsv, { delimiter: '\t', autoType: false }).objects());
  const k = `${Math.round(n / 1000)} k`;
  log({
    group: 'core (Node)', name: `gap model ${k} Dashboard rows, cds filter: analyse only`, unit: 'ms', n: reps,
    value: await timeMedian(reps, () => gapChartWidget.analyse(loaded, withCds)),
    baseline: { name: 'plain JS rows.filter by CDS code', value: filterMs },
    note: `${entities} schools × ${GROUPS.length} student groups, some starred; the model is one school's`,
  });
  log({
    group: 'core (Node)', name: `gap model ${k} Dashboard rows, cds filter: load TSV + analyse`, unit: 'ms', n: reps,
    value: await timeMedian(reps, async () => gapChartWidget.analyse(await loadText(file.tsv), withCds)),
    baseline: { name: 'arquero fromCSV(text).objects() of the same file', value: arqueroMs },
  });
  // Without a filter a many-school file cannot make one model: it ends in the clear "several CDS codes" error.
  const noFilter = normalizeGapOptions({ indicator: 'chronic' });
  let code = '';
  try {
    gapChartWidget.analyse(loaded, noFilter);
  } catch (error) {
    code = (error as { problems?: { code: string }[] }).problems?.[0]?.code ?? String(error);
  }
  log({
    group: 'core (Node)', name: `gap model ${k} Dashboard rows, no filter: until its error`, unit: 'ms', n: reps,
    value: await timeMedian(reps, () => {
      try {
        gapChartWidget.analyse(loaded, noFilter);
      } catch {
        /* expected: several entities */
      }
    }),
    baseline: { name: 'plain JS rows.filter by CDS code', value: filterMs },
    note: `a file of many schools makes no model without a filter: it ends in the "${code || 'no error'}" error, timed here`,
  });
  // Plain rows (group, value, prior, n, entity), 100 k of them, picked by the `entity` option.
  const plain = rows.map((r) => ({ group: r.studentgroup, value: r.currstatus, prior: r.priorstatus, n: r.currdenom, entity: r.schoolname, year: r.reportingyear }));
  const withEntity = normalizeGapOptions({ indicator: 'chronic', entityField: 'entity', entity: file.entity });
  const plainLoaded = loadValue(plain);
  gapChartWidget.analyse(plainLoaded, withEntity);
  log({
    group: 'core (Node)', name: `gap model ${k} plain rows, entity filter: validate + analyse`, unit: 'ms', n: reps,
    value: await timeMedian(reps, () => gapChartWidget.analyse(plainLoaded, withEntity)),
    baseline: { name: 'plain JS rows.filter by entity', value: await timeMedian(reps, () => plain.filter((r) => r.entity === file.entity)) },
  });
}

const out = process.argv[2];
for (const n of [10_000, 100_000, 1_000_000]) await runChart(n);
await gapModel();
if (out) writeFileSync(out, JSON.stringify(figures, null, 2));
else console.log(JSON.stringify(figures, null, 2));
