import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validate, type Schema } from '../../../packages/core/src/index.js';

const schema: Schema = {
  month: { type: 'date', required: true },
  rate: { type: 'percent', required: true },
  n: { type: 'number' },
  group: { type: 'category', values: ['ALL', 'EL', 'SWD'] },
  note: { type: 'string' },
};

describe('validate', () => {
  it('returns typed rows with the row number the user sees', () => {
    const result = validate([{ month: '2024-03', rate: '85%', n: '1,234', group: 'el', note: ' hi ' }], schema, { firstRow: 2 });
    assert.ok(result.ok);
    const row = result.rows[0]!;
    assert.equal(row.__row, 2);
    assert.equal((row.month as Date).toISOString(), '2024-03-01T00:00:00.000Z');
    assert.equal(row.rate, 85);
    assert.equal(row.n, 1234);
    assert.equal(row.group, 'EL');
    assert.equal(row.note, 'hi');
  });

  it('turns blanks in optional fields into null', () => {
    const result = validate([{ month: '2024-03', rate: 5, n: '', group: null }], schema);
    assert.ok(result.ok);
    assert.equal(result.rows[0]!.n, null);
    assert.equal(result.rows[0]!.group, null);
  });

  it('lists every problem up to the cap, each with field, row, value and both languages', () => {
    const rows = [
      { month: 'March', rate: '5%' },
      { month: '2024-04', rate: 'lots', group: 'XX' },
      { month: '2024-05', rate: Infinity },
    ];
    const result = validate(rows, schema, { firstRow: 2 });
    assert.ok(!result.ok);
    assert.equal(result.total, 4);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.field, p.row, p.value]),
      [
        ['not-date', 'month', 2, 'March'],
        ['not-percent', 'rate', 3, 'lots'],
        ['not-allowed', 'group', 3, 'XX'],
        ['not-percent', 'rate', 4, Infinity],
      ],
    );
    assert.equal(result.problems[0]!.message.en, 'Row 2, field “month”: “March” is not a date (use 2024-03-15, 2024-03 or a school year like 2023-24).');
    assert.equal(result.problems[0]!.message.es, 'Fila 2, campo “month”: “March” no es una fecha (use 2024-03-15, 2024-03 o un ciclo escolar como 2023-24).');
    assert.equal(result.problems[2]!.message.en, 'Row 3, field “group”: “XX” is not one of: ALL, EL, SWD.');
  });

  it('caps the list but counts every problem', () => {
    const rows = Array.from({ length: 50 }, () => ({ month: 'x', rate: 1 }));
    const result = validate(rows, schema, { maxProblems: 5 });
    assert.ok(!result.ok);
    assert.equal(result.problems.length, 5);
    assert.equal(result.total, 50);
  });

  it('reports a required column missing from every row once, by name', () => {
    const result = validate([{ month: '2024-01' }, { month: '2024-02' }], schema);
    assert.ok(!result.ok);
    assert.equal(result.total, 1);
    assert.equal(result.problems[0]!.message.en, 'The data has no field “rate”. Name the right column in the element’s attributes.');
  });

  it('reports a required value missing in one row with its row number', () => {
    const result = validate([{ month: '2024-01', rate: 1 }, { month: '2024-02', rate: ' ' }], schema, { firstRow: 2 });
    assert.ok(!result.ok);
    assert.equal(result.problems[0]!.message.en, 'Row 3, field “rate”: a value is required.');
    assert.equal(result.problems[0]!.message.es, 'Fila 3, campo “rate”: se requiere un valor.');
  });

  it('refuses NaN and infinities as numbers', () => {
    const result = validate([{ month: '2024-01', rate: 1, n: 'Infinity' }], schema);
    assert.ok(!result.ok);
    assert.equal(result.problems[0]!.code, 'not-finite');
  });
});
