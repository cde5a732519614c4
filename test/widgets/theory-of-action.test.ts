import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import '@outcome-kit/theory-of-action';
import '@outcome-kit/run-chart/define';
import type { OutcomeTheoryOfAction, TheoryOfActionSelectDetail } from '@outcome-kit/theory-of-action';
import type { TheoryOfActionModel } from '@outcome-kit/core';
import '../helpers/benign.js';
import { axeViolations } from '../helpers/axe.js';
import { echoUrl, mount, nextEvent, shadowText, until } from '../helpers/dom.js';
import { badData, derivedData, manyLinksData, unmeasuredBreakData, valleVerdeData } from '../../stories/theory-of-action.stories.js';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Mounts the element, sets its data and waits for the chain to be drawn. */
async function rendered(data: unknown, attrs = ''): Promise<{ el: OutcomeTheoryOfAction; model: TheoryOfActionModel }> {
  const { el } = mount<OutcomeTheoryOfAction>(`<outcome-theory-of-action ${attrs}></outcome-theory-of-action>`);
  const event = nextEvent<TheoryOfActionModel>(el, 'outcome-render');
  el.data = data;
  const model = (await event).detail;
  await el.updateComplete;
  return { el, model };
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('<outcome-theory-of-action>', () => {
  it('draws the chain from the data property: an ordered list of stages, each link a card with its status in words', async () => {
    const { el, model } = await rendered(valleVerdeData());
    expect(model.links).to.have.length(7);
    const chain = $(el, 'ol[part="chain"]')!;
    expect(chain.getAttribute('aria-label')).to.equal('The theory of action, stage by stage');
    expect($$(el, 'ol[part="chain"] > li.stage').map((li) => li.querySelector('[role="heading"]')!.textContent)).to.deep.equal([
      '1. Analysis of performance',
      '2. Improvement plans',
      '3. Services',
      '4. District practice',
      '5. School and classroom practice',
      '6. Student outcomes',
    ]);
    expect($$(el, '.link').map((li) => [li.dataset.link, li.querySelector('.link-status')!.textContent!.replace(/\s+/g, ' ').trim()])).to.deep.equal([
      ['root-cause', 'Achieved'],
      ['lcap-goal', 'Achieved'],
      ['coaching', 'On track (from its measures)'],
      ['outreach', 'On track (from its measures)'],
      ['referrals', 'Off track (from its measures)'],
      ['tier1', 'In progress (from its measures)'],
      ['chronic', 'In progress (from its measures)'],
    ]);
    const broken = $(el, '.link[data-break]')!;
    expect(broken.dataset.link).to.equal('referrals');
    expect(broken.textContent).to.contain('The chain breaks here');
    expect($(el, '[part="summary"]')!.textContent).to.contain('Services are on track, but district practice is off track: the chain breaks here');
    expect($(el, 'h2')!.textContent).to.equal('Valle Verde COE theory of action: chronic absenteeism in Mesa Alta Unified');
    expect($$(el, '.stage-name').every((h) => h.getAttribute('aria-level') === '3')).to.equal(true);
    expect($$(el, '.link-label').every((h) => h.getAttribute('aria-level') === '4')).to.equal(true);
    expect($$(el, '.arrow').every((a) => a.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect($$(el, 'svg.icon').every((s) => s.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('shows each measure with its latest value and run-chart verdict in words', async () => {
    const { el } = await rendered(valleVerdeData());
    const referrals = $(el, '.link[data-link="referrals"] .measure-toggle')!;
    expect(referrals.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Referrals answered within 5 school days Latest: 52% (May 2025) Worsening');
    const tier1 = $(el, '.link[data-link="tier1"] .measure-toggle')!;
    expect(tier1.textContent).to.contain('Too few points');
    expect($$(el, '.link[data-link="chronic"] .verdict').map((v) => v.textContent!.trim())).to.deep.equal(['No signal', 'No signal']);
    expect($$(el, 'svg.sparkline')).to.have.length(7);
  });

  it('is axe-clean, closed and with a measure open', async () => {
    const { el } = await rendered(valleVerdeData());
    expect(await axeViolations(el)).to.deep.equal([]);
    $(el, '.link[data-link="coaching"] .measure-toggle')!.click();
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('reaches every measure and every evidence disclosure from the keyboard, and Enter opens a measure', async () => {
    const { el } = await rendered(valleVerdeData());
    const focusable = $$(el, 'button, summary').filter((e) => !e.closest('[hidden]') && e.tabIndex >= 0);
    expect(focusable.filter((e) => e.matches('.measure-toggle'))).to.have.length(7);
    expect(focusable.filter((e) => e.matches('summary'))).to.have.length(2);
    const seen: string[] = [];
    const first = $(el, '.measure-toggle')!;
    first.focus();
    for (let i = 0; i < 12; i++) {
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (active) seen.push(active.className || active.localName);
      await sendKeys({ press: 'Tab' });
    }
    expect(seen.filter((c) => c === 'measure-toggle').length).to.be.at.least(6);
    expect(seen).to.include('summary');

    const button = $(el, '.link[data-link="referrals"] .measure-toggle')!;
    const select = nextEvent<TheoryOfActionSelectDetail>(el, 'outcome-select');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const detail = (await select).detail;
    expect(detail.link.id).to.equal('referrals');
    expect(detail.measure.name).to.equal('Referrals answered within 5 school days');
    expect(detail.open).to.equal(true);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.hidden).to.equal(false);
    expect(panel.textContent).to.contain('Higher is better. Goal: 90% (Goal not met yet).');
    expect(panel.textContent).to.contain('a signal of deterioration');
    expect(panel.querySelectorAll('tbody tr')).to.have.length(10);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opening a measure neither re-analyses nor fires outcome-render again', async () => {
    const { el } = await rendered(valleVerdeData());
    let renders = 0;
    el.addEventListener('outcome-render', () => renders++);
    $(el, '.measure-toggle')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(renders).to.equal(0);
  });

  it('with expand, an opened measure shows its full run chart inline', async () => {
    const { el } = await rendered(valleVerdeData(), 'expand');
    $(el, '.link[data-link="chronic"] .measure-toggle')!.click();
    await el.updateComplete;
    const chart = await until(() => $(el, '.link[data-link="chronic"] outcome-run-chart'));
    expect(chart.getAttribute('y-format')).to.equal('percent');
    expect(chart.getAttribute('direction')).to.equal('down');
    await until(() => chart.shadowRoot?.querySelector('[part="summary"]'));
    expect(shadowText(chart)).to.contain('median');
  });

  it('marks derived statuses and names the break in a chain whose district practice has no measure', async () => {
    const { el } = await rendered(unmeasuredBreakData());
    expect($(el, '.link[data-break]')!.dataset.link).to.equal('dp');
    expect($(el, '[part="summary"]')!.textContent).to.contain(
      'Services are on track, but district practice has no measure yet: the chain cannot yet show that support reaches classrooms.',
    );
    const derived = await rendered(derivedData());
    expect($$(derived.el, '.link').map((l) => l.dataset.status)).to.deep.equal(['on-track', 'off-track', 'in-progress', 'in-progress']);
  });

  it('says where a link leads when it does not lead to the whole next stage', async () => {
    const { el } = await rendered(manyLinksData());
    expect($(el, '.link[data-link="s1"] .leads')!.textContent).to.equal('Leads to Data reviews.');
    expect($(el, '.link[data-link="an"] .leads')).to.equal(null);
  });

  it('loads a JSON document from a src URL', async () => {
    const { el } = mount<OutcomeTheoryOfAction>(`<outcome-theory-of-action src="${echoUrl(JSON.stringify(unmeasuredBreakData()))}"></outcome-theory-of-action>`);
    await nextEvent(el, 'outcome-render');
    await el.updateComplete;
    expect($$(el, '.link')).to.have.length(6);
  });

  it('loads a flat CSV from a src URL', async () => {
    const csv = 'stage,link,label,status,measure,unit,direction,x,y\nanalysis,a,Analysis,achieved,,,,,\nservices,s,Coaching,,Visits,visits,up,2024-08,3\nservices,s,Coaching,,Visits,visits,up,2024-09,4\n';
    const { el } = mount<OutcomeTheoryOfAction>(`<outcome-theory-of-action src="${echoUrl(csv, { type: 'text/csv' })}"></outcome-theory-of-action>`);
    await nextEvent(el, 'outcome-render');
    await el.updateComplete;
    expect($$(el, '.link').map((l) => l.dataset.status)).to.deep.equal(['achieved', 'in-progress']);
    expect($(el, '.measure-toggle')!.textContent).to.contain('Too few points');
  });

  it('reads an inline JSON script child', async () => {
    const { el } = mount<OutcomeTheoryOfAction>(
      `<outcome-theory-of-action><script type="application/json">${JSON.stringify(unmeasuredBreakData())}</script></outcome-theory-of-action>`,
    );
    await until(() => $(el, '[part="chain"]'));
    expect($$(el, '.stage')).to.have.length(6);
  });

  it('shows a bad stage in an alert and an outcome-error event naming the field', async () => {
    const { el } = mount<OutcomeTheoryOfAction>('<outcome-theory-of-action></outcome-theory-of-action>');
    const event = nextEvent<{ message: string; field: string; code: string }>(el, 'outcome-error');
    el.data = badData();
    const detail = (await event).detail;
    expect(detail.field).to.equal('links[2].stage');
    expect(detail.code).to.equal('bad-stage');
    await el.updateComplete;
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('links[2].stage (link “coaching”): “servces” is not a stage.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('speaks Spanish with lang="es"', async () => {
    const { el } = await rendered(unmeasuredBreakData(), 'lang="es"');
    const text = shadowText(el);
    expect(text).to.contain('1. Análisis del desempeño');
    expect(text).to.contain('Logrado');
    expect($(el, '.link[data-link="sv"] .link-status')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Por buen camino (según sus medidas)');
    expect(text).to.contain('Aquí se rompe la cadena');
    expect($(el, '[part="summary"]')!.textContent).to.contain('Los servicios van por buen camino, pero la práctica del distrito aún no tiene ninguna medida');
    expect($(el, '[part="table-toggle"]')!.textContent!.trim()).to.equal('Mostrar datos');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows "No data yet" for a document without links', async () => {
    const { el } = mount<OutcomeTheoryOfAction>('<outcome-theory-of-action></outcome-theory-of-action>');
    const event = nextEvent(el, 'outcome-render');
    el.data = { title: 'Ours', links: [] };
    await event;
    await el.updateComplete;
    expect($(el, '[role="status"]')!.textContent).to.equal('No data yet.');
  });

  it('has a data table with a row per measure, and takes a layout', async () => {
    const { el } = await rendered(valleVerdeData(), 'layout="vertical"');
    expect($$(el, '[part="table"] tbody tr')).to.have.length(8);
    expect($(el, '[part="chain"]')!.dataset.layout).to.equal('vertical');
    expect(el.toCSV().split('\r\n')[0]).to.equal('Stage,Link,Status,Owner,Interim measure,Latest value,Goal,Run-chart verdict,Points');
  });

  it('the demo file is the Default story’s data', async () => {
    const demo = await (await fetch('/demo/public/data/theory-of-action.json')).json();
    expect(demo).to.deep.equal(valleVerdeData());
  });
});
