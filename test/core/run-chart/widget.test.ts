import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  detectXType,
  loadText,
  loadValue,
  normalizeRunChartOptions,
  OutcomeError,
  runChartSummary,
  runChartTable,
  runChartWidget,
  type Loaded,
  type RunChartModel,
  type RunChartOptionsInput,
} from '../../../packages/core/src/index.js';
import { problemOf } from './helpers.js';

function run(loaded: Loaded, options: RunChartOptionsInput = {}): RunChartModel {
  return runChartWidget.analyse(loaded, normalizeRunChartOptions(options));
}

const iso = (x: unknown) => (x instanceof Date ? x.toISOString().slice(0, 10) : x);
const xs = (m: RunChartModel) => m.points.map((p) => iso(p.x));

describe('run-chart widget: the x column', () => {
  it('reads ISO dates as dates, written to the day', () => {
    const m = run(loadValue([{ x: '2024-03-15', y: 1 }, { x: '2024-03-22', y: 2 }]));
    assert.deepEqual([m.xType, m.datePrecision, xs(m)], ['date', 'day', ['2024-03-15', '2024-03-22']]);
  });

  it('reads months "2024-03" as the first of the month, written as a month', () => {
    const m = run(loadValue([{ x: '2024-01', y: 1 }, { x: '2024-02', y: 2 }]));
    assert.deepEqual([m.xType, m.datePrecision, xs(m)], ['date', 'month', ['2024-01-01', '2024-02-01']]);
    assert.equal(runChartTable(m).rows[0]!.x, 'January 2024');
  });

  it('reads school years "2023-24" as dates (1 July) and writes them back as school years', () => {
    const m = run(loadValue([{ x: '2021-22', y: 1 }, { x: '2022-23', y: 2 }, { x: '2023–2024', y: 3 }]));
    assert.deepEqual([m.xType, m.datePrecision, xs(m)], ['date', 'schoolYear', ['2021-07-01', '2022-07-01', '2023-07-01']]);
    assert.deepEqual(runChartTable(m).rows.map((r) => r.x), ['2021–22', '2022–23', '2023–24']);
  });

  it('reads years as dates written as years', () => {
    const m = run(loadValue([{ x: 2019, y: 1 }, { x: '2020', y: 2 }]));
    assert.deepEqual([m.xType, m.datePrecision, xs(m)], ['date', 'year', ['2019-01-01', '2020-01-01']]);
  });

  it('reads plain numbers as numbers', async () => {
    assert.equal(run(loadValue([{ x: 1, y: 1 }, { x: 2, y: 2 }])).xType, 'number');
    const csv = run(await loadText('x,y\n1,5\n2,6\n10,7\n'));
    assert.deepEqual([csv.xType, xs(csv)], ['number', [1, 2, 10]]);
  });

  it('keeps labels as labels, in the order given', () => {
    const m = run(loadValue([{ x: 'Week 2', y: 1 }, { x: 'Week 1', y: 2 }, { x: 'Fall', y: 3 }]));
    assert.deepEqual([m.xType, xs(m), m.sorted], ['string', ['Week 2', 'Week 1', 'Fall'], false]);
  });

  it('decides on the majority: a stray value in a date column is a bad date, named with its row', () => {
    assert.equal(detectXType([{ x: '2024-01' }, { x: '2024-02' }, { x: 'March' }], 'x'), 'date');
    assert.equal(detectXType([{ x: 'A' }, { x: 'B' }, { x: '2024-01' }], 'x'), 'string');
    assert.equal(detectXType([{ x: '1' }, { x: '' }, { x: '2.5' }], 'x'), 'number');
    const p = problemOf(() => run(loadValue([{ x: '2024-01', y: 1 }, { x: '2024-02', y: 2 }, { x: 'March', y: 3 }])));
    assert.deepEqual([p.code, p.field, p.row, p.value], ['not-date', 'x', 3, 'March']);
  });

  it('reports a missing x field once, naming it', () => {
    const p = problemOf(() => run(loadValue([{ month: '2024-01', y: 1 }, { month: '2024-02', y: 2 }])));
    assert.deepEqual([p.code, p.field, p.message.en], ['missing-field', 'x', 'The data has no field “x”. Name the right column in the element’s attributes.']);
  });

  it('requires an x value in every row', () => {
    const p = problemOf(() => run(loadValue([{ x: '2024-01', y: 1 }, { x: '', y: 2 }])));
    assert.deepEqual([p.code, p.field, p.row], ['required', 'x', 2]);
  });
});

describe('run-chart widget: order', () => {
  it('sorts dates that come out of order, keeping each row’s number, and says so', () => {
    const m = run(loadValue([{ x: '2024-03', y: 3 }, { x: '2024-01', y: 1 }, { x: '2024-02', y: 2 }]));
    assert.deepEqual(xs(m), ['2024-01-01', '2024-02-01', '2024-03-01']);
    assert.deepEqual(m.points.map((p) => [p.y, p.row]), [
      [1, 2],
      [2, 3],
      [3, 1],
    ]);
    assert.equal(m.sorted, true);
    assert.match(runChartSummary(m), /The rows were put in order before the analysis\./);
  });

  it('sorts numbers too, and leaves rows in order alone', () => {
    assert.deepEqual(xs(run(loadValue([{ x: 3, y: 1 }, { x: 1, y: 2 }]))), [1, 3]);
    assert.equal(run(loadValue([{ x: 1, y: 1 }, { x: 2, y: 2 }])).sorted, false);
  });
});

