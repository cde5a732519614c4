// Generates a statewide-shaped corpus of CDE Dashboard download files for the publish bench:
// ≈ 11,000 entities (58 counties' LEAs and schools, plus the state) × 20 student groups ×
// 7 indicators × 3 Dashboard years, one tab-delimited file per indicator and year, named and laid
// out as CDE's (chronicdownload2024.txt …: cds, rtype, schoolname, districtname, countyname, the
// flags, studentgroup, currdenom, currstatus, priordenom, priorstatus, change, statuslevel,
// changelevel, color, box, reportingyear, and each indicator's own columns). The values are
// SYNTHETIC (a seeded random generator), not CDE's: the corpus is for timing and sizes only.
// "*" marks groups of fewer than 11 as CDE does; some groups are that small.
//
//   node scripts/make-statewide-corpus.js [DIR] [--scale 0.1]
//
// DIR defaults to $TMPDIR/outcome-kit-statewide-corpus (outside the repository). A folder already
// holding this corpus at this scale is left as it is. Prints a JSON line: the folder, the file
// count, the entity count and a district with exactly 20 schools (for the size figure).
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt === -1 ? 1 : Number(args[scaleAt + 1]);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--scale') ?? join(tmpdir(), `outcome-kit-statewide-corpus${scale === 1 ? '' : `-${scale}`}`);
const VERSION = 1;
const stampPath = join(dir, 'corpus.json');

if (existsSync(stampPath)) {
  const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
  if (stamp.version === VERSION && stamp.scale === scale) {
    console.log(JSON.stringify(stamp));
    process.exit(0);
  }
}
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

// A small seeded generator (mulberry32), so every run writes the same corpus.
let seed = 20241205;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const round1 = (x) => Math.round(x * 10) / 10;

const GROUPS = ['ALL', 'AA', 'AI', 'AS', 'FI', 'HI', 'PI', 'WH', 'MR', 'EL', 'ELO', 'LTEL', 'RFP', 'EO', 'SED', 'SWD', 'FOS', 'HOM', 'SBA', 'CAA'];
/** Each group's share of All Students (roughly California's). */
const SHARE = { ALL: 1, AA: 0.05, AI: 0.005, AS: 0.1, FI: 0.025, HI: 0.56, PI: 0.004, WH: 0.2, MR: 0.045, EL: 0.19, ELO: 0.12, LTEL: 0.05, RFP: 0.07, EO: 0.55, SED: 0.62, SWD: 0.14, FOS: 0.004, HOM: 0.035, SBA: 0.96, CAA: 0.01 };
const YEARS = ['2022', '2023', '2024'];
/** Indicators: CDE's file stem, a status mean and spread, whether higher is better, and extra columns. */
const INDICATORS = {
  chronic: { stem: 'chronic', mean: 20, sd: 9, lower: true, extra: ['currnumer', 'priornumer'] },
  susp: { stem: 'susp', mean: 3.2, sd: 2.5, lower: true, extra: ['type', 'currnumer', 'priornumer'] },
  elpi: { stem: 'elpi', mean: 48, sd: 10, lower: false, extra: ['currnsizemet', 'priornsizemet'] },
  grad: { stem: 'grad', mean: 86, sd: 8, lower: false, extra: ['currnumer', 'priornumer', 'safetynet'] },
  cci: { stem: 'cci', mean: 44, sd: 15, lower: false, extra: ['curr_prep', 'curr_aprep', 'curr_nprep'] },
  ela: { stem: 'ela', mean: -15, sd: 40, lower: false, extra: ['hscutpoints', 'currnsizemet'] },
  math: { stem: 'math', mean: -45, sd: 45, lower: false, extra: ['hscutpoints', 'currnsizemet'] },
};
const BASE = ['cds', 'rtype', 'schoolname', 'districtname', 'countyname', 'charter_flag', 'coe_flag', 'dass_flag', 'studentgroup', 'currdenom', 'currstatus', 'priordenom', 'priorstatus', 'change', 'statuslevel', 'changelevel', 'color', 'box'];

const COUNTY_NAMES = ['Alameda', 'Alpine', 'Amador', 'Butte', 'Calaveras', 'Colusa', 'Contra Costa', 'Del Norte', 'El Dorado', 'Fresno', 'Glenn', 'Humboldt', 'Imperial', 'Inyo', 'Kern', 'Kings', 'Lake', 'Lassen', 'Los Angeles', 'Madera', 'Marin', 'Mariposa', 'Mendocino', 'Merced', 'Modoc', 'Mono', 'Monterey', 'Napa', 'Nevada', 'Orange', 'Placer', 'Plumas', 'Riverside', 'Sacramento', 'San Benito', 'San Bernardino', 'San Diego', 'San Francisco', 'San Joaquin', 'San Luis Obispo', 'San Mateo', 'Santa Barbara', 'Santa Clara', 'Santa Cruz', 'Shasta', 'Sierra', 'Siskiyou', 'Solano', 'Sonoma', 'Stanislaus', 'Sutter', 'Tehama', 'Trinity', 'Tulare', 'Tuolumne', 'Ventura', 'Yolo', 'Yuba'];
const WORDS = ['Oak', 'Valley', 'River', 'Mesa', 'Pine', 'Harbor', 'Sierra', 'Canyon', 'Vista', 'Meadow', 'Ridge', 'Lake', 'Willow', 'Cedar', 'Hill', 'Bay'];
const KINDS = ['Elementary', 'Middle', 'High', 'Academy', 'K-8', 'Charter'];

