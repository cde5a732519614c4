import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatList, formatNumber, formatPercent, formatSigned, resolveLang, MESSAGES } from '../../../packages/core/src/index.js';

describe('i18n', () => {
  it('resolves any language tag to en or es', () => {
    assert.equal(resolveLang('es-MX'), 'es');
    assert.equal(resolveLang('ES'), 'es');
    assert.equal(resolveLang('fr'), 'en');
    assert.equal(resolveLang(undefined), 'en');
  });
  it('formats numbers, percentages and signed changes with Intl', () => {
    assert.equal(formatNumber(1234.56, 'en'), '1,234.6');
    assert.equal(formatNumber(1234.56, 'es'), '1,234.6');
    assert.equal(formatPercent(12.5, 'en'), '12.5%');
    assert.match(formatPercent(12.5, 'es'), /^12\.5\s?%$/);
    assert.equal(formatSigned(3.2, 'en'), '+3.2');
    assert.equal(formatSigned(-3.2, 'en'), '-3.2');
    assert.equal(formatNumber(Number.NaN), '—');
  });
  it('formats dates in UTC at the precision asked', () => {
    const d = new Date(Date.UTC(2024, 2, 1));
    assert.equal(formatDate(d, 'en', 'month'), 'March 2024');
    assert.equal(formatDate(d, 'es', 'month'), 'marzo de 2024');
    assert.equal(formatDate(d, 'en', 'day'), 'Mar 1, 2024');
    assert.equal(formatDate(d, 'en', 'year'), '2024');
  });
  it('joins lists the way each language does', () => {
    assert.equal(formatList(['A', 'B', 'C'], 'en'), 'A, B, and C');
    assert.equal(formatList(['A', 'B', 'C'], 'es'), 'A, B y C');
  });
  it('has every message in both languages', () => {
    assert.deepEqual(Object.keys(MESSAGES.es).sort(), Object.keys(MESSAGES.en).sort());
  });
});
