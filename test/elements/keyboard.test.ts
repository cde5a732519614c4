import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import '@outcome-kit/run-chart';
import '@outcome-kit/gap-chart';
import type { OutcomeRunChart } from '@outcome-kit/run-chart';
import { nextIndex, pointText } from '../../packages/elements/src/keyboard.js';
import '../helpers/benign.js';
import { axeViolations } from '../helpers/axe.js';
import { mount, until } from '../helpers/dom.js';

afterEach(() => {
  document.body.innerHTML = '';
});

// 6 points below 20 then 6 above, with a change at the 7th: by the IHI rules the last 6 are a shift.
const ROWS = [10, 11, 10, 12, 11, 10, 25, 26, 24, 27, 25, 26].map((y, i) => ({ month: `2024-${String(i + 1).padStart(2, '0')}`, rate: y, change: i === 6 ? 'Mentors' : '' }));

const chartOf = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
const readout = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="point-readout"]')?.textContent ?? '';
const activeInShadow = (el: HTMLElement) => el.shadowRoot!.activeElement;

async function runChart(lang = 'en'): Promise<OutcomeRunChart> {
  const { el } = mount<OutcomeRunChart>(`<outcome-run-chart x="month" y="rate" change="change" heading="Reading" lang="${lang}"></outcome-run-chart>`);
  el.data = ROWS;
  await el.chartComplete();
  return el;
}

describe('keyboard reach of every point', () => {
  it('the chart takes focus and the arrow keys go through its points, each read out with its values and signals', async () => {
    const el = await runChart();
    const chart = chartOf(el);
    expect(chart.getAttribute('tabindex')).to.equal('0');
    chart.focus();
    expect(activeInShadow(el)).to.equal(chart);
    await sendKeys({ press: 'ArrowRight' });
    expect(readout(el)).to.match(/^1 of 12\. Date: January 2024; Value: 10;/);
    const live = el.shadowRoot!.querySelector('[part="point-readout"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    await sendKeys({ press: 'End' });
    expect(readout(el)).to.match(/^12 of 12\. Date: December 2024; Value: 26;/);
    expect(readout(el)).to.match(/Shift/i);
    await sendKeys({ press: 'ArrowRight' });
    expect(readout(el), 'stays on the last point').to.match(/^12 of 12/);
    await sendKeys({ press: 'Home' });
    expect(readout(el)).to.match(/^1 of 12/);
    await sendKeys({ press: 'ArrowLeft' });
    expect(readout(el)).to.match(/^1 of 12/);
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowRight' });
    expect(readout(el)).to.match(/^7 of 12\. Date: July 2024; Value: 25;.*Mentors/);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('Escape leaves the points for the next control, and the page does not scroll on the arrow keys', async () => {
    const el = await runChart();
    chartOf(el).focus();
    const before = window.scrollY;
    await sendKeys({ press: 'ArrowDown' });
    expect(window.scrollY).to.equal(before);
    expect(readout(el)).to.match(/^1 of 12/);
    await sendKeys({ press: 'Escape' });
    expect(readout(el)).to.equal('Left the points.');
    expect(activeInShadow(el)?.getAttribute('part')).to.equal('table-toggle');
  });

  it('reads out in Spanish on a Spanish chart', async () => {
    const el = await runChart('es');
    chartOf(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(readout(el)).to.match(/^1 de 12\. /);
    expect(chartOf(el).getAttribute('aria-describedby')).to.match(/-hint/);
  });

  it('goes through a gap chart’s groups', async () => {
    const { el } = mount<HTMLElement & { chartComplete(): Promise<unknown> }>(
      `<outcome-gap-chart indicator="ela" heading="ELA"><script type="text/csv">group,value,prior,n\nALL,-20,-25,900\nHI,-40,-38,400\nWH,10,4,300</script></outcome-gap-chart>`,
    );
    await until(() => (el as unknown as { currentViews?: unknown }).currentViews, 10000, 'the gap chart');
    await el.chartComplete();
    chartOf(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    const first = readout(el);
    expect(first).to.match(/^1 of 3\. .*Student group: /);
    await sendKeys({ press: 'ArrowDown' });
    expect(readout(el)).to.match(/^2 of 3\. .*Student group: /);
    expect(readout(el)).not.to.equal(first);
    await sendKeys({ press: 'End' });
    expect(readout(el)).to.match(/^3 of 3\. /);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('nextIndex and pointText', () => {
  const table = {
    caption: 'c',
    columns: [
      { key: 'x', label: 'Month' },
      { key: 'phase', label: 'Phase' },
      { key: 'note', label: 'Note' },
    ],
    rows: [
      { x: 'Jan', phase: 'A', note: '' },
      { x: 'Feb', phase: 'A', note: 'n' },
      { x: 'Mar', phase: 'B', note: '' },
      { x: 'Apr', phase: 'B', note: '' },
      { x: 'May', phase: 'C', note: '' },
    ],
  };
  it('Up and Down jump between phases; the other keys move one point or to the ends', () => {
    expect(nextIndex('ArrowDown', 0, table, 'phase')).to.equal(2);
    expect(nextIndex('ArrowDown', 2, table, 'phase')).to.equal(4);
    expect(nextIndex('ArrowUp', 3, table, 'phase')).to.equal(2);
    expect(nextIndex('ArrowUp', 2, table, 'phase')).to.equal(0);
    expect(nextIndex('ArrowRight', -1, table, 'phase')).to.equal(0);
    expect(nextIndex('ArrowLeft', -1, table, 'phase')).to.equal(4);
    expect(nextIndex('End', 1, table, undefined)).to.equal(4);
    expect(nextIndex('a', 1, table, undefined)).to.equal(null);
  });
  it('reads a row as label: value pairs, leaving out empty cells', () => {
    expect(pointText(table, 1)).to.equal('Month: Feb; Phase: A; Note: n');
    expect(pointText(table, 0)).to.equal('Month: Jan; Phase: A');
  });
});
