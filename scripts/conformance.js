#!/usr/bin/env node
// Runs the real California School Dashboard rows of ../shared/conformance/cde-dashboard-rows.json
// (taken from CDE's own download files; read at run time, never copied here) through
// @outcome-kit/core's dashboardLevels with the FULL context of each row: Dashboard year, entity
// type (rtype S/D/X), prior-year denominator, DASS and COE flags, the file's n-size and safety-net
// flags, the high-school cut-point flag and the suspension table. Tallies status level, change
// level and colour against the codes CDE wrote, like ../shared/conformance/cde-dashboard.mjs, and
// lists every remaining miss with its explanation.
//
//   node scripts/conformance.js [rows.json] [--since=2023] [--details] [--json] [--limited]   (after `npx tsc -b`)
//
// --limited calls dashboardLevels the way the shared checker does (group, hsCutPoints and
// suspensionTable only: no year, entity or prior n), to show what the defaults alone give.
//
// Exit code: 0 when the file was read (whatever the counts), 2 when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
export const DEFAULT_ROWS = resolve(root, '../shared/conformance/cde-dashboard-rows.json');

// File codes as CDE's record layouts define them: levels 1 = worst … 5 = best (the order flips for
// chronic absenteeism and suspension), 0 = no level; colour 1 Red … 5 Blue, 0 = none.
const STATUS = { higher: ['very-low', 'low', 'medium', 'high', 'very-high'], lower: ['very-high', 'high', 'medium', 'low', 'very-low'] };
const CHANGE = {
  higher: ['declined-significantly', 'declined', 'maintained', 'increased', 'increased-significantly'],
  lower: ['increased-significantly', 'increased', 'maintained', 'declined', 'declined-significantly'],
};
const COLOR = ['red', 'orange', 'yellow', 'green', 'blue'];
const DIR = { ela: 'higher', math: 'higher', elpi: 'higher', grad: 'higher', cci: 'higher', chronic: 'lower', susp: 'lower' };
const ENTITY = { S: 'school', D: 'lea', X: 'state' };
const flag = (v) => (v === 'Y' ? true : v === 'N' ? false : undefined);
const yearNum = (y) => Number.parseInt(y, 10);

/** The options a row's full context gives dashboardLevels (`limited`: only what the shared checker passes). */
export function rowOptions(r, C, limited = false) {
  if (limited) {
    const o = { group: r[C.grp] };
    if (r[C.ind] === 'ela' || r[C.ind] === 'math') o.hsCutPoints = r[C.hs];
    if (r[C.ind] === 'susp' && r[C.type]) o.suspensionTable = r[C.type];
    return o;
  }
  const ind = r[C.ind];
  const opts = { group: r[C.grp], year: r[C.yr], entityType: ENTITY[r[C.rt]], priorN: r[C.pn], dass: !!r[C.dass], coe: !!r[C.coe] };
  if (ind === 'ela' || ind === 'math') opts.hsCutPoints = !!r[C.hs];
  if (ind === 'susp' && r[C.type]) opts.suspensionTable = r[C.type];
  const cnm = flag(r[C.cnm]);
  const pnm = flag(r[C.pnm]);
  if (cnm !== undefined) opts.currNSizeMet = cnm;
  if (pnm !== undefined) opts.priorNSizeMet = pnm;
  return opts;
}

/** Why a row still differs: the explanations below are read off the evidence, one per known kind. */
function explain(r, C, want, got) {
  const [ind, yr, grp, n, pn, box] = [r[C.ind], r[C.yr], r[C.grp], r[C.n], r[C.pn], r[C.box]];
  if (box === 180 && want.color === 'orange') return 'file box 180 / Orange whatever the levels: the non-certified-data (or data-error) code, which the evidence rows do not flag';
  if ((ind === 'ela' || ind === 'math') && yr === '2018' && grp === 'SWD' && want.color === null && n >= 30 && pn >= 30 && pn <= 34)
    return '2018 school SWD with n ≥ 30 and prior n 30–34 left uncoloured by CDE (8 of 14 such schools; the others are coloured): the prior-year count CDE used is not in the file';
  if (ind === 'elpi' && yr === '2022' && want.status === 'low' && got.statusLevel === 'high') return 'ELPI 2022: one LEA row 58.8 coded Low while every other 2022/2023 row follows 55.0 = High (a source data error)';
  return 'unexplained';
}

