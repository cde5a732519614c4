import { expect } from 'chai';
import '@outcome-kit/run-chart';
import '@outcome-kit/gap-chart';
import '@outcome-kit/theory-of-action';
import type { OutcomeElement, OutcomeErrorDetail } from '@outcome-kit/elements';
import '../helpers/benign.js';
import { echoUrl, until } from '../helpers/dom.js';

type Widget = OutcomeElement & { chartComplete(): Promise<unknown> };

const RUN = 'month,rate\n2024-01,24.1\n2024-02,22.8\n2024-03,23.5\n2024-04,25.2\n2024-05,24.0\n';
const GAP = 'group,value,prior,n\nALL,-28.4,-31.0,5210\nEL,-72.5,-70.1,1480\nWH,12.4,10.1,820\n';
const TOA = JSON.stringify({ links: [{ id: 'a', stage: 'analysis', label: 'Analysis', status: 'achieved' }, { id: 'b', stage: 'services', label: 'Coaching', status: 'on-track' }] });

/** The same echo endpoint on another origin (localhost ↔ 127.0.0.1), which sends no CORS header. */
function crossOrigin(body: string): string {
  const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${host}:${location.port}${echoUrl(body, { type: 'text/csv' })}`;
}

describe('one widget failing does not break the others', () => {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(e.reason)}`);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.body.innerHTML = '';
  });

  it('404, timeout, HTML, no CORS and a refused connection each show their own error; the good widgets render', async () => {
    const failing: Array<{ tag: string; attrs: Record<string, string>; code: string }> = [
      { tag: 'outcome-run-chart', attrs: { src: echoUrl('not here', { status: 404, type: 'text/plain' }), x: 'month', y: 'rate' }, code: 'http-status' },
      { tag: 'outcome-gap-chart', attrs: { src: echoUrl(GAP, { type: 'text/csv', ms: 4000 }), timeout: '300' }, code: 'timeout' },
      { tag: 'outcome-run-chart', attrs: { src: echoUrl('<!doctype html><html><body>Sign in</body></html>', { type: 'text/html' }) }, code: 'html' },
      { tag: 'outcome-gap-chart', attrs: { src: crossOrigin(GAP) }, code: 'network' },
      { tag: 'outcome-theory-of-action', attrs: { src: 'http://127.0.0.1:1/theory.json' }, code: 'network' },
    ];
    const good: Array<{ tag: string; attrs: Record<string, string> }> = [
      { tag: 'outcome-run-chart', attrs: { src: echoUrl(RUN, { type: 'text/csv' }), x: 'month', y: 'rate' } },
      { tag: 'outcome-gap-chart', attrs: { src: echoUrl(GAP, { type: 'text/csv' }), indicator: 'ela' } },
      { tag: 'outcome-theory-of-action', attrs: { src: echoUrl(TOA) } },
    ];
    const errors = new Map<Element, OutcomeErrorDetail>();
    const renders = new Set<Element>();
    const make = ({ tag, attrs }: { tag: string; attrs: Record<string, string> }) => {
      const el = document.createElement(tag) as Widget;
      el.setAttribute('lang', 'en');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.addEventListener('outcome-error', (e) => errors.set(el, (e as CustomEvent<OutcomeErrorDetail>).detail));
      el.addEventListener('outcome-render', () => renders.add(el));
      return el;
    };
    // Interleaved, so a failure sits between good widgets.
    const bad = failing.map(make);
    const fine = good.map(make);
    const all = bad.flatMap((b, i) => (fine[i] ? [b, fine[i]!] : [b]));
    for (const el of all) document.body.append(el);

    await until(() => bad.every((el) => errors.has(el)) && fine.every((el) => renders.has(el)), 10000, 'every widget to settle');
    for (const [i, el] of bad.entries()) {
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, `${failing[i]!.code}: its own alert`).to.exist;
      expect(errors.get(el)!.code, `${el.localName} #${i}`).to.equal(failing[i]!.code);
      expect(renders.has(el)).to.equal(false);
    }
    for (const el of fine) {
      expect(el.shadowRoot!.querySelector('[role="alert"]'), `${el.localName} shows no error`).to.equal(null);
      if (el.localName === 'outcome-theory-of-action') {
        expect(el.shadowRoot!.querySelector('[part="chain"]')).to.exist;
        continue;
      }
      // toSVG() draws now, without waiting for the viewport (the runner may keep this page in the background).
      expect(await el.toSVG(), `${el.localName} drew its chart`).to.match(/^<svg/);
      expect(await el.chartComplete()).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[part="chart"] svg')).to.exist;
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(uncaught).to.deep.equal([]);
  });
});
