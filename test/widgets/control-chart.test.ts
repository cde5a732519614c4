import { expect } from 'chai';
import '@outcome-kit/control-chart';
import type { OutcomeControlChart } from '@outcome-kit/control-chart';
import type { ControlChartModel, ControlFacetModel } from '@outcome-kit/core';
import '../helpers/benign.js';
import { axeViolations } from '../helpers/axe.js';
import { echoUrl, mount, nextEvent, shadowText, until } from '../helpers/dom.js';

afterEach(() => {
  document.body.innerHTML = '';
});

// Twelve months out of 400 students, the eleventh far above the rest (90 of 400): by hand,
// cl = 537/4800 = 0.111875, σ = √(cl(1 − cl)/400) = 0.0157606, ucl = 0.1591569, so 0.225 is above it.
const rows = [40, 44, 38, 41, 39, 43, 40, 42, 39, 41, 90, 40].map((absent, i) => `2024-${String(i + 1).padStart(2, '0')},${absent},400`);
const CSV = ['month,absent,enrolled', ...rows].join('\n');
const attrs = 'chart="p" x="month" y="absent" n="enrolled" direction="down"';

describe('<outcome-control-chart>', () => {
  it('reads a CSV, draws a p chart and names the point above the limit in words and in the table', async () => {
    const { el } = mount<OutcomeControlChart>(`<outcome-control-chart ${attrs} src="${echoUrl(CSV, { type: 'text/csv' })}"></outcome-control-chart>`);
    const model = (await nextEvent<ControlChartModel>(el, 'outcome-render')).detail;
    expect(model.points[10]!.outside).to.equal('above');
    expect(Math.abs(model.points[10]!.ucl! - 0.1591569)).to.be.below(1e-6);
    await el.chartComplete();
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.contain('1 point above the upper limit (November 2024)');
    const cells = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr:nth-child(11) td')].map((td) => td.textContent);
    expect(cells).to.include('Outside the limits, Too few crossings');
    expect(el.shadowRoot!.querySelector('[part="chart"] svg')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('says what is wrong when a p chart has no n, with an outcome-error event', async () => {
    const { el } = mount<OutcomeControlChart>(`<outcome-control-chart chart="p" x="month" y="absent" src="${echoUrl(CSV, { type: 'text/csv' })}"></outcome-control-chart>`);
    const event = await nextEvent<{ code: string }>(el, 'outcome-error');
    expect(event.detail.code).to.equal('needs-n');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('needs denominators');
  });

  it('speaks Spanish', async () => {
    const { el } = mount<OutcomeControlChart>(`<outcome-control-chart lang="es" ${attrs} src="${echoUrl(CSV, { type: 'text/csv' })}"></outcome-control-chart>`);
    await nextEvent(el, 'outcome-render');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('Variación por causa especial');
  });

  it('small multiples: one small chart per school, special cause first, a summary table above and a note where too few points', async () => {
    const school = (name: string, counts: number[]) => counts.map((c, i) => `2024-${String(i + 1).padStart(2, '0')},${c},400,${name}`);
    const csv = ['month,absent,enrolled,school', ...school('Oak', [40, 41, 39, 40, 42, 41, 40, 39, 41, 40, 41, 40]), ...school('Elm', [40, 44, 38, 41, 39, 43, 40, 42, 39, 41, 90, 40]), ...school('Ash', [20, 21, 22])].join('\n');
    const { el } = mount<OutcomeControlChart>(`<outcome-control-chart ${attrs} facet="school" src="${echoUrl(csv, { type: 'text/csv' })}"></outcome-control-chart>`);
    const model = (await nextEvent<ControlFacetModel>(el, 'outcome-render')).detail;
    expect(model.facets.map((f) => f.key)).to.deep.equal(['Elm', 'Oak', 'Ash']);
    await el.chartComplete();
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="summary"]')!.textContent).to.match(/^1 of 3 schools shows special-cause variation: Elm/);
    const summaryRows = [...root.querySelectorAll('[part="facet-summary"] tbody tr')].map((tr) => tr.querySelector('td')!.textContent);
    expect(summaryRows).to.deep.equal(['Elm', 'Oak', 'Ash']);
    const cards = [...root.querySelectorAll('[part="facet"]')];
    expect(cards).to.have.length(3);
    expect(cards[2]!.textContent).to.contain('Too few points to judge: 3 of the 12 needed.');
    await until(() => root.querySelectorAll('.facet-chart svg').length === 2, 15000, 'two small charts');
    expect(root.querySelectorAll('.facet-chart svg')).to.have.length(2);
    expect(shadowText(el)).to.contain('Special cause');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
