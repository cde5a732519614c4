/**
 * @outcome-kit/core — pure TypeScript, no DOM. load → validate → analyse → model → views.
 * @packageDocumentation
 */
export * from './i18n/index.js';
export * from './theme/index.js';
export * from './errors.js';
export * from './load/index.js';
export * from './validate/index.js';
export * from './table/index.js';
export * from './pipeline/index.js';
export * from './run-chart/index.js';
export * from './control-chart/index.js';
export * from './gap-chart/index.js';
export * from './theory-of-action/index.js';
export * from './pdsa-log/index.js';
export * from './driver-diagram/index.js';
export * from './export/svg.js';
export * from './export/html.js';
export { textWidth, wrapText, widest } from './export/text-width.js';
export * from './county/index.js';
export * from './equity-report/index.js';
export * from './county-grid/index.js';
