/**
 * Stands in for `d3-geo` in the script-tag bundle (packages/embed/vite.config.ts). In the slim Vega
 * runtime only vega-functions imports it, for the expression functions geoArea, geoBounds and
 * geoCentroid, which no Outcome Kit chart calls (no widget draws a map). Called anyway, they say so
 * instead of drawing something wrong.
 */
const missing = (name) => () => {
  throw new Error(`${name}: maps are not part of Outcome Kit's chart runtime`);
};
export const geoArea = missing('geoArea');
export const geoBounds = missing('geoBounds');
export const geoCentroid = missing('geoCentroid');
