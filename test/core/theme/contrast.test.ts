import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CATEGORICAL, contrastRatio, DASHBOARD_COLORS, MARKS, TEXT } from '../../../packages/core/src/index.js';

describe('theme tokens meet WCAG contrast', () => {
  it('computes the WCAG ratio (black on white is 21, white on white is 1)', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    // #767676 on white is the well-known 4.54:1 boundary grey.
    assert.ok(Math.abs(contrastRatio('#767676', '#ffffff') - 4.54) < 0.01);
  });
  it('every categorical colour reaches 3:1 against white', () => {
    for (const c of CATEGORICAL) assert.ok(contrastRatio(c, '#ffffff') >= 3, `${c}: ${contrastRatio(c, '#ffffff').toFixed(2)}`);
  });
  it('every text colour reaches 4.5:1 against white', () => {
    for (const [name, c] of Object.entries(TEXT)) assert.ok(contrastRatio(c, '#ffffff') >= 4.5, `${name} ${c}`);
  });
  it('every chart mark colour but the grid and background reaches 3:1 against white', () => {
    for (const [name, c] of Object.entries(MARKS)) {
      if (name === 'grid' || name === 'background') continue;
      assert.ok(contrastRatio(c, '#ffffff') >= 3, `${name} ${c}`);
    }
  });
  it('every Dashboard colour has a name in both languages, a distinct shape, and reaches 3:1 against its dark outline', () => {
    const shapes = new Set(Object.values(DASHBOARD_COLORS).map((c) => c.shape));
    assert.equal(shapes.size, 5);
    for (const token of Object.values(DASHBOARD_COLORS)) {
      assert.ok(token.name.en && token.name.es);
      assert.ok(contrastRatio(token.fill, TEXT.primary) >= 3 || contrastRatio(token.fill, '#ffffff') >= 3, token.name.en);
    }
  });
});
