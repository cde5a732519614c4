import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeRunChartOptions, type RunChartOptionsInput } from '../../../packages/core/src/index.js';
import { problemOf } from './helpers.js';

describe('normalizeRunChartOptions', () => {
  it('fills every default', () => {
    assert.deepEqual(normalizeRunChartOptions(), {
      x: 'x', y: 'y', rules: 'ihi', baseline: null, phases: [], direction: null, goal: null, minPoints: 10, yFormat: 'number', changes: [],
      xLabel: null, yLabel: null,
    });
    assert.deepEqual(normalizeRunChartOptions(null), normalizeRunChartOptions({}));
  });

  it('reads attribute strings', () => {
    const o = normalizeRunChartOptions({
      x: ' month ', y: 'rate', rules: 'Anhøj', baseline: '12', phases: '2024-01, 2024-06', direction: 'DOWN', goal: '85%',
      minPoints: '8', yFormat: 'Percent', changes: '[{"x":"2024-03","label":" Coaching ","description":"Weekly coaching"},{"x":7,"label":"Bells"}]',
      xLabel: ' Month ', yLabel: 'Chronic absence rate',
    });
    assert.deepEqual(o, {
      x: 'month', y: 'rate', rules: 'anhoej', baseline: 12, phases: ['2024-01', '2024-06'], direction: 'down', goal: 85, minPoints: 8, yFormat: 'percent',
      changes: [{ x: '2024-03', label: 'Coaching', description: 'Weekly coaching' }, { x: 7, label: 'Bells' }],
      xLabel: 'Month', yLabel: 'Chronic absence rate',
    });
    assert.deepEqual(normalizeRunChartOptions({ phases: '[3, 7]' }).phases, [3, 7]);
    assert.equal(normalizeRunChartOptions({ rules: 'anhoj' }).rules, 'anhoej');
  });

  it('is idempotent', () => {
    const once = normalizeRunChartOptions({ baseline: 6, phases: [new Date(Date.UTC(2024, 0, 1)), 3], changes: [{ x: 2, label: 'A' }], goal: 5 });
    assert.deepEqual(normalizeRunChartOptions(once), once);
  });

  it('treats blank strings as not given', () => {
    const o = normalizeRunChartOptions({ baseline: '', direction: ' ', goal: '', minPoints: null, changes: '', phases: '' });
    assert.deepEqual([o.baseline, o.direction, o.goal, o.minPoints, o.changes, o.phases], [null, null, null, 10, [], []]);
  });

  const bad: Array<[string, RunChartOptionsInput]> = [
    ['rules', { rules: 'spc' }],
    ['rules', { rules: 5 as unknown as string }],
    ['baseline', { baseline: 0 }],
    ['baseline', { baseline: '2.5' }],
    ['minPoints', { minPoints: 'ten' }],
    ['direction', { direction: 'sideways' }],
    ['goal', { goal: 'high' }],
    ['yFormat', { yFormat: 'ratio' }],
    ['x', { x: 5 as unknown as string }],
    ['changes', { changes: '{not json' }],
    ['changes', { changes: '{"x":1,"label":"a"}' }],
    ['changes', { changes: '[{"x":1}]' }],
    ['changes', { changes: '[{"label":"a"}]' }],
    ['changes', { changes: '[null]' }],
    ['phases', { phases: { a: 1 } as unknown as string }],
    ['phases', { phases: '[1, 2' }],
    ['phases', { phases: '[null]' }],
  ];
  for (const [name, input] of bad) {
    it(`rejects a bad “${name}” (${JSON.stringify(input[name as keyof RunChartOptionsInput])}) with a bad-option error naming it`, () => {
      const p = problemOf(() => normalizeRunChartOptions(input));
      assert.equal(p.code, 'bad-option');
      assert.equal(p.field, name);
      assert.ok(p.message.en.startsWith(`The option “${name}” is `), p.message.en);
      assert.ok(p.message.es.startsWith(`La opción “${name}” es `), p.message.es);
    });
  }

  it('writes the exact message, with the value and what was expected', () => {
    assert.equal(problemOf(() => normalizeRunChartOptions({ baseline: 0 })).message.en, 'The option “baseline” is “0”; expected a whole number, 1 or more.');
    assert.equal(problemOf(() => normalizeRunChartOptions({ direction: 'sideways' })).message.en, 'The option “direction” is “sideways”; expected “up” or “down”.');
    assert.equal(problemOf(() => normalizeRunChartOptions({ changes: '{not json' })).message.en, 'The option “changes” is “{not json”; expected valid JSON.');
  });
});
