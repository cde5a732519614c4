import { expect } from 'chai';
import { emulateMedia } from '@web/test-runner-commands';
import '@outcome-kit/run-chart';
import '@outcome-kit/gap-chart';
import type { OutcomeRunChart } from '@outcome-kit/run-chart';
import { DARK_PALETTE, DASHBOARD_COLORS, LIGHT_PALETTE, toHex } from '@outcome-kit/core';
import '../helpers/benign.js';
import { axeViolations } from '../helpers/axe.js';
import { mount, until } from '../helpers/dom.js';

const ROWS = [12, 13, 11, 14, 12, 13, 15, 16, 17, 18, 19, 20].map((y, i) => ({ month: `2024-${String(i + 1).padStart(2, '0')}`, rate: y }));
const GAP_CSV = `group,value,prior,n
ALL,-20,-25,900
HI,-40,-38,400
WH,10,4,300
EL,-60,-70,120
SWD,-90,-80,60`;

/** The colour of the first SVG element matching a selector inside the chart (attribute or style). */
function svgColour(el: HTMLElement, selector: string, attr: 'fill' | 'stroke'): string | null {
  const node = el.shadowRoot!.querySelector(`[part="chart"] svg ${selector}`);
  if (!node) return null;
  const value = node.getAttribute(attr) ?? (node as SVGElement).style.getPropertyValue(attr);
  return value ? (toHex(value) ?? value) : null;
}

const background = (el: HTMLElement) => {
  const svg = el.shadowRoot!.querySelector<SVGElement>('[part="chart"] svg');
  const rect = svg?.querySelector('rect.background');
  return toHex(rect?.getAttribute('fill') ?? svg?.style.backgroundColor ?? '') ?? '';
};

async function runChart(style = ''): Promise<OutcomeRunChart> {
  const { el } = mount<OutcomeRunChart>(`<outcome-run-chart x="month" y="rate" heading="Chronic absence" style="${style}"></outcome-run-chart>`);
  el.data = ROWS;
  await el.chartComplete();
  return el;
}

describe('chart colours: dark scheme and brand', () => {
  afterEach(async () => {
    document.body.innerHTML = '';
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('a page without a dark scheme keeps the light colours the static SVG prints', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await runChart();
    expect(background(el)).to.equal(LIGHT_PALETTE.background);
    expect(svgColour(el, '.mark-line path', 'stroke')).to.equal(LIGHT_PALETTE.line);
  });

  it('on a page with color-scheme "light dark", a visitor who prefers dark gets the dark colours, in the chart and around it', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const el = await runChart();
    expect(background(el)).to.equal(DARK_PALETTE.background);
    expect(svgColour(el, '.mark-line path', 'stroke')).to.equal(DARK_PALETTE.line);
    expect(svgColour(el, '.role-axis-label text', 'fill')).to.equal(DARK_PALETTE.muted);
    expect(svgColour(el, '.role-axis-title text', 'fill')).to.equal(DARK_PALETTE.text);
    expect(getComputedStyle(el).color).to.equal('rgb(242, 242, 242)');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('reads every chart colour from the --outcome-* custom properties at draw time', async () => {
    const el = await runChart('--outcome-line-color: #aa00cc; --outcome-background: #fffbe6; --outcome-text-color: #202040; --outcome-muted-color: #3a3a3a; --outcome-grid-color: #cccccc');
    expect(background(el)).to.equal('#fffbe6');
    expect(svgColour(el, '.mark-line path', 'stroke')).to.equal('#aa00cc');
    expect(svgColour(el, '.role-axis-title text', 'fill')).to.equal('#202040');
    expect(svgColour(el, '.role-axis-label text', 'fill')).to.equal('#3a3a3a');
    expect(svgColour(el, '.role-axis-grid line', 'stroke')).to.equal('#cccccc');
  });

  it('a brand set for dark only (light-dark() in the page’s own property) follows the scheme too', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const el = await runChart('--outcome-line-color: light-dark(#003366, #ffd166)');
    expect(svgColour(el, '.mark-line path', 'stroke')).to.equal('#ffd166');
  });

  it('draws again when the visitor switches scheme', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const el = await runChart();
    expect(background(el)).to.equal(LIGHT_PALETTE.background);
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => background(el) === DARK_PALETTE.background, 5000, 'the dark redraw');
    expect(svgColour(el, '.mark-line path', 'stroke')).to.equal(DARK_PALETTE.line);
    await emulateMedia({ colorScheme: 'light' });
    await until(() => background(el) === LIGHT_PALETTE.background, 5000, 'the light redraw');
  });

  it('keeps the Dashboard’s five colours exact in the dark scheme, outlined in the dark scheme’s text colour', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const { el } = mount<HTMLElement & { chartComplete(): Promise<unknown> }>(`<outcome-gap-chart indicator="ela" heading="ELA"><script type="text/csv">${GAP_CSV}</script></outcome-gap-chart>`);
    await until(() => (el as unknown as { currentViews?: unknown }).currentViews, 10000, 'the gap chart');
    await el.chartComplete();
    const fills = new Set([...el.shadowRoot!.querySelectorAll('[part="chart"] svg .mark-symbol path')].map((p) => (p.getAttribute('fill') ?? '').toLowerCase()));
    const dashboard = Object.values(DASHBOARD_COLORS).map((c) => c.fill);
    const drawn = [...fills].filter((f) => dashboard.includes(f));
    expect(drawn.length, [...fills].join(' ')).to.be.greaterThan(0);
    const strokes = new Set([...el.shadowRoot!.querySelectorAll('[part="chart"] svg .mark-symbol path')].filter((p) => dashboard.includes((p.getAttribute('fill') ?? '').toLowerCase())).map((p) => p.getAttribute('stroke')?.toLowerCase()));
    expect([...strokes]).to.deep.equal([DARK_PALETTE.text]);
    expect(background(el)).to.equal(DARK_PALETTE.background);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
