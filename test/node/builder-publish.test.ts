// The builder's publishing rules, in Node: the code a webmaster copies carries only publishable rows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gapChartWidget, parseCsv } from '../../packages/core/src/index.js';
import { decimalPoint, guessColumns, privacyNote, publishableGapRows, readTable, toCsv, withDecimalPoints } from '../../demo/builder/publish.js';

const FILE = `group,value,prior,n
ALL,-20.0,-25.0,900
HI,-40.0,-38.0,400
WH,10.0,4.0,300
AS,55.5,50.1,185
Kestrel,77.77,70,5
EL,-60.0,-70.0,120`;

async function modelOf(text: string, options: Record<string, unknown> = {}) {
  const loaded = await parseCsv(text);
  return gapChartWidget.analyse(loaded, gapChartWidget.options!({ indicator: 'ela', ...options }));
}

describe('what the builder publishes', () => {
  it('leaves out a group of 5 students: no row, no name, no value', async () => {
    const table = (await readTable(FILE, 'csv'))!;
    const result = publishableGapRows(table, await modelOf(FILE), new Map());
    assert.ok(!('error' in result));
    const csv = toCsv(result.table);
    for (const trace of ['Kestrel', '77.77', ',70,', ',5\n']) assert.ok(!`${csv}\n`.includes(trace), `${trace} in\n${csv}`);
    assert.ok(result.removed >= 1);
    assert.match(privacyNote(result.removed, result.blanked), /left out of the code/);
    assert.ok(csv.startsWith('group,value,prior,n\nALL,-20.0,-25.0,900'));
  });

  it('never publishes a group at or below 10, even when the threshold field says 0', async () => {
    const text = `group,value,prior,n\nALL,-20,-25,900\nHI,-40,-38,400\nWH,10,4,10\nAS,3,2,11`;
    const model = await modelOf(text, { suppressBelow: 0 });
    const result = publishableGapRows((await readTable(text, 'csv'))!, model, new Map([['suppress-below', '0']]));
    assert.ok(!('error' in result));
    assert.deepEqual(result.table.rows.map((r) => r.group).filter((g) => g === 'WH'), []);
  });

  it('leaves out the groups the chart hides so a small one cannot be worked out by subtraction', async () => {
    const model = await modelOf(FILE);
    const result = publishableGapRows((await readTable(FILE, 'csv'))!, model, new Map());
    assert.ok(!('error' in result));
    const kept = new Set(result.table.rows.map((r) => r.group));
    assert.deepEqual([...kept].sort(), model.groups.map((g) => g.code).sort());
    assert.equal(result.removed, FILE.split('\n').length - 1 - result.table.rows.length);
  });

  it('refuses a file without a column of student counts', async () => {
    const text = `group,value\nALL,-20\nHI,-40`;
    const model = { groups: [], suppressBelow: 10, entity: null } as never;
    const result = publishableGapRows((await readTable(text, 'csv'))!, model, new Map());
    assert.ok('error' in result);
    assert.match(result.error, /no column “n” with the number of students/);
  });

  it('reads a semicolon file with decimal commas as the spreadsheet meant it', async () => {
    assert.equal(decimalPoint('12,5'), '12.5');
    assert.equal(decimalPoint('-1.480,25'), '-1480.25');
    assert.equal(decimalPoint('1.480'), '1480');
    assert.equal(decimalPoint('12,5%'), '12.5%');
    assert.equal(decimalPoint('2024-25'), '2024-25');
    assert.equal(decimalPoint('Hispanic'), 'Hispanic');
    const table = (await readTable('mes;tasa\n2024-09;12,5\n2024-10;11,25\n', 'csv'))!;
    assert.equal(table.delimiter, ';');
    const { table: fixed, changed } = withDecimalPoints(table);
    assert.equal(changed, 2);
    assert.equal(toCsv(fixed), 'mes,tasa\n2024-09,12.5\n2024-10,11.25');
  });

  it('guesses the columns of a new file from their names and cells', async () => {
    const table = (await readTable('when,absent,notes\n2024-09,12.5,a\n2024-10,11,b\n', 'csv'))!;
    assert.deepEqual(guessColumns(['x', 'y'], table), { x: 'when', y: 'absent' });
    const gaps = (await readTable('Student Group,Status,Last year,Count\nALL,1,2,300\n', 'csv'))!;
    assert.deepEqual(guessColumns(['group', 'value', 'prior', 'n'], gaps), { group: 'Student Group', value: 'Status', prior: 'Last year', n: 'Count' });
  });
});
