import type { ChartSpec } from '@outcome-kit/core';
import { vegaTextWidth } from './text-width.js';

/** The width of a static chart when none is given, in CSS pixels. */
export const DEFAULT_WIDTH = 640;

/**
 * A spec sized for a page that has no container: the widgets' specs say `width: "container"`
 * (the chart fills the element), which means nothing in Node, so it becomes a number.
 */
export function withFixedWidth(spec: ChartSpec, width: number): ChartSpec {
  return spec.width === 'container' ? { ...spec, width } : spec;
}

/**
 * Compiles a Vega-Lite spec and renders it to an SVG document with Vega's headless view (no
 * DOM, no canvas). Vega and Vega-Lite are imported on first use, so importing the renderer,
 * or failing on bad data, costs nothing.
 */
export async function specToSvg(spec: ChartSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  // Without a canvas Vega guesses text widths; give it real font widths instead (it allows a
  // user-defined width). Only its own guess is replaced: a canvas, when there is one, stays.
  const metrics = (vega as unknown as { textMetrics: { width: unknown; estimateWidth: unknown } }).textMetrics; // exported, not in vega's types
  if (metrics.width === metrics.estimateWidth) metrics.width = vegaTextWidth;
  // Vega-Lite's notes about the spec ("Dropping fit-y …") are for spec authors, not for the
  // person rendering a chart: only errors are logged.
  const compiled = vegaLite.compile(spec as never, { logger: vega.logger(vega.Error) }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
