/**
 * @outcome-kit/embed/render — a widget's chart as a static SVG document, in Node: for board
 * packets and newsletters, where a page cannot run scripts. The same pipeline as the elements
 * (load → analyse → model → views), the same Vega-Lite spec, drawn by Vega without a browser,
 * with the title and the text summary as the SVG's `<title>` and `<desc>`.
 * @packageDocumentation
 */
import {
  MESSAGES,
  OutcomeError,
  drawViews,
  driverDiagramWidget,
  gapChartWidget,
  pdsaLogWidget,
  loadText,
  loadValue,
  resolveLang,
  runChartWidget,
  controlChartWidget,
  facetsSpec,
  isFacetModel,
  theoryOfActionWidget,
  viewsToHtml,
  boardSvg,
  withTitleAndDesc,
  type Loaded,
  type Problem,
  type ViewContext,
  type Views,
  type WidgetDefinition,
} from '@outcome-kit/core';
import { STATIC_WIDGETS, readAttributes, type StaticWidget } from './render/attributes.js';
import { DEFAULT_WIDTH, specToSvg, withFixedWidth } from './render/vega-node.js';

export { STATIC_WIDGETS, WIDGET_ATTRIBUTES, type StaticWidget } from './render/attributes.js';
export { DEFAULT_WIDTH } from './render/vega-node.js';

/** How to render. */
export interface RenderOptions {
  /** The chart's width in pixels (default 640). The height follows from the data. */
  width?: number;
  /** How to read `data` when it is text; by default JSON when it starts with `[` or `{`, else CSV. */
  format?: 'json' | 'csv';
  /** Where the data came from, written under the chart (the `source` attribute wins; default: the data's file name when the caller gives it, else "—"). */
  source?: string;
}

/** A static rendering: the SVG and the views it was drawn from. */
export interface StaticRendering {
  svg: string;
  views: Views;
}

// A widget as the renderer drives it: its core definition, options and model left `unknown`.
type StaticDefinition = WidgetDefinition<unknown, unknown>;

function fail(code: string, en: string, es: string, field?: string): never {
  const p: Problem = { code, message: { en, es } };
  if (field !== undefined) p.field = field;
  throw new OutcomeError(p);
}

const DEFINITIONS: Record<StaticWidget, StaticDefinition> = {
  'run-chart': runChartWidget as StaticDefinition,
  'control-chart': controlChartWidget as StaticDefinition,
  'gap-chart': gapChartWidget as StaticDefinition,
  // Its spec is null today (the chain is HTML, not a Vega chart): the renderer says so in words.
  'theory-of-action': theoryOfActionWidget as StaticDefinition,
  // HTML, not Vega charts: `renderHtml` gives their heading, summary and table.
  'driver-diagram': driverDiagramWidget as StaticDefinition,
  'pdsa-log': pdsaLogWidget as StaticDefinition,
};

function definitionOf(widget: string): StaticDefinition {
  if (Object.hasOwn(DEFINITIONS, widget)) return DEFINITIONS[widget as StaticWidget];
  return fail(
    'unknown-widget',
    `There is no widget “${widget}”. The widgets are: ${STATIC_WIDGETS.join(', ')}.`,
    `No existe el widget “${widget}”. Los widgets son: ${STATIC_WIDGETS.join(', ')}.`,
    'widget',
  );
}

function noStaticChart(widget: string): never {
  return fail(
    'no-static-chart',
    `There is no static chart for this widget (${widget}): it draws no Vega chart. Render it as HTML (renderHtml, or --as html on the command line), or use the element.`,
    `No hay gráfico estático para este widget (${widget}): no dibuja un gráfico de Vega. Genérelo como HTML (renderHtml, o --as html en la línea de comandos), o use el elemento.`,
    'widget',
  );
}

async function load(data: unknown, format: RenderOptions['format']): Promise<Loaded> {
  return typeof data === 'string' ? loadText(data, format) : loadValue(data);
}

