import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toDate, toNumber, toPercent } from '../../../packages/core/src/index.js';

describe('coercion of what people type', () => {
  it('reads numbers with spaces, thousands separators and a typographic minus', () => {
    assert.equal(toNumber(' 12 '), 12);
    assert.equal(toNumber('1,234'), 1234);
    assert.equal(toNumber('1,234,567.5'), 1234567.5);
    assert.equal(toNumber('\u22123.5'), -3.5);
    assert.equal(toNumber('abc'), undefined);
    assert.equal(toNumber('1,23'), undefined);
    assert.equal(toNumber(Infinity), undefined);
    assert.equal(toNumber(''), null);
  });
  it('reads percentages in percent units', () => {
    assert.equal(toPercent('85%'), 85);
    assert.equal(toPercent('12.5 %'), 12.5);
    assert.equal(toPercent(40), 40);
  });
  it('reads ISO dates, months, years, US dates and school years as UTC dates', () => {
    assert.equal(toDate('2024-03-15')?.toISOString(), '2024-03-15T00:00:00.000Z');
    assert.equal(toDate('2024-03')?.toISOString(), '2024-03-01T00:00:00.000Z');
    assert.equal(toDate('2023-24')?.toISOString(), '2023-07-01T00:00:00.000Z');
    assert.equal(toDate('2023–2024')?.toISOString(), '2023-07-01T00:00:00.000Z');
    assert.equal(toDate('3/15/2024')?.toISOString(), '2024-03-15T00:00:00.000Z');
    assert.equal(toDate('2024-02-30'), undefined);
    assert.equal(toDate('2023-25'), undefined);
  });
});
