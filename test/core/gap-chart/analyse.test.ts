import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeGaps, type GapModel, type GapRow } from '../../../packages/core/src/index.js';
import { CHRONIC as CHRONIC_ROWS } from './fixtures.js';

// Chronic absenteeism: lower is better.
const CHRONIC: GapRow[] = [...CHRONIC_ROWS];

// Expected levels and colours are worked out by hand from ../shared/reference/dashboard.md
// (§2 cut points, §3 grids, §5 size rules); gaps and trends from the widget's definitions.
const by = (model: GapModel, code: string) => {
  const g = model.groups.find((x) => x.code === code);
  assert.ok(g, `group ${code} is shown`);
  return g;
};


describe('gap analysis, lower is better (chronic absenteeism)', () => {
  const model = analyzeGaps(CHRONIC, { indicator: 'chronic' });

  it('gives each group the status, change and colour the reference tables give', () => {
    const expect: Record<string, [string, string, string | null]> = {
      ALL: ['high', 'declined', 'yellow'], // 20.0 High (10.1–20.0); −2.0 Declined; High × Declined = Yellow
      EL: ['very-high', 'increased', 'red'], // 27.0 ≥ 20.1; +1.0 Increased; Very High × Increased = Red
      SWD: ['very-high', 'declined-significantly', 'yellow'], // −5.0 ≤ −3.0, n 200 ≥ 150
      AS: ['low', 'declined', 'green'], // 5.0 Low (2.6–5.0); −1.0 Declined
      HI: ['very-high', 'declined', 'orange'], // −1.8 Declined
      FOS: ['very-high', 'declined', 'orange'], // −5.0 but n 20 < 150: 3×5 grid, Declined; 20 ≥ 15 for Foster Youth
      HOM: ['very-high', 'increased', null], // n 12 < 15: status and change shown, no colour
    };
    for (const [code, [status, change, color]] of Object.entries(expect)) {
      const g = by(model, code);
      assert.deepEqual([g.statusLevel, g.changeLevel, g.color], [status, change, color], code);
    }
    assert.equal(by(model, 'HOM').noColorReason, 'too-few-students');
    assert.equal(by(model, 'HOM').colorMinimum, 15);
    assert.equal(by(model, 'EL').colorMinimum, 30);
    assert.equal(by(model, 'FOS').safetyNet, true);
    assert.equal(by(model, 'SWD').safetyNet, false);
  });

  it('measures gap = group − All Students, and “behind” as a higher rate (the worse side)', () => {
    assert.deepEqual([by(model, 'EL').gap, by(model, 'EL').behind], [7, 7]);
    assert.deepEqual([by(model, 'AS').gap, by(model, 'AS').behind], [-15, -15]);
    assert.deepEqual([by(model, 'HI').gap, by(model, 'HI').behind], [0.3, 0.3]);
    assert.deepEqual([by(model, 'ALL').gap, by(model, 'ALL').behind, by(model, 'ALL').isReference], [0, 0, true]);
    assert.equal(by(model, 'EL').gapPrior, 4);
  });

  it('says whether each gap is closing, widening or steady (steady within the Maintained band, 0.4)', () => {
    assert.equal(by(model, 'EL').trend, 'widening'); // behind 4 → 7
    assert.equal(by(model, 'SWD').trend, 'closing'); // behind 13 → 10
    assert.equal(by(model, 'FOS').trend, 'closing'); // behind 23 → 20
    assert.equal(by(model, 'HOM').trend, 'widening'); // behind 7 → 11
    assert.equal(by(model, 'HI').trend, 'steady'); // behind 0.1 → 0.3
    assert.equal(by(model, 'AS').trend, 'closing'); // ahead 16 → 15
    assert.equal(by(model, 'ALL').trend, null);
  });

  it('sorts furthest behind first by default', () => {
    assert.deepEqual(model.groups.map((g) => g.code), ['FOS', 'HOM', 'SWD', 'EL', 'HI', 'ALL', 'AS']);
  });

  it('removes groups at or below 10 students entirely, keeping only their count', () => {
    assert.equal(model.suppressedCount, 1);
    assert.ok(!model.groups.some((g) => g.code === 'PI'));
    assert.ok(!JSON.stringify(model).includes('61.37'));
  });
});

// ELA grades 3–8: higher is better.
const ELA: GapRow[] = [
  { group: 'ALL', value: -10.0, prior: -15.0, n: 5000 },
  { group: 'AS', value: 50.0, prior: 45.0, n: 400 },
  { group: 'WH', value: 20.0, prior: 22.0, n: 800 },
  { group: 'EL', value: -60.0, prior: -58.0, n: 900 },
  { group: 'SWD', value: -95.0, prior: -100.0, n: 600 },
  { group: 'PI', value: 80.0, prior: 70.0, n: 10 },
];

