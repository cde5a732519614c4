import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeGaps, normalizeGapOptions, OutcomeError, type GapOptionsInput } from '../../../packages/core/src/index.js';

/** Runs `fn`, expecting one bad-option error naming `option`; returns the problem. */
function badOption(fn: () => unknown, option: string) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof OutcomeError, String(e));
    const p = e.first;
    assert.equal(p.code, 'bad-option');
    assert.equal(p.field, option);
    assert.match(p.message.en, new RegExp(`^The option “${option}” (is|names) `));
    assert.match(p.message.es, new RegExp(`^La opción “${option}” (es|nombra) `));
    return p;
  }
  assert.fail(`expected a bad-option error for ${option}`);
}
const norm = (o: GapOptionsInput) => () => normalizeGapOptions(o);

describe('gap-chart options', () => {
  it('defaults: custom indicator, All Students reference, suppress at or below 10, colour from 30 (15 for Foster Youth and Homeless)', () => {
    const o = normalizeGapOptions();
    assert.equal(o.indicator, 'custom');
    assert.deepEqual(o.reference, { kind: 'all' });
    assert.equal(o.suppressBelow, 10);
    assert.equal(o.minColorN, 30);
    assert.equal(o.minColorNFosterHomeless, 15);
    assert.equal(o.sort, 'gap');
    assert.equal(o.suspensionTable, 'UD');
  });

  it('takes the direction and unit from the reference for each Dashboard indicator', () => {
    const expected = { ela: ['higher', 'dfs'], math: ['higher', 'dfs'], elpi: ['higher', 'percent'], chronic: ['lower', 'percent'], susp: ['lower', 'percent'], grad: ['higher', 'percent'], cci: ['higher', 'percent'], science: ['higher', 'points'] };
    for (const [indicator, [direction, unit]] of Object.entries(expected)) {
      const o = normalizeGapOptions({ indicator });
      assert.deepEqual([o.direction, o.unit], [direction, unit], indicator);
    }
  });

  it('reads every reference form: all, highest, state:<value>[/<prior>], { state, prior }, a group code or name', () => {
    assert.deepEqual(normalizeGapOptions({ reference: 'ALL' }).reference, { kind: 'all' });
    assert.deepEqual(normalizeGapOptions({ reference: 'highest' }).reference, { kind: 'highest' });
    assert.deepEqual(normalizeGapOptions({ reference: 'state:-12.5' }).reference, { kind: 'state', value: -12.5, prior: null });
    assert.deepEqual(normalizeGapOptions({ reference: 'state: 24.3 / 25.1' }).reference, { kind: 'state', value: 24.3, prior: 25.1 });
    assert.deepEqual(normalizeGapOptions({ reference: { state: '7', prior: 8 } }).reference, { kind: 'state', value: 7, prior: 8 });
    assert.deepEqual(normalizeGapOptions({ reference: 'wh' }).reference, { kind: 'group', group: 'WH' });
    assert.deepEqual(normalizeGapOptions({ reference: 'White' }).reference, { kind: 'group', group: 'WH' });
    assert.deepEqual(normalizeGapOptions({ reference: { group: 'Hispanic' } }).reference, { kind: 'group', group: 'HI' });
  });

  it('is idempotent: a normalised object passes through unchanged', () => {
    const o = normalizeGapOptions({ indicator: 'susp', reference: 'state:3/4', suspensionTable: 'ed', group: 'g', cds: '1964733-0000000', sort: 'value' });
    assert.deepEqual(normalizeGapOptions(o), o);
    assert.equal(o.cds, '19647330000000');
  });

  it('names an unknown indicator and lists the allowed ones', () => {
    const p = badOption(norm({ indicator: 'reading' }), 'indicator');
    assert.equal(p.message.en, 'The option “indicator” is “reading”; expected one of ela, math, elpi, chronic, susp, grad, cci, science, custom.');
    assert.equal(p.message.es, 'La opción “indicator” es “reading”; se esperaba uno de ela, math, elpi, chronic, susp, grad, cci, science, custom.');
  });

  it('names a bad reference', () => {
    const p = badOption(norm({ reference: 'state:lots' }), 'reference');
    assert.equal(p.message.en, 'The option “reference” is “state:lots”; expected all, highest, state:<value>[/<prior>] or a student group.');
    badOption(norm({ reference: 'state' }), 'reference');
    badOption(norm({ reference: { state: 'x' } }), 'reference');
  });

  it('refuses a reference group that is not shown, with one message whether it is absent, a typo or too small, quoting nothing', () => {
    const rows = [
      { group: 'ALL', value: 1, n: 100 },
      { group: 'EL', value: 2, n: 100 },
      { group: 'Zebra Academy', value: 3, n: 4 },
      { group: 'PI', value: 4, n: 9 },
    ];
    const expected =
      'The option “reference” names a student group that is not among the groups shown (it may be missing from the data, or hidden because it has 10 or fewer students). Use all, highest, state:<value>[/<prior>] or one of: ALL, EL.';
    const messages = ['Hispanc', 'HI', 'Zebra Academy', 'PI'].map((reference) => {
      const p = badOption(() => analyzeGaps(rows, { reference }), 'reference');
      assert.equal('value' in p, false, `no value kept for ${reference}`);
      return p.message.en;
    });
    assert.deepEqual(messages, [expected, expected, expected, expected]);
  });

  it('names other bad options: sizes, sort, suspension table, flags, cds, and a direction the Dashboard fixes', () => {
    badOption(norm({ suppressBelow: '-1' }), 'suppressBelow');
    badOption(norm({ suppressBelow: '2.5' }), 'suppressBelow');
    badOption(norm({ minColorN: 'thirty' }), 'minColorN');
    badOption(norm({ sort: 'size' }), 'sort');
    badOption(norm({ suspensionTable: 'XX' }), 'suspensionTable');
    badOption(norm({ hsCutPoints: 'maybe' }), 'hsCutPoints');
    badOption(norm({ cds: 'ABC' }), 'cds');
    badOption(norm({ indicator: 'chronic', direction: 'higher' }), 'direction');
    badOption(norm({ indicator: 'ela', unit: 'percent' }), 'unit');
  });

  it('accepts every suspension table type code of the record layout, HD included', () => {
    for (const t of ['ES', 'MS', 'HS', 'ED', 'HD', 'UD']) assert.equal(normalizeGapOptions({ indicator: 'susp', suspensionTable: t.toLowerCase() }).suspensionTable, t);
  });

  it('never lets the Foster Youth and Homeless minimum exceed the general one', () => {
    assert.equal(normalizeGapOptions({ minColorN: 12 }).minColorNFosterHomeless, 12);
  });
});
