import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyzeTheoryOfAction,
  loadValue,
  normalizeTheoryOfActionOptions,
  readTheoryOfAction,
  theoryOfActionWidget,
  type TheoryOfActionModel,
} from '../../../packages/core/src/index.js';
import { measure, NO_SIGNAL, SHIFT_UP, UNMEASURED_BREAK } from './fixtures.js';

const analyse = (doc: unknown, options = {}): TheoryOfActionModel => theoryOfActionWidget.analyse(loadValue(doc), normalizeTheoryOfActionOptions(options));
const one = (m: Record<string, unknown>, options = {}) => analyse({ links: [{ id: 'l', stage: 'services', label: 'L', measures: [m] }] }, options).links[0]!;

describe('theory of action: measure verdicts come from the run chart', () => {
  it('six points above the median in the better direction are improving, so the link is on track', () => {
    const link = one(measure('Visits', SHIFT_UP));
    const m = link.measures[0]!;
    assert.equal(m.run.phases[0]!.median, 6);
    assert.equal(m.verdict, 'improving');
    assert.deepEqual(m.rules, ['shift']);
    assert.equal(m.status, 'on-track');
    assert.equal(link.status, 'on-track');
    assert.equal(link.derived, true);
    assert.deepEqual(m.latest, { x: new Date(Date.UTC(2025, 6, 1)), y: 7, label: '2025-07' });
  });

  it('the same shift when lower is better is worsening, so the link is off track', () => {
    const link = one(measure('Absences', SHIFT_UP, { direction: 'down' }));
    assert.equal(link.measures[0]!.verdict, 'worsening');
    assert.equal(link.status, 'off-track');
  });

  it('with no direction a shift is only a signal of change, and the link is in progress', () => {
    const link = one(measure('Visits', SHIFT_UP, { direction: null }));
    assert.equal(link.measures[0]!.verdict, 'signal');
    assert.deepEqual(link.measures[0]!.rules, ['shift', 'too-few-runs']);
    assert.equal(link.status, 'in-progress');
  });

  it('fewer points than the rules need are too few, with how many more are needed', () => {
    const m = one(measure('Visits', SHIFT_UP.slice(0, 7))).measures[0]!;
    assert.equal(m.verdict, 'too-few');
    assert.equal(m.pointsNeeded, 3);
    assert.equal(m.status, 'in-progress');
    assert.equal(one(measure('Visits', SHIFT_UP.slice(0, 7)), { minPoints: 7 }).measures[0]!.verdict, 'no-signal'); // the rules now apply
  });

  it('random variation is no signal and leaves the link in progress', () => {
    const link = one(measure('Visits', NO_SIGNAL));
    assert.equal(link.measures[0]!.verdict, 'no-signal');
    assert.equal(link.status, 'in-progress');
  });

  it('a measure without any value has no data and the link has not started', () => {
    const link = one(measure('Visits', [null, null]));
    assert.equal(link.measures[0]!.verdict, 'no-data');
    assert.equal(link.measures[0]!.latest, null);
    assert.equal(link.status, 'not-started');
  });

  it('an improving measure whose latest value meets the goal is achieved', () => {
    const m = one(measure('Visits', SHIFT_UP, { goal: 7 })).measures[0]!;
    assert.equal(m.goalMet, true);
    assert.equal(m.status, 'achieved');
    assert.equal(one(measure('Visits', SHIFT_UP, { goal: 7.5 })).measures[0]!.status, 'on-track');
  });

  it('a link with one measure off track is off track, whatever its others say', () => {
    const doc = { links: [{ id: 'l', stage: 'services', label: 'L', measures: [measure('A', SHIFT_UP), measure('B', SHIFT_UP, { direction: 'down' })] }] };
    assert.equal(analyse(doc).links[0]!.status, 'off-track');
  });

  it('a given status wins over the measures', () => {
    const doc = { links: [{ id: 'l', stage: 'services', label: 'L', status: 'Off track', measures: [measure('A', SHIFT_UP)] }] };
    const link = analyse(doc).links[0]!;
    assert.equal(link.status, 'off-track');
    assert.equal(link.derived, false);
  });

  it('uses the Anhøj rules when asked', () => {
    const m = one(measure('Visits', SHIFT_UP), { rules: 'anhoej' }).measures[0]!;
    assert.equal(m.verdict, 'signal');
    assert.deepEqual(m.rules, ['crossings']);
  });
});

describe('theory of action: the chain and where it breaks', () => {
  it('orders links by stage, leads each to the next stage with links, and counts statuses', () => {
    const model = analyse(UNMEASURED_BREAK);
    assert.deepEqual(model.stages, [
      { key: 'analysis', links: ['analysis'] },
      { key: 'services', links: ['coaching'] },
      { key: 'district-practice', links: ['district'] },
    ]);
    assert.deepEqual(model.links.map((l) => [l.id, l.leadsTo, l.leadsFrom]), [
      ['analysis', ['coaching'], []],
      ['coaching', ['district'], ['analysis']],
      ['district', [], ['coaching']],
    ]);
    assert.deepEqual(model.counts, { 'not-started': 1, 'in-progress': 0, 'on-track': 1, 'off-track': 0, achieved: 1 });
  });

  it('breaks at the first link not started after an on-track link, and says it has no measure', () => {
    assert.deepEqual(analyse(UNMEASURED_BREAK).chainBreak, { link: 'district', stage: 'district-practice', status: 'not-started', unmeasured: true, after: 'services' });
  });

  it('does not break after a link that is only in progress', () => {
    const doc = {
      links: [
        { id: 'a', stage: 'analysis', label: 'A', status: 'in-progress' },
        { id: 'b', stage: 'plans', label: 'B', status: 'not-started' },
      ],
    };
    assert.equal(analyse(doc).chainBreak, null);
  });

  it('follows explicit leadsTo: only the link fed by an on-track link breaks', () => {
    const doc = {
      links: [
        { id: 'sa', stage: 'services', label: 'Coaching', status: 'on-track', leadsTo: ['db'] },
        { id: 'sb', stage: 'services', label: 'Outreach', status: 'in-progress', leadsTo: 'da' },
        { id: 'da', stage: 'district-practice', label: 'Data reviews', status: 'off-track' },
        { id: 'db', stage: 'district-practice', label: 'Referrals', status: 'off-track' },
        { id: 'sc', stage: 'school-practice', label: 'Tier 1', status: 'off-track' },
      ],
    };
    const model = analyse(doc);
    assert.deepEqual(model.chainBreak, { link: 'db', stage: 'district-practice', status: 'off-track', unmeasured: true, after: 'services' });
    assert.deepEqual(model.links.find((l) => l.id === 'sc')!.leadsFrom, ['da', 'db']);
  });

  it('reads the document once and analyses it with options given as attribute strings', () => {
    const doc = readTheoryOfAction(loadValue(UNMEASURED_BREAK));
    const model = analyzeTheoryOfAction(doc, { rules: 'IHI', minPoints: '12' });
    assert.equal(model.options.minPoints, 12);
    assert.equal(model.links[1]!.measures[0]!.verdict, 'improving');
  });

  it('is empty with no links', () => {
    const model = analyse({ title: 'Nothing yet', links: [] });
    assert.equal(theoryOfActionWidget.isEmpty(model), true);
  });
});
