import { expect } from 'chai';
import '@outcome-kit/run-chart';
import '@outcome-kit/gap-chart';
import '@outcome-kit/theory-of-action';
import { STUDENT_GROUPS, type GapModel } from '@outcome-kit/core';
import type { OutcomeElement } from '@outcome-kit/elements';
import type { OutcomeTheoryOfAction } from '@outcome-kit/theory-of-action';
import '../helpers/benign.js';
import { echoUrl, nextEvent } from '../helpers/dom.js';
import { FORMULAS, HOSTILE, LONG, SHORT_HOSTILE, SUPPRESSED_NAMES, SUPPRESSED_VALUES, SUPPRESSION_ROWS, contentText, datasetText, nameLeaks, valueLeaks, csvCells, deepText, domProblems, hover, isLiveFormula, pwned, resetPwned, svgProblems } from '../helpers/hostile.js';

type Widget = OutcomeElement & { chartComplete(): Promise<unknown> };

/** Creates a widget with attributes set one by one (no HTML parsing of hostile values). */
function make<E extends Widget>(tag: string, attrs: Record<string, string>, data?: unknown): E {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (data !== undefined) (el as unknown as { data: unknown }).data = data;
  document.body.append(el);
  return el;
}

/**
 * Draws the chart now and waits for it. `toSVG()` draws without waiting for the element to come
 * near the viewport (an IntersectionObserver may not fire in a page the runner keeps in the background).
 */
async function drawn(el: Widget): Promise<unknown> {
  await el.toSVG();
  return el.chartComplete();
}

/** Lets images fail to load and any handler run, then checks nothing ran and nothing became markup. */
async function expectClean(hosts: Element[], where: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 150));
  expect(pwned(), `a hostile string ran (${where})`).to.equal(false);
  expect(domProblems(hosts), `markup from data in the DOM (${where})`).to.deep.equal([]);
}

/** Hovers up to `max` marks of the chart and checks the tooltip after each. */
async function hoverMarks(el: Widget, max = 12): Promise<string> {
  const svg = el.shadowRoot!.querySelector('[part="chart"] svg');
  expect(svg, 'chart SVG').to.exist;
  const marks = [...svg!.querySelectorAll('.role-mark path, .role-mark text')].filter((m) => m.getBoundingClientRect().width > 0);
  expect(marks.length, 'marks to hover').to.be.greaterThan(0);
  let seen = '';
  const step = Math.max(1, Math.floor(marks.length / max));
  for (let i = 0; i < marks.length; i += step) {
    const tip = await hover(marks[i]!);
    if (tip) seen += `\n${tip.textContent ?? ''}`;
    await expectClean([el], `tooltip of mark ${i}`);
  }
  return seen;
}

/** Every export: CSV cells neutralised, SVG parses clean, PNG is an image. */
async function checkExports(el: Widget, chart: boolean): Promise<void> {
  const csv = el.toCSV();
  expect(csv.length).to.be.greaterThan(0);
  for (const cell of csvCells(csv).flat()) expect(isLiveFormula(cell), `CSV cell runs as a formula: ${cell.slice(0, 40)}`).to.equal(false);
  if (!chart) return;
  const svg = await el.toSVG();
  expect(svgProblems(svg)).to.deep.equal([]);
  const png = await el.toPNG();
  expect(png).to.match(/^data:image\/png;base64,/);
  const img = new Image();
  img.src = png;
  await img.decode();
  expect(img.naturalWidth).to.be.greaterThan(0);
}

beforeEach(() => resetPwned());
afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('#vg-tooltip-element').forEach((t) => t.remove());
  resetPwned();
});

const X = '<img src=x onerror=window.__pwned=1>';
const Y = '<svg onload=window.__pwned=1>';

describe('the hostile checks themselves', () => {
  it('catch markup, handlers and script URLs in a shadow root, and a broken or scripted SVG', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><img src="data:image/png;base64,AAAA" onerror="window.__pwned=1"><a href="javascript:void 0">a</a><span onclick="x()"></span></p>';
    await new Promise((r) => setTimeout(r, 150));
    expect(pwned()).to.equal(true);
    expect(domProblems([host])).to.have.length(5); // img, its handler, its data: src, the script URL, the span's handler
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')).to.have.length(1);
    expect(valueLeaks('Zebra: 83.9 %', [83.91])).to.deep.equal(['83.9']);
    expect(valueLeaks('61,4', [61.37])).to.deep.equal(['61.4']);
    expect(valueLeaks('168.45 83.95 283.9', [68.47, 83.91])).to.deep.equal([]);
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><g onload="1"/></svg>')).to.have.length(1);
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><title>a</title><text>\u0001</text></svg>')[0]).to.match(/does not parse/);
  });
});

