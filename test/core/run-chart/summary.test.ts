import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeRunChart, runChartSummary, runChartTable, type RunChartChange } from '../../../packages/core/src/index.js';
import { analyse } from './helpers.js';

const IHI_EN = 'This run chart uses the IHI rules: shift, trend, too few or too many runs, and possible astronomical point.';
const IHI_ES = 'Esta gráfica de rachas usa las reglas del IHI: desplazamiento, tendencia, muy pocas o demasiadas rachas y posible punto astronómico.';

// Worked example 3: shifts above (1–6) and below (7–12) a median of 8, and 2 runs (< 3).
const EXAMPLE_3 = [10, 11, 12, 10, 11, 12, 5, 4, 6, 5, 4, 6, 8];

// Six low (median of all: (4 + 6) / 2 = 5), then six high: a shift down, too few runs, a shift
// up; moving ranges are wide enough (limits ≈ −1.70 to 11.36) that no point is astronomical.
const LOW_HIGH = [3, 1, 4, 2, 3, 1, 8, 6, 9, 7, 8, 6];
const MONTHS = LOW_HIGH.map((y, i) => ({ x: new Date(Date.UTC(2024, i, 1)), y }));

describe('run-chart summary', () => {
  it('tells each signal in words, with its verdict (English)', () => {
    assert.equal(
      runChartSummary(analyse(EXAMPLE_3, { direction: 'up' })),
      `${IHI_EN} The median is 8. ` +
        'From 1 to 6, 6 points in a row were above the median (a shift): a signal of improvement. ' +
        'There were 2 runs, fewer than the lower limit of 3 (too few runs): a signal of non-random variation. ' +
        'From 7 to 12, 6 points in a row were below the median (a shift): a signal of deterioration.',
    );
  });

  it('tells each signal in words, with its verdict (Spanish)', () => {
    assert.equal(
      runChartSummary(analyse(EXAMPLE_3, { direction: 'up' }), 'es'),
      `${IHI_ES} La mediana es 8. ` +
        'De 1 a 6, 6 puntos seguidos quedaron por encima de la mediana (un desplazamiento): una señal de mejora. ' +
        'Hubo 2 rachas, menos que el límite inferior de 3 (muy pocas rachas): una señal de variación no aleatoria. ' +
        'De 7 a 12, 6 puntos seguidos quedaron por debajo de la mediana (un desplazamiento): una señal de deterioro.',
    );
  });

  it('says when no rule gave a signal', () => {
    // Median 5.5, 9 runs (3–11 allowed), no shift, no trend, limits 5.5 ± 2.66 × 24/11.
    const m = analyse([5, 7, 4, 6, 6, 3, 8, 5, 4, 7, 6, 5]);
    assert.deepEqual(m.signals, []);
    assert.equal(runChartSummary(m), `${IHI_EN} The median is 5.5. No rule gave a signal of non-random variation.`);
    assert.equal(runChartSummary(m, 'es'), `${IHI_ES} La mediana es 5.5. Ninguna regla dio una señal de variación no aleatoria.`);
  });

  it('names Anhøj’s rules when they are used', () => {
    assert.match(runChartSummary(analyse(EXAMPLE_3, { rules: 'anhoej' })), /^This run chart uses Anhøj’s rules: longest run and crossings\./);
  });

  it('ties a signal to a change that began at its first point', () => {
    const m = analyzeRunChart(MONTHS, { direction: 'up', changes: [{ x: '2024-07', label: 'Tutoring' }] });
    assert.deepEqual(m.signals.map((s) => [s.rule, s.from]), [['shift', 0], ['too-few-runs', 0], ['shift', 6]]);
    const en = runChartSummary(m);
    assert.match(en, /From January 2024 to June 2024, 6 points in a row were below the median \(a shift\): a signal of deterioration\./);
    assert.match(en, /Since ‘Tutoring’ began in July 2024, 6 points in a row were above the median \(a shift\): a signal of improvement\./);
    assert.match(
      runChartSummary(m, 'es'),
      /Desde que comenzó ‘Tutoring’ en julio de 2024, 6 puntos seguidos quedaron por encima de la mediana \(un desplazamiento\): una señal de mejora\./,
    );
  });

  it('ties it to a change that began just before, but not two points before', () => {
    const at = (change: RunChartChange) => runChartSummary(analyzeRunChart(MONTHS, { direction: 'up', changes: [change] }));
    assert.match(at({ x: '2024-06', label: 'Tutoring' }), /Since ‘Tutoring’ began in June 2024, 6 points in a row were above/);
    const early = at({ x: '2024-05', label: 'Tutoring' });
    assert.doesNotMatch(early, /Since/);
    assert.match(early, /From July 2024 to December 2024, 6 points in a row were above the median/);
  });

  it('counts missing values as gaps', () => {
    const m = analyse([1, null, 2, null, 3]);
    assert.match(runChartSummary(m), /2 values are missing and shown as gaps\./);
    assert.match(runChartSummary(m, 'es'), /Faltan 2 valores, que se muestran como huecos\./);
  });

  it('writes a frozen baseline and each phase’s median', () => {
    assert.match(runChartSummary(analyse([1, 2, 3, 4, 5, 9, 9], { baseline: 5 })), /The median, 3, comes from the first 5 points \(a frozen baseline\) and is extended over the rest\./);
    const phased = analyse([1, 2, 3, 10, 20, 30], { phases: [4] });
    assert.match(runChartSummary(phased), /Medians: 2 in phase 1 \(from 1\) and 20 in phase 2 \(from 4\)\./);
  });
});

describe('run-chart table', () => {
  it('has one row per point, missing ones included, with text cells', () => {
    const m = analyse([...EXAMPLE_3.slice(0, 12), null, 8], { direction: 'up' });
    const t = runChartTable(m);
    assert.equal(t.rows.length, 14);
    assert.equal(t.caption, 'Data for Run chart');
    assert.deepEqual(t.columns.map((c) => [c.key, c.label]), [
      ['x', 'Point'],
      ['value', 'Value'],
      ['phase', 'Phase'],
      ['centre', 'Median'],
      ['side', 'Side of the median'],
      ['change', 'Change'],
      ['signals', 'Signals'],
    ]);
    assert.deepEqual(t.rows[0], { x: '1', value: '10', phase: 'Phase 1', centre: '8', side: 'Above the median', change: '', signals: 'Shift, Too few runs' });
    // The point-level rule comes first on every point of a shift, in both halves.
    assert.equal(t.rows[6]!.signals, 'Shift, Too few runs');
    assert.deepEqual([t.rows[12]!.value, t.rows[12]!.side, t.rows[12]!.signals], ['Missing', '', '']);
    assert.deepEqual([t.rows[13]!.side, t.rows[13]!.signals], ['On the median', 'Too few runs']);
  });

  it('speaks Spanish and takes the page’s title', () => {
    const t = runChartTable(analyse([1, 2, 3]), 'es', 'Asistencia');
    assert.equal(t.caption, 'Datos de Asistencia');
    assert.deepEqual(t.columns.map((c) => c.label), ['Punto', 'Valor', 'Fase', 'Mediana', 'Lado de la mediana', 'Cambio', 'Señales']);
    assert.equal(t.rows[0]!.side, 'Por debajo de la mediana');
  });
});
