import { expect } from 'chai';
import '@outcome-kit/run-chart/define';
import '@outcome-kit/gap-chart/define';
import '@outcome-kit/control-chart';
import type { OutcomeElement } from '@outcome-kit/elements';
import '../helpers/benign.js';
import { mount, nextEvent } from '../helpers/dom.js';

afterEach(() => {
  document.body.innerHTML = '';
});

async function drawn(markup: string, data: unknown): Promise<OutcomeElement> {
  const { el } = mount<OutcomeElement>(markup);
  const event = nextEvent(el, 'outcome-render');
  (el as unknown as { data: unknown }).data = data;
  await event;
  await el.chartComplete();
  return el;
}

/** The ARIA labels Vega wrote for the chart's marks (axes and legends aside). */
const markLabels = (el: OutcomeElement) =>
  [...el.shadowRoot!.querySelectorAll('[part="chart"] svg [aria-roledescription]')]
    .filter((n) => !/axis|legend|container/.test(n.getAttribute('aria-roledescription') ?? ''))
    .map((n) => `${n.getAttribute('aria-roledescription')} | ${n.getAttribute('aria-label') ?? ''}`);

// Monthly values 5,4,5,4,5,4 then 6…10, 40: worked by hand, median 5, a shift of six above it from July.
const SERIES = [5, 4, 5, 4, 5, 4, 6, 7, 8, 9, 10, 40].map((y, i) => ({ x: `2024-${String(i + 1).padStart(2, '0')}-01`, y }));

describe('each point is described in words, and only the points are announced', function () {
  this.timeout(90000);
  it('run chart: "July 2024: 6; Shift, Trend…" and no mark encodings (outline, size, x2, part)', async () => {
    const el = await drawn('<outcome-run-chart min-points="10" style="width:720px"></outcome-run-chart>', SERIES);
    const labels = markLabels(el);
    expect(labels.length).to.be.greaterThan(0);
    expect(labels.every((l) => l.startsWith('point |')), labels.join('\n')).to.equal(true);
    expect(labels.join('\n')).not.to.match(/outline|size:|x2:|part:/);
    const july = labels.find((l) => l.includes('July 2024')) ?? '';
    expect(july, labels.join('\n')).to.match(/^point \| July 2024: 6; Shift, Trend/);
  });

  it('control chart: the month, the value and the signals in words', async () => {
    const el = await drawn('<outcome-control-chart chart="i" style="width:720px"></outcome-control-chart>', SERIES);
    const labels = markLabels(el);
    expect(labels.every((l) => l.startsWith('point |')), labels.join('\n')).to.equal(true);
    expect(labels.join('\n')).not.to.match(/outline|size:|ucl:|part:/);
    expect(labels.find((l) => l.includes('December 2024'))).to.match(/: 40; .+/);
  });

  it('gap chart: the group, its value and its Dashboard colour; last year for the hollow dot', async () => {
    const rows = [
      { group: 'All Students', value: 40.2, prior: 38.0, n: 500 },
      { group: 'English Learners', value: 25.1, prior: 27.3, n: 120 },
    ];
    const el = await drawn('<outcome-gap-chart indicator="chronic" style="width:720px"></outcome-gap-chart>', rows);
    const labels = markLabels(el).join('\n');
    expect(labels).to.contain('point | English Learners: 25.1%');
    expect(labels).to.match(/English Learners, Last year: 27\.3%/);
    expect(labels).not.to.match(/outline|size:|x2:/);
  });
});
