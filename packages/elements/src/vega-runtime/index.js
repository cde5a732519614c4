/**
 * A slim stand-in for the `vega` package, for the script-tag bundle only (packages/embed/vite.config.ts
 * aliases `vega` to this file). It registers the transforms that Vega-Lite's compiler emits for
 * Outcome Kit's charts — Vega's general transforms (vega-transforms), the view transforms
 * (vega-view-transforms) and the encoders (vega-encode) — and leaves out what no widget draws:
 * geo and projections, force, hierarchy, label, regression/loess, Voronoi, word cloud and
 * crossfilter. Marks, scales and the expression functions come as Vega registers them (the
 * geographic expression functions answer that they are not in this runtime: see geo-stub.js).
 *
 * It exports only the names vega-embed and vega-lite read from `vega` (vega-embed reads them off
 * the namespace, so every export here is kept in the chunk). The same modules as `vega` itself,
 * so charts draw exactly as with the full build; bench/svg-diff.js renders every story's spec
 * through both and compares the SVG.
 *
 * Plain JavaScript: the Vega sub-packages ship no types, and this file is not part of the npm
 * packages (they keep importing the full `vega`, their declared dependency).
 */
import { extend } from 'vega-util';
import { transforms } from 'vega-dataflow';
import * as tx from 'vega-transforms';
import * as vtx from 'vega-view-transforms';
import * as encode from 'vega-encode';

extend(transforms, tx, vtx, encode);

/** The `vega` release these modules come from (bench/svg-diff.js checks it against the installed one). */
export const version = '6.4.0';

// Read by vega-embed (named imports and off the namespace) and vega-lite.
export {
  Warn,
  hasOwnProperty,
  isBoolean,
  isObject,
  isString,
  logger,
  mergeConfig,
  stringValue,
  writeConfig,
} from 'vega-util';
export { loader } from 'vega-loader';
export { View } from 'vega-view';
export { parse } from 'vega-parser';
export { expressionFunction } from 'vega-functions';
export { numberFormatDefaultLocale as formatLocale, timeFormatDefaultLocale as timeFormatLocale } from 'vega-format';
