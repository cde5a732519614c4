import type { Lang } from '../i18n/lang.js';
import type { Loaded } from '../load/types.js';
import type { DataTable } from '../table/data-table.js';
import { messages } from '../i18n/messages.js';
import { LIMITS } from '../load/limits.js';
import { expressionSafeSpec } from './expression-text.js';

/** What every view needs to know besides the model. */
export interface ViewContext {
  lang: Lang;
  /** The widget's heading, when the page gave one. */
  title?: string;
  /** The summary already drawn for this model (`drawViews` draws it before the spec, which uses it as its description). */
  summary?: string;
  /**
   * The chart's width in CSS pixels, when known (the element measures its container; the static
   * renderer takes it as an option). Specs lay out for it: below a breakpoint a chart stacks its
   * labels so the plot keeps most of the width. Unknown: the spec's wide layout.
   */
  width?: number;
}

/** A Vega-Lite spec as plain JSON (kept loose so core does not depend on vega-lite's types). */
export type ChartSpec = Record<string, unknown>;

/**
 * A widget in core: one pure analysis that produces the model, and views that each read only
 * the model. The base element drives it: load → analyse (validate inside) → model → views.
 */
export interface WidgetDefinition<Options, Model> {
  /**
   * Turns options as the element gives them (attribute strings, or typed values) into checked,
   * defaulted options; throws `OutcomeError` (`bad-option`) naming a bad one. Idempotent.
   */
  options?(input: unknown): Options;
  /** Validates the loaded data and computes the model. Throws `OutcomeError` on bad input. */
  analyse(loaded: Loaded, options: Options): Model;
  /** True when there is nothing to draw ("No data yet"). */
  isEmpty(model: Model): boolean;
  /** The default heading when the page gives none. */
  title(model: Model, ctx: ViewContext): string;
  /** The Vega-Lite spec, or null when the widget draws no chart. */
  spec(model: Model, ctx: ViewContext): ChartSpec | null;
  /** One paragraph in words. */
  summary(model: Model, ctx: ViewContext): string;
  /** Every point the chart shows, as a table. */
  table(model: Model, ctx: ViewContext): DataTable;
}

/** The views of one model, all drawn from it. */
export interface Views {
  title: string;
  spec: ChartSpec | null;
  summary: string;
  table: DataTable;
}

/** Draws every view from one model. */
export function drawViews<O, M>(def: WidgetDefinition<O, M>, model: M, ctx: ViewContext): Views {
  const title = ctx.title || def.title(model, ctx);
  const summary = def.summary(model, { ...ctx, title });
  const full = { ...ctx, title, summary };
  const table = def.table(model, full);
  // Above the limit no chart is drawn (a dead tab helps no one); the summary says so, the table keeps every row.
  if (table.rows.length > LIMITS.maxChartRows) {
    const count = (n: number) => n.toLocaleString(ctx.lang === 'es' ? 'es-US' : 'en-US');
    return { title, spec: null, summary: `${summary} ${messages(ctx.lang).chartTooBig(count(table.rows.length), count(LIMITS.maxChartRows))}`, table };
  }
  // Labels the page set reach Vega's expressions only through here, made safe once.
  return { title, spec: expressionSafeSpec(def.spec(model, full)), summary, table };
}
