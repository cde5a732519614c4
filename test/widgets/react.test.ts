// The React 19 example of docs/frameworks.md, mounted for real: React 19 sets a custom element's
// known properties as properties (so `data` reaches the element as the same array, not as a
// string attribute), sets unknown names as attributes, and turns `on<event>` props into listeners.
// Written with createElement because the test files are TypeScript without JSX.
import { expect } from 'chai';
import { Fragment, createElement, createRef, useState, type ReactElement, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import '@outcome-kit/gap-chart/define';
import type { OutcomeGapChart } from '@outcome-kit/gap-chart';
import type { GapModel } from '@outcome-kit/core';
import '../helpers/benign.js';
import { shadowText, until } from '../helpers/dom.js';

interface Row {
  group: string;
  value: number;
  prior: number;
  n: number;
}

const ROWS: Row[] = [
  { group: 'ALL', value: -28.4, prior: -31.0, n: 5210 },
  { group: 'EL', value: -72.5, prior: -70.1, n: 1480 },
  { group: 'SWD', value: -98.3, prior: -101.2, n: 690 },
  { group: 'WH', value: 12.4, prior: 10.1, n: 820 },
  { group: 'PI', value: -20.0, prior: -15.0, n: 8 },
];

/**
 * The example of docs/frameworks.md, as its JSX compiles:
 * `<outcome-gap-chart indicator="ela" suppress-below="10" heading="…" data={rows}
 *   onoutcome-render={(e) => setFurthestBehind(e.detail.groups[0]?.name.en ?? '')} onoutcome-error={…} />`
 * and a paragraph naming the group furthest behind. The test only adds a ref to look at the element.
 */
function GroupGaps({ rows, elementRef }: { rows: Row[]; elementRef: RefObject<OutcomeGapChart | null> }): ReactElement {
  const [furthestBehind, setFurthestBehind] = useState('');
  return createElement(
    Fragment,
    null,
    createElement('outcome-gap-chart', {
      ref: elementRef,
      indicator: 'ela',
      'suppress-below': '10',
      heading: 'ELA: distance from standard',
      data: rows,
      'onoutcome-render': (e: CustomEvent<GapModel>) => setFurthestBehind(e.detail.groups[0]?.name.en ?? ''),
      'onoutcome-error': (e: CustomEvent<{ message: string }>) => console.warn(e.detail.message),
    }),
    createElement('p', null, `Furthest behind: ${furthestBehind}`),
  );
}

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  container?.remove();
  root = undefined;
});

function mountExample(rows: Row[]): { el: () => OutcomeGapChart; paragraph: () => string; rerender: (rows: Row[]) => void } {
  const elementRef = createRef<OutcomeGapChart>();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const render = (r: Row[]) => flushSync(() => root!.render(createElement(GroupGaps, { rows: r, elementRef })));
  render(rows);
  return { el: () => elementRef.current!, paragraph: () => container!.querySelector('p')!.textContent ?? '', rerender: render };
}

describe('React 19 with <outcome-gap-chart> (the docs example)', () => {
  it('passes data as a property, hears outcome-render through onoutcome-render, and the element draws the groups', async () => {
    const { el, paragraph } = mountExample(ROWS);
    const chart = el();
    expect(chart).to.be.instanceOf(customElements.get('outcome-gap-chart')!);
    expect(chart.data).to.equal(ROWS, 'the same array, set as a property');
    expect(chart.hasAttribute('data')).to.equal(false);
    expect(chart.indicator).to.equal('ela');
    expect(chart.getAttribute('suppress-below')).to.equal('10', 'a prop the element has no property for becomes an attribute');

    await until(() => paragraph() === 'Furthest behind: Students with Disabilities', 8000, 'React state set from onoutcome-render');
    const model = chart.currentModel as GapModel;
    expect(model.groups.map((g) => g.code)).to.have.members(['ALL', 'EL', 'SWD', 'WH']);
    expect(model.suppressedCount).to.equal(1);
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('h2')!.textContent).to.equal('ELA: distance from standard');
    const text = shadowText(chart);
    for (const name of ['English Learners', 'Students with Disabilities', 'White']) expect(text).to.contain(name);
    expect(text).to.not.contain('Pacific Islander');
    expect(await chart.chartComplete()).to.not.equal(null);
  });

  it('re-renders the element when React passes new rows', async () => {
    const { el, paragraph, rerender } = mountExample(ROWS);
    await until(() => paragraph() === 'Furthest behind: Students with Disabilities', 8000, 'the first render');
    const withoutSwd = ROWS.filter((r) => r.group !== 'SWD');
    rerender(withoutSwd);
    expect(el().data).to.equal(withoutSwd);
    await until(() => paragraph() === 'Furthest behind: English Learners', 8000, 'the re-render');
    await el().chartComplete(); // the chart is redrawn after the text views
    expect(shadowText(el())).to.not.contain('Students with Disabilities');
  });
});