describe('gap analysis, higher is better (ELA)', () => {
  it('colours with the academic grid', () => {
    const model = analyzeGaps(ELA, { indicator: 'ela' });
    const expect: Record<string, [string, string, string]> = {
      ALL: ['low', 'increased', 'yellow'], // −10.0 Low (−70.0…−5.1); +5.0 Increased (3.0…14.9)
      AS: ['very-high', 'increased', 'blue'],
      WH: ['high', 'maintained', 'green'], // 20.0 High (10.0…44.9); −2.0 Maintained (±2.9)
      EL: ['low', 'maintained', 'orange'],
      SWD: ['very-low', 'increased', 'orange'], // −95.0 ≤ −70.1
    };
    for (const [code, [status, change, color]] of Object.entries(expect)) {
      const g = by(model, code);
      assert.deepEqual([g.statusLevel, g.changeLevel, g.color], [status, change, color], code);
    }
  });

  it('measures “behind” as a lower score: gap −50 is 50 behind', () => {
    const model = analyzeGaps(ELA, { indicator: 'ela' });
    assert.deepEqual([by(model, 'EL').gap, by(model, 'EL').behind], [-50, 50]);
    assert.deepEqual([by(model, 'AS').gap, by(model, 'AS').behind], [60, -60]);
  });

  it('reference “highest”: the best shown group other than All Students, never a suppressed one', () => {
    const model = analyzeGaps(ELA, { indicator: 'ela', reference: 'highest' });
    assert.equal(model.reference.code, 'AS'); // PI (80.0) has 10 students: suppressed
    assert.equal(model.reference.value, 50);
    assert.equal(model.reference.name.en, 'the highest-performing group (Asian)');
    assert.equal(model.reference.name.es, 'el grupo con mejor resultado (Asiáticos)');
    assert.equal(by(model, 'AS').isReference, true);
    assert.deepEqual([by(model, 'ALL').behind, by(model, 'ALL').behindPrior, by(model, 'ALL').trend], [60, 60, 'steady']);
    assert.deepEqual([by(model, 'WH').behind, by(model, 'WH').trend], [30, 'widening']); // 23 → 30
    assert.deepEqual([by(model, 'SWD').behind, by(model, 'SWD').trend], [145, 'steady']);
  });

  it('reference “highest” for a lower-is-better indicator is the lowest rate', () => {
    const model = analyzeGaps(CHRONIC, { indicator: 'chronic', reference: 'highest' });
    assert.equal(model.reference.code, 'AS');
    assert.equal(by(model, 'EL').behind, 22);
  });

  it('reference state:<value>/<prior>', () => {
    const model = analyzeGaps(ELA, { indicator: 'ela', reference: 'state:-12.5/-14' });
    assert.deepEqual(model.reference, { kind: 'state', code: null, name: { en: 'California (state)', es: 'California (estado)' }, value: -12.5, prior: -14 });
    assert.deepEqual([by(model, 'ALL').gap, by(model, 'ALL').behind], [2.5, -2.5]);
    assert.deepEqual([by(model, 'SWD').behind, by(model, 'SWD').behindPrior, by(model, 'SWD').trend], [82.5, 86, 'closing']);
    assert.ok(model.groups.every((g) => !g.isReference));
    const noPrior = analyzeGaps(ELA, { indicator: 'ela', reference: 'state:-12.5' });
    assert.equal(by(noPrior, 'SWD').trend, null);
  });

  it('reference a group code', () => {
    const model = analyzeGaps(ELA, { indicator: 'ela', reference: 'WH' });
    assert.equal(model.reference.code, 'WH');
    assert.equal(model.reference.name.en, 'White');
    assert.deepEqual([by(model, 'ALL').gap, by(model, 'ALL').behind], [-30, 30]);
  });

  it('a suppressed reference group is refused, never compared with (its value would follow from the gaps)', () => {
    assert.throws(() => analyzeGaps(ELA, { indicator: 'ela', reference: 'PI' }), (e: Error) => /not among the groups shown/.test(e.message) && !/Pacific|PI\b/.test(e.message.split('one of:')[0]!));
  });

  it('sorts by value (highest first), by CDE group order, or as given', () => {
    const order = (sort: string) => analyzeGaps(ELA, { indicator: 'ela', sort }).groups.map((g) => g.code);
    assert.deepEqual(order('value'), ['AS', 'WH', 'ALL', 'EL', 'SWD']);
    assert.deepEqual(order('group'), ['ALL', 'AS', 'WH', 'EL', 'SWD']);
    assert.deepEqual(order('none'), ['ALL', 'AS', 'WH', 'EL', 'SWD']);
    assert.deepEqual(order('gap'), ['SWD', 'EL', 'ALL', 'WH', 'AS']);
  });
});