// The entities: per county its COE, its districts and their schools. Targets: ≈ 1,000 LEAs, ≈ 10,000 schools.
const entities = [];
let twenty = null;
let districtCode = 10000;
for (let c = 1; c <= 58; c++) {
  const cc = String(c).padStart(2, '0');
  const county = COUNTY_NAMES[c - 1];
  const leas = Math.max(1, Math.round((c === 19 ? 80 : 4 + rand() * 28) * scale));
  for (let d = 0; d < leas; d++) {
    const code = String(districtCode++).padStart(5, '0');
    const coe = d === 0;
    const name = coe ? `${county} County Office of Education` : `${pick(WORDS)} ${pick(WORDS)} ${pick(['Unified', 'Elementary', 'Union High'])} School District`;
    const size = 300 + Math.floor(rand() * (c === 19 ? 40000 : 9000));
    const schoolCount = !twenty && !coe ? 20 : Math.max(1, Math.round(rand() * 16 * scale + rand() * 2));
    const lea = { cds: `${cc}${code}0000000`, rtype: 'D', school: '', district: name, county, coe, charter: false, size };
    entities.push(lea);
    if (schoolCount === 20 && !twenty) twenty = lea.cds;
    for (let s = 0; s < schoolCount; s++) {
      const schoolCode = String(1000000 + entities.length).slice(-7);
      const kind = pick(KINDS);
      entities.push({ cds: `${cc}${code}${schoolCode}`, rtype: 'S', school: `${pick(WORDS)} ${pick(WORDS)} ${kind}`, district: name, county, coe: false, charter: kind === 'Charter', size: Math.max(40, Math.round((size / schoolCount) * (0.5 + rand()))) });
    }
  }
}
const state = { cds: '00000000000000', rtype: 'X', school: '', district: '', county: '', coe: false, charter: false, size: 5_800_000 };

const levelCode = (z) => (z < -1.2 ? 1 : z < -0.4 ? 2 : z < 0.4 ? 3 : z < 1.2 ? 4 : 5);
const COLOR = [
  [1, 1, 1, 2, 3],
  [1, 2, 2, 3, 3],
  [2, 2, 3, 4, 4],
  [3, 3, 4, 4, 5],
  [3, 4, 5, 5, 5],
];

function row(e, indicator, spec, year, group) {
  const n = group === 'ALL' ? e.size : Math.round(e.size * SHARE[group] * (0.4 + rand() * 1.2));
  const pn = Math.max(0, Math.round(n * (0.9 + rand() * 0.2)));
  const base = [e.cds, e.rtype, e.school, e.district, e.county, e.charter ? 'Y' : 'N', e.coe ? 'Y' : 'N', 'N', group];
  const extra = spec.extra.map((col) => (col === 'type' ? (e.rtype === 'S' ? 'ES' : 'UD') : col === 'hscutpoints' ? 'N' : col.endsWith('sizemet') || col === 'safetynet' ? 'Y' : String(Math.round(n * rand()))));
  if (n < 11) return [...base, '*', '*', pn, '*', '*', 0, 0, 0, 0, year, ...extra];
  const z = (rand() * 2 - 1) * 1.6;
  const status = round1(spec.mean + z * spec.sd);
  const prior = round1(status - (rand() * 2 - 1) * spec.sd * 0.3);
  const change = year === '2022' ? '' : round1(status - prior);
  const good = spec.lower ? -z : z;
  const sl = levelCode(good);
  const cl = year === '2022' ? 0 : levelCode(spec.lower ? -(status - prior) / (spec.sd * 0.1) : (status - prior) / (spec.sd * 0.1));
  const color = year === '2022' || n < 30 ? 0 : COLOR[sl - 1][cl - 1];
  return [...base, n, status, pn, year === '2022' ? '' : prior, change, sl, cl, color, color ? 10 * (5 * (5 - sl) + cl) : 0, year, ...extra];
}

function write(path, lines) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('error', reject);
    out.on('finish', resolve);
    let i = 0;
    const pump = () => {
      let ok = true;
      while (i < lines.length && ok) {
        let chunk = '';
        for (let k = 0; k < 2000 && i < lines.length; k++) chunk += lines[i++]();
        ok = out.write(chunk);
      }
      if (i < lines.length) out.once('drain', pump);
      else out.end();
    };
    pump();
  });
}

let rows = 0;
let files = 0;
for (const [indicator, spec] of Object.entries(INDICATORS)) {
  for (const year of YEARS) {
    const header = [...BASE, 'reportingyear', ...spec.extra];
    const makers = [() => `${header.join('\t')}\n`];
    for (const e of [state, ...entities]) for (const g of GROUPS) makers.push(() => `${row(e, indicator, spec, year, g).join('\t')}\n`);
    rows += makers.length - 1;
    await write(join(dir, `${spec.stem}download${year}.txt`), makers);
    files++;
    process.stderr.write(`corpus: ${spec.stem}download${year}.txt\n`);
  }
}
const stamp = { version: VERSION, scale, dir, files, rows, entities: entities.length + 1, counties: 58, twentySchoolDistrict: twenty };
writeFileSync(stampPath, `${JSON.stringify(stamp, null, 2)}\n`);
console.log(JSON.stringify(stamp));
