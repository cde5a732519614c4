// Issue 18 in the browser: nothing leaks, nothing hangs. A data promise that never settles and a
// bad `timeout` end in one message; 100 000 rows do not become millions of DOM nodes (the table
// pages, the chart is not drawn above its limit); the tooltip is text only; a bidi override in a
// group name stays inside it; the chart keeps one accessible name after Vega draws; the privacy
// paths (complementary suppression, a small row's bad value, a suppressed reference) leak nothing
// into the DOM, attributes, events or exports.
import { expect } from 'chai';
import '@outcome-kit/run-chart';
import '@outcome-kit/gap-chart';
import type { OutcomeElement } from '@outcome-kit/elements';
import { nextEvent, until } from '../helpers/dom.js';
import { contentText, hover, nameLeaks, valueLeaks } from '../helpers/hostile.js';

type Widget = OutcomeElement & { toCSV(): string; toSVG(): Promise<string>; chartComplete(): Promise<unknown> };

function make(tag: string, attrs: Record<string, string>, data?: unknown): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (data !== undefined) (el as unknown as { data: unknown }).data = data;
  document.body.append(el);
  return el;
}

const alertOf = (el: Element) => until(() => el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim(), 15000, 'an error message');

afterEach(() => {
  document.body.replaceChildren();
  document.querySelectorAll('#vg-tooltip-element').forEach((t) => t.remove());
});

describe('nothing hangs', () => {
  it('a data promise that never settles ends in a timeout message (the same timeout as src)', async () => {
    const el = make('outcome-run-chart', { x: 'x', y: 'y', timeout: '300' }, new Promise(() => {}));
    const detail = (await nextEvent<{ code: string; message: string }>(el, 'outcome-error')).detail;
    expect(detail.code).to.equal('timeout');
    expect(await alertOf(el)).to.contain('The data did not arrive within 0.3 seconds.');
  });

  it('a timeout that is not a positive finite number is an option error', async () => {
    for (const timeout of ['0', '-5', 'abc', 'Infinity']) {
      const el = make('outcome-run-chart', { x: 'x', y: 'y', timeout, src: '/data/chronic-absence-monthly.csv' });
      const detail = (await nextEvent<{ code: string; field?: string }>(el, 'outcome-error')).detail;
      expect([detail.code, detail.field], timeout).to.deep.equal(['bad-option', 'timeout']);
      el.remove();
    }
  });

  it('100 000 rows: the table shows one page of 500 rows, the chart is not drawn, the summary says so', async function () {
    this.timeout(120_000);
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ x: i + 1, y: 10 + (i % 7) }));
    const el = make('outcome-run-chart', { x: 'x', y: 'y' }, rows);
    await nextEvent(el, 'outcome-render');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('tbody tr').length).to.equal(500);
    expect(root.querySelectorAll('*').length).to.be.below(10_000);
    expect(root.querySelector('[part="table-pager"]')!.textContent).to.contain('Showing 1–500 of 100,000 rows.');
    expect(root.querySelector('[part="summary"]')!.textContent).to.contain('The chart is not drawn for 100,000 rows (the limit is 5,000)');
    expect(root.querySelector('[part="chart"]')).to.equal(null);
    // Open the table: the page buttons appear and move through the rows.
    root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('[part="table-pager"]')!.textContent).to.contain('Showing 501–1,000 of 100,000 rows.');
    expect(root.querySelector('tbody tr td')!.textContent).to.equal('501');
    expect(el.toCSV().split('\r\n').length).to.equal(100_002); // header, every row, the last line end
  });
});

describe('exports of big charts', () => {
  it('a 1 000-group gap chart exports a real PNG (drawn smaller to fit the canvas), not "data:,"', async function () {
    this.timeout(120_000);
    const rows = [{ group: 'ALL', value: 50, n: 100_000 }, ...Array.from({ length: 999 }, (_, i) => ({ group: `School ${i}`, value: 30 + (i % 40), n: 40 + i }))];
    const el = make('outcome-gap-chart', { exports: '' }, rows) as Widget & { toPNG(): Promise<string> };
    await nextEvent(el, 'outcome-render');
    const png = await el.toPNG();
    expect(png).to.match(/^data:image\/png;base64,/);
    const img = new Image();
    img.src = png;
    await img.decode();
    expect(img.naturalHeight).to.be.within(20_000, 32_767);
  });
});

