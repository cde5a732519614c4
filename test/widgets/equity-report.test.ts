import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import '@outcome-kit/equity-report';
import '@outcome-kit/gap-chart';
import type { OutcomeEquityReport, EquityReportSelectDetail } from '@outcome-kit/equity-report';
import type { EquityReportModel, GapModel } from '@outcome-kit/core';
import type { OutcomeErrorDetail } from '@outcome-kit/elements';
import { axeViolations } from '../helpers/axe.js';
import { echoUrl, mount, nextEvent, shadowText, until } from '../helpers/dom.js';
import { ejemploDocument } from '../core/equity-report/fixture.js';

afterEach(() => {
  document.body.innerHTML = '';
});

async function report(attrs = '', doc: unknown = ejemploDocument()): Promise<OutcomeEquityReport> {
  const { el } = mount<OutcomeEquityReport>(`<outcome-equity-report ${attrs}></outcome-equity-report>`);
  const rendered = nextEvent<EquityReportModel>(el, 'outcome-render');
  el.data = doc;
  await rendered;
  await el.updateComplete;
  return el;
}

const $ = <E extends Element>(el: OutcomeEquityReport, sel: string) => el.shadowRoot!.querySelector<E>(sel)!;
const rowGroups = (el: OutcomeEquityReport) => [...el.shadowRoot!.querySelectorAll('table.report tbody tr')].map((tr) => tr.getAttribute('data-group'));

describe('<outcome-equity-report>', () => {
  it('is a real table: column and row headers, each cell its colour, levels and numbers, never a group of 8', async () => {
    const el = await report();
    expect(el.shadowRoot!.querySelectorAll('table.report thead th[scope="col"]')).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('table.report tbody th[scope="row"]')).to.have.length(3);
    const cell = $<HTMLButtonElement>(el, 'button.cell[data-group="SWD"][data-indicator="chronic"]');
    expect(cell.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Red · Very High · Increased 35.6% (+1.2)');
    expect(cell.querySelector('svg.swatch')?.getAttribute('aria-hidden')).to.equal('true');
    const text = shadowText(el);
    expect(text).to.contain('Eligible for differentiated assistance');
    expect(text).to.contain('Students with Disabilities: ELA Red (priority 4) and chronic absenteeism Red (priority 5)');
    expect(text).to.not.contain('Pacific Islander');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows the equity counts per indicator', async () => {
    const el = await report();
    const rows = [...el.shadowRoot!.querySelectorAll('table.counts tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim().replace(/\s+/g, ' ')));
    expect(rows).to.deep.equal([
      ['Chronic Absenteeism', 'Yellow · Very High · Declined Significantly', '2', '1', '1'],
      ['English Language Arts', 'Orange · Low · Maintained', '2', '2', '0'],
    ]);
  });

  it('sorts by a column from the keyboard, and aria-sort says how', async () => {
    const el = await report();
    const sortButton = () => $<HTMLButtonElement>(el, 'button.sort[data-sort="chronic"]');
    sortButton().focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sortButton().closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(rowGroups(el)).to.deep.equal(['SWD', 'EL', 'ALL']);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(sortButton().closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(rowGroups(el)).to.deep.equal(['ALL', 'EL', 'SWD']);
    expect($(el, 'button.sort[data-sort="name"]').closest('th')!.getAttribute('aria-sort')).to.equal('none');
  });

  it('switches the year with the selector', async () => {
    const el = await report();
    const select = $<HTMLSelectElement>(el, '.controls select');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['2024', '2023']);
    const rendered = nextEvent<EquityReportModel>(el, 'outcome-render');
    select.value = '2023';
    select.dispatchEvent(new Event('change'));
    const model = (await rendered).detail;
    expect(model.year).to.equal('2023');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Not eligible for differentiated assistance');
    expect($(el, 'button.cell[data-group="ALL"][data-indicator="chronic"]').textContent).to.contain('No color');
  });

  it('activating a cell fires outcome-select and opens that indicator’s gap chart; closing returns focus to the cell', async () => {
    const el = await report();
    const cell = $<HTMLButtonElement>(el, 'button.cell[data-group="SWD"][data-indicator="ela"]');
    const selected = nextEvent<EquityReportSelectDetail>(el, 'outcome-select');
    cell.focus();
    await sendKeys({ press: 'Enter' });
    const detail = (await selected).detail;
    expect([detail.group, detail.indicator, detail.year, detail.cell.color]).to.deep.equal(['SWD', 'ela', '2024', 'red']);
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    const chart = dialog.querySelector('outcome-gap-chart') as HTMLElement & { currentModel?: GapModel; updateComplete: Promise<unknown> };
    const model = await until(() => chart.currentModel, 10000, 'the gap chart');
    expect(model.indicator).to.equal('ela');
    expect(model.groups.map((g) => [g.code, g.color])).to.have.deep.members([
      ['ALL', 'orange'],
      ['EL', 'red'],
      ['SWD', 'red'],
    ]);
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open && el.shadowRoot!.activeElement?.matches('button.cell[data-group="SWD"][data-indicator="ela"]'), 3000, 'focus back on the cell');
  });

  it('a page that cancels outcome-select keeps the gap chart closed', async () => {
    const el = await report();
    el.addEventListener('outcome-select', (e) => e.preventDefault());
    el.selectCell('EL', 'chronic');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
  });

  it('speaks Spanish', async () => {
    const el = await report('lang="es"');
    const text = shadowText(el);
    expect(text).to.contain('Informe de equidad: Ejemplo Unified');
    expect(text).to.contain('Elegible para asistencia diferenciada');
    expect($(el, 'button.cell[data-group="SWD"][data-indicator="chronic"]').textContent).to.contain('Rojo');
    expect($(el, 'label').textContent).to.contain('Año del Dashboard');
  });

  it('loads a document from src', async () => {
    const { el } = mount<OutcomeEquityReport>(`<outcome-equity-report src="${echoUrl(JSON.stringify(ejemploDocument()))}"></outcome-equity-report>`);
    const model = (await nextEvent<EquityReportModel>(el, 'outcome-render')).detail;
    expect(model.entity.name).to.equal('Ejemplo Unified');
  });

  it('a bad document shows one message naming the field (role="alert") and fires outcome-error', async () => {
    const doc = ejemploDocument();
    (doc.records[3] as unknown as Record<string, unknown>).color = 'purple';
    const { el } = mount<OutcomeEquityReport>('<outcome-equity-report></outcome-equity-report>');
    const failed = nextEvent<OutcomeErrorDetail>(el, 'outcome-error');
    el.data = doc;
    const detail = (await failed).detail;
    expect(detail.field).to.equal('records[3].color');
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.contain('records[3].color');
  });

  it('a year the document lacks is an error naming the option', async () => {
    const { el } = mount<OutcomeEquityReport>('<outcome-equity-report year="2019"></outcome-equity-report>');
    const failed = nextEvent<OutcomeErrorDetail>(el, 'outcome-error');
    el.data = ejemploDocument();
    expect((await failed).detail.field).to.equal('year');
  });
});
