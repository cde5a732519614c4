import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SHAPE_PATHS, swatchOf } from '../../../packages/core/src/index.js';

describe('Dashboard swatches for HTML tables', () => {
  it('take the gap chart’s tokens: Red is a red downward triangle, no colour a white cross', () => {
    assert.deepEqual(swatchOf('red'), { fill: '#c8102e', path: SHAPE_PATHS['triangle-down'] });
    assert.deepEqual(swatchOf('yellow'), { fill: '#f2c500', path: SHAPE_PATHS.square });
    assert.deepEqual(swatchOf(null), { fill: '#ffffff', path: SHAPE_PATHS.cross });
  });

  it('every colour has its own shape', () => {
    const paths = (['red', 'orange', 'yellow', 'green', 'blue', null] as const).map((c) => swatchOf(c).path);
    assert.equal(new Set(paths).size, 6);
  });
});
