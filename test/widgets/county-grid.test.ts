import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import '@outcome-kit/county-grid';
import type { OutcomeCountyGrid, CountyGridSelectDetail } from '@outcome-kit/county-grid';
import type { CountyGridModel } from '@outcome-kit/core';
import type { OutcomeErrorDetail } from '@outcome-kit/elements';
import { axeViolations } from '../helpers/axe.js';
import { mount, nextEvent, shadowText } from '../helpers/dom.js';
import { countyFixture } from '../core/equity-report/fixture.js';

afterEach(() => {
  document.body.innerHTML = '';
});

async function grid(attrs = 'report-href="districts.html?cds={cds}"', doc: unknown = countyFixture()): Promise<OutcomeCountyGrid> {
  const { el } = mount<OutcomeCountyGrid>(`<outcome-county-grid ${attrs}></outcome-county-grid>`);
  const rendered = nextEvent<CountyGridModel>(el, 'outcome-render');
  el.data = doc;
  await rendered;
  await el.updateComplete;
  return el;
}

const $ = <E extends Element>(el: OutcomeCountyGrid, sel: string) => el.shadowRoot!.querySelector<E>(sel)!;
const rowNames = (el: OutcomeCountyGrid) => [...el.shadowRoot!.querySelectorAll('table.grid tbody th[scope="row"] :is(a, button)')].map((a) => a.textContent!.trim());

describe('<outcome-county-grid>', () => {
  it('lists every LEA with its colours and DA status; each name links to its equity report', async () => {
    const el = await grid();
    expect(rowNames(el)).to.deep.equal(['Alamo Unified', 'Bonita Elementary', 'Cerro Charter']);
    expect($<HTMLAnchorElement>(el, 'tbody a').getAttribute('href')).to.equal('districts.html?cds=60111110000000');
    const text = shadowText(el);
    expect(text).to.contain('Showing 3 of 3 districts.');
    expect(text).to.contain('Eligible');
    expect(text).to.contain('Not eligible');
    expect(el.shadowRoot!.querySelectorAll('thead th[aria-sort="none"]')).to.have.length(4);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('filters by name and to DA-eligible LEAs without re-analysing', async () => {
    const el = await grid();
    let renders = 0;
    el.addEventListener('outcome-render', () => renders++);
    const search = $<HTMLInputElement>(el, 'input[type="search"]');
    search.focus();
    await sendKeys({ type: 'bon' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Bonita Elementary']);
    expect($(el, '[role="status"]').textContent).to.contain('Showing 1 of 3 districts.');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const check = $<HTMLInputElement>(el, 'input[type="checkbox"]');
    check.click();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Alamo Unified']);
    expect(renders).to.equal(0);
  });

  it('sorts by a column from the keyboard', async () => {
    const el = await grid();
    const button = () => $<HTMLButtonElement>(el, 'button.sort[data-sort="chronic"]');
    button().focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button().closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(rowNames(el)).to.deep.equal(['Cerro Charter', 'Alamo Unified', 'Bonita Elementary']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Bonita Elementary', 'Alamo Unified', 'Cerro Charter']);
  });

  it('switches the year and the student group', async () => {
    const el = await grid();
    const yearSelect = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.controls select')[1];
    let rendered = nextEvent<CountyGridModel>(el, 'outcome-render');
    yearSelect!.value = '2023';
    yearSelect!.dispatchEvent(new Event('change'));
    expect((await rendered).detail.year).to.equal('2023');
    rendered = nextEvent<CountyGridModel>(el, 'outcome-render');
    el.year = '2024';
    await rendered;
    await el.updateComplete;
    rendered = nextEvent<CountyGridModel>(el, 'outcome-render');
    // 2023 has All Students only (no group selector); back in 2024 the selector offers SWD again.
    const sel = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.controls select')[0]!;
    expect([...sel.options].map((o) => o.value)).to.deep.equal(['ALL', 'SWD']);
    sel.value = 'SWD';
    sel.dispatchEvent(new Event('change'));
    const model = (await rendered).detail;
    expect(model.group).to.equal('SWD');
    expect(model.suppressedCount).to.equal(1);
  });

  it('activating a name fires outcome-select; a page that cancels it stops the link', async () => {
    const el = await grid();
    const selected = nextEvent<CountyGridSelectDetail>(el, 'outcome-select');
    el.addEventListener('outcome-select', (e) => e.preventDefault());
    const link = $<HTMLAnchorElement>(el, 'tbody tr:nth-child(2) a');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    const detail = (await selected).detail;
    expect([detail.cds, detail.name, detail.url, detail.href]).to.deep.equal(['60222220000000', 'Bonita Elementary', 'districts.html?cds=60222220000000', 'districts/60222220000000.json']);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('without report-href each name is a button', async () => {
    const el = await grid('');
    expect(el.shadowRoot!.querySelectorAll('tbody a')).to.have.length(0);
    const selected = nextEvent<CountyGridSelectDetail>(el, 'outcome-select');
    $<HTMLButtonElement>(el, 'tbody button.open').click();
    expect((await selected).detail.url).to.equal(null);
  });

  it('speaks Spanish', async () => {
    const el = await grid('lang="es"');
    const text = shadowText(el);
    expect(text).to.contain('Valle Verde County: distritos en el Dashboard');
    expect(text).to.contain('Se muestran 3 de 3 distritos.');
    expect(text).to.contain('No elegible');
    expect(text).to.contain('Amarillo');
  });

  it('a bad document shows one message naming the field (role="alert") and fires outcome-error', async () => {
    const doc = countyFixture();
    (doc.children[1]!.records[0] as unknown as Record<string, unknown>).n = 'many';
    const { el } = mount<OutcomeCountyGrid>('<outcome-county-grid></outcome-county-grid>');
    const failed = nextEvent<OutcomeErrorDetail>(el, 'outcome-error');
    el.data = doc;
    expect((await failed).detail.field).to.equal('children[1].records[0].n');
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.contain('children[1].records[0].n');
  });
});
