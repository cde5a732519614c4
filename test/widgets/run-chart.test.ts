import { expect } from 'chai';
import '@outcome-kit/run-chart';
import type { OutcomeRunChart } from '@outcome-kit/run-chart';
import type { RunChartModel } from '@outcome-kit/core';
import '../helpers/benign.js';
import { axeViolations } from '../helpers/axe.js';
import { echoUrl, mount, nextEvent, shadowText } from '../helpers/dom.js';

afterEach(() => {
  document.body.innerHTML = '';
});

// 12 baseline months around 24%, then 8 falling months: by the IHI rules a shift (8 below the
// baseline median of 23.95) and a trend (9 decreasing from 24.4) — worked out by hand.
const CSV = `month,rate,change
2023-08,24.1,
2023-09,22.8,
2023-10,23.5,
2023-11,25.2,
2023-12,24.0,
2024-01,22.6,
2024-02,23.9,
2024-03,24.7,
2024-04,23.1,
2024-05,25.0,
2024-08,23.4,
2024-09,24.4,
2024-10,22.9,Attendance letters
2024-11,21.7,
2024-12,21.0,
2025-01,20.2,
2025-02,19.6,
2025-03,18.8,
2025-04,18.1,
2025-05,17.5,`;

const attrs = 'x="month" y="rate" y-format="percent" baseline="12" direction="down"';

describe('<outcome-run-chart>', () => {
  it('reads a CSV from src, finds the shift and the trend, and says so in words', async () => {
    const { el } = mount<OutcomeRunChart>(`<outcome-run-chart ${attrs} src="${echoUrl(CSV, { type: 'text/csv' })}"></outcome-run-chart>`);
    const event = await nextEvent<RunChartModel>(el, 'outcome-render');
    const model = event.detail;
    expect(model.points).to.have.length(20);
    const rules = new Set(model.signals.map((s) => s.rule));
    expect(rules.has('shift')).to.equal(true);
    expect(rules.has('trend')).to.equal(true);
    expect(model.signals.filter((s) => s.rule === 'shift' || s.rule === 'trend').every((s) => s.improvement === true)).to.equal(true);
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.match(/median/i);
    expect(summary).to.match(/shift/i);
    expect(summary).to.match(/23\.95%/);
    expect(summary).to.contain('Attendance letters');
  });

  it('has a table row for every point, and the chart and table pass axe', async () => {
    const { el } = mount<OutcomeRunChart>(`<outcome-run-chart ${attrs} heading="Chronic absence"></outcome-run-chart>`);
    el.data = CSV.split('\n')
      .slice(1)
      .map((line) => {
        const [month, rate, change] = line.split(',');
        return { month, rate, change };
      });
    await el.chartComplete();
    const rows = el.shadowRoot!.querySelectorAll('[part="table"] tbody tr');
    expect(rows.length).to.equal(20);
    const svg = el.shadowRoot!.querySelector('[part="chart"] svg');
    expect(svg).to.exist;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('switches to Anhøj rules when the attribute changes, without reloading', async () => {
    const { el } = mount<OutcomeRunChart>(`<outcome-run-chart ${attrs} src="${echoUrl(CSV, { type: 'text/csv' })}"></outcome-run-chart>`);
    await nextEvent(el, 'outcome-render');
    const next = nextEvent<RunChartModel>(el, 'outcome-render');
    el.setAttribute('rules', 'anhoej');
    const model = (await next).detail;
    expect(model.options.rules).to.equal('anhoej');
    expect(model.signals.some((s) => s.rule === 'shift' || s.rule === 'trend')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.match(/Anhøj/);
  });

  it('names the field and the row of a bad value (header = row 1)', async () => {
    const bad = 'month,rate\n2024-08,23.4\n2024-09,24.4\n2024-10,closed\n';
    const { el } = mount<OutcomeRunChart>(`<outcome-run-chart x="month" y="rate" src="${echoUrl(bad, { type: 'text/csv' })}"></outcome-run-chart>`);
    const event = await nextEvent<{ field: string; row: number; message: string }>(el, 'outcome-error');
    expect(event.detail.field).to.equal('rate');
    expect(event.detail.row).to.equal(4);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('rate');
    expect(alert.textContent).to.contain('4');
  });

  it('rejects a bad option with a message naming it', async () => {
    const { el } = mount<OutcomeRunChart>(`<outcome-run-chart ${attrs} rules="shewhart"></outcome-run-chart>`);
    const wait = nextEvent<{ field: string; code: string }>(el, 'outcome-error');
    el.data = [{ month: '2024-01', rate: 3 }];
    const detail = (await wait).detail;
    expect(detail.code).to.equal('bad-option');
    expect(detail.field).to.equal('rules');
  });

  it('speaks Spanish with lang="es"', async () => {
    const { el } = mount<OutcomeRunChart>(`<outcome-run-chart ${attrs} lang="es" src="${echoUrl(CSV, { type: 'text/csv' })}"></outcome-run-chart>`);
    await nextEvent(el, 'outcome-render');
    await el.updateComplete;
    const text = shadowText(el);
    expect(text).to.match(/mediana/);
    expect(text).to.match(/Mostrar datos/);
  });

  it('marks signal points with a shape, not colour alone, and labels the chart for screen readers', async () => {
    const { el } = mount<OutcomeRunChart>(`<outcome-run-chart ${attrs} src="${echoUrl(CSV, { type: 'text/csv' })}"></outcome-run-chart>`);
    await nextEvent(el, 'outcome-render');
    expect(await el.chartComplete()).to.not.equal(null);
    const svg = el.shadowRoot!.querySelector('[part="chart"] svg')!;
    expect(svg.getAttribute('aria-label') ?? svg.closest('[aria-label]')?.getAttribute('aria-label') ?? '').to.not.equal('');
    const spec = JSON.stringify(el.currentViews!.spec);
    expect(spec).to.match(/"shape"/);
  });
});