describe('hostile strings never run and never become markup', () => {
  it('run chart with labels on x: heading, column names, x labels, phases, changes, notes — chart, tooltip, summary, table, exports', async () => {
    const rows = HOSTILE.map((s, i) => ({
      [X]: s,
      [Y]: 20 + ((i * 7) % 5),
      phase: HOSTILE[Math.floor(i / 6)]!,
      change: i % 3 === 0 ? s : '',
      note: i % 3 === 0 ? HOSTILE[(i + 1) % HOSTILE.length]! : '',
    }));
    const changes = JSON.stringify([{ x: HOSTILE[4], label: HOSTILE[1], description: HOSTILE[0] }]);
    const el = make<Widget>('outcome-run-chart', { x: X, y: Y, heading: HOSTILE[0]!, changes, exports: '', lang: 'en' }, rows);
    const model = (await nextEvent<{ points: unknown[]; changes: unknown[] }>(el, 'outcome-render')).detail;
    expect(model.points).to.have.length(HOSTILE.length);
    expect(model.changes.length).to.be.greaterThan(HOSTILE.length / 3);
    await drawn(el);
    await expectClean([el], 'run chart drawn');
    const text = deepText(el);
    expect(text, 'the hostile text is shown as text').to.contain(HOSTILE[1]);
    const tips = await hoverMarks(el);
    expect(tips, 'a tooltip was shown').to.not.equal('');
    expect(tips, 'the tooltip shows the hostile text as text').to.contain('<script>window.__pwned=1</script>');
    await checkExports(el, true);
    await expectClean([el], 'run chart after exports');
  });

  it('run chart with dates: hostile change labels and descriptions in data and the changes attribute', async () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const data = months.map((m, i) => ({ month: m, rate: 20 - (i > 12 ? i / 4 : 0), change: SHORT_HOSTILE[i] ?? '', description: SHORT_HOSTILE[(i + 3) % SHORT_HOSTILE.length]! }));
    const changes = JSON.stringify(SHORT_HOSTILE.slice(0, 4).map((s, i) => ({ x: months[i * 5], label: s, description: LONG })));
    const el = make<Widget>('outcome-run-chart', { x: 'month', y: 'rate', 'y-format': 'percent', goal: '15', heading: LONG, changes, exports: '', lang: 'es' }, data);
    await nextEvent(el, 'outcome-render');
    await drawn(el);
    await expectClean([el], 'dated run chart');
    await hoverMarks(el);
    await checkExports(el, true);
    await expectClean([el], 'dated run chart after exports');
  });

  it('gap chart: hostile group names, entity, year, heading and column names', async () => {
    const G = '"><img src=x onerror=window.__pwned=1>';
    const V = "'\";}</style>";
    const N = 'javascript:window.__pwned=1';
    const rows = [{ [G]: 'ALL', [V]: 50, prior: 48, [N]: 1000, entity: HOSTILE[3], year: HOSTILE[1] }].concat(
      HOSTILE.map((s, i) => ({ [G]: s, [V]: 30 + i, prior: 31 + ((i * 3) % 7), [N]: 100 + i, entity: HOSTILE[3]!, year: HOSTILE[1]! })),
    );
    const el = make<Widget>('outcome-gap-chart', { group: G, value: V, n: N, heading: HOSTILE[6]!, exports: '', lang: 'en', reference: 'highest' }, rows);
    const model = (await nextEvent<{ groups: unknown[] }>(el, 'outcome-render')).detail;
    expect(model.groups).to.have.length(HOSTILE.length + 1);
    await drawn(el);
    await expectClean([el], 'gap chart drawn');
    const tips = await hoverMarks(el, 20);
    expect(tips).to.not.equal('');
    await checkExports(el, true);
    await expectClean([el], 'gap chart after exports');
  });

  it('theory of action: hostile title, description, link labels, descriptions, owners, evidence, measure names, units and x labels', async () => {
    const stages = ['analysis', 'plans', 'services', 'district-practice', 'school-practice', 'student-outcomes'];
    const doc = {
      title: HOSTILE[0],
      description: HOSTILE[5],
      links: stages.map((stage, i) => ({
        id: `l${i}${HOSTILE[i]}`,
        stage,
        label: HOSTILE[(i + 1) % HOSTILE.length],
        description: HOSTILE[(i + 2) % HOSTILE.length],
        owner: HOSTILE[(i + 3) % HOSTILE.length],
        evidence: HOSTILE[(i + 4) % HOSTILE.length],
        measures: [
          {
            name: HOSTILE[(i + 5) % HOSTILE.length],
            unit: HOSTILE[(i + 6) % SHORT_HOSTILE.length],
            direction: 'up',
            values: SHORT_HOSTILE.slice(0, 12).map((x, k) => ({ x: `${k}${x}`, y: k + (i % 2) })),
          },
          { name: LONG.slice(0, 2000 + i), values: Array.from({ length: 12 }, (_, k) => ({ x: `2024-${String(k + 1).padStart(2, '0')}`, y: 10 - k })) },
        ],
      })),
    };
    const el = make<OutcomeTheoryOfAction & Widget>('outcome-theory-of-action', { heading: HOSTILE[10]!, exports: '', expand: '', lang: 'en' }, doc);
    const first = await Promise.race([nextEvent<{ links: Array<{ id: string; measures: Array<{ name: string }> }> }>(el, "outcome-render"), nextEvent<{ message: string }>(el, "outcome-error").then((e) => { throw new Error(e.detail.message); })]);
    const model = first.detail;
    await el.updateComplete;
    for (const link of model.links) for (const m of link.measures) el.toggleMeasure(link.id, m.name);
    await el.updateComplete;
    const inner = [...el.shadowRoot!.querySelectorAll<Widget>('outcome-run-chart')];
    expect(inner.length, 'expanded measures show their run charts').to.be.greaterThan(0);
    for (const c of inner) await drawn(c);
    await expectClean([el], 'theory of action with every measure open');
    await checkExports(el, false);
  });

  it('error messages show a bad value containing markup as text', async () => {
    const bad = [
      make<Widget>('outcome-run-chart', { lang: 'en' }, [{ x: '2024-01', y: HOSTILE[0] }, { x: '2024-02', y: 3 }]),
      // A bad value in a group big enough to show is quoted (as text); a bad n never is (a size is what suppression protects).
      make<Widget>('outcome-gap-chart', { lang: 'en' }, [{ group: 'ALL', value: HOSTILE[1], n: 100 }]),
      make<Widget>('outcome-run-chart', { lang: 'en', direction: HOSTILE[3]! }, [{ x: 1, y: 1 }]),
      make<Widget>('outcome-gap-chart', { lang: 'en', indicator: HOSTILE[4]! }, [{ group: 'ALL', value: 1, n: 100 }]),
      make<Widget>('outcome-theory-of-action', { lang: 'en' }, { links: [{ id: HOSTILE[0], stage: HOSTILE[1], status: HOSTILE[2] }] }),
      make<Widget>('outcome-run-chart', { lang: 'en', src: echoUrl(`x,y\n2024-01,"${HOSTILE[0]!.replace(/"/g, '""')}"\n`, { type: 'text/csv' }) }),
      make<Widget>('outcome-run-chart', { lang: 'en', src: echoUrl('{"x": "<img src=x onerror=window.__pwned=1>"', { type: 'application/json' }) }),
      make<Widget>('outcome-run-chart', { lang: 'en', src: echoUrl(HOSTILE[1]!, { type: 'text/html' }) }),
    ];
    for (const el of bad) {
      const alert = await new Promise<Element | null>((resolve) => {
        const check = () => el.shadowRoot?.querySelector('[role="alert"]');
        const t = setInterval(() => {
          if (check()) {
            clearInterval(t);
            resolve(check()!);
          }
        }, 20);
        setTimeout(() => {
          clearInterval(t);
          resolve(check() ?? null);
        }, 6000);
      });
      expect(alert, `${el.localName} shows an error`).to.exist;
    }
    const texts = bad.map((el) => el.shadowRoot!.querySelector('[role="alert"]')!.textContent ?? '');
    expect(texts[0]).to.contain('<img src=x');
    expect(texts[1]).to.contain('<script>');
    await expectClean(bad, 'error messages');
  });
});

