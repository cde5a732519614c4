/**
 * Every signal the rules find, drawn: a point's shape tells its most specific run rule; a shaded
 * band covers each trend (so a trend inside a shift still shows); a ring marks each astronomical
 * point, with the limit it crossed drawn over its phase; whole-phase tests (too few or too many
 * runs, too few crossings) are a bracket under their phase with the rule's name.
 */
import { MARKS } from '../theme/tokens.js';
import { RUN_CHART_MESSAGES } from './messages.js';
import { RUN_SPEC_MESSAGES } from './spec-messages.js';
import { LABEL_FONT, LABEL_LINE, RUN_PLOT_HEIGHT, placeAt, pointPx } from './spec-place.js';
import { xDatum, type Json, type LayerContext } from './spec-layers.js';
import { formatValue } from './text.js';
import type { RuleName } from './types.js';

/** Rules of a whole phase rather than of some points. */
export const PHASE_RULES: ReadonlySet<RuleName> = new Set(['too-few-runs', 'too-many-runs', 'crossings']);

const bottomLegend = { title: null, orient: 'bottom' };

/** A shaded band over each trend's points. */
export function trendBandLayers(c: LayerContext): Json[] {
  const trends = c.model.signals.filter((s) => s.rule === 'trend');
  if (!trends.length) return [];
  const label = RUN_SPEC_MESSAGES[c.lang].trendBand;
  const at = (i: number) => xDatum(c.model.points[i]!.x);
  return [
    {
      data: { values: trends.map((s) => ({ x: at(s.from), x2: at(s.to) })) },
      mark: { type: 'rect', opacity: 0.14 },
      encoding: { x: c.x, x2: { field: 'x2' }, fill: { datum: label, type: 'nominal', scale: { domain: [label], range: [MARKS.signal] }, legend: { ...bottomLegend, symbolType: 'square', symbolOpacity: 0.35 } } },
    },
  ];
}

/** A ring round each astronomical point, and the limit it crossed, labelled, over its phase. */
export function astronomicalLayers(c: LayerContext, plot: number): Json[] {
  const { model, lang } = c;
  const astro = model.signals.filter((s) => s.rule === 'astronomical');
  if (!astro.length) return [];
  const sm = RUN_SPEC_MESSAGES[lang];
  const at = (i: number) => xDatum(model.points[i]!.x);
  const rings = astro.map((s) => ({ x: at(s.from), y: c.plot(model.points[s.from]!.y!) }));
  const limits = new Map<string, Json>();
  for (const s of astro) {
    const ph = model.phases[s.phase]!;
    if (!ph.limits || s.direction === null) continue;
    const value = s.direction === 'up' ? ph.limits.upper : ph.limits.lower;
    const text = (s.direction === 'up' ? sm.upperLimit : sm.lowerLimit)(formatValue(model, value, lang));
    const placed = placeAt(text, pointPx(model, ph.from, plot), plot, 2);
    limits.set(`${s.phase}-${s.direction}`, { x: at(ph.from), x2: at(ph.to), limit: c.plot(value), text: placed.lines, align: placed.align, up: s.direction === 'up' });
  }
  const lines = [...limits.values()];
  const ring = {
    data: { values: rings },
    mark: { type: 'point', shape: 'circle', filled: false, size: 320, strokeWidth: 2, opacity: 1, aria: false },
    encoding: { x: c.x, y: c.y('y'), stroke: { datum: sm.ring, type: 'nominal', scale: { domain: [sm.ring], range: [MARKS.signal] }, legend: { ...bottomLegend, symbolType: 'circle', symbolFillColor: 'transparent', symbolSize: 200 } } },
  };
  const text = (align: 'left' | 'right', up: boolean): Json => ({
    data: { values: lines.filter((l) => l.align === align && l.up === up) },
    mark: { type: 'text', align, baseline: up ? 'bottom' : 'top', dx: align === 'left' ? 2 : -2, dy: up ? -2 : 2, color: MARKS.signal, fontSize: LABEL_FONT, lineHeight: LABEL_LINE },
    encoding: { x: c.x, y: c.y('limit'), text: { field: 'text' } },
  });
  return [
    ...(lines.length
      ? [
          { data: { values: lines }, mark: { type: 'rule', color: MARKS.signal, strokeWidth: 1.5, strokeDash: [4, 3] }, encoding: { x: c.x, x2: { field: 'x2' }, y: c.y('limit') } },
          ...(['left', 'right'] as const).flatMap((a) => [true, false].map((up) => text(a, up))).filter((l) => ((l.data as Json).values as Json[]).length > 0),
        ]
      : []),
    ring,
  ];
}

/** A bracket under each phase whose runs or crossings gave a signal, with the rule's name. */
export function phaseSignalLayers(c: LayerContext, plot: number): Json[] {
  const { model, lang } = c;
  const found = model.signals.filter((s) => PHASE_RULES.has(s.rule));
  if (!found.length) return [];
  const at = (i: number) => xDatum(model.points[i]!.x);
  const y = RUN_PLOT_HEIGHT - 3;
  const rows = found.map((s) => {
    const ph = model.phases[s.phase]!;
    const placed = placeAt(RUN_CHART_MESSAGES[lang].rule[s.rule], pointPx(model, ph.from, plot), plot, 0);
    return { x: at(ph.from), x2: at(ph.to), text: placed.lines, align: placed.align };
  });
  return [
    { data: { values: rows }, mark: { type: 'rule', color: MARKS.signal, strokeWidth: 2 }, encoding: { x: c.x, x2: { field: 'x2' }, y: { value: y } } },
    ...(['left', 'right'] as const)
      .map((align) => ({
        data: { values: rows.filter((r) => r.align === align) },
        mark: { type: 'text', align, baseline: 'bottom', dy: -3, color: MARKS.signal, fontSize: LABEL_FONT, lineHeight: LABEL_LINE },
        encoding: { x: c.x, y: { value: y }, text: { field: 'text' } },
      }))
      .filter((l) => l.data.values.length > 0),
  ];
}
