import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, rep, signalsOf } from './helpers.js';

/**
 * The shared definitions written out directly (sort for the median, filter, count side changes):
 * an oracle for randomised checks, independent of the single-pass code under test.
 */
function byDefinition(values: ReadonlyArray<number | null>) {
  const present = values.filter((v): v is number => v !== null);
  const s = [...present].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  const sides = present.filter((v) => v !== median).map((v) => (v > median ? 1 : -1));
  let crossings = 0;
  let longest = sides.length ? 1 : 0;
  let current = 1;
  for (let i = 1; i < sides.length; i++) {
    if (sides[i] !== sides[i - 1]) {
      crossings++;
      current = 1;
    } else longest = Math.max(longest, ++current);
  }
  return { median, useful: sides.length, crossings, runs: sides.length ? crossings + 1 : 0, longest };
}

describe('run chart: useful observations, runs and crossings', () => {
  it('counts useful points, runs, crossings and the longest run by hand', () => {
    // Four 2s, three 5s, four 8s: median 5. Off the median: 2 | 8 8 8 | 2 2 2 | 8
    // → 8 useful, 4 runs, 3 crossings, longest run 3; the 5s neither join nor break a run.
    const m = analyse([2, 8, 5, 8, 8, 5, 2, 2, 5, 2, 8], { minPoints: 1 });
    const p = m.phases[0]!;
    assert.deepEqual([p.median, p.useful, p.runs, p.crossings, p.longestRun], [5, 8, 4, 3, 3]);
  });

  it('treats missing values as gaps: never counted, never breaking a run', () => {
    const m = analyse([2, null, 8, 5, 8, null, 8, 5, 2, 2, 5, 2, null, 8], { minPoints: 1 });
    const p = m.phases[0]!;
    assert.deepEqual([p.median, p.count, p.missing, p.useful, p.runs, p.crossings, p.longestRun], [5, 11, 3, 8, 4, 3, 3]);
  });

  it('has no run at all when every point is on the median', () => {
    const p = analyse(rep(7, 12)).phases[0]!;
    assert.deepEqual([p.median, p.useful, p.runs, p.crossings, p.longestRun], [7, 0, 0, 0, 0]);
  });

  it('matches the definitions on random data (runs = crossings + 1)', () => {
    let seed = 99;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let t = 0; t < 2000; t++) {
      const n = 1 + Math.floor(random() * 40);
      const values = Array.from({ length: n }, () => (random() < 0.1 ? null : Math.floor(random() * 6)));
      if (values.every((v) => v === null)) continue;
      const p = analyse(values, { minPoints: 1 }).phases[0]!;
      const want = byDefinition(values);
      assert.deepEqual(
        { median: p.median, useful: p.useful, crossings: p.crossings, runs: p.runs, longest: p.longestRun },
        want,
        `values ${values.join(' ')}`,
      );
    }
  });
});

describe('run chart: points on the median in a shift', () => {
  it('skips them: they neither break a shift nor add to it', () => {
    // Six 6s, four 5s, five 1s: median 5. The six 6s (indices 0 1 3 4 6 7) are one run with the
    // 5s between them skipped: a shift of 6, not 8. The five 1s are not a shift.
    const m = analyse([6, 6, 5, 6, 6, 5, 6, 6, 1, 1, 1, 1, 1, 5, 5]);
    assert.equal(m.phases[0]!.median, 5);
    assert.equal(m.phases[0]!.useful, 11);
    assert.deepEqual(signalsOf(m, 'shift'), [[0, 7, 'up', 6]]);
    assert.deepEqual(
      m.points.map((p) => p.signals.length > 0 && m.signals[p.signals[0]!]!.rule === 'shift'),
      [true, true, false, true, true, false, true, true, false, false, false, false, false, false, false],
      'the points on the median are not part of the shift',
    );
  });

  it('does not let them lengthen a run of five into a shift', () => {
    // Five 6s, three 5s, six 1s: median (5 + 5) / 2 = 5. Above: 6 (5) 6 (5) 6 6 6 → five points.
    const m = analyse([6, 5, 6, 5, 6, 6, 6, 1, 1, 1, 1, 1, 1, 5]);
    assert.equal(m.phases[0]!.median, 5);
    assert.deepEqual(signalsOf(m, 'shift'), [[7, 12, 'down', 6]]);
  });

  it('lets a shift run across a missing value without counting it', () => {
    const m = analyse([9, 9, 9, null, 9, 9, 9, 1, 1, 1, 1, 1, 1]);
    assert.deepEqual(signalsOf(m, 'shift'), [
      [0, 6, 'up', 6],
      [7, 12, 'down', 6],
    ]);
    assert.deepEqual(m.points[3]!.signals, []);
  });
});
