import { expect } from 'chai';
import '@outcome-kit/gap-chart';
import type { OutcomeGapChart } from '@outcome-kit/gap-chart';
import type { GapModel } from '@outcome-kit/core';
import '../helpers/benign.js';
import { axeViolations } from '../helpers/axe.js';
import { echoUrl, mount, nextEvent, shadowText } from '../helpers/dom.js';

afterEach(() => {
  document.body.innerHTML = '';
});

const CSV = `group,value,prior,n
ALL,-28.4,-31.0,"5,210"
EL,-72.5,-70.1,"1,480"
SWD,-98.3,-101.2,690
WH,12.4,10.1,820
PI,-20.0,-15.0,8
`;

describe('<outcome-gap-chart>', () => {
  it('shows each group with its level name, and removes a group of 8 students from every view', async () => {
    const { el } = mount<OutcomeGapChart>(`<outcome-gap-chart indicator="ela" exports src="${echoUrl(CSV, { type: 'text/csv' })}"></outcome-gap-chart>`);
    const model = (await nextEvent<GapModel>(el, 'outcome-render')).detail;
    expect(model.groups.map((g) => g.code ?? g.name.en)).to.not.include('PI');
    expect(model.suppressedCount).to.equal(1);
    const view = (await el.chartComplete())!;
    const text = shadowText(el);
    expect(text).to.contain('English Learners');
    expect(text).to.not.contain('Pacific Islander');
    expect(text).to.not.contain('-20');
    expect(el.toCSV()).to.not.contain('Pacific');
    const svg = await el.toSVG();
    expect(svg).to.not.contain('Pacific');
    const state = view.getState({ data: () => true, signals: () => false }) as { data?: Record<string, unknown> };
    const names = Object.keys(state.data ?? {});
    expect(names.length).to.be.greaterThan(0);
    for (const name of names) {
      const rows = JSON.stringify((view.data(name) as Array<Record<string, unknown>>).map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => typeof v !== 'object'))));
      expect(rows).to.not.contain('Pacific');
    }
  });

  it('passes axe with the table open, and the Show data button works from the keyboard', async () => {
    const { el } = mount<OutcomeGapChart>(`<outcome-gap-chart indicator="ela" src="${echoUrl(CSV, { type: 'text/csv' })}"></outcome-gap-chart>`);
    await nextEvent(el, 'outcome-render');
    await el.chartComplete();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[part="table"] tbody tr').length).to.equal(4);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('names the field and the row of a bad number', async () => {
    const bad = 'group,value,n\nALL,-28.4,5210\nEL,about -70,1480\n';
    const { el } = mount<OutcomeGapChart>(`<outcome-gap-chart indicator="ela" src="${echoUrl(bad, { type: 'text/csv' })}"></outcome-gap-chart>`);
    const detail = (await nextEvent<{ field: string; row: number }>(el, 'outcome-error')).detail;
    expect(detail.field).to.equal('value');
    expect(detail.row).to.equal(3);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('value');
  });

  it('rejects an unknown indicator with a message naming the option', async () => {
    const { el } = mount<OutcomeGapChart>('<outcome-gap-chart indicator="reading-vibes"></outcome-gap-chart>');
    const wait = nextEvent<{ field: string; code: string }>(el, 'outcome-error');
    el.data = [{ group: 'ALL', value: 1, n: 100 }];
    const detail = (await wait).detail;
    expect(detail.code).to.equal('bad-option');
    expect(detail.field).to.equal('indicator');
  });

  it('reads a CDE Dashboard download file and keeps one CDS code', async () => {
    const file = await (await fetch('/demo/public/data/cde-chronic-sample.txt')).text();
    const { el } = mount<OutcomeGapChart>(`<outcome-gap-chart indicator="chronic" cds="19647330000000"></outcome-gap-chart>`);
    const wait = nextEvent<GapModel>(el, 'outcome-render');
    el.src = echoUrl(file, { type: 'text/plain' });
    const model = (await wait).detail;
    expect(model.groups.length).to.be.greaterThan(3);
    expect(model.direction).to.equal('lower');
  });

  it('speaks Spanish with lang="es"', async () => {
    const { el } = mount<OutcomeGapChart>(`<outcome-gap-chart indicator="ela" lang="es" src="${echoUrl(CSV, { type: 'text/csv' })}"></outcome-gap-chart>`);
    await nextEvent(el, 'outcome-render');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Estudiantes de inglés');
  });
});
