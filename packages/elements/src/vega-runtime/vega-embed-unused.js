/**
 * Stands in for `vega-themes` and `vega-tooltip` in the script-tag bundle (packages/embed/vite.config.ts).
 * vega-embed reads a theme only when given `theme` and builds vega-tooltip's `Handler` only when
 * `tooltip` is not a function; Outcome Kit passes no theme and its own tooltip handler
 * (packages/elements/src/tooltip.ts, no innerHTML), so neither is reached. Reached anyway, they say so.
 */
export class Handler {
  constructor() {
    throw new Error("vega-tooltip's handler is not part of Outcome Kit's chart runtime: pass a tooltip function");
  }
}
