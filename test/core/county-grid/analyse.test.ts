import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyzeCountyGrid,
  countyGridSummary,
  countyGridTable,
  countyGridWidget,
  expandHref,
  filterGridRows,
  isOutcomeError,
  loadValue,
  readEntityDocument,
  sortGridRows,
} from '../../../packages/core/src/index.js';
import { countyFixture } from '../equity-report/fixture.js';

const grid = (options = {}) => analyzeCountyGrid(countyFixture(), options);
const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('county grid: analysis', () => {
  it('one row per LEA for All Students in the latest year, with its DA status', () => {
    const m = grid();
    assert.equal(m.year, '2024');
    assert.equal(m.childKind, 'lea');
    assert.deepEqual(names(m.rows), ['Alamo Unified', 'Bonita Elementary', 'Cerro Charter']);
    assert.deepEqual(m.rows.map((r) => r.da?.eligible ?? null), [true, false, null]);
    assert.equal(m.rows[0]!.cells.chronic!.color, 'yellow');
    assert.equal(m.rows[2]!.cells.ela, undefined);
    assert.ok(m.hasDa);
  });

  it('a chosen student group, by code or name; a group of 10 or fewer students is counted, never shown', () => {
    const m = grid({ group: 'Students with Disabilities' });
    assert.equal(m.group, 'SWD');
    assert.equal(m.rows[0]!.cells.chronic!.color, 'red');
    assert.equal(m.rows[1]!.cells.chronic, undefined);
    assert.equal(m.suppressedCount, 1);
    assert.ok(!JSON.stringify(m.rows[1]).includes('30'));
  });

  it('an earlier year, and the groups that year offers', () => {
    const m = grid({ year: '2023' });
    assert.equal(m.rows[0]!.cells.chronic!.status, 28.9);
    assert.deepEqual(m.rows.map((r) => r.da?.eligible ?? null), [false, false, null]);
    assert.deepEqual(grid().groups, ['ALL', 'SWD']);
  });

  it('a year not in the data is a bad option', () => {
    assert.throws(() => grid({ year: '2031' }), (e: unknown) => isOutcomeError(e) && e.first.field === 'year');
  });
});

describe('county grid: filter, sort, links', () => {
  const rows = grid().rows;
  it('filters by name (accents and case ignored), by CDS code, and to DA-eligible LEAs', () => {
    assert.deepEqual(names(filterGridRows(rows, { query: 'BONITA', daOnly: false })), ['Bonita Elementary']);
    assert.deepEqual(names(filterGridRows(rows, { query: 'céRRo', daOnly: false })), ['Cerro Charter']);
    assert.deepEqual(names(filterGridRows(rows, { query: '60222', daOnly: false })), ['Bonita Elementary']);
    assert.deepEqual(names(filterGridRows(rows, { query: '', daOnly: true })), ['Alamo Unified']);
    assert.deepEqual(names(filterGridRows(rows, { query: 'bonita', daOnly: true })), []);
  });

  it('sorts an indicator Red first (worse status first within a colour), rows without data last either way', () => {
    assert.deepEqual(names(sortGridRows(rows, { key: 'chronic', direction: 'ascending' })), ['Cerro Charter', 'Alamo Unified', 'Bonita Elementary']);
    assert.deepEqual(names(sortGridRows(rows, { key: 'chronic', direction: 'descending' })), ['Bonita Elementary', 'Alamo Unified', 'Cerro Charter']);
    assert.deepEqual(names(sortGridRows(rows, { key: 'ela', direction: 'descending' })), ['Bonita Elementary', 'Alamo Unified', 'Cerro Charter']);
    assert.deepEqual(names(sortGridRows(rows, { key: 'name', direction: 'descending' })), ['Cerro Charter', 'Bonita Elementary', 'Alamo Unified']);
    assert.deepEqual(names(sortGridRows(rows, { key: 'da', direction: 'ascending' })), ['Alamo Unified', 'Bonita Elementary', 'Cerro Charter']);
  });

  it('builds each row’s link from the template, encoded, and never a script link', () => {
    const row = { cds: '60111110000000', name: 'Alamo & Co', href: 'districts/60111110000000.json' };
    assert.equal(expandHref('districts.html?cds={cds}', row), 'districts.html?cds=60111110000000');
    assert.equal(expandHref('/dash/{href}?n={name}', row), '/dash/districts/60111110000000.json?n=Alamo%20%26%20Co');
    assert.equal(expandHref('{href}', { ...row, href: 'javascript:alert(1)' }), 'javascript%3Aalert(1)');
    assert.equal(expandHref('javascript:go({cds})', row), null);
    assert.equal(expandHref('', row), null);
  });
});

describe('county grid: views', () => {
  it('summarises in English and Spanish', () => {
    assert.equal(
      countyGridSummary(grid(), 'en'),
      'Valle Verde County, 2024 Dashboard: 3 districts on 2 indicators, for All Students. 1 is eligible for differentiated assistance: Alamo Unified. 1 is Red on Chronic Absenteeism. Illustrative data.',
    );
    assert.equal(
      countyGridSummary(grid(), 'es'),
      'Valle Verde County, Dashboard 2024: 3 distritos en 2 indicadores, para Todos los estudiantes. 1 es elegible para asistencia diferenciada: Alamo Unified. 1 está en rojo en Ausentismo crónico. Datos ilustrativos.',
    );
  });

  it('the data table lists each LEA, its CDS code, each cell in words and DA', () => {
    const t = countyGridTable(grid(), 'en', 'Grid');
    assert.deepEqual(t.columns.map((c) => c.key), ['name', 'cds', 'chronic', 'ela', 'da']);
    assert.deepEqual(t.rows.map((r) => r.da), ['Eligible (Students with Disabilities)', 'Not eligible', '']);
  });

  it('reads a document through the pipeline; a bad count is named by its path', () => {
    const m = countyGridWidget.analyse(loadValue(countyFixture()), countyGridWidget.options!({}));
    assert.equal(countyGridWidget.title(m, { lang: 'en' }), 'Valle Verde County: districts on the Dashboard');
    const doc = countyFixture();
    (doc.children[1]!.records[0] as unknown as Record<string, unknown>).n = 'many';
    assert.throws(() => readEntityDocument(doc), (e: unknown) => isOutcomeError(e) && e.first.field === 'children[1].records[0].n');
  });
});
