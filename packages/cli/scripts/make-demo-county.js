// The demo's published folder, demo/public/data/dash/: an ILLUSTRATIVE county (Valle Verde County,
// county code 60, which no real California county has; its LEAs as in the stories) written as CDE
// Dashboard download files in a temporary folder (tab-delimited, CDE's columns, no colour column,
// so publish computes each colour from the cut points), then published through `outcome-kit
// publish --illustrative`, so every document says meta.illustrative and every name "(illustrative)".
// Figures come from a seeded generator: invented, not any district's.
//
//   npm run build (or npx tsc -b packages/cli), then: node packages/cli/scripts/make-demo-county.js
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = join(root, 'demo/public/data/dash');

let seed = 60;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const round1 = (x) => Math.round(x * 10) / 10;

const K8 = ['chronic', 'susp', 'elpi', 'ela', 'math'];
const ALL = ['chronic', 'susp', 'elpi', 'grad', 'cci', 'ela', 'math'];
const HS = ['chronic', 'susp', 'elpi', 'grad', 'cci', 'ela', 'math'];
// LEAs: code, name, students, how well it does (−1 … 1), indicators, schools [code, name, students, shift, indicators].
const LEAS = [
  ['6061234', 'Mesa Alta Unified', 9800, 0.1, ALL, [
    ['6000011', 'Mesa Alta High', 2600, 0.3, HS], ['6000029', 'Robledo Middle', 1400, -0.1, K8], ['6000037', 'Las Flores Elementary', 720, 0.2, K8],
    ['6000045', 'Vista del Sol Elementary', 650, -0.4, K8], ['6000052', 'Del Monte Elementary', 540, 0.5, K8]]],
  ['6061250', 'Arroyo Seco Elementary', 2100, -0.6, K8, [['6000102', 'Arroyo Seco Elementary', 610, -0.5, K8], ['6000110', 'Piedra Blanca Elementary', 480, -0.8, K8], ['6000128', 'Arroyo Seco Middle', 640, -0.4, K8]]],
  ['6061268', 'Cañada Verde Unified', 14500, -0.2, ALL, [
    ['6000201', 'Cañada Verde High', 3100, -0.1, HS], ['6000219', 'Alameda Middle', 1500, -0.3, K8], ['6000227', 'Los Pinos Elementary', 690, 0.1, K8],
    ['6000235', 'Riverbend Elementary', 560, -0.5, K8], ['6000243', 'Oak Hollow Elementary', 600, 0.3, K8], ['6000250', 'Cañada Verde Continuation High', 180, -0.9, HS]]],
  ['6061276', 'Los Robles Joint Union High', 5200, 0.3, HS, [['6000300', 'Los Robles High', 2400, 0.4, HS], ['6000318', 'Encinal High', 2100, 0.2, HS]]],
  ['6061284', 'Peñasco Elementary', 640, 0.6, K8, [['6000409', 'Peñasco Elementary', 640, 0.6, K8]]],
  ['6061292', 'Sierra Linda Unified', 7300, -0.9, ALL, [
    ['6000508', 'Sierra Linda High', 1900, -0.8, HS], ['6000516', 'Sierra Linda Middle', 1100, -1, K8], ['6000524', 'Bear Creek Elementary', 540, -0.7, K8], ['6000532', 'Manzanita Elementary', 470, -0.9, K8]]],
  ['6061300', 'Valle Verde County Office of Education', 900, -0.7, ALL, [['6000607', 'Valle Verde Community School', 260, -0.9, HS]]],
];
const YEARS = ['2022', '2023', '2024'];
const GROUPS = ['ALL', 'AA', 'AS', 'HI', 'WH', 'MR', 'EL', 'LTEL', 'SED', 'SWD', 'FOS', 'HOM'];
const SHARE = { ALL: 1, AA: 0.04, AI: 0.008, AS: 0.07, FI: 0.03, HI: 0.58, PI: 0.006, WH: 0.22, MR: 0.045, EL: 0.21, LTEL: 0.06, SED: 0.64, SWD: 0.14, FOS: 0.008, HOM: 0.04 };
/** How much worse each group does than All Students, in status spreads (SWD, EL, FOS, HOM furthest behind). */
const GAP = { ALL: 0, AA: -0.5, AI: -0.4, AS: 0.7, FI: 0.5, HI: -0.25, PI: -0.3, WH: 0.35, MR: 0.1, EL: -0.6, LTEL: -0.9, SED: -0.3, SWD: -1.1, FOS: -1.2, HOM: -0.9 };
// Indicator: All Students' typical status, spread, lower-is-better, and what a year's change looks like.
const IND = {
  chronic: { mean: 22, sd: 7, lower: true, step: 2.5 },
  susp: { mean: 3.4, sd: 1.6, lower: true, step: 0.6 },
  elpi: { mean: 46, sd: 7, lower: false, step: 3, groups: ['EL', 'LTEL'] },
  grad: { mean: 87, sd: 5, lower: false, step: 1.5 },
  cci: { mean: 42, sd: 10, lower: false, step: 3 },
  ela: { mean: -12, sd: 30, lower: false, step: 6 },
  math: { mean: -42, sd: 32, lower: false, step: 6 },
};
const COLUMNS = ['cds', 'rtype', 'schoolname', 'districtname', 'countyname', 'charter_flag', 'coe_flag', 'dass_flag', 'studentgroup', 'currdenom', 'currstatus', 'priordenom', 'priorstatus', 'change', 'type', 'reportingyear'];