describe('gap trend when a group crosses the reference', () => {
  const rows = (x: [number, number], y: [number, number]): GapRow[] => [
    { group: 'ALL', value: 0, prior: 0, n: 1000 },
    { group: 'X', value: x[0], prior: x[1], n: 100 },
    { group: 'Y', value: y[0], prior: y[1], n: 100 },
  ];
  it('a group that overtook the reference closed its gap; one that fell behind it opened one', () => {
    const model = analyzeGaps(rows([6, -2], [-2, 6]), { indicator: 'ela' });
    assert.equal(by(model, 'X').trend, 'closing'); // 2 behind → 6 ahead
    assert.equal(by(model, 'Y').trend, 'widening'); // 6 ahead → 2 behind: must not read as closing
  });
  it('the same for a lower-is-better indicator', () => {
    const model = analyzeGaps(rows([1, 3], [3, 1]), { indicator: 'chronic' });
    assert.equal(by(model, 'X').trend, 'closing'); // 3 behind (higher rate) → 1 behind
    assert.equal(by(model, 'Y').trend, 'widening');
    const crossed = analyzeGaps(rows([-1, 1], [1, -1]), { indicator: 'chronic' });
    assert.equal(by(crossed, 'X').trend, 'closing'); // 1 behind → 1 ahead
    assert.equal(by(crossed, 'Y').trend, 'widening'); // 1 ahead → 1 behind
  });
});

describe('size rules and privacy in the analysis', () => {
  const row = (group: string, n: number | null, extra: Partial<GapRow> = {}): GapRow => ({ group, value: 12, prior: 12, n, ...extra });

  it('suppresses n ≤ 10 (smallest reported size is 11), “*”-marked rows and rows of unknown size', () => {
    const model = analyzeGaps([row('ALL', 500), row('EL', 10), row('SWD', 11), row('AA', 40, { suppressed: true }), row('HI', null)], { indicator: 'chronic' });
    assert.deepEqual(model.groups.map((g) => g.code).sort(), ['ALL', 'SWD']);
    assert.equal(model.suppressedCount, 3);
  });

  it('11–29 students: status shown, no colour; 30: colour', () => {
    const model = analyzeGaps([row('ALL', 500), row('EL', 29), row('SWD', 30)], { indicator: 'chronic' });
    assert.deepEqual([by(model, 'EL').statusLevel, by(model, 'EL').color, by(model, 'EL').noColorReason], ['high', null, 'too-few-students']);
    assert.deepEqual([by(model, 'SWD').statusLevel, by(model, 'SWD').color], ['high', 'orange']); // High × Maintained
  });

  it('Foster Youth and Homeless need 15 (and the general minimum still applies to others)', () => {
    const model = analyzeGaps([row('ALL', 500), row('FOS', 15), row('HOM', 14), row('SED', 15)], { indicator: 'chronic' });
    assert.equal(by(model, 'FOS').color, 'orange');
    assert.equal(by(model, 'HOM').color, null);
    assert.equal(by(model, 'SED').color, null);
  });

  it('honours a custom suppress-below', () => {
    const model = analyzeGaps([row('ALL', 500), row('EL', 20), row('SWD', 21)], { indicator: 'chronic', suppressBelow: 20 });
    assert.deepEqual(model.groups.map((g) => g.code).sort(), ['ALL', 'SWD']);
    assert.equal(model.suppressBelow, 20);
  });

  it('never takes last year’s value from a group that was suppressed last year', () => {
    const rows: GapRow[] = [
      { group: 'ALL', value: 10, n: 900, year: 2024 },
      { group: 'EL', value: 30, n: 8, year: 2024 },
      { group: 'SWD', value: 14, n: 90, year: 2024 },
      { group: 'ALL', value: 9, n: 900, year: 2025 },
      { group: 'EL', value: 25, n: 40, year: 2025 },
      { group: 'SWD', value: 13, n: 90, year: 2025 },
    ];
    const model = analyzeGaps(rows, { indicator: 'chronic' });
    assert.equal(model.year, '2025');
    assert.equal(by(model, 'EL').prior, null);
    assert.equal(by(model, 'EL').changeLevel, null);
    assert.equal(by(model, 'EL').noColorReason, 'no-prior-year');
    assert.deepEqual([by(model, 'SWD').prior, by(model, 'SWD').change], [14, -1]);
  });

  it('uses a given change (from unrounded statuses) over value − prior', () => {
    // 2.5 − 2.1 = 0.4 (Maintained), but the file's change from unrounded statuses is 0.5 (Increased).
    const model = analyzeGaps([{ group: 'ALL', value: 2.5, prior: 2.1, change: 0.5, n: 500 }], { indicator: 'chronic' });
    assert.deepEqual([model.groups[0]!.changeLevel, model.groups[0]!.color], ['increased', 'green']); // Very Low × Increased = Green
  });

  it('refuses two rows for the same group', () => {
    assert.throws(() => analyzeGaps([row('EL', 50), row('English Learners', 60)]), /The group “EL” appears more than once/);
  });
});
