import type { ChartSpec } from '@outcome-kit/core';
import { textTooltip } from './tooltip.js';

/** The part of a Vega view that Outcome Kit uses. */
export interface ChartView {
  finalize(): void;
  width(w: number): ChartView;
  runAsync(): Promise<ChartView>;
  toSVG(scale?: number): Promise<string>;
  toImageURL(type: 'png' | 'svg', scale?: number): Promise<string>;
  getState(options?: { data?: (name: string) => boolean; signals?: (name: string) => boolean }): unknown;
  data(name: string): unknown[];
}

let tooltipSheetAdopted = false;

/** Tooltip styles, adopted as a constructed stylesheet so a strict `style-src` does not block them. */
function adoptTooltipStyles(): void {
  if (tooltipSheetAdopted || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  tooltipSheetAdopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`#vg-tooltip-element{visibility:hidden;padding:8px;position:fixed;z-index:1000;font:14px/1.4 system-ui,sans-serif;
    max-width:22rem;overflow-wrap:anywhere;background:#fff;color:#1a1a1a;border:1px solid #4a4a4a;border-radius:4px;
    box-shadow:2px 2px 4px rgba(0,0,0,.2);pointer-events:none}
    #vg-tooltip-element.visible{visibility:visible}
    #vg-tooltip-element table{border-spacing:0}#vg-tooltip-element td{padding:2px 4px;vertical-align:top}
    #vg-tooltip-element td.key{color:#4a4a4a;text-align:right;font-weight:600}
    #vg-tooltip-element h2{margin:0 0 4px;font-size:14px}
    #vg-tooltip-element td,#vg-tooltip-element h2{unicode-bidi:isolate}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Loads vega-embed (with Vega and Vega-Lite) on first use. Every element shares the one module:
 * the browser caches a dynamic import, so many widgets cost one download.
 */
export async function loadVegaEmbed() {
  const [embedModule, interpreter] = await Promise.all([import('vega-embed'), import('vega-interpreter')]);
  adoptTooltipStyles();
  return { embed: embedModule.default, expressionInterpreter: interpreter.expressionInterpreter };
}

/**
 * Draws a Vega-Lite spec into a container with Vega's expression interpreter (no `eval`, so a
 * page whose CSP forbids `unsafe-eval` still gets its chart) and no injected `<style>` elements.
 * `config`: a Vega-Lite config under the spec's own (the theme's colours).
 */
export async function drawChart(container: HTMLElement, spec: ChartSpec, config?: Record<string, unknown>): Promise<ChartView> {
  const { embed, expressionInterpreter } = await loadVegaEmbed();
  const restore = withoutHtmlSink(container);
  const restoreAria = keepAria(container);
  const result = await embed(container, spec as never, {
    // The colours of the page's scheme and brand (theme-config.ts); the spec's own config wins over it.
    ...(config ? { config: config as never } : {}),
    actions: false,
    renderer: 'svg',
    ast: true,
    expr: expressionInterpreter,
    defaultStyle: false,
    // Our own handler: vega-tooltip's writes its table with innerHTML (a Trusted Types sink).
    tooltip: textTooltip as never,
  }).finally(restore);
  restoreAria();
  return result.view as unknown as ChartView;
}

/**
 * Vega makes its container a `graphics-document` labelled with the spec's description (the
 * summary), so a screen reader heard the summary as the chart's name, again as its description
 * and again as the paragraph. The container keeps the element's own role and name (`img`,
 * "Chart: …"); the summary is read once, from the page.
 */
function keepAria(container: HTMLElement): () => void {
  const role = container.getAttribute('role');
  const label = container.getAttribute('aria-label');
  return () => {
    container.removeAttribute('aria-roledescription');
    if (role === null) container.removeAttribute('role');
    else container.setAttribute('role', role);
    if (label === null) container.removeAttribute('aria-label');
    else container.setAttribute('aria-label', label);
  };
}

/**
 * vega-embed clears its container with `element.innerHTML = ''`, which a page with Trusted Types
 * (`require-trusted-types-for 'script'`) refuses, so no chart draws. For the one call, the
 * container's own `innerHTML` setter clears it with `replaceChildren()` (no HTML sink); any
 * other markup is refused. Returns the function that gives the element back its usual setter.
 */
function withoutHtmlSink(container: HTMLElement): () => void {
  const proto = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  Object.defineProperty(container, 'innerHTML', {
    configurable: true,
    get: () => proto?.get?.call(container),
    set: (value: unknown) => {
      if (value !== '') throw new TypeError('Outcome Kit charts write no markup.');
      container.replaceChildren();
    },
  });
  return () => {
    delete (container as { innerHTML?: unknown }).innerHTML;
  };
}
