import { expect } from 'chai';
import './fixtures/test-widget.js';
import type { TestWidget } from './fixtures/test-widget.js';
import { axeViolations } from '../helpers/axe.js';
import { mount, until } from '../helpers/dom.js';

// Vega's own container ResizeObserver redraws inside its callback; Chromium then reports the
// benign "ResizeObserver loop completed with undelivered notifications", which is not a failure.
window.addEventListener(
  'error',
  (e) => {
    if (/ResizeObserver loop/.test(e.message)) e.stopImmediatePropagation();
  },
  true,
);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('base element: chart, table toggle, exports', () => {
  it('draws the chart with Vega when near the viewport, and is axe-clean', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget heading="Bars"></outcome-test-widget>');
    el.data = [{ label: 'A', value: 3 }];
    const view = await el.chartComplete();
    expect(view).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part="chart"] svg')).to.exist;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Bars');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('the Show data button reveals the table and says so with aria-expanded', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    el.data = [{ label: 'A', value: 3 }];
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    const wrap = el.shadowRoot!.querySelector('[part="table"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(wrap.classList.contains('visually-hidden')).to.equal(true);
    expect(button.getAttribute('aria-controls')).to.equal(wrap.id);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Hide data');
    expect(wrap.classList.contains('visually-hidden')).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('sets the heading level the page asks for', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget heading="Bars" heading-level="3"></outcome-test-widget>');
    el.data = [{ label: 'A', value: 3 }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Bars');
  });

  it('finalizes the Vega view on disconnect and before each re-render', async () => {
    const { el, root } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    el.data = [{ label: 'A', value: 3 }];
    const first = (await el.chartComplete())!;
    let finalized = 0;
    const original = first.finalize.bind(first);
    first.finalize = () => {
      finalized++;
      original();
    };
    el.data = [{ label: 'B', value: 4 }];
    const second = (await el.chartComplete())!;
    expect(finalized).to.equal(1);
    let finalizedSecond = 0;
    const original2 = second.finalize.bind(second);
    second.finalize = () => {
      finalizedSecond++;
      original2();
    };
    root.remove();
    expect(finalizedSecond).to.equal(1);
  });

  it('follows the container width', async () => {
    const { el, root } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    root.style.width = '600px';
    el.data = [{ label: 'A', value: 3 }];
    await el.chartComplete();
    const svg = () => el.shadowRoot!.querySelector('[part="chart"] svg')!;
    const before = Number(svg().getAttribute('width'));
    root.style.width = '400px';
    await until(() => Number(svg().getAttribute('width')) < before - 100, 4000, 'chart to shrink');
  });

  it('exports CSV with formula cells neutralised, and SVG with title and description', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget exports heading="Export test"></outcome-test-widget>');
    el.data = [
      { label: '=HYPERLINK("http://x")', value: 1 },
      { label: '+cmd', value: -2 },
      { label: '-2+3', value: 3 },
      { label: '@SUM(A1)', value: 4 },
      { label: '=1+1', value: 5 },
      { label: 'plain, "quoted"', value: 6 },
    ];
    await el.updateComplete;
    const csv = el.toCSV();
    const lines = csv.trim().split('\r\n');
    expect(lines).to.deep.equal([
      'Label,Value',
      `"'=HYPERLINK(""http://x"")",1`,
      "'+cmd,-2",
      "'-2+3,3",
      "'@SUM(A1),4",
      "'=1+1,5",
      '"plain, ""quoted""",6',
    ]);
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="exports"] button')].map((b) => b.textContent);
    expect(buttons).to.deep.equal(['Download CSV', 'Download SVG', 'Download PNG']);
    const svg = await el.toSVG();
    expect(svg).to.match(/^<svg[^>]*role="img"[^>]*><title>Export test<\/title><desc>6 rows; the total is 17.<\/desc>/);
    const png = await el.toPNG();
    expect(png.startsWith('data:image/png;base64,')).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
