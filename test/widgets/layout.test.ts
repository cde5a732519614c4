import { expect } from 'chai';
import '@outcome-kit/run-chart/define';
import '@outcome-kit/gap-chart/define';
import '@outcome-kit/theory-of-action';
import type { OutcomeElement } from '@outcome-kit/elements';
import type { OutcomeTheoryOfAction } from '@outcome-kit/theory-of-action';
import '../helpers/benign.js';
import { mount, nextEvent, until } from '../helpers/dom.js';
import { valleVerdeData } from '../../stories/theory-of-action.stories.js';

type Json = Record<string, any>; // spec JSON, read loosely in assertions

afterEach(() => {
  document.body.innerHTML = '';
});

/**
 * Median 5 (IHI): points 6–11 rise (a trend: 6 increasing points), and all of them lie above the
 * median (a shift of 6). The last point, 40, is far above the individuals limit of the phase
 * (an astronomical point). Worked by hand: values 5,4,5,4,5,4 then 6,7,8,9,10,40.
 */
const SHIFT_TREND_ASTRO = [5, 4, 5, 4, 5, 4, 6, 7, 8, 9, 10, 40].map((y, i) => ({ x: `2024-${String(i + 1).padStart(2, '0')}-01`, y }));

async function drawn<E extends OutcomeElement>(markup: string, data: unknown): Promise<E> {
  const { el } = mount<E>(markup);
  const event = nextEvent(el, 'outcome-render');
  (el as unknown as { data: unknown }).data = data;
  await event;
  await el.chartComplete();
  return el;
}

const layers = (el: OutcomeElement) => (el.currentViews!.spec as Json).layer as Json[];

describe('what the summary says, the chart shows', function () {
  // The first chart of the file loads Vega: give it time on a busy machine.
  this.timeout(90000);
  it('draws a point in a shift and a trend both: its shape for the shift, a shaded band over the trend, a ring for the astronomical point', async () => {
    const el = await drawn<OutcomeElement>('<outcome-run-chart min-points="10" style="width:720px"></outcome-run-chart>', SHIFT_TREND_ASTRO);
    const summary = el.currentViews!.summary;
    expect(summary).to.match(/shift/i);
    expect(summary).to.match(/trend/i);
    const rows = (el.currentViews!.spec as Json).data.values as Json[];
    expect(rows[8]!.signals).to.contain('Shift').and.to.contain('Trend');
    expect(rows[8]!.signal).to.equal('Shift');
    const band = layers(el).find((l) => l.mark.type === 'rect');
    expect(band, 'a band over the trend').to.exist;
    expect(band!.data.values).to.have.length(1);
    const ring = layers(el).find((l) => l.mark.type === 'point' && l.mark.filled === false);
    expect(ring, 'a ring round the astronomical point').to.exist;
    const limit = layers(el).find((l) => l.encoding?.y?.field === 'limit' && l.mark.type === 'rule');
    expect(limit, 'the limit it crossed').to.exist;
    // Drawn, not only specified: the band's rect and the ring are in the chart's SVG.
    const svg = el.shadowRoot!.querySelector('[part="chart"] svg')!;
    expect(svg.querySelectorAll('.mark-rect path').length).to.equal(1);
    // The legend lists only what is drawn: the shapes used, the band and the ring; no "Too few runs".
    const legend = [...svg.querySelectorAll('.role-legend-label text')].map((t) => t.textContent);
    expect(legend).to.include.members(['Shift', 'Trend (shaded band)', 'Astronomical point (ring)']);
    expect(legend).not.to.include('Too few runs');
  });
});

describe('charts follow their container', function () {
  this.timeout(60000);
  it('lays the gap chart out again when its container narrows: names above their rows, the plot keeping the width', async () => {
    const box = document.createElement('div');
    box.style.width = '900px';
    document.body.append(box);
    const el = document.createElement('outcome-gap-chart') as OutcomeElement;
    box.append(el);
    const event = nextEvent(el, 'outcome-render');
    (el as unknown as { data: unknown }).data = [
      { group: 'All Students', value: 20, prior: 22, n: 500 },
      { group: 'Foster Youth', value: 35, prior: 30, n: 40 },
      { group: 'Asian', value: 8, prior: 9, n: 60 },
    ];
    await event;
    await el.chartComplete();
    const yAxis = () => (layers(el).find((l) => l.encoding?.y?.axis)!.encoding.y.axis as Json);
    expect(yAxis().labels).not.to.equal(false);
    box.style.width = '340px'; // the window keeps its size: only the container changes
    await until(() => yAxis().labels === false, 5000, 'the narrow layout');
    const view = await el.chartComplete();
    expect(view).to.exist;
    const plot = el.shadowRoot!.querySelector('[part="chart"] svg .mark-group.role-scope, [part="chart"] svg')!.getBoundingClientRect();
    expect(plot.width).to.be.at.most(342);
  });
});

describe('the theory of action opens a measure in a dialog', () => {
  it('shows the full run chart in a modal dialog with a close button, and returns focus to the measure', async () => {
    const { el } = mount<OutcomeTheoryOfAction>('<outcome-theory-of-action expand></outcome-theory-of-action>');
    const event = nextEvent(el, 'outcome-render');
    el.data = valleVerdeData();
    await event;
    await el.updateComplete;
    const toggle = el.shadowRoot!.querySelector<HTMLElement>('.link[data-link="chronic"] .measure-toggle')!;
    toggle.focus();
    toggle.click();
    const dialog = await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('.link[data-link="chronic"] dialog.chart-dialog[open]'));
    expect(dialog.getAttribute('aria-label')).to.match(/^Run chart: /);
    expect(dialog.querySelector('outcome-run-chart')).to.exist;
    // The dialog is as wide as the screen allows, not the card's width.
    expect(dialog.getBoundingClientRect().width).to.be.greaterThan(toggle.getBoundingClientRect().width);
    dialog.querySelector<HTMLElement>('.dialog-close')!.click();
    await until(() => !dialog.open);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
  });
});
