import { expect } from 'chai';
import './fixtures/test-widget.js';
import type { TestWidget } from './fixtures/test-widget.js';
import { axeViolations } from '../helpers/axe.js';
import { echoUrl, mount, nextEvent, shadowText, until } from '../helpers/dom.js';

const ROWS = [
  { label: 'A', value: 3 },
  { label: 'B', value: 4 },
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('base element: data sources and states', () => {
  it('renders from the data property, with a summary and a table', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    el.data = ROWS;
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.textContent).to.equal('2 rows; the total is 7.');
    const cells = [...el.shadowRoot!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).to.deep.equal(['A', '3', 'B', '4']);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Test');
  });

  it('renders from an inline JSON script child', async () => {
    const { el } = mount<TestWidget>(`<outcome-test-widget><script type="application/json">${JSON.stringify(ROWS)}</script></outcome-test-widget>`);
    await until(() => el.shadowRoot!.querySelector('[part="summary"]'));
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('2 rows');
  });

  it('renders from an inline CSV script child and counts rows as the file does (header = row 1)', async () => {
    const { el } = mount<TestWidget>(`<outcome-test-widget><script type="text/csv">
      label,value
      A,"1,234"
      B,oops
    </script></outcome-test-widget>`);
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(alert.textContent).to.contain('Row 3, field “value”: “oops” is not a number.');
  });

  it('renders from a src URL, choosing CSV by content type', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    el.src = echoUrl('label,value\nA,1\nB,2\nC,3', { type: 'text/csv' });
    await until(() => el.shadowRoot!.querySelector('[part="summary"]'));
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal('3 rows; the total is 6.');
  });

  it('re-renders when the data property changes', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    el.data = ROWS;
    await el.updateComplete;
    el.data = [{ label: 'Z', value: 10 }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal('1 rows; the total is 10.');
  });

  it('shows loading with aria-busy while src is on its way', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    el.src = echoUrl(JSON.stringify(ROWS), { ms: 400 });
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading data…');
    expect(await axeViolations(el)).to.deep.equal([]);
    await until(() => el.shadowRoot!.querySelector('[part="summary"]'));
    expect(base.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows "No data yet" for no data and for an empty array, and is axe-clean', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('No data yet.');
    el.data = [];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('No data yet.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a slow old src response never overwrites a newer one', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    el.src = echoUrl(JSON.stringify([{ label: 'old', value: 1 }]), { ms: 700 });
    await el.updateComplete;
    el.src = echoUrl(JSON.stringify([{ label: 'new', value: 2 }, { label: 'new2', value: 2 }]), { ms: 10 });
    await until(() => el.shadowRoot!.querySelector('[part="summary"]'));
    await new Promise((r) => setTimeout(r, 1000));
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal('2 rows; the total is 4.');
  });

  for (const [name, url, expected] of [
    ['a 404', echoUrl('nope', { status: 404, type: 'text/plain' }), 'the server answered 404'],
    ['an HTML page', echoUrl('<!doctype html><html><body>Login</body></html>', { type: 'text/html' }), 'returned a web page (HTML), not data'],
    ['an empty body', echoUrl('', { type: 'application/json' }), 'is empty'],
    ['bad JSON', echoUrl('[{"label": "A",', { type: 'application/json' }), 'is not valid JSON'],
    ['a network failure', 'http://127.0.0.1:9/data.json', 'could not be reached'],
  ] as const) {
    it(`shows its own message for ${name}, in an alert and an outcome-error event`, async () => {
      const { el } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
      const event = nextEvent<{ message: string }>(el, 'outcome-error');
      el.src = url;
      const detail = (await event).detail;
      expect(detail.message).to.contain(expected);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(expected);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('times out a src that does not answer', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget timeout="300"></outcome-test-widget>');
    el.src = echoUrl('[]', { ms: 3000 });
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(alert.textContent).to.contain('did not answer within 0.3 seconds');
  });

  it('names the field and the row in an alert and in the outcome-error event, listing every problem', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    const event = nextEvent<{ message: string; field: string; row: number; total: number }>(el, 'outcome-error');
    el.data = [{ label: 'A', value: 'x' }, { label: '', value: 2 }];
    const { detail } = await event;
    expect(detail).to.include({ field: 'value', row: 1, total: 2 });
    expect(detail.message).to.equal('Row 1, field “value”: “x” is not a number.');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Row 2, field “label”: a value is required.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('fires outcome-render with the model as detail', async () => {
    const { el } = mount<TestWidget>('<outcome-test-widget></outcome-test-widget>');
    const event = nextEvent<{ rows: unknown[] }>(el, 'outcome-render');
    el.data = ROWS;
    const { detail } = await event;
    expect(detail.rows).to.deep.equal(ROWS);
  });

  it('speaks Spanish from its own lang or the closest [lang] ancestor', async () => {
    const { el } = mount<TestWidget>('<div lang="es-MX"><outcome-test-widget></outcome-test-widget></div>');
    const widget = el.firstElementChild as TestWidget;
    await widget.updateComplete;
    expect(shadowText(widget)).to.contain('Todavía no hay datos.');
    widget.data = [{ label: 'A', value: 'x' }];
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Fila 1, campo “value”: “x” no es un número.');
    widget.data = ROWS;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal('2 filas; el total es 7.');
    expect(widget.shadowRoot!.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('Mostrar datos');
    widget.lang = 'en';
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal('2 rows; the total is 7.');
  });

  it('a widget with bad data does not disturb its neighbours', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<outcome-test-widget id="a"></outcome-test-widget><outcome-test-widget id="b"></outcome-test-widget>';
    document.body.append(root);
    const [a, b] = [...root.querySelectorAll('outcome-test-widget')] as TestWidget[];
    a!.data = 'not rows at all';
    b!.data = ROWS;
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    expect(a!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(b!.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('2 rows');
  });
});
