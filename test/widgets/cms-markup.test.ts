// Markup as content-management systems leave it (issue 20): WordPress's automatic paragraphs and
// blank lines in inline CSV, curly quotes in attributes, and the `rendered` attribute that editors'
// previews and the iframe resizer wait for. The markup is given to the HTML parser as a CMS serves it.
import { expect } from 'chai';
import '@outcome-kit/run-chart';
import type { OutcomeElement } from '@outcome-kit/elements';
import { mount, nextEvent, until } from '../helpers/dom.js';

type Widget = OutcomeElement & { toCSV(): string; chartComplete(): Promise<unknown> };

const alertOf = (el: Element) => until(() => el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim(), 15000, 'an error message');

afterEach(() => document.body.replaceChildren());

describe('inline CSV as a CMS leaves it', () => {
  it('blank and whitespace-only lines are skipped: four months, median 6.5', async () => {
    const { el } = mount<Widget>(`<outcome-run-chart x="month" y="rate" min-points="2"><script type="text/csv">
      month,rate
      2024-01,5

      2024-02,6
      \t
      2024-03,7

      2024-04,8
    </script></outcome-run-chart>`);
    await nextEvent(el, 'outcome-render');
    // Four rows: the table's CSV is its header and one line per month.
    expect(el.toCSV().trim().split(/\r?\n/).length).to.equal(5);
    // Median of 5, 6, 7, 8 = (6 + 7) / 2.
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('6.5');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('WordPress\'s </p><p> in the data is named as the editor\'s automatic paragraphs', async () => {
    const { el } = mount<Widget>('<outcome-run-chart x="month" y="rate"><script type="text/csv">month,rate\n2024-01,5</p>\n<p>2024-02,6\n2024-03,7</script></outcome-run-chart>');
    const detail = (await nextEvent<{ code: string; message: string }>(el, 'outcome-error')).detail;
    expect(detail.code).to.equal('cms-paragraphs');
    const text = await alertOf(el);
    expect(text).to.contain('The inline data holds the HTML tag </p>');
    expect(text).to.contain("the editor's automatic paragraphs");
    expect(text).to.contain('Custom HTML block');
  });

  it('<br /> at line ends, in Spanish', async () => {
    const { el } = mount<Widget>('<outcome-run-chart lang="es" x="month" y="rate"><script type="text/csv">month,rate<br />\n2024-01,5<br />\n2024-02,6</script></outcome-run-chart>');
    const text = await alertOf(el);
    expect(text).to.contain('la etiqueta HTML <br />');
    expect(text).to.contain('párrafos automáticos');
  });
});

describe('curly quotes in attributes', () => {
  it('src=”…” is named (attribute and quote) and the mangled address is never fetched', async () => {
    const before = performance.getEntriesByType('resource').length;
    const { el } = mount<Widget>('<outcome-run-chart src=”/data/chronic-absence-monthly.csv” x=”month” y=”rate”></outcome-run-chart>');
    const detail = (await nextEvent<{ code: string; field: string }>(el, 'outcome-error')).detail;
    expect(detail.code).to.equal('curly-quotes');
    expect(detail.field).to.equal('src');
    expect(await alertOf(el)).to.contain('The attribute src is written with curly quotes (”)');
    await new Promise((r) => setTimeout(r, 200));
    const fetched = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
    expect(fetched.filter((u) => u.includes('%E2%80%9D') || u.includes('chronic-absence-monthly'))).to.deep.equal([]);
    expect(el.hasAttribute('rendered')).to.equal(true, 'an error is a settled state');
  });

  it('a field name in curly quotes (x=“month”) is named too', async () => {
    const { el } = mount<Widget>('<outcome-run-chart x=“month” y="rate"><script type="text/csv">month,rate\n2024-01,5\n2024-02,6</script></outcome-run-chart>');
    const detail = (await nextEvent<{ code: string; field: string }>(el, 'outcome-error')).detail;
    expect([detail.code, detail.field]).to.deep.equal(['curly-quotes', 'x']);
  });
});

describe('the rendered attribute', function () {
  this.timeout(60000); // the first chart loads Vega
  it('appears once the chart is drawn, not while the data loads', async () => {
    const { el } = mount<Widget>('<outcome-run-chart src="/data/chronic-absence-monthly.csv" x="month" y="rate"></outcome-run-chart>');
    await el.updateComplete;
    expect(el.hasAttribute('rendered')).to.equal(false);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200, 'the loading box reserves a chart\'s height');
    await until(() => el.hasAttribute('rendered'), 30000, 'rendered');
    expect(el.shadowRoot!.querySelector('[part="chart"] svg, [part="chart"] canvas')).to.not.equal(null);
  });

  it('a chart far below the fold keeps its expected height until it is drawn', async () => {
    const { root, el } = mount<Widget>('<outcome-run-chart x="month" y="rate"><script type="text/csv">month,rate\n2024-01,5\n2024-02,6\n2024-03,7\n2024-04,8\n2024-05,6\n2024-06,7</script></outcome-run-chart>');
    root.style.marginTop = '6000px';
    await nextEvent(el, 'outcome-render');
    await el.updateComplete;
    const chart = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    expect(el.hasAttribute('rendered')).to.equal(false);
    expect(parseFloat(chart.style.minHeight)).to.be.greaterThan(100);
    el.scrollIntoView();
    await until(() => el.hasAttribute('rendered'), 30000, 'rendered after scrolling');
    expect(chart.style.minHeight).to.equal('');
  });
});