const files = new Map();
const add = (indicator, year, cells) => {
  const key = `${indicator}download${year}.txt`;
  if (!files.has(key)) files.set(key, [COLUMNS.join('\t')]);
  files.get(key).push(cells.join('\t'));
};

function entityRows(e) {
  for (const indicator of e.indicators) {
    const spec = IND[indicator];
    const groups = spec.groups ?? GROUPS;
    for (const g of groups) {
      const share = indicator === 'elpi' ? SHARE[g] : SHARE[g];
      const n0 = Math.round(e.students * share * (indicator === 'grad' || indicator === 'cci' ? 0.24 : 1) * (0.85 + rand() * 0.3));
      const good = (0.25 + e.shift + GAP[g] + (rand() - 0.5) * 0.5) * (spec.lower ? -1 : 1);
      let status = spec.mean + good * spec.sd;
      let prior = null;
      for (const year of YEARS) {
        const n = Math.max(0, Math.round(n0 * (0.95 + rand() * 0.1)));
        const drift = (rand() - 0.4) * spec.step * (spec.lower ? -1 : 1);
        const next = Math.max(spec.lower || indicator === 'ela' || indicator === 'math' ? -200 : 0, status + drift);
        const clampedNext = indicator === 'ela' || indicator === 'math' ? next : Math.min(100, Math.max(0, next));
        const st = round1(clampedNext);
        const priorN = prior === null ? '' : Math.round(n * (0.95 + rand() * 0.1));
        const change = prior === null || year === '2022' ? '' : round1(st - prior);
        const star = n < 11;
        add(indicator, year, [
          e.cds, e.rtype, e.rtype === 'S' ? e.name : '', e.district, 'Valle Verde', e.charter ? 'Y' : 'N', e.coe ? 'Y' : 'N', 'N', g,
          star ? '*' : n, star ? '*' : st, year === '2022' ? '' : priorN, year === '2022' || prior === null ? '' : round1(prior), star ? '' : change,
          indicator === 'susp' ? (e.rtype === 'S' ? (e.name.includes('High') ? 'HS' : e.name.includes('Middle') ? 'MS' : 'ES') : e.hs ? 'HD' : e.k8 ? 'ED' : 'UD') : '',
          year,
        ]);
        prior = st;
        status = clampedNext;
      }
    }
  }
}

for (const [code, name, students, shift, indicators, schools] of LEAS) {
  const lea = { cds: `${code}0000000`, rtype: 'D', name, district: name, students, shift, indicators, coe: name.includes('County Office'), charter: false, hs: name.includes('High'), k8: name.includes('Elementary') };
  entityRows(lea);
  for (const [school, sname, sstudents, sshift, sind] of schools) entityRows({ cds: `${code}${school}`, rtype: 'S', name: sname, district: name, students: sstudents, shift: sshift, indicators: sind, coe: false, charter: false });
}

const dir = mkdtempSync(join(tmpdir(), 'outcome-demo-county-'));
try {
  for (const [name, lines] of files) writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  const { main } = await import(join(root, 'packages/cli/dist/publish-cli.js'));
  process.exitCode = await main([dir, '--out', out, '--illustrative', '--force']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