export function runConformance(path = DEFAULT_ROWS, { since, core, limited = false } = {}) {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  const C = Object.fromEntries(data.columns.map((c, i) => [c, i]));
  const { dashboardLevels } = core;
  const byYear = new Map();
  const misses = [];
  let checked = 0;
  let matched = 0;
  for (const r of data.rows) {
    const yr = r[C.yr];
    if (since && yearNum(yr) < yearNum(since)) continue;
    const ind = r[C.ind];
    const dir = DIR[ind];
    const [st, ch, n, sl, cl, col] = [r[C.st], r[C.ch], r[C.n], r[C.sl], r[C.cl], r[C.col]];
    const got = dashboardLevels(ind, st, ch, n, rowOptions(r, C, limited));
    const want = {
      status: st !== null && sl >= 1 && sl <= 5 ? STATUS[dir][sl - 1] : undefined,
      change: ch !== null && cl >= 1 && cl <= 5 ? CHANGE[dir][cl - 1] : undefined,
      color: st !== null && col !== null && col >= 0 && col <= 5 ? (col === 0 ? null : COLOR[col - 1]) : undefined,
    };
    const ok = {
      status: want.status === undefined || got.statusLevel === want.status,
      change: want.change === undefined || got.changeLevel === want.change,
      color: want.color === undefined || got.color === want.color,
    };
    if (want.status === undefined && want.change === undefined && want.color === undefined) continue;
    const key = `${ind} ${yr}`;
    const t = byYear.get(key) ?? { rows: [0, 0], status: [0, 0], change: [0, 0], color: [0, 0] };
    byYear.set(key, t);
    for (const w of ['status', 'change', 'color']) {
      if (want[w] === undefined) continue;
      t[w][1]++;
      if (ok[w]) t[w][0]++;
    }
    checked++;
    t.rows[1]++;
    if (ok.status && ok.change && ok.color) {
      matched++;
      t.rows[0]++;
    } else {
      misses.push({
        indicator: ind, year: yr, rtype: r[C.rt], cds: r[C.cds], group: r[C.grp], n, priorN: r[C.pn], status: st, change: ch,
        file: want, product: { status: got.statusLevel, change: got.changeLevel, color: got.color, reason: got.reason },
        why: explain(r, C, want, got),
      });
    }
  }
  return { checked, matched, byYear, misses };
}

const pct = ([m, t]) => (t ? `${m}/${t} (${((100 * m) / t).toFixed(2)}%)` : '—');

async function main() {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--')) ?? DEFAULT_ROWS;
  const since = args.find((a) => a.startsWith('--since='))?.slice(8);
  const details = args.includes('--details');
  if (!existsSync(path)) {
    console.error(`conformance: ${path} is absent. It holds CDE's real Dashboard rows (../shared/conformance/cde-dashboard-rows.json beside this repository); pass its path as the first argument.`);
    process.exit(2);
  }
  const core = await import(pathToFileURL(resolve(root, 'packages/core/dist/index.js')).href);
  const limited = args.includes('--limited');
  const res = runConformance(path, { since, core, limited });
  if (args.includes('--json')) {
    console.log(JSON.stringify({ checked: res.checked, matched: res.matched, byYear: Object.fromEntries(res.byYear), misses: res.misses }));
    return;
  }
  console.log(`${res.matched}/${res.checked} real Dashboard rows match with ${limited ? 'the shared checker’s limited context' : 'full context'}${since ? ` (years ${since} and later)` : ''}: ${pct([res.matched, res.checked])}`);
  console.log('\nBy indicator and year:   rows | status | change | colour');
  for (const [k, t] of [...res.byYear.entries()].sort()) console.log(`  ${k}: ${pct(t.rows)} | ${pct(t.status)} | ${pct(t.change)} | ${pct(t.color)}`);
  const why = new Map();
  for (const m of res.misses) why.set(m.why, [...(why.get(m.why) ?? []), m]);
  console.log(`\nRemaining misses (${res.misses.length}), by explanation:`);
  for (const [w, list] of [...why.entries()].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${String(list.length).padStart(6)}  ${w}`);
    for (const m of list.slice(0, details ? list.length : 3)) console.log(`          ${JSON.stringify(m)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
