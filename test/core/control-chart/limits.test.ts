/**
 * Limits chart by chart. Every expected number was worked out from the formulas of
 * ../shared/reference/spc.md independently of the code (a separate Python calculation with
 * math.lgamma for c4, statistics.mean/stdev), never copied from the code's output.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, close, closeAll } from './helpers.js';

const SPIKE = [10, 11, 9, 10, 30, 10, 11, 9, 10, 11, 10, 9];

describe('control chart limits: I and MR', () => {
  it('screens moving ranges by default, as library(qicharts2) does: ucl 14.92, not 24.0', () => {
    const m = analyse(SPIKE, { chart: 'i' });
    const p = m.points[0]!;
    close(p.cl, 11.666666666666666, 'cl');
    close(p.ucl, 14.91725768321513, 'ucl');
    close(p.lcl, 8.416075650118202, 'lcl');
    close(p.ucl2, 13.833727344365641, 'ucl2');
    close(p.lcl2, 9.49960598896769, 'lcl2');
  });
  it('without screening uses every moving range (qicharts2::qic without attaching)', () => {
    const p = analyse(SPIKE, { chart: 'i', screen: false }).points[0]!;
    close(p.ucl, 23.997421018697615, 'ucl');
    close(p.lcl, -0.6640876853642848, 'lcl (an I chart is never clamped)');
    close(p.ucl2, 19.88716956802063, 'ucl2');
  });
  it('the spike at point 5 is outside the screened limits', () => {
    const m = analyse(SPIKE, { chart: 'i' });
    assert.deepEqual(m.points.filter((p) => p.outside).map((p) => [p.index, p.outside]), [[4, 'above']]);
  });
  it('draws moving ranges with lcl 0 and ucl 3.267 × mean MR, never screened', () => {
    const m = analyse(SPIKE, { chart: 'mr' });
    assert.equal(m.points[0]!.y, null);
    assert.equal(m.points[5]!.y, 20);
    close(m.points[1]!.cl, 4.636363636363637, 'cl');
    close(m.points[1]!.ucl, 15.147, 'ucl');
    close(m.points[1]!.ucl2, 10.098, 'ucl2');
    assert.equal(m.points[1]!.lcl, 0);
    assert.equal(m.parts[0]!.runsSignal, false);
  });
});

describe('control chart limits: p and p′', () => {
  const Y = [3, 5, 2, 8, 4, 1], N = [40, 60, 25, 80, 50, 12];
  it('p: cl = Σy/Σn and limits vary with n; negative lower limits clamp to 0 (3σ and 2σ)', () => {
    const m = analyse(Y, { chart: 'p' }, N);
    close(m.points[0]!.cl, 0.08614232209737828, 'cl');
    closeAll(m.points.map((p) => p.ucl), [0.21923030070264604, 0.19480820159116174, 0.25448677872954045, 0.18024973426357327, 0.20517982895714482, 0.32912661548027855], 'ucl');
    closeAll(m.points.map((p) => p.lcl), [0, 0, 0, 0, 0, 0], 'lcl');
    closeAll(m.points.map((p) => p.lcl2), [0, 0.013698402434855955, 0, 0.023404047319914953, 0.0067839841908672455, 0], 'lcl2');
    assert.equal(m.varying, true);
  });
  it('p: upper limits above 1 clamp to 1 (3σ and 2σ)', () => {
    const m = analyse([18, 19, 20, 17, 19], { chart: 'p' }, [20, 20, 20, 20, 20]);
    close(m.points[0]!.cl, 0.93);
    assert.equal(m.points[0]!.ucl, 1); // raw 1.1012
    assert.equal(m.points[0]!.ucl2, 1); // raw 1.0441
    close(m.points[0]!.lcl, 0.7588421780928492, 'lcl');
  });
  const LY = [1200, 1310, 1150, 1405, 1290, 1250, 1380, 1190];
  const LN = [10000, 10400, 9800, 10900, 10100, 10050, 10700, 9900];
  it('p′: σz from the moving ranges of the z-scores widens the limits', () => {
    const m = analyse(LY, { chart: 'pp' }, LN);
    close(m.points[0]!.cl, 0.12431276725717777, 'cl');
    closeAll(m.points.map((p) => p.ucl), [0.14127397829228405, 0.14094460303451856, 0.1414461777429774, 0.1405586610157856, 0.14118980302810857, 0.14123173361638808, 0.14070978886321897, 0.14135942574005142], 'ucl');
    closeAll(m.points.map((p) => p.lcl), [0.1073515562220715, 0.10768093147983698, 0.10717935677137813, 0.10806687349856994, 0.10743573148624697, 0.10739380089796746, 0.10791574565113657, 0.10726610877430413], 'lcl');
  });
  it('p′ flags fewer points than p with large denominators', () => {
    close(analyse(LY, { chart: 'p' }, LN).points[0]!.ucl, 0.13421090813507178, 'p ucl');
    const Y = [6000, 6300, 5800, 6250, 5900, 6100, 5750, 6350], N = Y.map(() => 60000);
    assert.equal(analyse(Y, { chart: 'p' }, N).points.filter((x) => x.outside).length, 4);
    assert.equal(analyse(Y, { chart: 'pp' }, N).points.filter((x) => x.outside).length, 0);
  });
  it('p′ with laney-sigma sd uses sd(z) (qicharts2 for categorical x)', () => {
    const m = analyse(LY, { chart: 'pp', laneySigma: 'sd' }, LN);
    close(m.points[0]!.ucl, 0.13789958574894662, 'ucl');
    close(m.points[3]!.ucl, 0.13732657914112276, 'ucl[3]');
  });
});

describe('control chart limits: u, u′, c', () => {
  it('u: lcl clamps to 0 (no upper clamp)', () => {
    const m = analyse([2, 0, 3, 1, 5, 2], { chart: 'u' }, [150, 120, 160, 140, 155, 130]);
    close(m.points[0]!.cl, 0.0152046783625731, 'cl');
    closeAll(m.points.map((p) => p.ucl), [0.04540866322805709, 0.048973760037871614, 0.04444956095585319, 0.04646877292842541, 0.044917508790190956, 0.04764896258872561], 'ucl');
    closeAll(m.points.map((p) => p.lcl), [0, 0, 0, 0, 0, 0], 'lcl');
  });
  it('u′: cl ± 3σz√(cl/n)', () => {
    const m = analyse([14, 22, 18, 25, 16, 20, 30, 12], { chart: 'up' }, [800, 900, 850, 950, 820, 880, 940, 810]);
    close(m.points[0]!.cl, 0.022589928057553957, 'cl');
    closeAll(m.points.map((p) => p.ucl), [0.04323192270436495, 0.04205138724685591, 0.04261560435219773, 0.04153232145935536, 0.04297863710409157, 0.04227129772069602, 0.041632812315202286, 0.04310410726709002], 'ucl');
    closeAll(m.points.map((p) => p.lcl), [0.0019479334107429629, 0.0031284688682520004, 0.002564251762910183, 0.0036475346557525504, 0.002201219011016345, 0.0029085583944118906, 0.003547043799905631, 0.0020757488480178943], 'lcl');
  });
  it('u with multiply 100 gives rates per 100 students', () => {
    const m = analyse([2, 0, 3, 1, 5, 2], { chart: 'u', multiply: 100 }, [150, 120, 160, 140, 155, 130]);
    close(m.points[0]!.cl, 1.52046783625731, 'cl');
    close(m.points[0]!.ucl, 4.540866322805709, 'ucl');
    close(m.points[0]!.y, (2 / 150) * 100, 'y');
  });
  it('c: cl = mean count, √cl sigma, lcl clamps to 0', () => {
    const m = analyse([3, 5, 2, 6, 4, 1, 3, 2], { chart: 'c' });
    close(m.points[0]!.cl, 3.25);
    close(m.points[0]!.ucl, 8.658326913195983, 'ucl');
    assert.equal(m.points[0]!.lcl, 0); // raw −2.158
    assert.equal(m.points[0]!.lcl2, 0);
  });
});

describe('control chart limits: xbar and s', () => {
  const GROUPS = [[5, 7, 6], [8, 6, 7, 9], [4, 6], [7, 7, 8], [6, 5, 7, 6]];
  const rows = GROUPS.flatMap((g, i) => g.map((y) => ({ x: i + 1, y })));
  it('xbar with varying subgroup sizes: cl = Σnᵢx̄ᵢ/Σnᵢ, pooled s, A3 from c4', async () => {
    const { analyzeControlChart } = await import('../../../packages/core/src/index.js');
    const m = analyzeControlChart(rows, { chart: 'xbar' });
    close(m.points[0]!.cl, 6.5);
    closeAll(m.points.map((p) => p.ucl), [8.512763456854344, 8.176713578938777, 9.238061808797205, 8.512763456854344, 8.176713578938777], 'ucl');
    closeAll(m.points.map((p) => p.lcl), [4.487236543145656, 4.823286421061223, 3.761938191202794, 4.487236543145656, 4.823286421061223], 'lcl');
    closeAll(m.points.map((p) => p.ucl2), [7.841842304569562, 7.6178090526258515, 8.325374539198137, 7.841842304569562, 7.6178090526258515], 'ucl2');
    assert.deepEqual(m.points.map((p) => p.n), [3, 4, 2, 3, 4]);
  });
  it('s: cl = pooled s, B4 and B3 with B3 clamped at 0', async () => {
    const { analyzeControlChart } = await import('../../../packages/core/src/index.js');
    const m = analyzeControlChart(rows, { chart: 's' });
    close(m.points[0]!.cl, 1.0298573010888745);
    closeAll(m.points.map((p) => p.y), [1, 1.2909944487358056, 1.4142135623730951, 0.5773502691896257, 0.816496580927726], 'y');
    closeAll(m.points.map((p) => p.ucl), [2.644848215704246, 2.333705128765167, 3.364061746319222, 2.644848215704246, 2.333705128765167], 'ucl');
    closeAll(m.points.map((p) => p.lcl), [0, 0, 0, 0, 0], 'lcl (B3 < 0 → 0)');
  });
  it('xbar and s with equal sizes use the mean of the standard deviations', async () => {
    const { analyzeControlChart } = await import('../../../packages/core/src/index.js');
    const eq = [[5, 7, 6], [8, 6, 7], [4, 6, 5], [7, 7, 8]].flatMap((g, i) => g.map((y) => ({ x: i + 1, y })));
    close(analyzeControlChart(eq, { chart: 'xbar' }).points[0]!.ucl, 8.08123566081597, 'xbar ucl');
    close(analyzeControlChart(eq, { chart: 's' }).points[0]!.ucl, 2.2968105548243267, 's ucl');
  });
  it('a subgroup of one has no limits', async () => {
    const { analyzeControlChart } = await import('../../../packages/core/src/index.js');
    const m = analyzeControlChart([...rows, { x: 6, y: 7 }], { chart: 'xbar' });
    assert.equal(m.points[5]!.ucl, null);
    assert.equal(m.points[5]!.lcl, null);
  });
});

describe('control chart limits: g and t', () => {
  const G = [12, 30, 5, 44, 18, 9, 27, 15];
  it('g: centre line is the median, limits from the mean, lcl always 0', () => {
    const p = analyse(G, { chart: 'g' }).points[0]!;
    close(p.cl, 16.5, 'cl (median)');
    close(p.ucl, 81.48170459575759, 'ucl (mean 20)');
    close(p.ucl2, 60.98780306383839, 'ucl2');
    assert.equal(p.lcl, 0);
    assert.equal(p.lcl2, 0);
  });
  it('t: an I chart on y^(1/3.6), back-transformed', () => {
    const p = analyse([12, 30, 5, 44, 18, 9, 27, 15, 20, 7], { chart: 't' }).points[0]!;
    close(p.cl, 16.262688250588816, 'cl');
    close(p.ucl, 128.46744593151138, 'ucl');
    close(p.ucl2, 72.90823213109529, 'ucl2');
    close(p.lcl, 0.07502479597594233, 'lcl');
    close(p.lcl2, 1.1838276902235367, 'lcl2');
  });
  it('t: a negative transformed lcl becomes 0, while lcl2 has no value (NaN → NA)', () => {
    const p = analyse([1, 50, 2, 80, 3, 60, 1, 90], { chart: 't' }).points[0]!;
    close(p.cl, 16.81101678359014, 'cl');
    close(p.ucl, 1491.3303183479645, 'ucl');
    close(p.ucl2, 562.0221677933629, 'ucl2');
    assert.equal(p.lcl, 0);
    assert.equal(p.lcl2, null);
  });
  it('t: times of 0 or less are refused', () => {
    assert.throws(() => analyse([3, 0, 4], { chart: 't' }), /above 0/);
  });
});
