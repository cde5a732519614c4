import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DARK_PALETTE,
  DASHBOARD_COLORS,
  LIGHT_PALETTE,
  MARKS,
  TEXT,
  chartConfig,
  contrastRatio,
  paletteProblems,
  themeSpec,
  toHex,
  type ChartPalette,
  type ChartSpec,
} from '../../../packages/core/src/index.js';

const BRAND: ChartPalette = { ...DARK_PALETTE, line: '#ffcc00', accent: '#ff66cc', text: '#eeeeee' };

describe('chart palettes', () => {
  it('both schemes pass WCAG AA against their background (text 4.5:1, lines and marks 3:1)', () => {
    assert.deepEqual(paletteProblems(LIGHT_PALETTE), []);
    assert.deepEqual(paletteProblems(DARK_PALETTE), []);
  });

  it('in the dark scheme each of the five Dashboard colours, exactly as CDE draws it, keeps 3:1 against the background by itself', () => {
    assert.deepEqual(paletteProblems(DARK_PALETTE, { dashboardFillsAlone: true }), []);
    // Dashboard Blue #0b5cad: L = 0.2126·0.0033 + 0.7152·0.1070 + 0.0722·0.4179 ≈ 0.1074; #050505: L ≈ 0.0015;
    // (0.1074 + 0.05) / (0.0015 + 0.05) ≈ 3.06.
    assert.ok(Math.abs(contrastRatio(DASHBOARD_COLORS.blue.fill, DARK_PALETTE.background) - 3.06) < 0.01);
    assert.equal(DASHBOARD_COLORS.blue.fill, '#0b5cad');
    assert.equal(DASHBOARD_COLORS.yellow.fill, '#f2c500');
  });

  it('in the light scheme the Dashboard colours that cannot reach 3:1 on white (Yellow 1.6:1) rely on their dark outline (17.4:1)', () => {
    assert.ok(contrastRatio(DASHBOARD_COLORS.yellow.fill, '#ffffff') < 3);
    assert.ok(contrastRatio(TEXT.primary, '#ffffff') > 17);
    assert.equal(paletteProblems(LIGHT_PALETTE, { dashboardFillsAlone: true }).length > 0, true);
  });

  it('names a failing brand colour with its ratio', () => {
    const problems = paletteProblems({ ...LIGHT_PALETTE, line: '#ffff00' });
    assert.deepEqual(problems, [{ what: 'line', ratio: 1.07, needs: 3 }]);
  });

  it('reads the colours getComputedStyle gives', () => {
    assert.equal(toHex('rgb(5, 5, 5)'), '#050505');
    assert.equal(toHex('rgba(255, 204, 0, 0.5)'), '#ffcc00');
    assert.equal(toHex('#ABC'), '#aabbcc');
    assert.equal(toHex('rgba(0, 0, 0, 0)'), null);
    assert.equal(toHex('light-dark(#fff, #000)'), null);
  });
});

describe('themeSpec', () => {
  const spec = {
    data: { values: [{ fill: '#1a1a1a', label: '#1a1a1a' }] },
    layer: [
      { mark: { type: 'line', color: MARKS.measure } },
      { mark: { type: 'rule', stroke: TEXT.accent, strokeWidth: 2 } },
      { mark: { type: 'point', stroke: TEXT.primary }, encoding: { fill: { field: 'level', scale: { range: Object.values(DASHBOARD_COLORS).map((c) => c.fill).concat('#ffffff') } } } },
      { mark: 'point', encoding: { color: { field: 's', scale: { range: [MARKS.measure, MARKS.signal] } }, stroke: { condition: { test: 'x', value: TEXT.muted }, value: TEXT.primary } } },
      { data: { values: [{ c: TEXT.muted }] }, mark: { type: 'text', fill: TEXT.muted } },
    ],
    config: { background: '#ffffff', axis: { labelColor: TEXT.muted, gridColor: '#d9d9d9', labelFontSize: 11 }, legend: { titleColor: TEXT.primary, orient: 'bottom' }, view: { stroke: null } },
  } as unknown as ChartSpec;

  it('recolours the light tokens in marks and scales, and leaves data and the Dashboard scale exact', () => {
    const themed = themeSpec(spec, BRAND) as unknown as typeof spec & { layer: Array<Record<string, any>>; config: Record<string, any>; data: unknown };
    assert.equal(themed.layer[0]!.mark.color, '#ffcc00');
    assert.equal(themed.layer[1]!.mark.stroke, '#ff66cc');
    assert.equal(themed.layer[1]!.mark.strokeWidth, 2);
    assert.equal(themed.layer[2]!.mark.stroke, '#eeeeee');
    assert.deepEqual(themed.layer[2]!.encoding.fill.scale.range, ['#c8102e', '#e87722', '#f2c500', '#2e8540', '#0b5cad', '#ffffff']);
    assert.deepEqual(themed.layer[3]!.encoding.color.scale.range, ['#ffcc00', DARK_PALETTE.signal]);
    assert.equal(themed.layer[3]!.encoding.stroke.condition.value, DARK_PALETTE.muted);
    assert.equal(themed.layer[3]!.encoding.stroke.value, '#eeeeee');
    assert.deepEqual(themed.layer[4]!.data, { values: [{ c: TEXT.muted }] });
    assert.equal(themed.layer[4]!.mark.fill, DARK_PALETTE.muted);
    assert.deepEqual(themed.data, { values: [{ fill: '#1a1a1a', label: '#1a1a1a' }] });
  });

  it('drops the spec config colours that the embed config carries, keeping the rest', () => {
    const themed = themeSpec(spec, BRAND) as unknown as { config: Record<string, unknown> };
    assert.deepEqual(themed.config, { axis: { labelFontSize: 11 }, legend: { orient: 'bottom' }, view: { stroke: null } });
    assert.equal((spec as unknown as { config: { background: string } }).config.background, '#ffffff', 'the input is not changed');
  });

  it('gives Vega the palette as config', () => {
    const config = chartConfig(BRAND) as { background: string; axis: Record<string, string>; legend: Record<string, string> };
    assert.equal(config.background, '#050505');
    assert.deepEqual(config.axis, { labelColor: '#b3b3b3', titleColor: '#eeeeee', gridColor: '#3d3d3d', domainColor: '#8c8c8c', tickColor: '#8c8c8c' });
    assert.equal(config.legend.labelColor, '#eeeeee');
  });
});
