import { expect } from 'chai';
import './fixtures/test-widget.js';
import type { TestWidget } from './fixtures/test-widget.js';

const vegaRequested = () => performance.getEntriesByType('resource').some((e) => /\/vega-embed\/|\/vega-lite\/build/.test(e.name));

describe('base element: lazy Vega', () => {
  it('does not import Vega while the element is far offscreen, then does when scrolled near', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    document.body.append(spacer);
    const el = document.createElement('outcome-test-widget') as TestWidget;
    document.body.append(el);
    el.data = [{ label: 'A', value: 3 }];
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 500));
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="chart"] svg')).to.equal(null);
    expect(vegaRequested()).to.equal(false);
    el.scrollIntoView();
    const view = await new Promise<unknown>((resolve) => {
      const poll = () => (el.vegaView ? resolve(el.vegaView) : setTimeout(poll, 50));
      poll();
    });
    expect(view).to.exist;
    expect(vegaRequested()).to.equal(true);
  });
});
