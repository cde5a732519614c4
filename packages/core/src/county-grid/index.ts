// The county grid in core: every district (or a district's schools) × indicators, DA status, filters.
export type { CountyGridModel, CountyGridOptions, CountyGridOptionsInput, GridFilter, GridRow } from './types.js';
export { normalizeCountyGridOptions, COUNTY_GRID_ATTRIBUTES } from './options.js';
export { analyzeCountyGrid } from './analyse.js';
export { filterGridRows, sortGridRows } from './filter.js';
export { expandHref } from './href.js';
export { countyGridSummary } from './summary.js';
export { countyGridTable, daText } from './table.js';
export { COUNTY_GRID_MESSAGES, type CountyGridMessages } from './messages.js';
export { countyGridWidget } from './widget.js';
