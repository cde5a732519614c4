import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeGaps, gapSpec, type GapRow } from '../../../packages/core/src/index.js';

type Json = Record<string, any>; // spec JSON, read loosely

const ROWS: GapRow[] = [
  { group: 'ALL', value: 20, prior: 22, n: 500 },
  { group: 'Foster Youth', value: 35, prior: 30, n: 40 },
  { group: 'Asian', value: 8, prior: 9, n: 60 },
];

const layerWith = (spec: Json, test: (l: Json) => boolean) => (spec.layer as Json[]).filter(test);
const yAxis = (spec: Json) => (spec.layer as Json[]).find((l) => l.encoding?.y?.axis)!.encoding.y.axis;
const values = (spec: Json) => (spec.layer as Json[]).flatMap((l) => (l.data?.values ?? []) as Json[]);

describe('gap chart layout for the chart’s width', () => {
  const model = analyzeGaps(ROWS, { indicator: 'chronic' });

  it('names groups on the y axis when wide, above their rows below 560 px', () => {
    assert.notEqual(yAxis(gapSpec(model, 'en', '', 900)).labels, false);
    const narrow = gapSpec(model, 'en', '', 375) as Json;
    assert.equal(yAxis(narrow).labels, false);
    const names = layerWith(narrow, (l) => l.mark.type === 'text' && l.encoding.text.field === 'lines')[0]!;
    // Each row's name, then its Dashboard levels, visible on the chart (not only in the tooltip).
    assert.deepEqual(names.data.values.map((r: Json) => r.lines[0]), ['Foster Youth', 'All Students (reference)', 'Asian']);
    for (const r of names.data.values) assert.ok(r.lines.length >= 2, 'a level line under the name');
  });

  it('writes each gap with a sign that reads the same for either direction: − behind, + ahead', () => {
    // Chronic absenteeism, lower is better: Foster Youth at 35% against 20% is 15 points behind → "-15 pp";
    // Asian at 8% is 12 points ahead → "+12 pp".
    const labels = Object.fromEntries(values(gapSpec(model, 'en', '', 900)).filter((r) => r.gapLabel).map((r) => [r.label, r.gapLabel]));
    assert.deepEqual(labels, { 'Foster Youth': '-15 pp', Asian: '+12 pp' });
    // ELA, higher is better: 10 points from standard against 20 is 10 behind → "-10 pts".
    const ela = analyzeGaps([{ group: 'ALL', value: 20, prior: 20, n: 500 }, { group: 'Homeless', value: 10, prior: 12, n: 60 }], { indicator: 'ela' });
    assert.deepEqual(Object.fromEntries(values(gapSpec(ela, 'en', '', 900)).filter((r) => r.gapLabel).map((r) => [r.label, r.gapLabel])), { Homeless: '-10 pts' });
  });

  it('puts each gap label on the side away from the reference, so none crosses its line', () => {
    for (const width of [320, 375, 768, 1280]) {
      const rows = values(gapSpec(model, 'en', '', width)).filter((r) => r.gapLabel);
      for (const r of rows) {
        const hi = Math.max(r.value ?? -Infinity, r.prior ?? -Infinity);
        const lo = Math.min(r.value ?? Infinity, r.prior ?? Infinity);
        if (hi <= 20) assert.equal(r.side, 'left', `${r.label} at ${width}`);
        if (lo >= 20) assert.equal(r.side, 'right', `${r.label} at ${width}`);
      }
    }
  });

  it('names the numbers and explains the hollow dot and the line in the chart', () => {
    const spec = gapSpec(model, 'es', '', 640) as Json;
    const key = values(spec).find((r) => Array.isArray(r.text) && r.text.join(' ').startsWith('Números'));
    assert.equal(key!.text.join(' '), 'Números junto a los puntos: brecha con Todos los estudiantes (+ por delante, - por detrás)');
    const stroke = layerWith(spec, (l) => l.encoding?.stroke?.datum)[0]!;
    assert.deepEqual(stroke.encoding.stroke.scale.domain, ['Año pasado (punto hueco)', 'Cambio desde el año pasado (línea)']);
  });
});
