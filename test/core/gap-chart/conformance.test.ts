import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as core from '../../../packages/core/src/index.js';
// @ts-expect-error: a plain JS script (scripts/conformance.js), no type declarations
import { DEFAULT_ROWS, runConformance } from '../../../scripts/conformance.js';

// CDE's own Dashboard rows (../shared/conformance/cde-dashboard-rows.json), read at run time when
// present: with each row's full context (year, entity, prior n, DASS/COE, n-size flags),
// dashboardLevels gives CDE's status level, change level and colour.
const present = existsSync(DEFAULT_ROWS);

describe('real CDE Dashboard rows, full context', { skip: present ? false : `absent: ${DEFAULT_ROWS}` }, () => {
  it('2023 and later: every row as in CDE’s file', () => {
    const res = runConformance(DEFAULT_ROWS, { since: '2023', core });
    assert.ok(res.checked > 15000, `only ${res.checked} rows`);
    assert.deepEqual(res.misses, []);
    assert.equal(res.matched, res.checked);
  });
  it('every year (2017f–2024): at least 99 %, and every remaining miss has a known explanation', () => {
    const res = runConformance(DEFAULT_ROWS, { core });
    assert.ok(res.matched / res.checked >= 0.99, `${res.matched}/${res.checked}`);
    assert.deepEqual(res.misses.filter((m: { why: string }) => m.why === 'unexplained'), []);
  });
});
