export * from './types.js';
export { normalizeRunChartOptions } from './options.js';
export { analyzeRunChart, IHI_SHIFT, IHI_TREND } from './analyse.js';
export * from './limits.js';
