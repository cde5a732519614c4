import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import '@outcome-kit/driver-diagram';
import '@outcome-kit/pdsa-log';
import '@outcome-kit/run-chart/define';
import type { OutcomeDriverDiagram, DriverDiagramSelectDetail } from '@outcome-kit/driver-diagram';
import type { OutcomePdsaLog } from '@outcome-kit/pdsa-log';
import type { OutcomeRunChart } from '@outcome-kit/run-chart';
import type { DriverDiagramModel, PdsaLogModel } from '@outcome-kit/core';
import '../helpers/benign.js';
import { axeViolations } from '../helpers/axe.js';
import { mount, nextEvent, shadowText, until } from '../helpers/dom.js';
import { badData, DIAGRAM_URL, spanishData } from '../../stories/driver-diagram.stories.js';

afterEach(() => {
  document.body.innerHTML = '';
});

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const focusedId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;

async function diagram(attrs = `src="${DIAGRAM_URL}"`): Promise<{ el: OutcomeDriverDiagram; model: DriverDiagramModel }> {
  const { el } = mount<OutcomeDriverDiagram>(`<outcome-driver-diagram ${attrs}></outcome-driver-diagram>`);
  const model = (await nextEvent<DriverDiagramModel>(el, 'outcome-render')).detail;
  await el.updateComplete;
  return { el, model };
}