/**
 * Renders a widget to SVG and returns the SVG with the views (title, spec, summary, table) it
 * was drawn from. Throws an `OutcomeError` naming the field and row for bad data, the option
 * for a bad attribute, and "no static chart" for a widget that draws none (or no data yet).
 */
export async function renderStatic(
  widget: StaticWidget,
  data: string | unknown,
  attrs: Record<string, string> = {},
  opts: RenderOptions = {},
): Promise<StaticRendering> {
  const def = definitionOf(widget);
  // The board lines (source, "as of") are the renderer's, not the widget's options.
  const { source: sourceAttr, 'as-of': asOfAttr, ...widgetAttrs } = attrs;
  const read = readAttributes(widget, widgetAttrs);
  const options = def.options ? def.options(read.options) : read.options;
  const width = opts.width ?? DEFAULT_WIDTH;
  if (!Number.isFinite(width) || width <= 0) {
    fail('bad-option', `The option “width” is “${width}”; expected a number of pixels above 0.`, `La opción “width” es “${width}”; se esperaba un número de píxeles mayor que 0.`, 'width');
  }
  const model = def.analyse(await load(data, opts.format), options);
  const ctx: ViewContext = { lang: resolveLang(read.lang), width };
  if (read.heading) ctx.title = read.heading;
  if (def.isEmpty(model)) fail('empty', MESSAGES.en.empty, MESSAGES.es.empty);
  const views = drawViews(def, model, ctx);
  // Control-chart small multiples: the element draws them one by one; here they are one concat.
  if (!views.spec && widget === 'control-chart' && isFacetModel(model as never)) views.spec = facetsSpec(model as never, ctx.lang, views.summary);
  if (!views.spec) noStaticChart(widget);
  const svg = await specToSvg(withFixedWidth(views.spec, width));
  // Board-ready: the title, the summary, the source and the "as of" line are visible text in the SVG.
  const board = boardSvg(svg, { title: views.title, summary: views.summary, source: sourceAttr || opts.source || '—', asOf: asOfAttr || new Date(), lang: ctx.lang });
  return { svg: board, views };
}

/**
 * A widget's chart as an SVG document (a string), with the title and the summary as `<title>`
 * and `<desc>`. `data` is CSV or JSON text, or rows as values; `attrs` are the element's
 * attributes (`{ x: 'month', y: 'rate', 'y-format': 'percent', heading: '…' }`).
 */
export async function renderSvg(
  widget: StaticWidget,
  data: string | unknown,
  attrs: Record<string, string> = {},
  opts: RenderOptions = {},
): Promise<string> {
  return (await renderStatic(widget, data, attrs, opts)).svg;
}

/**
 * A widget as a static HTML fragment (heading, the chart's SVG when it draws one, the summary
 * and the data table), for pages that cannot run scripts and for the element's no-JS fallback.
 * Every widget has one, the HTML-only ones (theory of action, driver diagram, PDSA log) too.
 */
export async function renderHtml(
  widget: StaticWidget,
  data: string | unknown,
  attrs: Record<string, string> = {},
  opts: RenderOptions & { headingLevel?: number } = {},
): Promise<string> {
  const def = definitionOf(widget);
  const read = readAttributes(widget, attrs);
  const options = def.options ? def.options(read.options) : read.options;
  const model = def.analyse(await load(data, opts.format), options);
  const ctx: ViewContext = { lang: resolveLang(read.lang), width: opts.width ?? DEFAULT_WIDTH };
  if (read.heading) ctx.title = read.heading;
  if (def.isEmpty(model)) fail('empty', MESSAGES.en.empty, MESSAGES.es.empty);
  const views = drawViews(def, model, ctx);
  const svg = views.spec ? withTitleAndDesc(await specToSvg(withFixedWidth(views.spec, opts.width ?? DEFAULT_WIDTH)), views.title, views.summary) : undefined;
  return viewsToHtml(views, { lang: ctx.lang, ...(opts.headingLevel ? { headingLevel: opts.headingLevel } : {}), ...(svg ? { svg } : {}) });
}