describe('run-chart widget: the y column', () => {
  it('makes a blank value a gap, never zero', () => {
    const m = run(loadValue([{ x: 1, y: 4 }, { x: 2, y: '' }, { x: 3, y: null }, { x: 4, y: 'NA' }, { x: 5 }, { x: 6, y: 0 }]));
    assert.deepEqual(m.points.map((p) => p.y), [4, null, null, null, null, 0]);
    assert.equal(m.missing, 4);
    assert.equal(m.phases[0]!.median, 2, 'the median of 4 and 0');
  });

  it('names the field and the row of a bad value, counting the CSV header as row 1', async () => {
    const loaded = await loadText('x,y\n2024-01,5\n2024-02,oops\n');
    assert.equal(loaded.firstRow, 2);
    const csv = problemOf(() => run(loaded));
    assert.deepEqual([csv.code, csv.field, csv.row, csv.value], ['not-number', 'y', 3, 'oops']);
    assert.equal(csv.message.en, 'Row 3, field “y”: “oops” is not a number.');
    assert.equal(csv.message.es, 'Fila 3, campo “y”: “oops” no es un número.');
    const json = problemOf(() => run(loadValue([{ x: 1, y: 2 }, { x: 2, y: 'oops' }])));
    assert.deepEqual([json.field, json.row], ['y', 2]);
  });

  it('reads percentages with yFormat percent and names a custom y field', () => {
    const m = run(loadValue([{ x: 1, rate: '85%' }, { x: 2, rate: 90 }]), { y: 'rate', yFormat: 'percent' });
    assert.deepEqual(m.points.map((p) => p.y), [85, 90]);
    const p = problemOf(() => run(loadValue([{ x: 1, rate: 'lots' }]), { y: 'rate', yFormat: 'percent' }));
    assert.deepEqual([p.code, p.field, p.row], ['not-percent', 'rate', 1]);
  });

  it('reports a missing y field once, in one clear message', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ x: i + 1, value: i }));
    let error: unknown;
    try {
      run(loadValue(rows));
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof OutcomeError);
    assert.equal(error.problems.length, 1);
    assert.equal(error.total, 1);
    assert.deepEqual([error.first.code, error.first.field], ['missing-field', 'y']);
    assert.equal(error.first.message.en, 'The data has no field “y”. Name the right column in the element’s attributes.');
    assert.equal(problemOf(() => run(loadValue(rows), { y: 'rate' })).message.en, 'The data has no field “rate”. Name the right column in the element’s attributes.');
  });

  it('is empty when every value is missing', () => {
    const m = run(loadValue([{ x: 1, y: '' }, { x: 2, y: null }]));
    assert.equal(runChartWidget.isEmpty(m), true);
    assert.equal(runChartWidget.isEmpty(run(loadValue([{ x: 1, y: 3 }]))), false);
    assert.equal(runChartSummary(m), 'No data yet.');
  });
});

describe('run-chart widget: phase, change and description columns', () => {
  it('starts phases where the phase column changes and marks changes with their descriptions', async () => {
    const loaded = await loadText(
      'month,rate,phase,change,description\n' +
        '2024-01,5,Before,,\n2024-02,6,Before,,\n2024-03,4,Before,,\n' +
        '2024-04,8,After,Coaching,"Weekly coaching, grades 3-5"\n2024-05,9,After,,\n2024-06,7,After,,\n',
    );
    const m = run(loaded, { x: 'month', y: 'rate', minPoints: 1 });
    assert.deepEqual(m.phases.map((p) => [p.label, p.from, p.to, p.median]), [
      ['Before', 0, 2, 5],
      ['After', 3, 5, 8],
    ]);
    assert.deepEqual(m.changes.map((c) => [c.index, iso(c.x), c.label, c.description]), [[3, '2024-04-01', 'Coaching', 'Weekly coaching, grades 3-5']]);
    assert.deepEqual(m.points.map((p) => p.row), [2, 3, 4, 5, 6, 7]);
    assert.equal(runChartTable(m).rows[3]!.change, 'Coaching: Weekly coaching, grades 3-5');
  });

  it('takes a note column when there is no description column', () => {
    const m = run(loadValue([{ x: 1, y: 1, change: 'Bells', note: 'New bell schedule' }, { x: 2, y: 2 }]));
    assert.deepEqual(m.changes.map((c) => [c.label, c.description]), [['Bells', 'New bell schedule']]);
  });

  it('places changes from the `changes` option (a JSON string) at the first point at or after their x', () => {
    const rows = ['2024-01', '2024-02', '2024-03', '2024-04'].map((x, i) => ({ x, y: i }));
    const changes = '[{"x":"2024-02-15","label":"Tutoring","description":"After school"},{"x":"2025-01","label":"Late"}]';
    const m = run(loadValue(rows), { changes });
    assert.deepEqual(m.changes.map((c) => [c.index, iso(c.x), c.label, c.description]), [[2, '2024-03-01', 'Tutoring', 'After school']]);
    assert.deepEqual(m.points[2]!.changes, [0]);
    assert.equal(m.unmatched.changes, 1);
    assert.match(runChartSummary(m), /1 phase start or change matches no point and is not shown\./);
  });

  it('starts phases from the `phases` option given as school years', () => {
    const rows = ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24'].map((x, i) => ({ x, y: i }));
    const m = run(loadValue(rows), { phases: '2022-23', minPoints: 1 });
    assert.deepEqual(m.phases.map((p) => [p.from, p.to]), [
      [0, 2],
      [3, 4],
    ]);
  });

  it('rejects a bad option with the option’s name before reading any row', () => {
    const p = problemOf(() => runChartWidget.analyse(loadValue([{ x: 1, y: 1 }]), { changes: '[{"x":1}]' } as never));
    assert.deepEqual([p.code, p.field], ['bad-option', 'changes']);
  });
});