describe('<outcome-driver-diagram>', () => {
  it('draws the tree as nested lists, each card naming its level, with change ideas’ PDSA counts and decisions', async () => {
    const { el } = await diagram();
    const top = $(el, 'ul[part="tree"]')!;
    expect(top.getAttribute('aria-label')).to.equal('Driver diagram for the aim: Reduce chronic absenteeism from 24% to 15% by June 2026');
    // nesting depth = the level: aim > primary > secondary > change
    const letters = $(el, '.card[data-id="c-letters"]')!;
    let depth = 0;
    for (let n: Element | null = letters; n && n !== top; n = n.parentElement) if (n.localName === 'ul') depth++;
    expect(depth).to.equal(3);
    expect(letters.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Change idea Attendance letters rewritten in plain English and Spanish Owner: Attendance clerks Adopted 3 PDSA cycles · Adopt',
    );
    expect($$(el, '.card').map((c) => c.querySelector('.kind')!.textContent)).to.deep.equal([
      'Aim', 'Primary driver', 'Secondary driver', 'Change idea', 'Primary driver', 'Secondary driver', 'Change idea', 'Change idea', 'Primary driver', 'Secondary driver', 'Change idea',
    ]);
    expect($(el, '.card[data-id="c-bus"] .change-status')!.textContent!.trim()).to.equal('Abandoned');
    // the aim's measure: a sparkline (decorative), the latest value and the verdict in words
    expect($(el, '.card[data-id="aim"] .measure')!.textContent!.replace(/\s+/g, ' ')).to.contain('Latest: 17.5% (May 2025)');
    expect($(el, '.card[data-id="aim"] .verdict')!.textContent!.trim()).to.equal('Improving');
    expect($$(el, 'svg').every((s) => s.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('one tab stop; arrow keys, Home and End move through the tree; Enter fires outcome-select', async () => {
    const { el } = await diagram();
    const tabStops = $$(el, '.card').filter((c) => c.tabIndex === 0);
    expect(tabStops.map((c) => c.dataset.id)).to.deep.equal(['aim']);
    tabStops[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el)).to.equal('p-belong');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedId(el)).to.equal('s-adult');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedId(el)).to.equal('p-belong');
    await sendKeys({ press: 'End' });
    expect(focusedId(el)).to.equal('c-bus');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedId(el)).to.equal('s-health');
    expect($$(el, '.card').filter((c) => c.tabIndex === 0).map((c) => c.dataset.id)).to.deep.equal(['s-health']);
    await sendKeys({ press: 'Home' });
    expect(focusedId(el)).to.equal('aim');
    const selected = nextEvent<DriverDiagramSelectDetail>(el, 'outcome-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.node.id).to.equal('aim');
  });

  it('links each tested change idea to its PDSA log with pdsa-href', async () => {
    const { el } = await diagram(`src="${DIAGRAM_URL}" pdsa-href="#log-{id}"`);
    const link = $(el, '.card[data-id="c-letters"] a[part="pdsa-link"]')!;
    expect(link.getAttribute('href')).to.equal('#log-c-letters');
    expect(link.getAttribute('aria-label')).to.equal('3 PDSA cycles · Adopt: PDSA log of Attendance letters rewritten in plain English and Spanish');
    expect($(el, '.card[data-id="c-mentors"] a')).to.equal(null);
  });

  it('speaks Spanish', async () => {
    const { el } = mount<OutcomeDriverDiagram>('<outcome-driver-diagram lang="es"></outcome-driver-diagram>');
    const rendered = nextEvent(el, 'outcome-render');
    el.data = spanishData();
    await rendered;
    await el.updateComplete;
    expect($$(el, '.kind').map((k) => k.textContent)).to.deep.equal(['Objetivo', 'Impulsor primario', 'Impulsor secundario', 'Idea de cambio', 'Idea de cambio']);
    expect($(el, '.card[data-id="c1"] .change-status')!.textContent!.trim()).to.equal('Adoptada');
    expect($(el, '[part="summary"]')!.textContent).to.contain('Ideas de cambio: 1 sin probar y 1 adoptada.');
  });

  it('a missing parent is one message naming the path, in the widget and an outcome-error event', async () => {
    const { el } = mount<OutcomeDriverDiagram>('<outcome-driver-diagram></outcome-driver-diagram>');
    const error = nextEvent<{ message: string; field: string }>(el, 'outcome-error');
    el.data = badData();
    const detail = (await error).detail;
    expect(detail.message).to.equal('At nodes[1].parent: the parent “p9” is not an id in the diagram.');
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('the parent “p9” is not an id in the diagram');
  });
});

describe('<outcome-pdsa-log>', () => {
  it('lists one change idea’s cycles in order with prediction against result and the decision in words', async () => {
    const { el } = mount<OutcomePdsaLog>(`<outcome-pdsa-log src="${DIAGRAM_URL}" change="c-letters"></outcome-pdsa-log>`);
    const model = (await nextEvent<PdsaLogModel>(el, 'outcome-render')).detail;
    await el.updateComplete;
    expect(model.cycleCount).to.equal(3);
    expect($$(el, '.cycle-title').map((h) => h.textContent)).to.deep.equal([
      'Cycle 1: Plain-language letter at one school',
      'Cycle 2: Bilingual letter at three schools',
      'Cycle 3: Bilingual letter at four schools, line staffed until 5 pm',
    ]);
    expect($$(el, '.decision').map((d) => d.textContent!.trim())).to.deep.equal(['Adapt', 'Adapt', 'Adopt']);
    expect($$(el, '.met').map((d) => d.textContent!.trim())).to.deep.equal(['Prediction met', 'Prediction not met', 'Prediction met']);
    expect($(el, '[part="summary"]')!.textContent).to.equal(
      'Change idea: Attendance letters rewritten in plain English and Spanish. 3 cycles; adopted after the third at 4 schools; predictions met in 2 of 3.',
    );
    // the ramp climbs from one school to several schools; decorative
    const ramp = $(el, '[part="ramp"]')!;
    expect(ramp.getAttribute('aria-hidden')).to.equal('true');
    expect([...ramp.querySelectorAll('.ramp-scale')].map((s) => s.textContent)).to.deep.equal(['Several schools', 'One school']);
    expect(await el.showCycle('pdsa-2')).to.equal(true);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.cycle).to.equal('pdsa-2');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('<outcome-run-chart pdsa-src>: the changes are PDSA cycles', () => {
  it('lists the changes tested with their cycles, and a change opens its details', async () => {
    const { el } = mount<OutcomeRunChart>(
      `<outcome-run-chart src="/data/chronic-absence-monthly.csv" x="month" y="rate" y-format="percent" direction="down"
        changes='[{"x":"2024-10","label":"Letters","cycle":"pdsa-3"},{"x":"2025-01","label":"Calls","cycle":"pdsa-4"}]'
        pdsa-src="${DIAGRAM_URL}"></outcome-run-chart>`,
    );
    await nextEvent(el, 'outcome-render');
    await until(() => $$(el, '.changes-tested details').length === 2, 8000, 'the changes tested');
    expect($$(el, '.changes-tested summary').map((s) => s.textContent)).to.deep.equal([
      'Letters: Bilingual letter at four schools, line staffed until 5 pm',
      'Calls: Outreach calls by one attendance clerk',
    ]);
    el.showCycle('pdsa-4');
    await el.updateComplete;
    const open = $(el, 'details[data-cycle="pdsa-4"]') as HTMLDetailsElement;
    expect(open.open).to.equal(true);
    expect(shadowText(open)).to.contain('Prediction Fewer students will reach a third absence that month.');
    expect(el.shadowRoot!.activeElement?.localName).to.equal('summary');
    await el.chartComplete();
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