describe('strict pages and hostile text', () => {
  it('the tooltip is built from text nodes, and the chart keeps one accessible name after Vega draws', async () => {
    const rows = [1, 2, 3, 4, 5, 6].map((i) => ({ x: `<b>m${i}</b>\u202Eevil`, y: i }));
    const el = make('outcome-run-chart', { x: 'x', y: 'y', heading: 'Rates' }, rows);
    await el.toSVG();
    await el.chartComplete();
    const chart = el.shadowRoot!.querySelector('[part="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.match(/^Chart: Rates\./);
    expect(chart.hasAttribute('aria-roledescription')).to.equal(false);
    let tip: HTMLElement | null = null;
    for (const mark of chart.querySelectorAll('.role-mark path, .role-mark text')) {
      if (mark.getBoundingClientRect().width === 0) continue;
      tip = await hover(mark);
      if (tip?.textContent?.includes('<b>m')) break;
    }
    expect(tip?.textContent).to.contain('<b>m');
    expect(tip!.querySelectorAll('b, script, img').length).to.equal(0);
    for (const td of tip!.querySelectorAll('td')) expect(td.getAttribute('dir')).to.equal('auto');
  });

  it('a right-to-left override in a group name stays inside it: isolated in the summary, dir=auto in the table', async () => {
    const evil = '\u202Eloohcs thgin';
    const el = make('outcome-gap-chart', {}, [{ group: 'ALL', value: 50, n: 100 }, { group: evil, value: 30, n: 40 }]);
    await nextEvent(el, 'outcome-render');
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.contain(`\u2068${evil}\u202C\u2069`);
    for (const td of el.shadowRoot!.querySelectorAll('td')) expect(td.getAttribute('dir')).to.equal('auto');
  });
});

describe('privacy in the element: DOM, attributes, events, exports', () => {
  /** Everything the element exposes: its DOM (text and attributes), its events' details, its CSV and SVG. */
  async function everything(el: Widget, details: unknown[]): Promise<string> {
    await el.updateComplete;
    const svg = el.currentViews?.spec ? await el.toSVG() : '';
    // The shadow root only: the host's own attributes are what the page set (reference="…"), not output.
    return [contentText(el.shadowRoot!), JSON.stringify(details), el.toCSV(), svg].join('\n');
  }

  it('complementary suppression: neither the small group nor the one that would give it back appears anywhere', async () => {
    const rows = [
      { group: 'ALL', value: 49.708, n: 100 },
      { group: 'HI', value: 40, n: 60 },
      { group: 'WH', value: 62.5, n: 32 },
      { group: 'AA', value: 71.35, n: 8 },
    ];
    const details: unknown[] = [];
    const el = make('outcome-gap-chart', { exports: '' }, rows);
    el.addEventListener('outcome-render', (e) => details.push((e as CustomEvent).detail));
    await until(() => details.length, 10000, 'outcome-render');
    const all = await everything(el, details);
    expect(nameLeaks(all, ['African American', 'Afroamericanos', 'White', 'Blancos'])).to.deep.equal([]);
    expect(valueLeaks(all, [71.35, 62.5])).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('1 more group is not shown');
  });

  it('errors quote nothing suppressed: a small row’s bad value, two small rows of one name, a suppressed reference', async () => {
    const cases: Array<[Record<string, string>, unknown[]]> = [
      [{}, [{ group: 'ALL', value: 50, n: 100 }, { group: 'Kestrel Cohort', value: '77.77x', n: 5 }]],
      [{}, [{ group: 'ALL', value: 50, n: 100 }, { group: 'Kestrel Cohort', value: 77.77, n: 5 }, { group: 'Kestrel Cohort', value: 70.07, n: 4 }]],
      [{ reference: 'Kestrel Cohort' }, [{ group: 'ALL', value: 50, n: 100 }, { group: 'Kestrel Cohort', value: 77.77, n: 5 }]],
    ];
    for (const [attrs, rows] of cases) {
      const el = make('outcome-gap-chart', attrs, rows);
      const detail = (await nextEvent(el, 'outcome-error')).detail;
      const all = await everything(el, [detail]);
      expect(nameLeaks(all, ['Kestrel']), JSON.stringify(attrs)).to.deep.equal([]);
      expect(valueLeaks(all, [77.77, 70.07])).to.deep.equal([]);
      el.remove();
    }
  });
});