describe('CSV export injection', () => {
  /** Every cell of an element's CSV; fails on a live formula. */
  function cellsOf(el: Widget): string[] {
    const cells = csvCells(el.toCSV()).flat();
    expect(cells.filter(isLiveFormula)).to.deep.equal([]);
    return cells;
  }

  it('run chart: x labels, change labels, notes and column names that start with = + - @ tab or CR are prefixed with an apostrophe; negative numbers stay numbers', async () => {
    const rows = FORMULAS.map((f, i) => ({ ['=cmd|x']: `\t${f}`, '@y': -28.4 - i * 1000, change: f, note: `\r${f}` }));
    const el = make<Widget>('outcome-run-chart', { x: '=cmd|x', y: '@y', lang: 'en' }, rows);
    await nextEvent(el, 'outcome-render');
    const cells = cellsOf(el);
    for (const f of FORMULAS) expect(cells.some((c) => c === `'${f}` || c.includes(f)), `${f} is in the CSV, neutralised`).to.equal(true);
    expect(cells.filter((c) => c.startsWith(FORMULAS[0]!))).to.deep.equal([]);
    expect(cells, 'a negative value stays a plain number').to.include('-28.4');
    expect(cells.some((c) => /^-1,028\.4$|^-1028\.4$/.test(c)), 'a negative value with a thousands separator stays a number').to.equal(true);
  });

  it('gap chart: group names that are formulas are neutralised; negative values, signed changes and gaps stay numbers', async () => {
    const rows = [
      { group: 'ALL', value: -28.4, prior: -31.0, n: 5210 },
      ...FORMULAS.map((f, i) => ({ group: f, value: -72.5 + i, prior: -70.1, n: 1480 + i })),
    ];
    const el = make<Widget>('outcome-gap-chart', { indicator: 'ela', lang: 'en' }, rows);
    await nextEvent(el, 'outcome-render');
    const cells = cellsOf(el);
    for (const f of FORMULAS) expect(cells, `${f} is neutralised`).to.include(`'${f}`);
    expect(cells).to.include('-28.4');
    // The CSV writes numbers as values (issue 14): the change −28.4 − (−31.0) is the number 2.6, not the text "+2.6".
    expect(cells, 'a signed change is a number, not text').to.include('2.6');
    expect(cells.filter((c) => /^'[+-][\d.,]+%?$/.test(c)), 'no number was turned into text').to.deep.equal([]);
  });
});

describe('suppressed groups leak nowhere', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`gap chart (${lang}): no suppressed name or value in the DOM, tooltips, events, spec, Vega datasets or exports`, async () => {
      const names = ['PI', 'HOM'].flatMap((code) => [STUDENT_GROUPS[code]!.name.en, STUDENT_GROUPS[code]!.name.es]);
      const forbidden = [...SUPPRESSED_NAMES, ...names];
      const events: string[] = [];
      const record = (e: Event) => events.push(JSON.stringify((e as CustomEvent).detail));
      document.addEventListener('outcome-render', record);
      document.addEventListener('outcome-error', record);
      try {
        const el = make<Widget>('outcome-gap-chart', { lang, exports: '', heading: 'Groups', reference: 'all' }, SUPPRESSION_ROWS);
        const model = (await nextEvent<GapModel>(el, 'outcome-render')).detail;
        expect(model.groups.map((g) => g.code)).to.have.members(['ALL', 'EL', 'HI', 'WH', 'SWD']);
        expect(model.suppressedCount).to.equal(5);
        expect(model.groups.find((g) => g.code === 'EL')!.prior, 'a prior from a year when EL was too small').to.equal(null);
        const view = (await drawn(el)) as { getState(o: object): { data?: Record<string, unknown> }; data(name: string): unknown[] };
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await el.updateComplete;
        const tips = await hoverMarks(el, 40);
        const datasets = Object.keys(view.getState({ data: () => true, signals: () => false }).data ?? {});
        expect(datasets.length).to.be.greaterThan(0);
        const data = datasets.map((name) => datasetText(view.data(name))).join('\n');
        // An option the user made (a reference to a suppressed group) must fail without naming its value.
        const ref = make<Widget>('outcome-gap-chart', { lang, reference: 'PI' }, SUPPRESSION_ROWS);
        await new Promise<void>((resolve) => {
          ref.addEventListener('outcome-render', () => resolve(), { once: true });
          ref.addEventListener('outcome-error', () => resolve(), { once: true });
        });
        await ref.updateComplete;
        const views: Record<string, string> = {
          dom: contentText(document.body),
          tooltips: tips,
          events: events.join('\n'),
          spec: JSON.stringify(el.currentViews?.spec),
          datasets: data,
          csv: el.toCSV(),
          svg: contentText(new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml')),
        };
        expect(views.datasets, 'the datasets hold the shown groups').to.contain(STUDENT_GROUPS.EL!.name[lang]);
        expect(views.svg).to.contain(STUDENT_GROUPS.EL!.name[lang]);
        expect(views.csv).to.contain(STUDENT_GROUPS.EL!.name[lang]);
        for (const [where, text] of Object.entries(views)) {
          expect(valueLeaks(text, SUPPRESSED_VALUES), `suppressed value in ${where}`).to.deep.equal([]);
          // The error for reference="PI" may name the code the user typed, but never the group's data.
          expect(nameLeaks(text, where === 'events' || where === 'dom' ? SUPPRESSED_NAMES : forbidden), `suppressed group name in ${where}`).to.deep.equal([]);
        }
        const png = await el.toPNG();
        expect(png).to.match(/^data:image\/png;base64,/);
      } finally {
        document.removeEventListener('outcome-render', record);
        document.removeEventListener('outcome-error', record);
      }
    });
  }
});
